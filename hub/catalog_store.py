"""The catalog's rows and its numbered changes: what GET /api/v1/catalog answers, whole or since a cursor.

Every change of a lesson takes the next number of one counter (`catalog_counter`, a single row whose update
every writer queues on, in SQLite and PostgreSQL alike) in the same transaction as the change, and the lesson
row keeps it in `catalog_seq`. A client's cursor is the counter it last saw; the lessons numbered after it are
what changed: those the catalog shows now are sent whole, the others (unpublished, their new video still being
made) are named as removed. No lesson row is ever deleted, so no other record of removals is needed.
"""

from __future__ import annotations

import json
from typing import Any

from hub.database import Database
from protocol.http.catalog import Catalog

# a lesson the catalog shows: published, and its video ready (or only a quiz that is neither pending nor failed)
_SHOWN = (
    "l.published = 1 and (l.video_id is null or v.id is not null)"
    " and (l.video_id is not null or (l.quiz is not null and l.quiz != 'null'"
    " and coalesce(l.pending, '') = '' and coalesce(l.failure, '') = ''))"
)
_SELECT = (
    "select l.*, v.size, v.sha256, v.chunk_size, v.duration, v.mime"
    " from lessons l left join videos v on v.id = l.video_id"
)


def create_catalog_counter(db: Database) -> None:
    """Give the lessons their change numbers (every lesson of an older hub.db takes the first) and the counter."""
    if "catalog_seq" not in db.columns("lessons"):
        db.execute("alter table lessons add column catalog_seq bigint")
        db.execute("update lessons set catalog_seq = 1")
    db.execute("create index if not exists lessons_catalog_seq on lessons (catalog_seq)")
    db.execute("create table if not exists catalog_counter (id bigint primary key, seq bigint)")
    if not db.query("select seq from catalog_counter where id = 1"):
        db.execute("insert into catalog_counter (id, seq) values (1, 1)")


def mark_changed(db: Database, lesson_id: str) -> None:
    """Number a change of this lesson. Must run inside the transaction that changes it: the counter's row stays
    locked until that commits, so changes become visible in the order of their numbers."""
    db.execute("update catalog_counter set seq = seq + 1 where id = 1")
    seq = db.query("select seq from catalog_counter where id = 1")[0]["seq"]
    db.execute("update lessons set catalog_seq = ? where id = ?", [seq, lesson_id])


def catalog_entry(row: dict[str, Any]) -> dict[str, Any]:
    """A lesson of the catalog (schema Lesson) from its row left-joined with its video's: a lesson without a
    video (video_id null) or without a quiz (quiz null) has no such key; grade and description when it has them.
    The video's chunk hashes are not in it: GET videos/{id}/chunks gives them."""
    entry: dict[str, Any] = {"id": row["id"], "subject": row["subject"], "title": json.loads(row["title"])}
    if row.get("grade") is not None:
        entry["grade"] = row["grade"]
    if row.get("description") is not None:
        entry["description"] = json.loads(row["description"])
    if row["video_id"] is not None:
        entry["video"] = {
            "id": row["video_id"],
            "url": f"/api/v1/videos/{row['video_id']}",
            "size": row["size"],
            "sha256": row["sha256"],
            "mime": row["mime"],
            "duration": row["duration"],
            "chunk_size": row["chunk_size"],
        }
    if row["quiz"] is not None and row["quiz"] != "null":
        entry["quiz"] = json.loads(row["quiz"])
    return entry


def catalog(db: Database, since: int | None = None) -> Catalog:
    """The whole catalog (since None, or a cursor this hub cannot answer from: one from before a reset of its
    database) with complete true, or what changed after the cursor since; both with the cursor to send next."""
    # read before the rows: a change committed in between is sent again next time (replacing is idempotent), and
    # none numbered up to the cursor can still be uncommitted (its transaction held the counter's row)
    cursor = int(db.query("select seq from catalog_counter where id = 1")[0]["seq"])
    if since is None or not 0 <= since <= cursor:
        rows = db.query(f"{_SELECT} where {_SHOWN} order by l.position, l.id")
        return Catalog(tuple(catalog_entry(row) for row in rows), str(cursor), (), True)
    rows = db.query(
        f"select l.*, v.size, v.sha256, v.chunk_size, v.duration, v.mime, case when {_SHOWN} then 1 else 0 end"
        " as shown from lessons l left join videos v on v.id = l.video_id"
        " where l.catalog_seq > ? order by l.position, l.id",
        [since],
    )
    shown = tuple(catalog_entry(row) for row in rows if row["shown"])
    return Catalog(shown, str(cursor), tuple(row["id"] for row in rows if not row["shown"]), False)
