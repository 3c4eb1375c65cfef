"""The HTTP API's records (protocol/http/): one for every body schema a route of openapi.json uses, each
valid against its schema, read back equal, and a malformed body refused with the field at fault."""

from __future__ import annotations

import json
from typing import Any

import pytest

from protocol.http.body import Body
from protocol.http.catalog import Catalog, VideoChunks
from protocol.http.courses import (
    Assignment,
    AssignmentChange,
    Course,
    CourseChange,
    CourseList,
    NewAssignment,
    NewCourse,
    NewSession,
    Session,
    SessionChange,
    Timetable,
    TimetableEntry,
)
from protocol.http.enrolment import Enrolment
from protocol.http.errors import ErrorBody, ErrorDetail
from protocol.http.health import Health
from protocol.http.lessons import Attendance, LessonList, LiveLesson, Visit
from protocol.http.library import LessonChange, Library, LibraryLesson, LibraryVideo, NewLesson
from protocol.http.progress import (
    CourseProgress,
    ProgressBatch,
    ProgressCell,
    ProgressEvent,
    ProgressReceipt,
    Score,
    ViewerProgress,
)
from protocol.http.results import (
    ClassroomRoster,
    Receipt,
    Result,
    ResultBatch,
    ResultList,
    ResultReceipt,
    StoredResult,
)
from protocol.http.wire import read
from protocol.schema import SchemaError, openapi, validate

ANSWER = Result(
    "0b9f4d2e-2c1a-4c3e-9a55-6d8f7e1a2b3c",
    "quiz-math-fractions",
    "q1",
    "陳怡君",
    ["a", "c"],
    "2026-11-25T10:41:00+08:00",
)
STORED = StoredResult(
    ANSWER.id, "quiz-math-fractions", "q1", "陳怡君", 4, "2026-11-25T10:41:00+08:00", "Lanyu 3", "2026-11-25T02:41:01Z"
)
LESSON = {
    "id": "math-fractions",
    "subject": "mathematics",
    "title": {"en": "Fractions", "zh_TW": "分數"},
    "video": {
        "id": "v1",
        "url": "/api/v1/videos/v1",
        "size": 1000,
        "sha256": "0" * 64,
        "mime": "video/mp4",
        "duration": 12.5,
        "chunk_size": 512,
        "chunks": ["1" * 64, "2" * 64],
    },
    "quiz": {
        "id": "quiz-math-fractions",
        "title": {"en": "Fractions", "zh_TW": "分數"},
        "questions": [{"id": "q1", "kind": "number", "text": {"en": "2 + 2", "zh_TW": "2 + 2"}, "answer": 4}],
        "time_limit": 60,
    },
}
TITLE = {"language": "zh-TW", "text": "分數", "translation": {"language": "en", "text": "Fractions"}}
MINE = LibraryLesson(
    "0123456789abcdef", "processing", 0.25, None, True, TITLE, "mathematics", 3, None, None, LESSON["quiz"], "Ms Lin"
)
THEIRS = LibraryLesson(
    "math-fractions",
    "failed",
    None,
    "lesson.mp4 is not a video or sound file; upload the lesson's video file.",
    False,
    TITLE,
    "mathematics",
    None,
    {"language": "en", "text": "Halves and quarters."},
    LibraryVideo("v1", 12.5, 1000, "/api/v1/library/math-fractions/thumbnail"),
    None,
    None,
)
SESSION = Session("0123456789abcdef", "fedcba9876543210", "2026-12-08T10:00:00+08:00", 45, "ENG3AB")
GIVEN = Assignment(
    "00112233aabbccdd",
    "fedcba9876543210",
    "english-fruit",
    "2026-12-07T08:00:00+08:00",
    "2026-12-11T17:00:00+08:00",
    None,
)
COURSE = Course(
    "fedcba9876543210",
    TITLE,
    "english",
    3,
    ("Ms Lin",),
    ("Lanyu 3", "Orchid 1"),
    ("english-fruit",),
    (SESSION,),
    (GIVEN, Assignment(**{**vars(GIVEN), "id": "1" * 16, "classrooms": ("Orchid 1",)})),
)
WATCHED = ProgressEvent(ANSWER.id, "english-fruit", "陳怡君", "watched", "2026-12-08T10:30:00+08:00", fraction=0.75)
ON = LiveLesson("0123456789abcdef", "K7MPQ2", "Ms Lin", "2026-11-25T02:00:00Z", None)

