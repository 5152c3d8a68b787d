"""resource_path: the checkout's resources/, a PyInstaller bundle's, or $SYNOPTIC_RESOURCES."""

from pathlib import Path

import pytest

from editor.resources import ENVIRONMENT_VARIABLE, resource_path, resources_root

REPOSITORY = Path(__file__).resolve().parents[1]
NO_ENV: dict[str, str] = {}


def test_checkout_finds_the_real_sample_corpus() -> None:
    samples = resource_path("samples/docx", environ=NO_ENV)
    assert samples == REPOSITORY / "resources" / "samples" / "docx"
    assert (samples / "ARB-79A3.docx").is_file()
    assert resource_path("synoptic.svg", environ=NO_ENV).read_text(encoding="utf-8").lstrip(
    ).startswith("<?xml")


def test_icon_png_is_a_256_pixel_png() -> None:
    data = resource_path("synoptic.png", environ=NO_ENV).read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (256, 256)


def test_inside_a_bundle_resources_are_under_meipass(tmp_path: Path) -> None:
    (tmp_path / "resources" / "i18n").mkdir(parents=True)
    qm = tmp_path / "resources" / "i18n" / "synoptic_fr.qm"
    qm.write_bytes(b"qm")
    assert resources_root(bundle=str(tmp_path), environ=NO_ENV) == tmp_path / "resources"
    found = resource_path("i18n/synoptic_fr.qm", bundle=str(tmp_path), environ=NO_ENV)
    assert found == qm and found.read_bytes() == b"qm"


def test_the_sys_meipass_of_a_running_bundle_is_used(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_path("samples", environ=NO_ENV) == tmp_path / "resources" / "samples"


def test_environment_variable_wins_over_bundle_and_checkout(tmp_path: Path) -> None:
    environ = {ENVIRONMENT_VARIABLE: str(tmp_path)}
    assert resource_path("samples/docx", bundle="/elsewhere", environ=environ) == (
        tmp_path / "samples" / "docx")


def test_backslashes_are_separators_too() -> None:
    assert resource_path("samples\\docx", environ=NO_ENV) == resource_path(
        "samples/docx", environ=NO_ENV)


@pytest.mark.parametrize("escape", ["../pyproject.toml", "samples/../../x", "/etc/passwd",
                                    "\\windows", "C:/Windows"])
def test_paths_outside_the_resources_are_refused(escape: str) -> None:
    with pytest.raises(ValueError, match="inside resources"):
        resource_path(escape, environ=NO_ENV)


def test_empty_name_is_the_root_itself() -> None:
    assert resource_path(environ=NO_ENV) == resources_root(environ=NO_ENV)
