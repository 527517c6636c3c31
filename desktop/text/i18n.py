"""Translations: Tepi's own strings and Qt's (``qtbase``), chosen from the settings.

English is the source language. ``resources/i18n/tepi_<lang>.qm`` holds Tepi's
strings. Qt's own buttons and dialogs come from Qt's ``qtbase_<lang>.qm`` or,
for languages Qt does not ship (Bahasa Indonesia), from ours in the same folder.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

__all__ = [
    "LANGUAGE_NAMES",
    "current_language",
    "install_translators",
    "remove_translators",
    "resolve_language",
]

logger = logging.getLogger(__name__)
LANGUAGE_NAMES = {"en": "English", "id": "Bahasa Indonesia"}
"""Shipped languages, each named in itself (so anyone can find their own)."""
_current = "en"
_LOCALES = {
    "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedStates),
    "id": QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia),
}


def current_language() -> str:
    """The language the window runs in (``en`` until translators are installed): the core renders
    its sentences in it."""
    return _current


def resolve_language(setting: str) -> str:
    """The language code to use: the setting, or the system's first shipped language."""
    if setting in LANGUAGE_NAMES:
        return setting
    for tag in QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in ("id", "in"):  # "in" is the old code for Indonesian
            return "id"
        if code in LANGUAGE_NAMES:
            return code
    return "en"


def _i18n_dir() -> Path:
    from desktop.paths import resource_path

    return resource_path("i18n")


def install_translators(app: QCoreApplication, setting: str) -> tuple[str, list[QTranslator]]:
    """Load and install the translators for ``setting``; returns the language and the translators."""
    global _current
    language = resolve_language(setting)
    QLocale.setDefault(_LOCALES[language])
    _current = language
    ours = _i18n_dir()
    loaded: list[QTranslator] = []
    for name, folders in (
        ("qtbase", (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), str(ours))),
        ("tepi", (str(ours),)),
    ):
        translator = QTranslator(app)
        if any(translator.load(f"{name}_{language}", folder) for folder in folders):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            logger.warning("no %s translation for %s", name, language)
    logger.info("language %s (%d translation files)", language, len(loaded))
    return language, loaded


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    global _current
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(_LOCALES["en"])
    _current = "en"
