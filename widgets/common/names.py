"""Names of catalog values (question kinds) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS = {
    "single": QT_TRANSLATE_NOOP("kind", "Single choice"),
    "multiple": QT_TRANSLATE_NOOP("kind", "Multiple choice"),
    "true_false": QT_TRANSLATE_NOOP("kind", "True or false"),
    "number": QT_TRANSLATE_NOOP("kind", "Number"),
    "text": QT_TRANSLATE_NOOP("kind", "Short answer"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("kind", str(KINDS[kind])) if kind in KINDS else kind
