"""Quiz results for the teacher: fetched from the hub, summed up per pupil and per question, exported."""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.content import shown_text
from app.hub_client import HubClient
from app.quizzes import is_correct
from app.set_aside import answer_text
from media.errors import ClassroomError
from protocol.http.results import StoredResult

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate


@dataclass
class PupilRow:
    """One pupil's results in one quiz."""

    classroom: str
    pupil: str
    answered: int = 0
    right: int = 0
    arrived: str = ""
    """When the pupil's last answer reached the hub (hub clock, UTC)."""


@dataclass
class QuestionRow:
    """How one question was answered across every classroom."""

    question: dict[str, Any]
    answered: int = 0
    right: int = 0
    chosen: dict[str, int] = field(default_factory=dict)
    """How many chose each option id (choice questions) or each answer text (the others)."""


def latest_answers(results: Sequence[StoredResult]) -> list[StoredResult]:
    """One answer per classroom, pupil and question: the last to arrive (a pupil may retake a quiz)."""
    latest: dict[tuple[str, str, str], StoredResult] = {}
    for result in results:  # the hub sends them in arrival order
        latest[(result.classroom, result.pupil, result.question_id)] = result
    return list(latest.values())


def per_pupil(results: Sequence[StoredResult], quiz: dict[str, Any]) -> list[PupilRow]:
    questions = {q["id"]: q for q in quiz["questions"]}
    rows: dict[tuple[str, str], PupilRow] = {}
    for result in latest_answers(results):
        row = rows.setdefault((result.classroom, result.pupil), PupilRow(result.classroom, result.pupil))
        row.answered += 1
        question = questions.get(result.question_id)
        row.right += bool(question and is_correct(question, result.answer))
        row.arrived = max(row.arrived, result.received_at)
    return sorted(rows.values(), key=lambda r: (r.classroom, r.pupil))


def per_question(results: Sequence[StoredResult], quiz: dict[str, Any]) -> list[QuestionRow]:
    rows = {q["id"]: QuestionRow(q) for q in quiz["questions"]}
    for result in latest_answers(results):
        row = rows.get(result.question_id)
        if row is None:
            continue
        row.answered += 1
        row.right += bool(is_correct(row.question, result.answer))
        answer = result.answer
        for value in answer if isinstance(answer, list) else [answer]:
            key = str(value).strip().casefold() if isinstance(value, str) else str(value)
            row.chosen[key] = row.chosen.get(key, 0) + 1
    return list(rows.values())


def write_csv(path: Path, results: Sequence[StoredResult], quiz: dict[str, Any]) -> None:
    """One row per answer, UTF-8 with a BOM so Excel shows Chinese names correctly."""
    questions = {q["id"]: (number, q) for number, q in enumerate(quiz["questions"], 1)}
    header = [
        translate("results", "Classroom"),
        translate("results", "Pupil"),
        translate("results", "Question"),
        translate("results", "Question text"),
        translate("results", "Answer"),
        translate("results", "Right"),
        translate("results", "Answered at (PC clock)"),
        translate("results", "Arrived at hub (UTC)"),
    ]
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for result in sorted(latest_answers(results), key=lambda r: (r.classroom, r.pupil, r.question_id)):
            number, question = questions.get(result.question_id, (0, {"id": result.question_id}))
            text = shown_text(question["text"]) if number else question["id"]
            right = is_correct(question, result.answer) if number else None
            writer.writerow(
                [
                    result.classroom,
                    result.pupil,
                    number or result.question_id,
                    text,
                    answer_text(result.answer),
                    {True: translate("results", "yes"), False: translate("results", "no"), None: ""}[right],
                    result.answered_at,
                    result.received_at,
                ]
            )


class ResultsService(QObject):
    """The results of one quiz at a time, as the hub holds them. Must be used in the event loop."""

    changed = Signal()

    def __init__(self, client: HubClient) -> None:
        super().__init__()
        self._client = client
        self.quiz: dict[str, Any] | None = None
        self.results: tuple[StoredResult, ...] = ()
        self.problem = ""
        """Why the results could not be fetched, in the user's language; "" when they were."""

    async def load(self, quiz: dict[str, Any]) -> None:
        self.quiz = quiz
        try:
            self.results = await self._client.results(quiz["id"])
            self.problem = ""
        except ClassroomError as e:
            self.results, self.problem = (), str(e)
        self.changed.emit()
