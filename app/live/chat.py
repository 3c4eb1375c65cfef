"""A live lesson's chat, kept in classroom.db so it can be read again after the lesson; long text in pieces.

The hub takes at most CHAT_MOST characters in one chat message, counted as Unicode code points (an
emoji is one, though UTF-16, and so Qt's QLineEdit.maxLength, counts two): longer text is sent as
several messages, cut where a reader would, never inside a character as seen.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import sqlite_utils

from media.database import writing
from protocol.live.from_hub import ChatPosted


@dataclass(frozen=True)
class ChatLine:
    """One chat message of a lesson, as the hub relayed it."""

    lesson: str
    """The lesson's id."""
    peer: str
    """Who wrote it (a peer id of the lesson)."""
    name: str
    """Their enrolment name (the teacher's, or the classroom's)."""
    text: str
    at: str
    """The hub's clock (UTC, ISO 8601)."""

    @classmethod
    def posted(cls, message: ChatPosted) -> ChatLine:
        """The line of a hub `chat` message."""
        return cls(message.lesson, message.sender, message.name, message.text, message.at)


class ChatLog:
    """The live_chat table. Must be used from one thread (the event loop's); each write is one small transaction."""

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        db.table("live_chat").create(
            {"lesson": str, "peer": str, "name": str, "text": str, "at": str},
            not_null={"lesson", "peer", "name", "text", "at"},
            if_not_exists=True,
        )
        db.table("live_chat").create_index(["lesson", "at"], if_not_exists=True)

    def keep(self, message: ChatPosted) -> ChatLine:
        """Keep a hub `chat` message; returns it as a ChatLine."""
        line = ChatLine.posted(message)
        with writing(self._db):
            self._db.execute(
                "insert into live_chat (lesson, peer, name, text, at) values (?, ?, ?, ?, ?)",
                [line.lesson, line.peer, line.name, line.text, line.at],
            )
        return line

    def lines(self, lesson: str) -> list[ChatLine]:
        """A lesson's chat, oldest first."""
        rows = self._db.query("select * from live_chat where lesson = ? order by at, rowid", [lesson])
        return [ChatLine(r["lesson"], r["peer"], r["name"], r["text"], r["at"]) for r in rows]


CHAT_MOST = 500
"""Characters (code points) the hub takes in one chat message (protocol/openapi.json, LiveChat)."""
MOST_AT_ONCE = 4 * CHAT_MOST
"""Characters one send may carry, in at most four messages: longer text is a document, not a chat line."""
BREAKS = frozenset("。！？；，、：.!?;,:")
"""Punctuation after which a piece may end, when no space is near the end."""
ZWJ = "\u200d"


def chat_pieces(text: str, most: int = CHAT_MOST) -> list[str]:
    """text cut into pieces of at most `most` characters, in order; joined they give text back.

    A piece ends after a space or a punctuation mark in its second half if it can, else at its end,
    moved back so that no character as seen (an emoji with its modifiers, a flag, a letter with its
    accents) is split.
    """
    pieces = []
    while len(text) > most:
        cut = _cut(text, most)
        pieces.append(text[:cut])
        text = text[cut:]
    return [*pieces, text] if text else pieces


def _cut(text: str, most: int) -> int:
    for cut in range(most, most // 2, -1):
        if (text[cut - 1].isspace() or text[cut - 1] in BREAKS) and not _joined(text, cut):
            return cut
    for cut in range(most, 0, -1):
        if not _joined(text, cut):
            return cut
    return most  # one "character" longer than a piece: it cannot be kept whole


def _joined(text: str, i: int) -> bool:
    """Whether text[i - 1] and text[i] belong to one character as seen."""
    before, after = text[i - 1], text[i]
    if before == ZWJ or after == ZWJ or unicodedata.category(after) in ("Mn", "Mc", "Me"):
        return True  # emoji sequences, variation selectors, accents
    if "\U0001f3fb" <= after <= "\U0001f3ff" or "\U000e0020" <= after <= "\U000e007f":
        return True  # skin tones, the tags of subdivision flags
    if _regional(before) and _regional(after):  # flags are pairs of regional indicators
        run = 0
        while i - run - 1 >= 0 and _regional(text[i - run - 1]):
            run += 1
        return run % 2 == 1
    return False


def _regional(character: str) -> bool:
    return "\U0001f1e6" <= character <= "\U0001f1ff"
