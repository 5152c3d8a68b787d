"""The tools a delegate would otherwise use, on the same files, each within a time budget.

* pandoc `--track-changes=accept`: reading the proposals documents;
* python-redlines (Docxodus engine): base vs one proposal's text -> a tracked DOCX;
* LibreOffice headless CompareDocuments (Python-UNO, `lo_compare.py`): the same pairs.

Each returns a `Peer`: its seconds and the files or pairs it covered, or why it could not run.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's python3-uno is importable only there
LO_SCRIPT = Path(__file__).with_name("lo_compare.py")


@dataclass
class Peer:
    seconds: float = 0.0
    done: int = 0  # files or pairs handled within the budget
    note: str = ""  # "not available: ..." or what was left out
    per_item: list[float] = field(default_factory=list)
    setup: float = 0.0  # one-time start-up, not in `seconds`


def version(command: Sequence[str]) -> str:
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.SubprocessError):
        return ""
    return out.strip().splitlines()[0] if out.strip() else ""


def pandoc(files: Sequence[Path], budget: float) -> Peer:
    if not shutil.which("pandoc"):
        return Peer(note="not available: pandoc not installed")
    peer = Peer()
    start = time.perf_counter()
    for path in files:
        left = budget - (time.perf_counter() - start)
        if left <= 0:
            peer.note = f"stopped after {budget:.0f} s budget"
            break
        t = time.perf_counter()
        try:
            subprocess.run(["pandoc", "--track-changes=accept", "-t", "plain", "--wrap=none",
                            str(path)], check=True, capture_output=True, timeout=left)
        except subprocess.TimeoutExpired:
            peer.note = f"stopped after {budget:.0f} s budget"
            break
        except subprocess.CalledProcessError as err:
            return Peer(note=f"not available: pandoc failed ({err.returncode})")
        peer.per_item.append(time.perf_counter() - t)
    peer.seconds, peer.done = sum(peer.per_item), len(peer.per_item)
    return peer


def redlines(pairs: Sequence[tuple[Path, Path]], out: Path, budget: float) -> Peer:
    try:
        from python_redlines.engines import DocxodusEngine
    except ImportError as err:
        return Peer(note=f"not available: python-redlines not installed ({err})")
    t = time.perf_counter()
    try:
        engine = DocxodusEngine()  # extracts its .NET binary once (cached)
    except Exception as err:  # the companion binary package missing or unusable
        return Peer(note=f"not available: {str(err).splitlines()[0][:90]}")
    peer = Peer(setup=time.perf_counter() - t)
    start = time.perf_counter()
    for k, (base, proposed) in enumerate(pairs):
        if time.perf_counter() - start > budget:
            peer.note = f"stopped after {budget:.0f} s budget"
            break
        t = time.perf_counter()
        try:
            data, _, _ = engine.run_redline("Proposal", base, proposed)
        except Exception as err:
            return Peer(note=f"not available: Docxodus failed: {str(err).splitlines()[0][:80]}")
        (out / f"redline-{k}.docx").write_bytes(data)
        peer.per_item.append(time.perf_counter() - t)
    peer.seconds, peer.done = sum(peer.per_item), len(peer.per_item)
    return peer


def libreoffice(pairs: Sequence[tuple[Path, Path]], work: Path, budget: float) -> Peer:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return Peer(note="not available: LibreOffice (soffice) not installed")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True, timeout=60) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return Peer(note=f"not available: python3-uno not importable by {SYSTEM_PYTHON}")
    pipe = f"synoptic-bench-{os.getpid()}"
    profile = work / "lo-profile"
    t = time.perf_counter()
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={profile.resolve().as_uri()}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    args = [SYSTEM_PYTHON, str(LO_SCRIPT), pipe, str(budget), str(work)]
    args += [str(p) for pair in pairs for p in pair]
    peer = Peer()
    try:
        script = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            out, err = script.communicate(timeout=budget + 120)
        except subprocess.TimeoutExpired:
            script.kill()
            out, err = script.communicate()
            peer.note = f"stopped after {budget:.0f} s budget"
        lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
        if not lines:
            last = (err.strip().splitlines() or ["no output"])[-1][:90]
            return Peer(note=f"not available: UNO script failed: {last}")
        peer.setup = time.perf_counter() - t - sum(x.get("seconds", 0.0) for x in lines)
        peer.per_item = [x["seconds"] for x in lines if "seconds" in x]
        if not any(x.get("redlines") for x in lines if "redlines" in x):
            peer.note = "no redline found: comparison did not run"
        if len(peer.per_item) < len(pairs) and not peer.note:
            peer.note = f"stopped after {budget:.0f} s budget"
    finally:
        _stop(office)
    peer.seconds, peer.done = sum(peer.per_item), len(peer.per_item)
    return peer


def _stop(process: subprocess.Popen) -> None:
    """End the soffice we started if the script's terminate did not: its own process group
    (oosplash and soffice.bin)."""
    with contextlib.suppress(subprocess.TimeoutExpired):
        process.wait(timeout=10)
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=20)
    except (ProcessLookupError, subprocess.TimeoutExpired):
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    except PermissionError:
        process.kill()
