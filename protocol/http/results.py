"""Quiz answers over HTTP: POST results (a batch, and the receipt per item) and GET results (as they arrived, with
the classrooms' pupils)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from protocol.http.body import Body
from protocol.record import Record, optional


@dataclass(frozen=True)
class Result(Record):
    """One pupil's answer to one question, as a classroom hands it in (schema Result)."""

    id: str
    """A UUID the client made once for this answer; the hub stores each once."""
    quiz_id: str
    question_id: str
    pupil: str
    answer: Any
    """An option id, a list of option ids, true/false, a number or a text, as JSON has it."""
    answered_at: str
    """The answering PC's clock, kept as given."""
    # optional() but keyword-only, so StoredResult's required fields may follow it
    quiz_version: int | None = dataclasses.field(default=None, kw_only=True, metadata={"omit": True})
    """The version of the quiz the pupil was shown (the catalog quiz's `version`); left out by clients older than
    versions and for a quiz from a hub older than versions. The hub stores an answer without one as answering the
    version current when it arrived. In a StoredResult: left out when the hub knows no version of the quiz."""


@dataclass(frozen=True)
class ResultBatch(Body):
    """A batch of answers to hand in (schema ResultBatch): 1 to 500."""

    SCHEMA: ClassVar[str] = "ResultBatch"
    results: tuple[Result, ...]


@dataclass(frozen=True)
class Receipt(Record):
    """What the hub did with one answer of a batch."""

    id: str
    """The answer's id as sent ("" for a refused one without a usable id)."""
    status: str
    """"stored" (kept now), "duplicate" (kept before) or "refused" (not kept: see reason and field)."""
    reason: str | None = optional()
    """Why a refused answer was refused, an English sentence naming the field inside the answer."""
    field: str | None = optional()
    """Where in the batch the refused answer's fault is: results/7/pupil."""


@dataclass(frozen=True)
class ResultReceipt(Body):
    """The hub's reply to a batch (schema ResultReceipt): one receipt per answer, in the order sent."""

    SCHEMA: ClassVar[str] = "ResultReceipt"
    results: tuple[Receipt, ...]


@dataclass(frozen=True)
class StoredResult(Result):
    """An answer as the hub holds it (schema StoredResult): as handed in, and from where and when."""

    classroom: str
    """The name of the token that sent it."""
    received_at: str
    """The hub's clock (UTC) when it first arrived: the order of results."""


@dataclass(frozen=True)
class ClassroomRoster(Record):
    """A classroom's pupils (schema ClassroomRoster), as `oo-hub roster` set them."""

    classroom: str
    """The classroom's name, as its token was issued."""
    pupils: tuple[str, ...]
    """Their names in the order the admin gave them."""


@dataclass(frozen=True)
class ResultList(Body):
    """Quiz results as they arrived (schema ResultList), oldest first."""

    SCHEMA: ClassVar[str] = "ResultList"
    results: tuple[StoredResult, ...]
    rosters: tuple[ClassroomRoster, ...] = ()
    """The pupils of every enrolled classroom (only of the one asked for, if one was), answered or not: who has not
    answered yet. Empty from a hub older than this field."""
    quizzes: tuple[dict[str, Any], ...] = ()
    """Each version of a quiz (schema Quiz, with its `version`) that these results name, so each answer is judged
    against the question its pupil was given. Empty from a hub older than quiz versions."""
