"""Lesson content's texts (schema Text): in the language their author wrote them, never the interface's.

A lesson's title, a quiz's title, a question and a choice each say the language their author wrote them in
and may carry the same text in a second language the author added. Which of the two a screen shows is the
author's choice (`show`), never the language the PC's interface happens to be set to: a quiz about English
words stays in English on a PC set to Chinese.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from protocol.record import Record, optional


@dataclass(frozen=True)
class Translation(Record):
    """The same text in another language, added by its author."""

    language: str
    """A BCP 47 tag: "en", "zh-TW"."""
    text: str


@dataclass(frozen=True)
class Text(Record):
    """A title, question or choice as its author wrote it."""

    language: str
    """The author's language, a BCP 47 tag: "en", "zh-TW", "tao"."""
    text: str
    """The text in the author's language."""
    translation: Translation | None = optional()
    show: Literal["both", "author"] = "both"
    """With a translation: "both" shows it beside the text, "author" shows the author's text alone."""

    @classmethod
    def read(cls, document: Mapping[str, Any]) -> Text:
        """The text of a Text object in either shape.

        The older shape had one text per interface language ({"en": ..., "zh_TW": ...}) and did not say which
        the author wrote; it reads as English with the Chinese beside it, so both are shown whatever the
        interface's language, as they were written.
        """
        if "language" in document:
            return cls.from_json(document)
        chinese = document.get("zh_TW")
        return cls("en", document.get("en", ""), Translation("zh-TW", chinese) if chinese else None)

    def shown(self) -> tuple[str, ...]:
        """What a screen shows, the author's text first: it alone, or it and the translation."""
        translation = self.translation
        if translation is None or self.show == "author" or translation.text in ("", self.text):
            return (self.text,)
        return (self.text, translation.text)
