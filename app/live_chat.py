"""A live lesson's chat, kept in classroom.db so it can be read again after the lesson."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlite_utils


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

    def keep(self, message: dict[str, Any]) -> ChatLine:
        """Keep a hub `chat` message; returns it as a ChatLine."""
        line = ChatLine(message["lesson"], message["from"], message["name"], message["text"], message["at"])
        with self._db.atomic():
            self._db.execute(
                "insert into live_chat (lesson, peer, name, text, at) values (?, ?, ?, ?, ?)",
                [line.lesson, line.peer, line.name, line.text, line.at],
            )
        return line

    def lines(self, lesson: str) -> list[ChatLine]:
        """A lesson's chat, oldest first."""
        rows = self._db.query("select * from live_chat where lesson = ? order by at, rowid", [lesson])
        return [ChatLine(r["lesson"], r["peer"], r["name"], r["text"], r["at"]) for r in rows]
