"""The sample session's documents are found through `editor.resources.resource_path`."""

from __future__ import annotations

import shutil

from editor.app.samples import SAMPLES, create_sample_session, sample_files


def test_the_sample_documents_come_from_the_checkout_by_default(monkeypatch):
    monkeypatch.delenv("SYNOPTIC_RESOURCES", raising=False)
    files = sample_files()
    assert files and all(path.parent == SAMPLES for path, _role in files)
    roles = [role for _path, role in files]
    assert roles == sorted(roles)  # bases first ("base" < "proposals")
    assert {p.name for p, r in files if r == "proposals"} >= {"ARB-79A3.docx", "EUR-12A1.docx"}


def test_synoptic_resources_points_the_sample_elsewhere(monkeypatch, tmp_path):
    folder = tmp_path / "samples" / "docx"
    folder.mkdir(parents=True)
    for name in ("base-res101.docx", "ARB-79A3.docx"):
        shutil.copy(SAMPLES / name, folder / name)
    monkeypatch.setenv("SYNOPTIC_RESOURCES", str(tmp_path))
    assert sample_files() == [(folder / "base-res101.docx", "base"),
                              (folder / "ARB-79A3.docx", "proposals")]
    session = create_sample_session(tmp_path / "s.synoptic", "tester")
    try:
        assert sorted(d.name for d in session.documents()) == ["ARB-79A3.docx", "base-res101.docx"]
    finally:
        session.close()


def test_no_sample_documents_is_an_input_error(monkeypatch, tmp_path):
    import pytest

    from editor.core.errors import InputError

    monkeypatch.setenv("SYNOPTIC_RESOURCES", str(tmp_path))
    with pytest.raises(InputError, match="no sample documents"):
        create_sample_session(tmp_path / "s.synoptic", "tester")
    assert not (tmp_path / "s.synoptic").exists()
