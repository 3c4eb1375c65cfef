"""Choosing the user's language and installing Qt's and our translations."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.config_values import LANGUAGES

logger = logging.getLogger(__name__)

_installed: list[QTranslator] = []


def choose_language(requested: str) -> str:
    """The requested language, else the system's: any Traditional Chinese locale gets zh_TW."""
    if requested in LANGUAGES:
        return requested
    system = QLocale.system()
    if system.language() == QLocale.Language.Chinese and (
        system.script() == QLocale.Script.TraditionalChineseScript
        or system.territory() in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
    ):
        return "zh_TW"
    return "en"


def install(app: QCoreApplication, language: str) -> None:
    """Replace the installed translators: Qt's own (dialogs, buttons), what Qt's lacks, then ours."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    ours = str(resources.files("resources") / "i18n")
    for name, folder in (
        (f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        (f"qtbase_extra_{language}", ours),  # Qt 6's file-dialog labels its zh_TW catalogue misses
        (f"oo_{language}", ours),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        elif language != "en" or name.startswith("oo_"):
            logger.warning("no translation %s in %s", name, folder)
    QLocale.setDefault(QLocale("zh_TW" if language == "zh_TW" else "en_US"))
