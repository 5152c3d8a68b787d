"""Kill -9 a process in the middle of making decisions, many times: nothing confirmed is lost."""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from editor.store import Session

WRITER = r"""
import random, sys
from editor.core.model import DecisionState
from editor.store import Session
path, seed = sys.argv[1], int(sys.argv[2])
rng = random.Random(seed)
states = [DecisionState.ACCEPTED, DecisionState.REJECTED, DecisionState.PENDING]
with Session.open(path, user="killer") as s:
    print("ready", flush=True)
    n = 0
    while True:
        target = f"c{rng.randrange(60)}"
        state = rng.choice(states)
        note = f"{seed}-{n}"
        if rng.random() < 0.2:
            s.decide_many([(target, state, None, note), (f"b{n}", state, "x", note)])
        else:
            s.decide(target, state, note=note)
        # printed only once the call has returned: the user "saw it confirmed"
        print(f"{target} {state.value} {note}", flush=True)
        n += 1
"""


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_no_confirmed_decision(tmp_path: Path) -> None:
    path = tmp_path / "s.synoptic"
    Session.create(path, user="setup").close()
    rng = random.Random(1234)
    confirmed_total = 0
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    for round_ in range(12):
        proc = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(path), str(round_)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, 0.4))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        lines = [line.split() for line in out.splitlines() if line.count(" ") == 2]
        with Session.open(path, user="check") as s:
            logged = {(e.decision.target, e.decision.state.value, e.decision.note) for e in s.log()}
            for target, state, note in lines:
                assert (target, state, note) in logged, f"round {round_}: {note} lost"
            # the current decision of every target is the last one the log holds for it
            last_logged = {e.decision.target: e.decision for e in s.log()}
            assert s.decisions() == last_logged
        confirmed_total += len(lines)
    assert confirmed_total > 50  # the test really exercised the writer
