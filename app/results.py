"""Quiz results for the teacher: fetched from the hub, summed up per pupil and per question, one pupil's, exported."""

from __future__ import annotations

import csv
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.answer_words import answer_words, right_answer_words
from app.content import shown_text
from app.demo_names import shown_name
from app.hub_client import HubClient
from app.quiz_session import Marked
from app.quiz_versions import QuizVersions
from app.quizzes import is_correct
from app.set_aside import answer_text
from media.errors import ClassroomError
from protocol.http.results import ClassroomRoster, StoredResult

logger = logging.getLogger(__name__)

translate = QCoreApplication.translate


@dataclass
class PupilRow:
    """One pupil's results in one quiz; answered is 0 for a pupil of a roster who has not answered."""

    classroom: str
    pupil: str
    answered: int = 0
    right: int = 0
    arrived: str = ""
    """When the pupil's last answer reached the hub (hub clock, UTC)."""
    out_of: int = 0
    """How many questions the quiz had as the pupil's last answer was given (as it is now for one without answers)."""


@dataclass
class QuestionRow:
    """How one question was answered across every classroom."""

    question: dict[str, Any]
    version: int | None = None
    """The version of the quiz this question is of (None from a hub older than versions)."""
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


def per_pupil(
    results: Sequence[StoredResult], quizzes: QuizVersions, rosters: Sequence[ClassroomRoster] = ()
) -> list[PupilRow]:
    """Every pupil on a classroom's roster, answered or not, and anyone else who answered (a name typed in), each
    answer judged against the version of the quiz it was given to.

    Classrooms by name; within one, its roster's order, then the others by name.
    """
    out_of = len(quizzes.current["questions"])
    rows = {(r.classroom, pupil): PupilRow(r.classroom, pupil, out_of=out_of) for r in rosters for pupil in r.pupils}
    place = {(r.classroom, pupil): i for r in rosters for i, pupil in enumerate(r.pupils)}
    for result in latest_answers(results):
        row = rows.setdefault((result.classroom, result.pupil), PupilRow(result.classroom, result.pupil))
        row.answered += 1
        question = quizzes.question(result)
        row.right += bool(question and is_correct(question, result.answer))
        if result.received_at >= row.arrived:
            row.arrived, row.out_of = result.received_at, len(quizzes.of(result)["questions"])
    return sorted(rows.values(), key=lambda r: (r.classroom, place.get((r.classroom, r.pupil), len(place)), r.pupil))


def pupil_answers(results: Sequence[StoredResult], quizzes: QuizVersions, classroom: str, pupil: str) -> list[Marked]:
    """Each question of the quiz as the pupil last answered it (as it is now when they have not), with their last
    answer (None when not answered) and whether it is right."""
    theirs = [r for r in latest_answers(results) if (r.classroom, r.pupil) == (classroom, pupil)]
    quiz = quizzes.of(max(theirs, key=lambda r: r.received_at)) if theirs else quizzes.current
    given = {r.question_id: r for r in theirs}
    marked = []
    for q in quiz["questions"]:
        result = given.get(q["id"])
        if result is None:
            marked.append(Marked(q, None, None))
        else:
            marked.append(Marked(q, result.answer, is_correct(quizzes.question(result) or q, result.answer)))
    return marked


def per_question(results: Sequence[StoredResult], quizzes: QuizVersions) -> list[QuestionRow]:
    """Each question of each version the answers were given to (of the quiz as it is now without answers)."""
    rows = {
        (q.get("version"), p["id"]): QuestionRow(p, q.get("version"))
        for q in quizzes.given(results)
        for p in q["questions"]
    }
    for result in latest_answers(results):
        row = rows.get((quizzes.of(result).get("version"), result.question_id))
        if row is None:
            continue
        row.answered += 1
        row.right += bool(is_correct(row.question, result.answer))
        answer = result.answer
        for value in answer if isinstance(answer, list) else [answer]:
            key = str(value).strip().casefold() if isinstance(value, str) else str(value)
            row.chosen[key] = row.chosen.get(key, 0) + 1
    return list(rows.values())


