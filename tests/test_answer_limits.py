"""What a pupil can type into the name and answer boxes: no more than the hub takes, and whatever it
is, it reaches the hub or is set aside, and never holds back another pupil's answer."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import sqlite_utils
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from app import i18n
from app.hub_client import HubClient
from app.outbox import ANSWER_TEXT_MAX, PUPIL_MAX, Outbox
from app.quiz_session import QuizSession, Quizzes
from app.quizzes import QuizStore
from app.result_sync import ResultSync
from app.result_tables import SetAsideModel
from hub.demo import LESSONS
from hub.server import RunningHub
from widgets.common.sync_status import SyncStatus
from widgets.setup.set_aside_view import SetAsideView
from widgets.student.pupil_picker import PupilPicker
from widgets.student.question_view import QuestionView

FRUIT: dict[str, Any] = LESSONS[0]["quiz"]
TEXT_QUESTION = next(q for q in FRUIT["questions"] if q["kind"] == "text")
TEXT_QUIZ = {**FRUIT, "id": "typed-only", "questions": [TEXT_QUESTION]}


def paste(box: QLineEdit, text: str) -> None:
    """Paste text into the box as a pupil would (Ctrl+V)."""
    QApplication.clipboard().setText(text)
    box.setFocus()
    box.selectAll()
    box.paste()


def picked_name(picker: PupilPicker, text: str) -> str | None:
    """What the pupil picker starts the quiz with after text is pasted into its box and Enter pressed."""
    picked: list[str] = []
    picker.picked.connect(picked.append)
    paste(picker.typed, text)
    picker.typed.returnPressed.emit()
    picker.picked.disconnect(picked.append)
    return picked[0] if picked else None


def typed_answer(view: QuestionView, session: QuizSession, text: str) -> Any:
    """What the question view hands on after text is pasted into the answer box and Enter pressed."""
    view.show_question(session)
    box = view.findChild(QLineEdit, "answerField")
    assert box is not None
    answered: list[Any] = []
    view.answered.connect(answered.append)
    paste(box, text)
    box.returnPressed.emit()
    view.answered.disconnect(answered.append)
    return answered[0] if answered else None


def test_the_boxes_keep_no_more_than_the_hub_takes(qtbot: QtBot, db: sqlite_utils.Database) -> None:
    picker = PupilPicker()
    qtbot.addWidget(picker)
    assert picked_name(picker, "林" * 150) == "林" * PUPIL_MAX
    picker.typed.clear()
    qtbot.keyClicks(picker.typed, "a" * (PUPIL_MAX + 20))
    assert picker.typed.text() == "a" * PUPIL_MAX

    view = QuestionView()
    qtbot.addWidget(view)
    session = Quizzes(QuizStore(db), lambda: None).begin(TEXT_QUIZ, "Ava")
    assert typed_answer(view, session, "蘋果" * 1500) == "蘋果" * (ANSWER_TEXT_MAX // 2)


def test_a_number_too_large_to_send_is_asked_again(qtbot: QtBot, db: sqlite_utils.Database) -> None:
    number_question = next(q for q in LESSONS[1]["quiz"]["questions"] if q["kind"] == "number")
    quiz = {**LESSONS[1]["quiz"], "questions": [number_question]}
    view = QuestionView()
    qtbot.addWidget(view)
    session = Quizzes(QuizStore(db), lambda: None).begin(quiz, "Ava")
    view.show_question(session)
    box = view.findChild(QLineEdit, "answerField")
    assert box is not None
    answered: list[Any] = []
    view.answered.connect(answered.append)
    qtbot.keyClicks(box, "1e999")  # the box takes it (its validator calls it unfinished)
    ok = next(b for b in view.findChildren(QPushButton) if b.text() == "OK (Enter)")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert answered == [] and view.problem.text() == "Type a number, for example 12 or 3.5."


def typed(limit: int) -> st.SearchStrategy[str]:
    """Any text, short or around and over the box's limit (a paste), any character, surrogates too."""
    characters = st.characters(codec=None, categories=None)
    return st.text(characters, max_size=20) | st.text(characters, min_size=limit - 2, max_size=2 * limit)


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.large_base_example],
)
@given(name=typed(PUPIL_MAX), answer=typed(ANSWER_TEXT_MAX))
async def test_whatever_a_pupil_types_reaches_the_hub_or_is_set_aside_and_holds_back_no_one(
    qtbot: QtBot, hub: RunningHub, db: sqlite_utils.Database, name: str, answer: str
) -> None:
    picker = PupilPicker()
    view = QuestionView()
    qtbot.addWidget(picker)
    qtbot.addWidget(view)
    quizzes = Quizzes(QuizStore(db), lambda: None)
    pupil = picked_name(picker, name)
    if pupil is None:  # nothing typed that is a name: no quiz starts
        assert not name.strip() or not picker.typed.text().strip()
        return
    session = quizzes.begin(TEXT_QUIZ, pupil)
    given_answer = typed_answer(view, session, answer)
    if given_answer is None:  # nothing typed: the pupil is asked again
        assert view.problem.text() == "Type an answer first."
        return
    session.submit(given_answer)
    odd = db.execute("select id from answers order by rowid desc limit 1").fetchone()[0]
    other = quizzes.begin(TEXT_QUIZ, "陳怡君")
    other.submit("apple")
    after = db.execute("select id from answers order by rowid desc limit 1").fetchone()[0]
    client = HubClient(hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    sync = ResultSync(Outbox(db), client)
    try:
        assert await sync.send_all(), sync.problem
    finally:
        await sync.stop()
        await client.close()
    on_hub = {row["id"]: row for row in hub.store.db.query("select id, pupil, answer from results")}
    assert after in on_hub, "another pupil's answer was held back"
    set_aside = [row[0] for row in db.execute("select id from set_aside")]
    assert (odd in on_hub) != (odd in set_aside)
    if odd in on_hub:
        assert on_hub[odd]["pupil"] == pupil
    assert Outbox(db).count() == 0


async def test_a_refused_answer_is_shown_with_the_reason_and_exported(
    qapp: QApplication, qtbot: QtBot, hub: RunningHub, db: sqlite_utils.Database, tmp_path: Path
) -> None:
    i18n.install(qapp, "en")  # English plural forms
    store = QuizStore(db)
    attempt = store.start(FRUIT, "小" * 150)  # typed before the box was limited
    store.answer(attempt, "q3", "apple")
    store.answer(store.start(FRUIT, "陳怡君"), "q3", "apple")
    client = HubClient(hub.url, hub.store.issue_token("classroom", "Lanyu 3"))
    sync = ResultSync(Outbox(db), client)
    status = SyncStatus(sync)
    view = SetAsideView(SetAsideModel(sync, db))
    qtbot.addWidget(status)
    qtbot.addWidget(view)
    assert not view.has_answers
    try:
        assert await sync.send_all()
    finally:
        await sync.stop()
        await client.close()
    assert status.text() == (
        "Every other answer has reached the hub. 1 answer the hub refused is kept on this PC; IT setup lists it"
        " with the reason."
    )
    i18n.install(qapp, "zh_TW")
    try:
        sync.state_changed.emit()  # shown again, in Chinese: no space after a full stop
        assert "。有 1 個答案被中心伺服器拒收" in status.text() and "。 " not in status.text()
    finally:
        i18n.install(qapp, "en")
    assert view.has_answers
    model = view.table.model()
    shown = [model.index(0, column).data() for column in range(model.columnCount())]
    assert shown[:4] == [
        "小" * 150,
        "Fruit words（水果單字）",
        "3. Write 蘋果 in English.（請用英文寫出「蘋果」。）",
        "apple",
    ]
    assert shown[5] == "pupil: at most 100 characters are allowed; this has 150"
    view.export_to(tmp_path / "refused.csv")
    assert view.status.text() == f"Saved {tmp_path / 'refused.csv'}"
    raw = (tmp_path / "refused.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0] == ["Pupil", "Quiz", "Question", "Answer", "Answered at (PC clock)", "Why the hub refused it"]
    assert rows[1][:4] == shown[:4] and rows[1][5] == shown[5] and len(rows) == 2
