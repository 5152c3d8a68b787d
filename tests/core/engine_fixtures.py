"""Hand-made resolutions and proposals for the engine tests, written compactly.

A line is `K: text` with K one of N (number line), T (title), P (preamble), C (call),
X (unlabelled text), I (item level 1), I2, I3 (deeper items). Items put their label
before a tab. Inside text, `[-deleted-]` and `{+inserted+}` are revisions; a line whose
text is one `{+...+}` is an inserted provision, one `[-...-]` a deleted one.
"""

from __future__ import annotations

import re

from editor.core.model import (
    Action,
    Footnote,
    Paragraph,
    Proposal,
    Provision,
    ProvisionKind,
    Resolution,
    Revision,
    RevisionKind,
    Run,
)

_MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}")
_KINDS = {"N": ProvisionKind.NUMBER, "T": ProvisionKind.TITLE, "P": ProvisionKind.PREAMBLE,
          "C": ProvisionKind.CALL, "X": ProvisionKind.TEXT, "I": ProvisionKind.ITEM,
          "I2": ProvisionKind.ITEM, "I3": ProvisionKind.ITEM}


def runs(text: str, author: str = "ARB") -> tuple[Run, ...]:
    out: list[Run] = []
    pos = 0
    for m in _MARK.finditer(text):
        if m.start() > pos:
            out.append(Run(text[pos:m.start()]))
        if m.group(1) is not None:
            out.append(Run(m.group(1), Revision(RevisionKind.DELETE, author)))
        else:
            out.append(Run(m.group(2), Revision(RevisionKind.INSERT, author)))
        pos = m.end()
    if pos < len(text):
        out.append(Run(text[pos:]))
    return tuple(out)


def provision(line: str, author: str = "ARB") -> Provision:
    code, _, text = line.partition(": ")
    mark = None
    whole = re.fullmatch(r"\{\+(.*)\+\}|\[-(.*)-\]", text)
    if whole:
        kind = RevisionKind.INSERT if whole.group(1) is not None else RevisionKind.DELETE
        mark = Revision(kind, author)
        text = whole.group(1) if whole.group(1) is not None else whole.group(2)
    label, tab, body = text.partition("\t")
    if not tab:
        label, body = "", text
    level = {"I": 1, "I2": 2, "I3": 3}.get(code, 0)
    body_runs = runs(body, author)
    label_runs = runs(label, author)
    if mark is not None:  # the whole provision carries the mark, its runs too
        body_runs = tuple(Run(r.text, mark) for r in body_runs)
        label_runs = tuple(Run(r.text, mark) for r in label_runs)
    return Provision(_KINDS[code], body_runs, label_runs, level, mark=mark)


def resolution(number: str, lines: list[str], author: str = "ARB") -> Resolution:
    return Resolution(number, tuple(provision(x, author) for x in lines), language="fr")


def proposal(pid: str, number: str, lines: list[str] | None, action: Action = Action.MOD
             ) -> Proposal:
    author = pid.split("/")[0]
    res = resolution(number, lines, author) if lines is not None else None
    return Proposal(action, pid, number, res)


BASE_LINES = [
    "N: RÉSOLUTION 101 (RÉV. GUADALAJARA, 2010)",
    "T: Réseaux fondés sur le protocole Internet",
    "P: La Conférence de plénipotentiaires de l'Union internationale des "
    "télécommunications (Guadalajara, 2010),",
    "C: considérant",
    "I: a)\tque l'Union a notamment pour objet d'étendre les avantages des nouvelles "
    "technologies à tous les habitants de la planète;",
    "I: b)\tque les réseaux fondés sur le protocole Internet sont un puissant moteur de "
    "croissance économique;",
    "I: c)\tque les pays en développement ont besoin d'une assistance technique,",
    "C: décide",
    "I: 1\tde poursuivre les études sur les réseaux fondés sur le protocole Internet;",
    "I2: 1.1\tdans les commissions d'études compétentes;",
    "I2: 1.2\ten coopération avec les autres organisations;",
    "I: 2\td'encourager la coopération entre les États Membres;",
    "C: charge le Secrétaire général",
    "I: 1\tde faire rapport au Conseil sur les progrès réalisés.",
]

# Indexes of BASE_LINES provisions, for readable keys.
NUMBER, TITLE, PREAMBLE, CONSIDERANT, A, B, C = range(7)
DECIDE, D1, D11, D12, D2, CHARGE, CH1 = range(7, 14)


def base() -> Resolution:
    return resolution("101", BASE_LINES)


def edited(changes: dict[int, str], inserted: dict[int, list[str]] | None = None
           ) -> list[str]:
    """BASE_LINES with some lines replaced (by index) and lines inserted after an index."""
    out: list[str] = []
    inserted = inserted or {}
    out.extend(inserted.get(-1, []))
    for i, line in enumerate(BASE_LINES):
        out.append(changes.get(i, line))
        out.extend(inserted.get(i, []))
    return out


def key(index: int) -> str:
    return f"101:{index}"


# Revisions and footnotes for runs built by hand (footnote references travel with words).
INS = Revision(RevisionKind.INSERT, "ARB")
DEL = Revision(RevisionKind.DELETE, "ARB")


def note(fid: str, text: str) -> Footnote:
    """A one-paragraph footnote."""
    return Footnote(fid, (Paragraph((Run(text),)),))
