"""`oo-hub import FOLDER`: a district's folder of lesson files and its lessons.csv into the hub's library.

Row by row: the file is transcoded in a worker process into the lesson format, its quiz file read (GIFT,
Aiken or Moodle XML), and the lesson catalogued; a row that fails is said with its line and why and the
others go on. A rerun skips a row whose file and cells are as they were imported (hub/import_ledger.py),
only recatalogues one whose cells changed, and transcodes again one whose file changed. Classroom PCs
see the new lessons at their next catalog sync; the hub may serve the same data meanwhile.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hub.import_ledger import Imported, create_imports_table, imported, record_import
from hub.import_manifest import Problem, Row
from hub.library_store import update_lesson
from hub.store import Store
from hub.thumbnail import thumbnail_of
from hub.transcode_worker import TranscodeFailed, transcode_in_worker
from protocol.quiz_import import QuizFileError, read_quiz
from protocol.schema import SchemaError

Progress = Callable[[Row, str, int | None], None]
"""Told of a row's step ("transcoding", "cataloguing", ...) and its percent when the step has one."""


@dataclass
class Summary:
    """What an import did."""

    added: list[Row] = field(default_factory=list)
    changed: list[Row] = field(default_factory=list)
    unchanged: list[Row] = field(default_factory=list)
    failed: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    """What an imported row lost on the way: each quiz question left out, with why."""


class RowFailed(Exception):
    """This row cannot be imported; the message says why."""


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(1024 * 1024):
            digest.update(block)
    return digest.hexdigest()


def lesson_id_for(row: Row) -> str:
    """A new lesson's id: its file's name made plain, and a digest of its full path so two folders never meet."""
    stem = re.sub(r"[^a-z0-9]+", "-", row.file.stem.lower()).strip("-")[:40] or "lesson"
    return f"{stem}-{hashlib.sha256(str(row.file).encode()).hexdigest()[:8]}"


async def import_rows(store: Store, rows: list[Row], progress: Progress) -> Summary:
    """Import each row on its own; the summary says what became of each."""
    create_imports_table(store.db)
    summary = Summary()
    for row in rows:
        try:
            await _import_row(store, row, progress, summary)
        except RowFailed as e:
            summary.failed.append(Problem(row.line, str(e)))
    return summary


async def _import_row(store: Store, row: Row, progress: Progress, summary: Summary) -> None:
    progress(row, "checking", None)
    sha256 = file_sha256(row.file)
    quiz, notes = _quiz(row)
    fields = _fields_digest(row, quiz)
    before = imported(store.db, str(row.file))
    lesson_id = before.lesson_id if before is not None else lesson_id_for(row)
    video = store.videos_dir / f"{lesson_id}.mp4"
    kept = before if before is not None and before.sha256 == sha256 and video.is_file() else None
    if kept is not None and kept.fields == fields:
        summary.unchanged.append(row)
        return
    duration = kept.duration if kept is not None else await _transcode(row, video, progress)
    progress(row, "cataloguing", None)
    lesson: dict[str, Any] = {
        "id": lesson_id,
        "position": store.position_for(lesson_id),
        "subject": row.subject,
        "title": row.title(),
    }
    if quiz is not None:
        lesson["quiz"] = {"id": f"quiz-{lesson_id}", "title": row.title(), "questions": quiz}
    try:
        with store.db.transaction():
            store.add_lesson(lesson, video, duration)
            update_lesson(store.db, lesson_id, {"grade": row.grade})
    except SchemaError as e:
        raise RowFailed(f"the lesson does not fit the catalog: {e}") from None
    record_import(store.db, str(row.file), Imported(lesson_id, sha256, fields, duration))
    (summary.changed if before is not None else summary.added).append(row)
    summary.notes += [f"{row.name}: {note}" for note in notes]


async def _transcode(row: Row, video: Path, progress: Progress) -> float:
    """Make the row's lesson video (and its thumbnail beside it); its length in seconds."""
    try:
        result = await transcode_in_worker(
            row.file, video, thumbnail_of(video), progress=lambda percent: progress(row, "transcoding", percent)
        )
    except TranscodeFailed as e:
        raise RowFailed(str(e)) from None
    return result.duration


def _quiz(row: Row) -> tuple[list[dict[str, Any]] | None, list[str]]:
    """The row's quiz questions (None without a quiz file) and what was left out of them, question by question."""
    if row.quiz is None:
        return None, []
    try:
        found = read_quiz(row.quiz.read_bytes(), row.quiz.name, row.language)
    except QuizFileError as e:
        raise RowFailed(f"the quiz {row.quiz.name}: {e}") from None
    except OSError as e:
        raise RowFailed(f"cannot read the quiz {row.quiz.name}: {e.strerror}") from None
    left_out = [f"{row.quiz.name}: left out: {skipped.sentence()}" for skipped in found.skipped]
    notes = [f"{row.quiz.name}: {note}" for note in found.notes]
    if not found.questions:
        raise RowFailed(f"none of the questions of {row.quiz.name} can be imported: " + "; ".join(left_out))
    return found.questions, left_out + notes


def _fields_digest(row: Row, quiz: list[dict[str, Any]] | None) -> str:
    cells = [row.title(), row.subject, row.grade, quiz]
    return hashlib.sha256(json.dumps(cells, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