def write_csv(
    path: Path,
    results: Sequence[StoredResult],
    quizzes: QuizVersions,
    rosters: Sequence[ClassroomRoster] = (),
) -> None:
    """One row per answer, and one for each pupil of a roster who has not answered; UTF-8 with a BOM so Excel shows
    Chinese names correctly. The first eight columns are as they always were; score and answers in words follow, then
    the version of the quiz each answer was given to: its question, text and right answer are that version's."""
    header = [
        translate("results", "Classroom"),
        translate("results", "Pupil"),
        translate("results", "Question"),
        translate("results", "Question text"),
        translate("results", "Answer"),
        translate("results", "Right"),
        translate("results", "Answered at (PC clock)"),
        translate("results", "Arrived at hub (UTC)"),
        translate("results", "Score"),
        translate("results", "Out of"),
        translate("results", "Answer in words"),
        translate("results", "Right answer"),
        translate("results", "Quiz version"),
    ]
    theirs: dict[tuple[str, str], list[StoredResult]] = {}
    for result in latest_answers(results):
        theirs.setdefault((result.classroom, result.pupil), []).append(result)
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(header)
        for pupil in per_pupil(results, quizzes, rosters):
            classroom = shown_name(pupil.classroom)
            answers = theirs.get((pupil.classroom, pupil.pupil), [])
            if not answers:
                not_answered = translate("results", "not answered")
                writer.writerow(
                    [classroom, pupil.pupil, "", "", "", "", "", "", "", pupil.out_of, not_answered, "", ""]
                )
            for result in sorted(answers, key=lambda r: _place(quizzes, r)):
                quiz, question = quizzes.of(result), quizzes.question(result)
                number = quiz["questions"].index(question) + 1 if question else 0
                question = question or {"text": {}, "id": result.question_id}
                right = is_correct(question, result.answer) if number else None
                writer.writerow(
                    [
                        classroom,
                        pupil.pupil,
                        number or result.question_id,
                        shown_text(question["text"]) if number else question["id"],
                        answer_text(result.answer),
                        {True: translate("results", "yes"), False: translate("results", "no"), None: ""}[right],
                        result.answered_at,
                        result.received_at,
                        pupil.right,
                        len(quiz["questions"]),
                        answer_words(question, result.answer),
                        right_answer_words(question),
                        quiz.get("version", ""),
                    ]
                )


def _place(quizzes: QuizVersions, result: StoredResult) -> tuple[int, int, str]:
    """Where an answer goes among a pupil's: by version, then question number (a question its version lacks
    last), then id."""
    quiz, question = quizzes.of(result), quizzes.question(result)
    number = quiz["questions"].index(question) if question else len(quiz["questions"])
    return quiz.get("version", 0), number, result.question_id


class ResultsService(QObject):
    """The results of one quiz at a time, as the hub holds them. Must be used in the event loop."""

    changed = Signal()

    def __init__(self, client: HubClient) -> None:
        super().__init__()
        self._client = client
        self.quiz: dict[str, Any] | None = None
        """The quiz as the catalog has it now."""
        self.versions: tuple[dict[str, Any], ...] = ()
        """The versions of the quiz the results were given to, as the hub sent them."""
        self.results: tuple[StoredResult, ...] = ()
        self.rosters: tuple[ClassroomRoster, ...] = ()
        """The pupils of each classroom on the hub: the ones without results have not answered."""
        self.problem = ""
        """Why the results could not be fetched, in the user's language; "" when they were."""

    async def load(self, quiz: dict[str, Any]) -> None:
        self.quiz = quiz
        try:
            reply = await self._client.results(quiz["id"])
            self.results, self.rosters, self.versions, self.problem = reply.results, reply.rosters, reply.quizzes, ""
        except ClassroomError as e:
            self.results, self.rosters, self.versions, self.problem = (), (), (), str(e)
        self.changed.emit()

    @property
    def quizzes(self) -> QuizVersions | None:
        """The quiz now and the versions its results were given to; None before a quiz is chosen."""
        return None if self.quiz is None else QuizVersions(self.quiz, self.versions)
