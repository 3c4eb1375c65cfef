"""Quiz import: the formats teachers already have (Moodle XML, GIFT, Aiken) into the project's quiz model.

Pure parsing, no I/O: the hub's `oo-hub import` and the Teacher screen's import preview both call
read_quiz with a file's bytes and the language its author wrote it in (the formats do not say it).
"""

from __future__ import annotations

import re

from protocol.quiz_import.aiken import parse_aiken
from protocol.quiz_import.gift import parse_gift
from protocol.quiz_import.moodle_xml import parse_moodle_xml
from protocol.quiz_import.result import QuizFileError, QuizImport, Skipped

__all__ = ["QuizFileError", "QuizImport", "Skipped", "parse_aiken", "parse_gift", "parse_moodle_xml", "read_quiz"]

AIKEN_ANSWER = re.compile(r"^\s*ANSWER:\s*[A-Z]\s*$", re.MULTILINE | re.IGNORECASE)


def read_quiz(data: bytes, file_name: str, language: str) -> QuizImport:
    """The questions of a quiz file, its format told by its content: XML is Moodle's, a file with ANSWER:
    lines and no answer blocks is Aiken, any other is GIFT."""
    if data.lstrip().startswith(b"<"):
        return parse_moodle_xml(data, language)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise QuizFileError(f"{file_name} is not UTF-8 text (byte {error.start + 1}); save it as UTF-8.") from None
    if AIKEN_ANSWER.search(text) and "{" not in text:
        return parse_aiken(text, language)
    return parse_gift(text, language)
