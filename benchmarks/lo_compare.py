"""LibreOffice CompareDocuments over pairs of DOCX files, driven through Python-UNO.

Run by the system Python (Debian's python3-uno), not the venv:

    /usr/bin/python3 benchmarks/lo_compare.py PIPE_NAME BUDGET_S OUT_DIR BASE PROPOSED [BASE PROPOSED ...]

Connects to a `soffice --headless --accept=pipe,name=PIPE_NAME;urp;` started by the caller,
then for each pair loads the base, compares it with the proposed text (what Edit > Track
Changes > Compare Document does), saves the result as DOCX and prints one JSON line per
pair: {"seconds": ..., "redlines": ...}. Stops before a pair once BUDGET_S seconds are spent.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from pathlib import Path

import uno  # type: ignore[import-not-found]  # only in the system Python
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _props(**values: object) -> tuple:
    out = []
    for name, value in values.items():
        p = PropertyValue()
        p.Name, p.Value = name, value
        out.append(p)
    return tuple(out)


def _connect(pipe: str, wait: float = 60.0):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + wait
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:  # NoConnectException until soffice listens
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(argv: list[str]) -> int:
    pipe, budget, out_dir, files = argv[0], float(argv[1]), Path(argv[2]), argv[3:]
    ctx = _connect(pipe)
    smgr = ctx.ServiceManager
    desktop = smgr.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    dispatcher = smgr.createInstanceWithContext("com.sun.star.frame.DispatchHelper", ctx)
    print(json.dumps({"connected": True}), flush=True)
    start = time.perf_counter()
    for k in range(0, len(files) - 1, 2):
        if time.perf_counter() - start > budget:
            break
        base, proposed = Path(files[k]), Path(files[k + 1])
        t = time.perf_counter()
        doc = desktop.loadComponentFromURL(base.resolve().as_uri(), "_blank", 0,
                                           _props(Hidden=True))
        frame = doc.getCurrentController().getFrame()
        dispatcher.executeDispatch(frame, ".uno:CompareDocuments", "", 0,
                                   _props(URL=proposed.resolve().as_uri(), NoAcceptDialog=True))
        target = out_dir / f"lo-{k // 2}.docx"
        doc.storeToURL(target.resolve().as_uri(), _props(FilterName="MS Word 2007 XML"))
        redlines = doc.getRedlines().getCount()
        doc.close(True)
        print(json.dumps({"seconds": time.perf_counter() - t, "redlines": redlines}), flush=True)
    # A clean exit removes soffice's pipe (the caller kills it otherwise); the connection
    # drops as soffice exits (DisposedException).
    with contextlib.suppress(Exception):
        desktop.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
