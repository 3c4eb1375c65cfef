"""Long chat text pasted into the real chat box reaches the others whole, or the box says why not
(issue 14, item 13). A real hub on 127.0.0.1, real LiveLesson objects (no sound devices needed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.live.chat import CHAT_MOST, chat_pieces
from hub.server import start_hub
from tests.gui import run
from tests.lesson_sides import Sides, teacher_and_classroom
from tests.waiting import until
from widgets.live.chat_panel import ChatPanel

pytestmark = pytest.mark.usefixtures("loopback_ice")

FAMILY, FLAG, THUMB = "👨‍👩‍👧", "🇹🇼", "👍🏽"
SENTENCE = f"老師好！我們看得到也聽得到😀 Can you hear us? 今天的分數練習{FAMILY}{FLAG}{THUMB}很有趣，"


def pasted(panel: ChatPanel, text: str) -> None:
    """As a pupil pastes: through the clipboard into the box."""
    QApplication.clipboard().setText(text)
    panel.line.clear()
    panel.line.setFocus()
    panel.line.paste()


def test_a_526_character_paste_of_chinese_and_emoji_arrives_whole_and_a_longer_one_is_said(
    qloop: qasync.QEventLoop,
    hub_dir: Path,
    tmp_path: Path,
    camera_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PULSE_SINK", "none")  # restored after the test, whatever the sides set
    monkeypatch.setenv("PULSE_SOURCE", "none")
    text = (SENTENCE * 20)[:526]
    assert len(text) == 526 and len(text.encode("utf-16-le")) // 2 > 526  # emoji are two UTF-16 units

    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        sides = Sides(hub, tmp_path, "none", "none")
        try:
            teacher, lanyu = await teacher_and_classroom(sides, camera_file)
            box, seen = ChatPanel(lanyu.lesson), ChatPanel(teacher.lesson)

            pasted(box, text)
            assert box.line.text() == text  # the box cut nothing
            QTest.keyClick(box.line, Qt.Key.Key_Return)
            await until(lambda: len(teacher.lesson.room.chat) >= 2, 10, "the long message at the teacher")
            await until(lambda: box.line.text() == "", 5, "the box emptied")
            texts = [line.text for line in teacher.lesson.room.chat]
            assert len(texts) == 2 and all(len(t) <= CHAT_MOST for t in texts)
            assert re.sub(r"\s", "", "".join(texts)) == re.sub(r"\s", "", text)  # every character, in order
            for character in (FAMILY, FLAG, THUMB):  # none cut in two
                assert sum(t.count(character) for t in texts) == text.count(character)
            assert all(t in seen.lines.toPlainText() for t in texts)  # on the teacher's screen
            assert box.problem.isHidden()

            essay = SENTENCE * 60  # past what goes at once: kept in the box, and said
            pasted(box, essay)
            assert box.line.text() == essay
            assert not box.problem.isHidden()
            assert f"{len(essay):,} characters" in box.problem.text() and "2,000" in box.problem.text()
            assert not box.send_button.isEnabled()
            QTest.keyClick(box.line, Qt.Key.Key_Return)
            assert box.line.text() == essay
            box.line.setText("好")  # shortened: sendable again
            assert box.problem.isHidden() and box.send_button.isEnabled()
            QTest.keyClick(box.line, Qt.Key.Key_Return)
            await until(lambda: len(teacher.lesson.room.chat) >= 3, 10, "the short message at the teacher")
            assert [line.text for line in teacher.lesson.room.chat][2:] == ["好"]  # nothing of the essay went
        finally:
            await sides.close()
            await hub.stop()

    run(qloop, scenario())


@pytest.mark.parametrize(
    "text",
    [
        "x" * 499 + FAMILY + "y" * 10,  # the family would straddle the cut
        FLAG * 300,  # 600 regional indicators: a cut between two of a pair makes two wrong flags
        "e\u0301" * 300,  # accents as combining marks
        "好" * 498 + THUMB + "好" * 10,  # a skin tone right at the cut
        ("word " * 120).strip(),  # spaces: cut after one
    ],
)
def test_long_text_is_cut_into_pieces_the_hub_takes_and_no_character_is_split(text: str) -> None:
    pieces = chat_pieces(text)
    assert "".join(pieces) == text and len(pieces) >= 2
    assert all(0 < len(piece) <= CHAT_MOST for piece in pieces)
    for piece in pieces:
        assert piece.count(FAMILY) == piece.count("\u200d") / 2  # whole families only
        assert piece.count("\U0001f1f9") == piece.count("\U0001f1fc")  # whole flags only
        assert not piece.startswith(("\u0301", "\U0001f3fd"))
    if " " in text:
        assert all(piece.endswith(" ") for piece in pieces[:-1])
