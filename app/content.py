"""The one way every screen, list and file shows lesson content's texts (titles, questions, choices)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from protocol.content import Text


def shown_text(text: Text | Mapping[str, Any]) -> str:
    """A content text as its author wrote it, with their translation beside it in brackets when they said to
    show both: "Which one is a banana?（哪一個是香蕉？）".

    Never chosen by the interface's language: an English quiz reads in English on a PC set to Chinese. The brackets
    are full-width where either text is Chinese (as Chinese text sets them), else "Fruit (Obst)".
    """
    text = text if isinstance(text, Text) else Text.read(text)
    author, *translation = text.shown()
    if not translation:
        return author
    assert text.translation is not None
    if any(language.lower().startswith("zh") for language in (text.language, text.translation.language)):
        return f"{author}（{translation[0]}）"
    return f"{author} ({translation[0]})"
