"""Publishes not yet done, kept in classroom.db so that a closed app or a switched-off PC carries them on."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

TABLE = "publishes"


@dataclass(frozen=True)
class PublishDraft:
    """A new lesson to publish, or a change to one of the library's lessons, with the file to upload first."""

    lesson_id: str | None
    """The library lesson it changes; None for a new lesson."""
    fields: dict[str, Any]
    """A new lesson: NewLesson's JSON without its upload; a change: LessonChange's JSON (only what changed)."""
    path: str | None
    """The video or sound file to upload first (absolute), or None."""
    id: int = 0
    """Its row in classroom.db once kept."""


class PublishDrafts:
    """The `publishes` table of classroom.db: one row a publish not yet answered by the hub.

    Must be used in the event loop.
    """

    def __init__(self, db: sqlite_utils.Database) -> None:
        self._db = db
        db.table(TABLE).create(
            {"id": int, "lesson_id": str, "fields": str, "path": str}, pk="id", not_null={"fields"}, if_not_exists=True
        )

    def keep(self, draft: PublishDraft) -> PublishDraft:
        """Keep a draft; the same with its row id."""
        with self._db.atomic():
            row = {"lesson_id": draft.lesson_id, "fields": json.dumps(draft.fields), "path": draft.path}
            row_id = self._db.table(TABLE).insert(row).last_pk
        assert isinstance(row_id, int)
        return PublishDraft(draft.lesson_id, draft.fields, draft.path, row_id)

    def all(self) -> list[PublishDraft]:
        rows = self._db.query(f"select * from {TABLE} order by id")
        return [PublishDraft(r["lesson_id"], json.loads(r["fields"]), r["path"], r["id"]) for r in rows]

    def forget(self, draft: PublishDraft) -> None:
        with self._db.atomic():
            self._db.execute(f"delete from {TABLE} where id = ?", [draft.id])
