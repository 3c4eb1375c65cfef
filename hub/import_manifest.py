"""A district's lessons.csv for `oo-hub import`: one row a lesson, each row checked on its own.

UTF-8 (a spreadsheet's BOM is fine), header `file,title_en,title_zh_TW,subject,grade,quiz` in that order;
a `language` column may follow (the language the quiz file is written in: en or zh-TW). A row that breaks a
rule becomes a problem naming its line and why; the other rows still import.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "lessons.csv"
HEADER = ("file", "title_en", "title_zh_TW", "subject", "grade", "quiz")
OPTIONAL = ("language",)
LANGUAGES = {"en": "en", "zh-tw": "zh-TW", "zh_tw": "zh-TW"}


class ManifestError(Exception):
    """The manifest cannot be read at all (missing, not UTF-8 CSV, wrong header): a usage error."""


@dataclass(frozen=True)
class Row:
    """One lesson the manifest asks for."""

    line: int
    """Its line in lessons.csv (the header is line 1)."""
    file: Path
    """The video or sound file, inside the folder."""
    title_en: str
    title_zh_tw: str
    subject: str
    grade: int | None
    quiz: Path | None
    language: str
    """The language the titles' first text and the quiz are written in: "en" or "zh-TW"."""

    @property
    def name(self) -> str:
        """The row as a progress line or a problem names it."""
        return f"line {self.line} ({self.file.name})"

    def title(self) -> dict[str, object]:
        """The lesson's title (schema Text): the row's language first, the other title beside it."""
        texts = {"en": self.title_en, "zh-TW": self.title_zh_tw}
        first = self.language if texts[self.language] else next(lang for lang, text in texts.items() if text)
        other = "zh-TW" if first == "en" else "en"
        title: dict[str, object] = {"language": first, "text": texts[first]}
        if texts[other]:
            title["translation"] = {"language": other, "text": texts[other]}
        return title


@dataclass(frozen=True)
class Problem:
    """A row that will not import, and why."""

    line: int
    reason: str

    def sentence(self) -> str:
        return f"line {self.line}: {self.reason}"


def read_manifest(folder: Path) -> tuple[list[Row], list[Problem]]:
    """The rows of folder/lessons.csv that can be tried, and a problem for each that cannot."""
    path = folder / MANIFEST
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ManifestError(f"{path} does not exist: put the lessons' list there ({','.join(HEADER)}).") from None
    except OSError as e:
        raise ManifestError(f"cannot read {path}: {e.strerror}") from None
    except UnicodeDecodeError as e:
        raise ManifestError(f"{path} is not UTF-8 (byte {e.start + 1}); save it as CSV UTF-8.") from None
    reader = csv.reader(io.StringIO(text, newline=""))
    header = tuple(cell.strip() for cell in next(reader, []))
    if header[: len(HEADER)] != HEADER or not set(header[len(HEADER) :]) <= set(OPTIONAL):
        raise ManifestError(f"{path}: the first line must be {','.join(HEADER)} (then optionally language).")
    rows: list[Row] = []
    problems: list[Problem] = []
    seen: dict[Path, int] = {}
    for cells in reader:
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        try:
            row = _row(folder, line, dict(zip(header, (cell.strip() for cell in cells), strict=False)), len(cells))
        except ValueError as e:
            problems.append(Problem(line, str(e)))
            continue
        if row.file in seen:
            problems.append(Problem(line, f"{row.file.name} is already the lesson of line {seen[row.file]}."))
            continue
        seen[row.file] = line
        rows.append(row)
    return rows, problems


def _row(folder: Path, line: int, cells: dict[str, str], count: int) -> Row:
    if count > len(HEADER) + len(OPTIONAL) or count < len(HEADER):
        raise ValueError(f"has {count} cells; a row has {len(HEADER)} ({','.join(HEADER)}).")
    if not cells["file"]:
        raise ValueError("the file cell is empty.")
    if not (cells["title_en"] or cells["title_zh_TW"]):
        raise ValueError("both titles are empty; give title_en, title_zh_TW or both.")
    if not cells["subject"]:
        raise ValueError("the subject cell is empty (english, mathematics, science, ...).")
    language = cells.get("language", "") or ("en" if not cells["title_zh_TW"] else "zh-TW")
    if language.lower() not in LANGUAGES:
        raise ValueError(f"language {language!r} is not en or zh-TW.")
    return Row(
        line,
        _inside(folder, cells["file"], "file"),
        cells["title_en"],
        cells["title_zh_TW"],
        cells["subject"].lower(),
        _grade(cells["grade"]),
        _inside(folder, cells["quiz"], "quiz") if cells["quiz"] else None,
        LANGUAGES[language.lower()],
    )


def _grade(cell: str) -> int | None:
    if not cell:
        return None
    if not cell.isdigit() or not 1 <= int(cell) <= 12:
        raise ValueError(f"grade {cell!r} is not a whole number from 1 to 12 (or empty).")
    return int(cell)


def _inside(folder: Path, name: str, column: str) -> Path:
    """A file the row names: it must be in the folder (or below it) and exist."""
    path = (folder / name).resolve()
    if not path.is_relative_to(folder.resolve()):
        raise ValueError(f"the {column} {name!r} is outside the folder; put it in {folder}.")
    if not path.is_file():
        raise ValueError(f"the {column} {name!r} is not in {folder}.")
    return path
