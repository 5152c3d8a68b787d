"""A document imported in the wrong role is refused with the fix, never stored: proposals
taken as a base would become the resolution's text, and the real base then be refused."""

from __future__ import annotations

import pytest

from editor.app.importing import check_document
from editor.app.samples import SAMPLES
from editor.cli import main
from editor.core.errors import InputError


def test_proposals_imported_as_a_base_are_refused_with_the_fix() -> None:
    with pytest.raises(InputError) as refused:
        check_document(SAMPLES / "IAP-34A2.docx", "base")
    assert refused.value.code == "proposals-as-base"
    assert str(refused.value) == ("IAP-34A2.docx: it holds proposals (MOD IAP/34A2/1, "
                                  "NOC IAP/34A2/2, MOD IAP/34A2/3): import it as proposals")


def test_a_base_is_still_a_base() -> None:
    assert check_document(SAMPLES / "base-res101.docx", "base").role == "base"
    assert check_document(SAMPLES / "base-res101.docx").role == "base"  # guessed
    assert check_document(SAMPLES / "IAP-34A2.docx").role == "proposals"


def test_the_cli_refuses_proposals_given_as_base(tmp_path, capsys) -> None:
    session = tmp_path / "t.synoptic"
    assert main(["session", "new", str(session), "--base", str(SAMPLES / "IAP-34A2.docx")]) == 2
    assert not session.exists()
    assert main(["changes", "--base", str(SAMPLES / "EUR-12A1.docx"),
                 "--proposal", str(SAMPLES / "ARB-79A3.docx")]) == 2
    err = capsys.readouterr().err
    assert "IAP-34A2.docx: it holds proposals" in err
    assert "EUR-12A1.docx: it holds proposals (MOD EUR/12A1/1, MOD EUR/12A1/2, ADD EUR/12A1/3" in err
