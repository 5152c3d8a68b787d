"""Engine benchmark: 150 resolutions x 6 proposals built from the seed texts.

    .venv/bin/python benchmarks/bench_engine.py [--resolutions 150] [--proposals 6]

Sentences of /work/shared/seeds (export artefacts removed) are shuffled into base
resolutions (number line, title, preamble, calls with items a), b)... and 1, 2...);
each proposal edits them deterministically (random.Random(seed)) with tracked revisions:
word replacements, insertions, deletions, whole items inserted or deleted, relabelling,
and, for one proposal in three, editorial variants (’ for ') forcing re-anchoring.
Prints the time of change extraction + merge + conflicts (`routing.route`) and of one
consolidation per resolution. Target: 5 s in total on a 2-core machine.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from editor.core.consolidate import consolidate
from editor.core.decisions import without_conflict
from editor.core.model import (
    Action,
    DecisionState,
    Proposal,
    ProposalsDocument,
    Provision,
    ProvisionKind,
    Resolution,
    Revision,
    RevisionKind,
    Run,
)
from editor.core.routing import route

SEEDS = Path("/work/shared/seeds")
GROUPS = ("ARB", "EUR", "IAP", "ACP", "AFCP", "RCC")
CALLS = ("rappelant", "considérant", "reconnaissant", "notant", "décide",
         "charge le Secrétaire général", "invite les Etats Membres")
LETTERS = "abcdefghijklmnopqrstuvwxyz"


def sentences() -> list[str]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = re.sub(r"\[bookmark: [^\]]*\]|\[footnoteRef:\d+\]", "", line)
            line = line.split("\t", 1)[-1].strip()
            if len(line.split()) >= 8:
                out.append(line)
    return out


def make_base(rnd: random.Random, number: int, pool: list[str]) -> Resolution:
    provs = [Provision(ProvisionKind.NUMBER, (Run(f"RÉSOLUTION {number} (RÉV. GUADALAJARA, 2010)"),)),
             Provision(ProvisionKind.TITLE, (Run(rnd.choice(pool)[:80]),)),
             Provision(ProvisionKind.PREAMBLE, (Run("La Conférence de plénipotentiaires de l'Union "
                                                    "internationale des télécommunications "
                                                    "(Guadalajara, 2010),"),))]
    for call in rnd.sample(CALLS, 4):
        provs.append(Provision(ProvisionKind.CALL, (Run(call),)))
        numbered = call.startswith(("décide", "charge", "invite"))
        for i in range(rnd.randint(4, 10)):
            label = str(i + 1) if numbered else f"{LETTERS[i]})"
            provs.append(Provision(ProvisionKind.ITEM, (Run(rnd.choice(pool)),), (Run(label),), 1))
    return Resolution(str(number), tuple(provs), language="fr")


def edit(rnd: random.Random, text: str, author: str, variant: bool) -> tuple[Run, ...]:
    ins, dele = Revision(RevisionKind.INSERT, author), Revision(RevisionKind.DELETE, author)
    if variant:
        text = text.replace("'", "’")
    words = text.split(" ")
    runs: list[Run] = []
    i = 0
    while i < len(words):
        w = words[i] + (" " if i < len(words) - 1 else "")
        roll = rnd.random()
        if roll < 0.04:
            runs += [Run(w, dele), Run(rnd.choice(words) + " ", ins)]
        elif roll < 0.06:
            runs += [Run(w, dele)]
        elif roll < 0.08:
            runs += [Run("nouveau ", ins), Run(w)]
        else:
            runs.append(Run(w))
        i += 1
    return tuple(runs)


def make_proposal(rnd: random.Random, base: Resolution, group: str, k: int,
                  pool: list[str]) -> Proposal:
    author = group
    ins, dele = Revision(RevisionKind.INSERT, author), Revision(RevisionKind.DELETE, author)
    variant = k % 3 == 0
    out: list[Provision] = []
    for p in base.provisions:
        roll = rnd.random()
        text = "".join(r.text for r in p.runs)
        if p.kind is ProvisionKind.ITEM and roll < 0.05:
            out.append(Provision(p.kind, tuple(Run(r.text, dele) for r in p.runs), p.label,
                                 p.level, mark=dele))
            continue
        if roll < 0.35:
            out.append(Provision(p.kind, edit(rnd, text, author, variant and roll < 0.1),
                                 p.label, p.level))
        else:
            out.append(p)
        if p.kind is ProvisionKind.ITEM and rnd.random() < 0.05:
            out.append(Provision(ProvisionKind.ITEM, (Run(rnd.choice(pool), ins),),
                                 (Run("x)", ins),), 1, mark=ins))
    return Proposal(Action.MOD, f"{group}/{10 + k}/{base.number}", base.number,
                    Resolution(base.number, tuple(out), language="fr"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--resolutions", type=int, default=150)
    parser.add_argument("--proposals", type=int, default=6)
    args = parser.parse_args()
    pool = sentences()
    rnd = random.Random(20141020)
    bases = [make_base(rnd, 200 + i, pool) for i in range(args.resolutions)]
    docs = [ProposalsDocument(g, tuple(make_proposal(rnd, b, g, k, pool) for b in bases))
            for k, g in enumerate(GROUPS[: args.proposals])]
    t0 = time.perf_counter()
    routing = route(bases, docs)
    t1 = time.perf_counter()
    for d in routing.dossiers:
        consolidate(d.base, d.changes, without_conflict({}, d.changes, d.conflicts,
                                                        DecisionState.ACCEPTED))
    t2 = time.perf_counter()
    n = len(routing.dossiers)
    changes = sum(len(d.changes) for d in routing.dossiers)
    conflicts = sum(len(d.conflicts) for d in routing.dossiers)
    unplaced = sum(1 for d in routing.dossiers for c in d.changes if not c.placed)
    provisions = sum(len(b.provisions) for b in bases)
    print(f"{'resolutions':<28}{n:>10}")
    print(f"{'proposals':<28}{n * len(docs):>10}")
    print(f"{'base provisions':<28}{provisions:>10}")
    print(f"{'changes (merged)':<28}{changes:>10}")
    print(f"{'conflicts':<28}{conflicts:>10}")
    print(f"{'unplaced changes':<28}{unplaced:>10}")
    print(f"{'changes: total s':<28}{t1 - t0:>10.2f}")
    print(f"{'changes: ms / resolution':<28}{(t1 - t0) * 1000 / n:>10.1f}")
    print(f"{'consolidate: total s':<28}{t2 - t1:>10.2f}")
    print(f"{'consolidate: ms / resolution':<28}{(t2 - t1) * 1000 / n:>10.1f}")
    print(f"{'total s (target 5)':<28}{t2 - t0:>10.2f}")


if __name__ == "__main__":
    main()
