"""Answers the hub refused, kept on this PC: listed for the teacher and IT staff, and exported."""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils
from PySide6.QtCore import QCoreApplication

from app.content import shown_text

translate = QCoreApplication.translate


@dataclass(frozen=True)
class SetAsideAnswer:
    """One answer the hub refused, as the teacher reads it."""

    pupil: str
    quiz: str
    """The quiz's title in the user's language (its id when the quiz is unknown)."""
    question: str
    """The question's number and text ("2. Which fruit is yellow?")."""
    answer: str
    answered_at: str
    """This PC's clock when the pupil answered."""
    reason: str
    """The hub's reason, an English sentence naming the field ("pupil: at most 100 characters …")."""


def answer_text(answer: Any) -> str:
    """An answer as one line: options joined with "; "."""
    return "; ".join(map(str, answer)) if isinstance(answer, list) else str(answer)


def _question(quiz: dict[str, Any], question_id: str) -> str:
    for number, question in enumerate(quiz.get("questions", []), 1):
        if question["id"] == question_id:
            return f"{number}. {shown_text(question['text'])}"
    return question_id


def set_aside_answers(db: sqlite_utils.Database) -> list[SetAsideAnswer]:
    """Every answer set aside on this PC, oldest first."""
    rows = db.query(
        "select a.pupil, a.quiz_id, a.question_id, a.answer, a.answered_at, s.reason, t.quiz from set_aside s"
        " join answers a on a.id = s.id left join attempts t on t.id = a.attempt_id order by s.set_aside_at, s.rowid"
    )
    found = []
    for row in rows:
        quiz = json.loads(row["quiz"]) if row["quiz"] else {}
        found.append(
            SetAsideAnswer(
                pupil=row["pupil"],
                quiz=shown_text(quiz["title"]) if quiz else row["quiz_id"],
                question=_question(quiz, row["question_id"]),
                answer=answer_text(json.loads(row["answer"])),
                answered_at=row["answered_at"],
                reason=row["reason"],
            )
        )
    return found


def write_set_aside_csv(path: Path, answers: list[SetAsideAnswer]) -> None:
    """One row per set-aside answer, UTF-8 with a BOM so Excel shows Chinese names correctly."""
    header = [
        translate("results", "Pupil"),
        translate("results", "Quiz"),
        translate("results", "Question"),
        translate("results", "Answer"),
        translate("results", "Answered at (PC clock)"),
        translate("results", "Why the hub refused it"),
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for a in answers:
            writer.writerow([a.pupil, a.quiz, a.question, a.answer, a.answered_at, a.reason])
