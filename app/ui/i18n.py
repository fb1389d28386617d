"""Languages. Source strings are Bahasa Indonesia; English comes from Qt translation
files in resources/i18n (regenerate with `make i18n`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LANGUAGES = ("id", "en")


def qm_path(language: str) -> Path:
    return I18N_DIR / f"kopdes_{language}.qm"


def install_language(app: QCoreApplication, language: str) -> QTranslator | None:
    """Install the translator for `language` ("id" needs none). Returns it so the caller
    keeps it alive (Qt does not own it) and can remove it again."""
    if language == "en":
        QLocale.setDefault(QLocale("en_GB"))
        translator = QTranslator(app)
        if translator.load(str(qm_path("en"))):
            app.installTranslator(translator)
            return translator
        return None
    # Month names in date pickers follow the locale, not our translation file.
    QLocale.setDefault(QLocale("id_ID"))
    return None


def remove_language(app: QCoreApplication, translator: QTranslator | None) -> None:
    if translator is not None:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale("id_ID"))