EXAMPLES: list[Body] = [
    Health("ok", "1.4.0"),
    Catalog((LESSON,)),
    Catalog(()),
    VideoChunks("0" * 64, 512, ("1" * 64, "2" * 64)),
    Enrolment("Lanyu 3", "classroom", ("陳怡君", "林志明")),
    Enrolment("Ms Lin", "teacher", ()),
    ResultBatch((ANSWER, Result(ANSWER.id.upper(), "quiz-x", "q2", "Ami", True, "2026-11-25T02:41:00Z"))),
    ResultReceipt(
        (
            Receipt(ANSWER.id, "stored"),
            Receipt(ANSWER.id, "duplicate"),
            Receipt("", "refused", "pupil: at most 100 characters are allowed; this has 101", "results/2/pupil"),
        )
    ),
    ResultList((STORED,), (ClassroomRoster("Lanyu 3", ("陳怡君", "林志明")), ClassroomRoster("Orchid 1", ()))),
    ResultList(()),
    LessonList(
        (ON, LiveLesson("fedcba9876543210", "ABCDEF", "Ms Lin", "2026-11-24T02:00:00Z", "2026-11-24T03:00:00Z"))
    ),
    Attendance(
        ON,
        (
            Visit("e5f60718", "Ms Lin", "teacher", "2026-11-25T02:00:00Z", None),
            Visit("a1b2c3d4", "Lanyu 3", "classroom", "2026-11-25T02:01:00Z", "2026-11-25T02:30:00Z"),
        ),
    ),
    NewLesson(TITLE, "mathematics", 3, {"language": "en", "text": "Halves."}, "0" * 32, LESSON["quiz"]),
    NewLesson(TITLE, "mathematics", None, None, None, None),
    LessonChange(published=True),
    LessonChange(title=TITLE, grade=12, upload="f" * 32),
    MINE,
    Library((MINE, THEIRS)),
    Library(()),
    NewCourse(TITLE, "english", 3),
    NewCourse(TITLE, "english", None, ("Mr Wang",), ("Lanyu 3",), ("english-fruit", "math-fractions")),
    CourseChange(lessons=("math-fractions", "english-fruit")),
    COURSE,
    CourseList((COURSE,)),
    NewSession("2026-12-08T02:00:00Z", 45),
    NewSession("2026-12-08T10:00:00+08:00", 45, "ENG3AB"),
    SessionChange(minutes=50),
    SESSION,
    NewAssignment("english-fruit", "2026-12-07T08:00:00+08:00", "2026-12-11T17:00:00+08:00", ("Lanyu 3",)),
    AssignmentChange(due="2026-12-12T17:00:00+08:00"),
    GIVEN,
    Timetable(
        "2026-12-07T00:00:00+08:00", "2026-12-14T00:00:00+08:00", (TimetableEntry(SESSION, TITLE, "english", "Ms Lin"),)
    ),
    ProgressBatch(
        (
            WATCHED,
            ProgressEvent("0b9f4d2e-2c1a-4c3e-9a55-6d8f7e1a2b3d", "english-fruit", "", "quiz", WATCHED.at, None, 3, 4),
        )
    ),
    ProgressReceipt((Receipt(ANSWER.id, "stored"), Receipt(ANSWER.id, "duplicate"))),
    CourseProgress(
        COURSE.id,
        (GIVEN,),
        (
            ProgressCell(
                "Lanyu 3",
                GIVEN.id,
                "english-fruit",
                True,
                0.75,
                Score(3, 4),
                False,
                (ViewerProgress("陳怡君", 0.75, None),),
            ),
            ProgressCell("Orchid 1", GIVEN.id, "english-fruit", False, None, None, True, ()),
        ),
    ),
    ErrorBody(ErrorDetail(404, "No such page on this hub; check the hub address.")),
    ErrorBody(ErrorDetail(400, "quiz: expected 1 to 100 characters", "quiz")),
]


def _name(reference: dict[str, Any]) -> str:
    return str(reference["$ref"]).rsplit("/", 1)[1]


def route_body_schemas() -> set[str]:
    """The schema of every JSON body a route of openapi.json takes or gives."""
    document = openapi()
    found = set()
    for operations in document["paths"].values():
        for operation in operations.values():
            bodies = [operation.get("requestBody", {})]
            for response in operation.get("responses", {}).values():
                bodies.append(document["components"]["responses"][_name(response)] if "$ref" in response else response)
            for body in bodies:
                schema = body.get("content", {}).get("application/json", {}).get("schema")
                if schema is not None:
                    found.add(_name(schema))
    return found


def test_every_body_schema_a_route_uses_has_a_record() -> None:
    assert route_body_schemas() == {type(example).SCHEMA for example in EXAMPLES}


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda e: type(e).__name__)
def test_each_record_is_valid_and_reads_back_equal(example: Body) -> None:
    body = example.to_json()
    validate(body, type(example).SCHEMA)
    assert read(type(example), json.loads(json.dumps(body, ensure_ascii=False))) == example


def test_fields_keep_their_wire_names_and_optional_ones_are_left_out() -> None:
    assert Health("ok", "1.4.0").to_json() == {"status": "ok", "version": "1.4.0"}
    assert ErrorBody(ErrorDetail(401, "A valid token is needed.")).to_json() == {
        "error": {"status": 401, "message": "A valid token is needed."}
    }
    assert Receipt(ANSWER.id, "stored").to_json() == {"id": ANSWER.id, "status": "stored"}
    assert read(ResultList, {"results": []}) == ResultList((), ())  # from a hub older than rosters


@pytest.mark.parametrize(
    ("record", "body", "field"),
    [
        (Enrolment, {"name": "Lanyu 3", "role": "pupil", "roster": []}, "role"),
        (Health, {"status": "ok"}, "(body)"),
        (ResultReceipt, {"results": [{"id": "", "status": "refused"}]}, "results/0"),
        (ResultBatch, {"results": []}, "results"),
        (Attendance, {"lesson": ON.to_json(), "attendance": [{"peer": "a"}]}, "attendance/0"),
        (NewLesson, {**NewLesson(TITLE, "science", None, None, None, None).to_json(), "grade": 13}, "grade"),
        (NewLesson, {**NewLesson(TITLE, "science", None, None, "../etc", None).to_json()}, "upload"),
        (LessonChange, {}, "(body)"),
        (NewSession, {"start": "2026-12-08T10:00:00", "minutes": 45}, "start"),
        (NewSession, {"start": "2026-12-08T10:00:00Z", "minutes": 45, "code": "ENG10B"}, "code"),
        (ProgressBatch, {"events": [{**WATCHED.to_json(), "kind": "quiz"}]}, "events/0"),
        (ProgressBatch, {"events": [{**WATCHED.to_json(), "fraction": 1.5}]}, "events/0/fraction"),
    ],
)
def test_a_malformed_body_is_refused_with_the_field_at_fault(record: type[Body], body: Any, field: str) -> None:
    with pytest.raises(SchemaError) as refused:
        read(record, body)
    assert refused.value.field == field
