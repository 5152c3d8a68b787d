"""Reading a plain-text export of a Word document into the model.

One paragraph per line. The seed exports carry artefacts of the tool that produced them:
`[bookmark: _Toc123]` markers (dropped) and footnotes written inline as
`...developpement[footnoteRef:1]1 et ... [1: 1\tPar pays en developpement...]`: the
reference becomes a footnote run and the body, on the same line, a `Footnote`.
A text file has no revision marks, so the document's marking is `NONE`.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from editor.core.errors import InputError
from editor.core.model import Document, Footnote, Marking, Paragraph, Run

from .safety import unreadable

MAX_BYTES = 50 * 1024 * 1024  # far above any resolution; refuses a wrong file quickly

_BOOKMARK = re.compile(r"\[bookmark: [^\]]*\]")
_FOOTNOTE_REF = re.compile(r"\[footnoteRef:(?P<id>[^\]\s]+)\]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BODY_NUMBER = re.compile(r"^[ \u00a0]*(?:(?P<shown>\d+|[*†‡§]+)(?=\s))?\s*")
_ENCODING_PROBLEM = "not UTF-8 or UTF-16 text (unknown encoding): save it as UTF-8"


def read_text_file(path: str | Path) -> Document:
    """Read the text file at `path` (UTF-8 with or without BOM, or UTF-16 with BOM)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(path, "file not found", code="missing-file") from None
    except OSError as err:
        raise unreadable(path, err) from None
    if not path.is_file():
        raise InputError(path, "not a file", code="not-a-file")
    if size > MAX_BYTES:
        megabytes, limit = str(size // (1024 * 1024)), str(MAX_BYTES // (1024 * 1024))
        raise InputError(path, f"too big for a text file ({megabytes} MB, limit {limit} MB)",
                         code="too-large", params={"size": megabytes, "limit": limit})
    try:
        data = path.read_bytes()
    except OSError as err:
        raise unreadable(path, err) from None
    text = decode_text(data, path)
    paragraphs, footnotes = parse_text(text)
    return Document(
        name=path.name,
        paragraphs=paragraphs,
        footnotes=footnotes,
        marking=Marking.NONE,
    )


def decode_text(data: bytes, path: str | Path) -> str:
    """Bytes -> str, refusing anything that is not clearly UTF-8 or BOM-marked UTF-16."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")  # the BOM picks the byte order and is dropped
        else:
            text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InputError(path, _ENCODING_PROBLEM, code="unknown-encoding") from None
    # NUL bytes decode as UTF-8 but never occur in text: a binary file or UTF-16 without BOM
    if "\x00" in text:
        raise InputError(path, _ENCODING_PROBLEM, code="unknown-encoding")
    return text


def parse_text(text: str) -> tuple[tuple[Paragraph, ...], tuple[Footnote, ...]]:
    """Paragraphs (one per non-empty line) and the footnotes whose bodies were inline."""
    paragraphs: list[Paragraph] = []
    footnotes: list[Footnote] = []
    for raw in _LINE_BREAK.split(text):
        line = _BOOKMARK.sub("", raw)
        if line.startswith(" "):  # export artefact: " RÉSOLUTION ...", " MOD\t..."
            line = line.lstrip(" ")
        runs, notes = _line_runs(line)
        footnotes.extend(notes)
        if not "".join(r.text for r in runs).strip() and not any(r.footnote for r in runs):
            continue
        paragraphs.append(Paragraph(runs=runs))
    return tuple(paragraphs), tuple(footnotes)


def _line_runs(line: str) -> tuple[tuple[Run, ...], list[Footnote]]:
    """Split one line into text runs and footnote-reference runs, lifting out bodies."""
    ids = [m.group("id") for m in _FOOTNOTE_REF.finditer(line)]
    if not ids:
        return ((Run(line),) if line else ()), []
    notes: list[Footnote] = []
    shown: dict[str, str] = {}
    for note_id in ids:
        ref_at = line.find(f"[footnoteRef:{note_id}]")
        found = _find_body(line, note_id, max(ref_at, 0))
        if found is None:
            continue
        start, end, body = found
        number = _BODY_NUMBER.match(body)
        shown[note_id] = (number.group("shown") or "") if number else ""
        body_text = body[number.end() :] if number else body
        notes.append(Footnote(note_id, (Paragraph((Run(body_text.strip()),)),)))
        # drop the body with the space that introduced it; trailing blanks go with it
        after = line[end:] if line[end:].strip() else ""
        line = line[:start].rstrip(" ") + after
    runs: list[Run] = []
    pos = 0
    for ref in _FOOTNOTE_REF.finditer(line):
        note_id = ref.group("id")
        if ref.start() > pos:
            runs.append(Run(line[pos : ref.start()]))
        runs.append(Run("", footnote=note_id))
        pos = ref.end()
        mark = shown.get(note_id, note_id)  # the displayed number follows the reference
        if mark and line.startswith(mark, pos):
            pos += len(mark)
    if pos < len(line):
        runs.append(Run(line[pos:]))
    return tuple(runs), notes


def _find_body(line: str, note_id: str, after: int) -> tuple[int, int, str] | None:
    """Span and text of the inline body `[id: ...]` after a reference, brackets balanced."""
    opening = f"[{note_id}: "
    start = line.find(opening, after)
    if start < 0:
        return None
    depth = 0
    for i in range(start, len(line)):
        if line[i] == "[":
            depth += 1
        elif line[i] == "]":
            depth -= 1
            if depth == 0:
                return start, i + 1, line[start + len(opening) : i]
    return None
