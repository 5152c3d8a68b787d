"""Suite-wide rule: in CI (CI=true) a test may not skip for lack of a tool or of the data it
checks against (pandoc, LibreOffice, lrelease, the seeds beside the repository): CI installs
them, so such a skip would hide a broken set-up as a green run."""

import os

import pytest

REQUIRED_IN_CI = ("pandoc", "libreoffice", "soffice", "lrelease", "seed", "sample")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if not (os.environ.get("CI") and report.skipped) or hasattr(report, "wasxfail"):
        return
    longrepr = report.longrepr
    reason = str(longrepr[-1] if isinstance(longrepr, tuple) else longrepr)
    if any(word in reason.lower() for word in REQUIRED_IN_CI):
        report.outcome = "failed"
        report.longrepr = f"skipped in CI, where it must run: {reason}"
