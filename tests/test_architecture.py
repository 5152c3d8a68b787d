"""Layering rules from the design: only editor/ui imports Qt, only docxio python-docx/lxml,
only store sqlite-utils. Read with `ast` so a string mentioning a module cannot fool it."""

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "editor"

OWNERS = {
    "PySide6": "ui",
    "shiboken6": "ui",
    "docx": "docxio",
    "lxml": "docxio",
    "sqlite_utils": "store",
    "sqlite3": "store",
}


def imported_roots(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    roots: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            roots.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            roots.add(node.module.split(".")[0])
    return roots


SOURCES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_layer_owns_its_libraries(path: Path) -> None:
    layer = path.relative_to(PACKAGE).parts[0]
    for root in imported_roots(path):
        owner = OWNERS.get(root)
        if owner is not None:
            assert layer == owner, f"{path.relative_to(PACKAGE)} imports {root}, owned by {owner}/"


def test_core_never_imports_the_outer_layers() -> None:
    for path in (PACKAGE / "core").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert not node.module.startswith(("editor.ui", "editor.store", "editor.docxio")), (
                    f"{path.name} imports {node.module}"
                )


def test_modules_stay_small() -> None:
    big = {
        str(p.relative_to(PACKAGE)): n
        for p in SOURCES
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600
    }
    assert not big, f"modules over 600 lines, split them: {big}"
