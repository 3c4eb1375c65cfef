"""The catalog as classroom.db keeps it: one row per lesson (its Lesson JSON as the hub sent it, in catalog
order) and, in hub_documents' `catalog` row, the ETag and the cursor of the last answer applied.

A classroom.db from before the incremental catalog holds the whole catalog document in that row's body
instead; it is read as it is, and the next refresh asks for the whole catalog and keeps it as rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlite_utils

from media.database import writing
from protocol.http.catalog import Catalog

TABLE = "catalog_lessons"


@dataclass
class HeldCatalog:
    """What this PC holds of the catalog."""

    lessons: list[dict[str, Any]] = field(default_factory=list)
    """Each lesson's JSON (schema Lesson), in catalog order."""
    etag: str | None = None
    """The ETag of the last answer applied."""
    cursor: str | None = None
    """What to send as `since` next; None: ask for the whole catalog."""
    body: str = ""
    """The whole catalog document of a classroom.db from before the incremental catalog; "" otherwise."""


def create_table(db: sqlite_utils.Database) -> None:
    db.table(TABLE).create({"id": str, "position": int, "body": str}, pk="id", if_not_exists=True)


def load(db: sqlite_utils.Database) -> HeldCatalog:
    """The catalog as kept here (nothing held: an empty one with no cursor)."""
    rows = list(db.query("select etag, body from hub_documents where name = 'catalog'"))
    if not rows:
        return HeldCatalog()
    saved = json.loads(rows[0]["body"])
    held = HeldCatalog(etag=rows[0]["etag"] or None)
    if "lessons" in saved:  # kept whole by a version before the incremental catalog
        held.lessons, held.body = saved["lessons"], rows[0]["body"]
        return held
    held.cursor = saved.get("cursor")
    held.lessons = [json.loads(row["body"]) for row in db.query(f"select body from {TABLE} order by position")]
    return held


def apply(db: sqlite_utils.Database, held: HeldCatalog, answer: Catalog, etag: str | None) -> HeldCatalog:
    """Apply a catalog answer to what is held and keep the result in one transaction: a whole catalog (complete,
    or from a hub that sends no cursor) replaces it, changes replace lessons by id in their place, add new ones
    at the end and drop the removed ones."""
    whole = answer.complete is not False or held.cursor is None
    changed = {entry["id"]: entry for entry in answer.lessons}
    gone = set(answer.removed or ()) - set(changed)
    added: list[dict[str, Any]] = []
    if whole:
        lessons = list(answer.lessons)
    else:
        lessons = [changed.pop(entry["id"], entry) for entry in held.lessons if entry["id"] not in gone]
        added = list(changed.values())  # what is left: new to this PC, at the end
        lessons += added
    with writing(db):
        if whole:
            db.execute(f"delete from {TABLE}")
            rows = [_row(entry, i) for i, entry in enumerate(lessons)]
        else:
            db.execute(f"delete from {TABLE} where id in (select value from json_each(?))", [json.dumps(list(gone))])
            for entry in answer.lessons:  # a changed lesson keeps its place
                db.execute(f"update {TABLE} set body = ? where id = ?", [_row(entry, 0)["body"], entry["id"]])
            end = db.execute(f"select coalesce(max(position), -1) + 1 from {TABLE}").fetchone()[0]
            rows = [_row(entry, end + i) for i, entry in enumerate(added)]
        db.table(TABLE).insert_all(rows, pk="id")
        document = {"name": "catalog", "etag": etag or "", "body": json.dumps({"cursor": answer.cursor})}
        db.table("hub_documents").upsert({**document, "fetched_at": datetime.now().isoformat()}, pk="name")
    return HeldCatalog(lessons, etag, answer.cursor)


def _row(entry: dict[str, Any], position: int) -> dict[str, Any]:
    return {"id": entry["id"], "position": position, "body": json.dumps(entry, ensure_ascii=False)}
