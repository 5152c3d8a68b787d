"""Suite-wide rules for CI (CI=true).

A test may not skip for lack of a tool or of the data it checks against (pandoc,
LibreOffice, lrelease, the seeds beside the repository): CI installs them, so such a skip
would hide a broken set-up as a green run.

Hypothesis runs derandomized and without its per-example deadline: the same examples on
every run, so a red CI is reproducible and never the luck of the draw or of a loaded
machine (hangs are still caught by the fuzz tests' watchdog). Local runs draw new examples
each time; what they find is fixed and kept as an explicit example or corpus input.
"""

import os

import pytest
from hypothesis import settings

settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

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


@pytest.fixture(autouse=True, scope="session")
def _drafters_own_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The CLI keeps the drafter's parse cache secret under $XDG_DATA_HOME (see
    editor.app.cache_secret): the tests keep theirs out of the home folder (subprocesses
    inherit it)."""
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))

