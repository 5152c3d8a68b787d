"""UI languages: English (the source strings) and French (resources/i18n/synoptic_fr.qm).

Qt's own texts (the OK / Cancel buttons) come from `qtbase_<code>.qm` where Qt keeps its
translations. `synoptic_en.qm` holds only the English plural forms ("1 conflict",
"2 conflicts"): Qt's `%n` messages need a translation even in the source language.
The files are found with `editor.resources.resource_path`, so the same lookup works from
a checkout, a PyInstaller bundle and $SYNOPTIC_RESOURCES. After changing a UI string:

    pyside6-lupdate -no-obsolete editor/ui/*.py -ts resources/i18n/synoptic_fr.ts
    pyside6-lupdate -no-obsolete -pluralonly editor/ui/*.py -ts resources/i18n/synoptic_en.ts
    (translate the new messages, e.g. with pyside6-linguist)
    pyside6-lrelease resources/i18n/synoptic_fr.ts resources/i18n/synoptic_en.ts

`tr()` calls must hold a literal string outside f-strings, or lupdate does not see them.
When a compiled .qm file is missing the UI stays in English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from editor.resources import resource_path

LANGUAGES = {"en": "English", "fr": "Français"}


def translation_file(code: str, suffix: str = ".qm") -> Path:
    return resource_path(f"i18n/synoptic_{code}{suffix}")


class Languages:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.current = "en"

    def use(self, code: str) -> bool:
        """Switch to `code`; False when its translation cannot be loaded (stays English)."""
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        self.current = "en"
        translator = QTranslator(self._app)
        if not translator.load(str(translation_file(code))):
            # English without its plural forms still reads ("1 conflicts"): not a failure.
            return code == "en"
        qt = QTranslator(self._app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._translators.append(qt)  # English buttons in a French dialog otherwise
        self._translators.append(translator)
        for t in self._translators:
            self._app.installTranslator(t)
        self.current = code
        return True


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"
