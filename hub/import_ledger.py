"""What `oo-hub import` has already done: one row per manifest file, so a rerun skips it or picks up a change.

Kept in the hub's database beside the lessons (SQLite or PostgreSQL), keyed by the file's full path, with the
sha256 of the file and of the row's other cells as they were imported.
"""

from __future__ import annotations

from dataclasses import dataclass

from hub.database import Database
from hub.result_store import now


@dataclass(frozen=True)
class Imported:
    """A manifest file as it was last imported."""

    lesson_id: str
    sha256: str
    """Of the file."""
    fields: str
    """A digest of the row's other cells and of its quiz file."""
    duration: float
    """Seconds of the lesson video made from the file."""


def create_imports_table(db: Database) -> None:
    db.execute(
        "create table if not exists imports (source text primary key, lesson_id text, sha256 text, fields text,"
        " duration double precision, imported_at text)"
    )


def imported(db: Database, source: str) -> Imported | None:
    rows = db.query("select lesson_id, sha256, fields, duration from imports where source = ?", [source])
    return Imported(**rows[0]) if rows else None


def record_import(db: Database, source: str, done: Imported) -> None:
    db.execute(
        "insert into imports (source, lesson_id, sha256, fields, duration, imported_at) values (?, ?, ?, ?, ?, ?)"
        " on conflict (source) do update set lesson_id = excluded.lesson_id, sha256 = excluded.sha256,"
        " fields = excluded.fields, duration = excluded.duration, imported_at = excluded.imported_at",
        [source, done.lesson_id, done.sha256, done.fields, done.duration, now()],
    )
