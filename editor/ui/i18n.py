"""UI languages: English (the source strings) and French (resources/i18n/synoptic_fr.qm).

When the compiled .qm file is missing, the .ts source is still there to compile with
`pyside6-lrelease resources/i18n/synoptic_fr.ts`; the UI then stays in English.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = {"en": "English", "fr": "Français"}


class Languages:
    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.current = "en"

    def use(self, code: str) -> bool:
        """Switch to `code`; False when its translation cannot be loaded (stays English)."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        self.current = "en"
        if code == "en":
            return True
        translator = QTranslator(self._app)
        if not translator.load(str(I18N / f"synoptic_{code}.qm")):
            return False
        self._app.installTranslator(translator)
        self._translator = translator
        self.current = code
        return True


def system_language() -> str:
    name = QLocale.system().name().split("_")[0]
    return name if name in LANGUAGES else "en"
