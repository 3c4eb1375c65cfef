"""Names of catalog values (question kinds) in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

KINDS = {
    "single": QT_TRANSLATE_NOOP("kind", "one answer"),
    "multiple": QT_TRANSLATE_NOOP("kind", "several answers"),
    "true_false": QT_TRANSLATE_NOOP("kind", "true or false"),
    "number": QT_TRANSLATE_NOOP("kind", "a number"),
    "text": QT_TRANSLATE_NOOP("kind", "a word or sentence"),
}


def kind_name(kind: str) -> str:
    return QCoreApplication.translate("kind", str(KINDS[kind])) if kind in KINDS else kind
