"""The demo hub's classroom and teacher as the screens and files name them: in the user's language.

The demo hub writes these two names in English (protocol.demo); every other name is shown as its owner wrote it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from protocol.demo import DEMO_CLASSROOM, DEMO_TEACHER


def shown_name(name: str) -> str:
    """A classroom's or a teacher's name as a person reads it: the demo's own in the user's language."""
    if name == DEMO_CLASSROOM:
        return QCoreApplication.translate("demo", "Demo classroom")
    if name == DEMO_TEACHER:
        return QCoreApplication.translate("demo", "Demo teacher")
    return name
