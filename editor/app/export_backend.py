"""The DOCX bytes of an export, from the engine's consolidation and the DOCX writers.

Kept apart so the GUI's export wiring does not change when the export modules do.
"""

from __future__ import annotations

from collections.abc import Mapping

from editor.core.consolidate import consolidate
from editor.core.errors import ConsolidationError
from editor.core.model import Decision
from editor.core.routing import Dossier


def render(kind: str, dossier: Dossier, decisions: Mapping[str, Decision],
           base: bytes | None) -> bytes:
    result = consolidate(dossier.base, dossier.changes, decisions)
    if kind == "synoptic":
        from editor.docxio.synoptic import SynopticDossier, write_synoptic

        title = f"Resolution {dossier.number}"
        return write_synoptic([SynopticDossier(result, dossier.changes, decisions, dossier.base)],
                              title=title)
    raise ConsolidationError(f"the {kind} export is not available yet in this build")
