"""The files a teacher's quiz comes from and goes to: a quiz as JSON, a question's picture, a quiz file to import.

Every failure is a ClassroomError whose sentence, in the user's language, names the file and what to do; nothing
is half-written (a quiz file is written beside and moved into place).
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from media.errors import ClassroomError
from protocol.quiz_import import QuizFileError, QuizImport, read_quiz
from protocol.schema import SchemaError, validate

translate = QCoreApplication.translate

PICTURE_MAX = 500_000
"""Bytes of a question's picture at most: it travels in the catalog to every classroom PC, on a slow link."""
PICTURE_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}
"""The picture types the schema allows, by the bytes their files start with."""
QUIZ_FILE_MAX = 20_000_000
"""Bytes of a quiz or import file at most (pictures included): more is no quiz a teacher wrote."""


def _read(path: Path, limit: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > limit:
            raise ClassroomError(
                translate("quiz files", "{name} is too large ({size} kB); the most is {limit} kB.").format(
                    name=path.name, size=size // 1000, limit=limit // 1000
                )
            )
        return path.read_bytes()
    except OSError as e:
        raise ClassroomError(
            translate("quiz files", "Could not read {path}: {error}.").format(path=path, error=e.strerror or e)
        ) from e


def read_quiz_file(path: Path) -> dict[str, Any]:
    """The quiz a file saved by the editor holds, checked against the schema's Quiz."""
    data = _read(path, QUIZ_FILE_MAX)
    try:
        quiz = json.loads(data.decode("utf-8"))
        validate(quiz, "Quiz")
    except (UnicodeDecodeError, json.JSONDecodeError, SchemaError) as e:
        raise ClassroomError(
            translate("quiz files", "{name} is not a quiz saved by O&O Classroom ({error}).").format(
                name=path.name, error=e
            )
        ) from e
    return dict(quiz)


def write_quiz_file(path: Path, quiz: dict[str, Any]) -> None:
    """Save the quiz as JSON (schema Quiz), whole or not at all. Raises OSError."""
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(quiz, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, path)


def read_picture(path: Path) -> dict[str, str]:
    """A question's picture (schema Question.picture) from a PNG or JPEG file."""
    data = _read(path, PICTURE_MAX)
    mime = next((mime for start, mime in PICTURE_TYPES.items() if data.startswith(start)), None)
    if mime is None:
        raise ClassroomError(
            translate("quiz files", "{name} is not a PNG or JPEG picture; save it as one of those.").format(
                name=path.name
            )
        )
    return {"mime": mime, "data": base64.b64encode(data).decode("ascii")}


def import_quiz_file(path: Path, language: str) -> QuizImport:
    """The questions of a GIFT, Aiken or Moodle XML file, their texts in language (the formats do not say it)."""
    data = _read(path, QUIZ_FILE_MAX)
    try:
        return read_quiz(data, path.name, language)
    except QuizFileError as e:
        raise ClassroomError(
            translate(
                "quiz files",
                "{name} could not be imported: it is not a GIFT, Aiken or Moodle XML quiz the editor can read"
                " ({error}). Nothing was added.",
            ).format(name=path.name, error=e)
        ) from e
