"""The classroom's home: the lessons the school has, with what each holds."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog import Lesson
from app.content import shown_text
from app.lesson_list import LessonFilter, subject_name
from app.library import LibraryService
from app.result_sync import ResultSync
from app.screen_lock import ScreenLock
from media.startable import Start
from media.units import clock_text, size_text, wait_text
from widgets.common.big_button import big_button
from widgets.common.lesson_table import LessonTable
from widgets.common.pin_dialog import ask_first
from widgets.common.sync_status import SyncStatus


class ClassroomPage(QWidget):
    """The lessons by subject with their videos' state on this PC; the chosen lesson on the right with
    Watch, Take the quiz, Keep and Remove; storage used; whether every answer has reached the hub.

    A lesson without a video offers no Watch, Keep or Remove; one without a quiz no Take the quiz.

    Removing a video asks once: the teacher/IT PIN when the PC is locked, else a yes.
    """

    quiz_requested = Signal(object)
    watch_requested = Signal(object)

    def __init__(
        self,
        model: LessonFilter,
        library: LibraryService,
        sync: ResultSync,
        lock: ScreenLock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._library = library
        self._lock = lock
        self.remove_question: QDialog | None = None
        """The question before a video is removed, while it is open."""
        self._lesson: Lesson | None = None
        heading = QLabel(self.tr("Lessons"))
        heading.setObjectName("heading")
        self.only_here = QCheckBox(self.tr("Only lessons on this PC"))
        self.only_here.setToolTip(
            self.tr(
                "Show only the lessons that need nothing from the hub: their video is on this PC, or they have none"
            )
        )
        self.only_here.toggled.connect(model.show_only_on_this_pc)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.only_here)
        self.table = LessonTable(model)
        empty = QLabel(
            self.tr("No lessons yet. When this PC reaches the hub, the school's lessons appear here by themselves.")
        )
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list = QStackedWidget()
        self._list.addWidget(empty)
        self._list.addWidget(self.table)
        self._details = QLabel()
        self._details.setObjectName("details")
        self._details.setWordWrap(True)
        self._details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.take_quiz = big_button(self.tr("Take the quiz"))
        self.take_quiz.setToolTip(self.tr("Answer this lesson's quiz; it works without the hub too (Ctrl+T)"))
        self.take_quiz.setShortcut(QKeySequence("Ctrl+T"))  # Ctrl+Q is the desktop's Quit
        self.take_quiz.clicked.connect(self._take_quiz)
        self.watch = big_button(self.tr("Watch"))
        self.watch.setToolTip(self.tr("Play the lesson's video from this PC (Ctrl+W)"))
        self.watch.setShortcut(QKeySequence("Ctrl+W"))
        self.watch.clicked.connect(self._watch)
        self.keep = QPushButton(self.tr("Keep on this PC"))
        self.keep.setCheckable(True)
        self.keep.setToolTip(self.tr("Never delete this video to make room for others"))
        self.keep.toggled.connect(self._keep)
        self.remove = QPushButton()
        self.remove.clicked.connect(self._remove)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.watch_note = QLabel()
        self.watch_note.setWordWrap(True)
        buttons = QVBoxLayout()  # one above the other, in a narrow side: the lesson titles keep their width
        buttons.addWidget(self.keep)
        buttons.addWidget(self.remove)
        side = QVBoxLayout()
        side.addWidget(self._details, 1)
        side.addWidget(self.problem)
        side.addLayout(buttons)
        side.addWidget(self.watch_note)
        side.addWidget(self.watch)
        side.addWidget(self.take_quiz)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(240)
        side_box.setMaximumWidth(300)
        row = QHBoxLayout()
        row.addWidget(self._list, 1)
        row.addWidget(side_box)
        self.storage = QLabel()
        self.storage.setObjectName("syncStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(row, 1)
        layout.addWidget(self.storage)
        layout.addWidget(SyncStatus(sync))
        model.modelReset.connect(lambda: self._show_list(model))
        self.table.lesson_selected.connect(self._show_lesson)
        library.video_changed.connect(self._video_changed)
        library.usage_changed.connect(self._show_storage)
        self._show_list(model)
        self._show_storage()
        self._show_lesson(model.lesson(0) if model.rowCount() else None)

    def _show_list(self, model: LessonFilter) -> None:
        self._list.setCurrentIndex(1 if model.sourceModel().rowCount() else 0)

    def _show_storage(self) -> None:
        self.storage.setText(
            self.tr("Videos on this PC: {used} of {quota}").format(
                used=size_text(self._library.usage), quota=size_text(self._library.quota)
            )
        )

    def _video_changed(self, video_id: str) -> None:
        if self._lesson is not None and self._lesson.video_id == video_id:
            self._show_video_state(self._lesson)

    def _show_video_state(self, lesson: Lesson) -> None:
        video_id = lesson.video_id
        for widget in (self.watch, self.keep, self.remove):
            widget.setVisible(video_id is not None)
            widget.setEnabled(video_id is not None)  # hidden, and not to be clicked either
        if video_id is None:
            self.watch_note.hide()
            self.problem.clear()
            return
        status = self._library.status(video_id)
        removed = self._library.removed(video_id)
        start = self._library.start_state(video_id)
        self.watch.setEnabled(start is not None and start.ready)
        self.watch_note.setText(self._wait_note(video_id, start, status.size if status else 0))
        self.watch_note.setVisible(bool(self.watch_note.text()))
        self.keep.blockSignals(True)
        self.keep.setChecked(status is not None and status.pinned)
        self.keep.blockSignals(False)
        self.keep.setEnabled(status is not None and not removed)
        self.remove.setText(self.tr("Download again") if removed else self.tr("Remove from this PC"))
        self.remove.setToolTip(
            self.tr("Fetch the video from the hub when the link allows")
            if removed
            else self.tr("Delete the video from this PC to free space; it stays on the hub")
        )
        self.problem.setText(status.reason if status is not None else "")

    def _wait_note(self, video_id: str, start: Start | None, size: int) -> str:
        """When Watch can start a video still downloading, if it cannot yet."""
        if start is None or start.ready:
            return ""
        whole = start.needed >= size
        seconds = self._library.seconds_until(video_id, start.needed)
        if seconds is None:
            return (
                self.tr("Can be watched when the download is done.")
                if whole
                else self.tr("Can be watched when a little more of it has downloaded.")
            )
        wait = wait_text(seconds)
        if whole:
            return self.tr("Can be watched in {wait}, when the download is done.").format(wait=wait)
        return self.tr("Can be watched in {wait}.").format(wait=wait)

    def _watch(self) -> None:
        if self._lesson is not None and self._lesson.video is not None:
            self.watch_requested.emit(self._lesson)

    def _keep(self, keep: bool) -> None:
        if self._lesson is not None and self._lesson.video_id is not None:
            self._library.pin(self._lesson.video_id, keep)

    def _remove(self) -> None:
        lesson = self._lesson
        if lesson is None or lesson.video_id is None:
            return
        video_id = lesson.video_id
        if self._library.removed(video_id):
            self._library.download_again(video_id)
            self._show_video_state(lesson)
            return
        title = shown_text(lesson.title)
        self.remove_question = ask_first(
            self._lock,
            self.tr("Removing “{title}” from this PC needs the teacher's or IT staff's PIN.").format(title=title),
            self.tr("Remove “{title}” from this PC? It stays on the hub and can be downloaded again.").format(
                title=title
            ),
            lambda: self._remove_now(video_id),
            self,
        )
        self.remove_question.finished.connect(self._remove_answered)

    def _remove_answered(self) -> None:
        self.remove_question = None

    def _remove_now(self, video_id: str) -> None:
        if not self._library.remove(video_id):
            self.problem.setText(self.tr("The video is playing; close it first, then remove it."))
            return
        self._video_changed(video_id)

    def _take_quiz(self) -> None:
        if self._lesson is not None and self._lesson.quiz is not None:
            self.quiz_requested.emit(self._lesson.quiz)

    def _show_lesson(self, lesson: Lesson | None) -> None:
        self._lesson = lesson
        self.take_quiz.setVisible(lesson is None or lesson.quiz is not None)
        self.take_quiz.setEnabled(lesson is not None and lesson.questions > 0)
        for button in (self.watch, self.keep, self.remove):
            button.setEnabled(lesson is not None)
        if lesson is None:
            self._details.setText("")
            return
        self._show_video_state(lesson)
        video = (
            self.tr("video {length} · {size} to download").format(
                length=clock_text(lesson.duration), size=size_text(lesson.size)
            )
            if lesson.video is not None
            else self.tr("No video")
        )
        quiz = (
            self.tr("Quiz: {questions}").format(questions=self.tr("%n question(s)", "", lesson.questions))
            if lesson.quiz is not None
            else self.tr("No quiz")
        )
        self._details.setText(
            f"<h2>{html.escape(shown_text(lesson.title))}</h2>"
            + self.tr("<p>{subject} · {video}</p><p>{quiz}</p>").format(
                subject=subject_name(lesson.subject), video=video, quiz=quiz
            )
        )
