"""The uploads table: who started each resumable upload, of what, and how it ended.

The bytes lie in the data dir's `uploads/` folder, one file per upload named by its id; the file's
size on disk is the upload's offset, so a restarted hub resumes from what is on disk. A row in state
`complete` is a whole file whose sha256 matched the one its uploader gave: the only kind a later step
(transcoding) takes. A `failed` row keeps the sentence why, and its file is gone. A `taken` row is a complete
upload a library lesson took for its video (hub/publishing.py): no other lesson may take it.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from hub.database import Database
from hub.result_store import now

UPLOADING, COMPLETE, FAILED, TAKEN = "uploading", "complete", "failed", "taken"


@dataclass(frozen=True)
class Upload:
    """One resumable upload, as its row has it."""

    id: str
    """32 hex digits, the last part of its URL."""
    owner: str
    """The hash of the token that created it; only that token (or an admin's) may go on with it."""
    owner_name: str
    """That token's name, as the admin gave it."""
    length: int
    """The whole file's size in bytes (Upload-Length)."""
    filename: str
    sha256: str
    """The whole file's sha256 (hex) as the uploader gave it in Upload-Metadata."""
    state: str
    """uploading, complete, failed or taken."""
    message: str
    """Why it failed; "" otherwise."""


def create_uploads_table(db: Database) -> None:
    db.execute(
        "create table if not exists uploads (id text primary key, owner text, owner_name text, length bigint,"
        " filename text, sha256 text, state text, message text, created_at text)"
    )


def add_upload(db: Database, owner: str, owner_name: str, length: int, filename: str, sha256: str) -> Upload:
    upload = Upload(secrets.token_hex(16), owner, owner_name, length, filename, sha256, UPLOADING, "")
    db.execute(
        "insert into uploads (id, owner, owner_name, length, filename, sha256, state, message, created_at)"
        " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [*vars(upload).values(), now()],
    )
    return upload


def find_upload(db: Database, upload_id: str) -> Upload | None:
    rows = db.query(
        "select id, owner, owner_name, length, filename, sha256, state, message from uploads where id = ?", [upload_id]
    )
    return Upload(**rows[0]) if rows else None


def end_upload(db: Database, upload_id: str, state: str, message: str = "") -> None:
    db.execute("update uploads set state = ?, message = ? where id = ?", [state, message, upload_id])


def unfinished_uploads(db: Database) -> list[str]:
    """The ids of uploads still waiting for bytes."""
    return [row["id"] for row in db.query("select id from uploads where state = ?", [UPLOADING])]
