"""The one way every screen, list and file shows lesson content's texts (titles, questions, choices)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from protocol.content import Text

BESIDE = " / "
"""Between an author's text and the translation they chose to show with it."""


def shown_text(text: Text | Mapping[str, Any]) -> str:
    """A content text as its author wrote it, with their translation beside it when they said to show both.

    Never chosen by the interface's language: an English quiz reads in English on a PC set to Chinese.
    """
    return BESIDE.join((text if isinstance(text, Text) else Text.read(text)).shown())
