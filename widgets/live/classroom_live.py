"""The classroom's live lesson: the teacher big, this room small, hand, mute, chat and Leave lesson."""

from __future__ import annotations

from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.live.lesson import LessonState, LiveLesson
from widgets.common.actions import run_action
from widgets.common.big_button import big_button
from widgets.common.video_view import VideoView
from widgets.live.banner import LiveBanner
from widgets.live.chat_panel import ChatPanel
from widgets.live.own_preview import OwnPreview
from widgets.live.pictures import PicturePump
from widgets.live.quality_choice import QualityChoice
from widgets.live.sending import send_live

SIDE_WIDTH = 340


class ClassroomLive(QWidget):
    """What a classroom sees while the lesson connects, runs or reconnects."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self.teacher_name = QLabel()
        self.teacher_name.setObjectName("subheading")
        self.stage = QLabel()
        self.stage.setObjectName("stageNote")
        self.stage.setWordWrap(True)
        self.teacher = VideoView()
        self.teacher.setAccessibleName(self.tr("The teacher"))
        self.own = OwnPreview(lesson)
        self.own.setAccessibleName(self.tr("This room, as the others see it"))
        self.own.setMaximumHeight(190)
        self.hand_button = big_button(self.tr("Raise hand"))
        self.hand_button.setCheckable(True)
        self.hand_button.setShortcut(QKeySequence("Ctrl+H"))
        self.hand_button.clicked.connect(self._toggle_hand)
        self.mute_button = big_button(self.tr("Mute me"))
        self.mute_button.clicked.connect(self._toggle_mute)
        self.muted = QLabel()
        self.muted.setObjectName("mutedNote")
        self.muted.setWordWrap(True)
        self.chat = ChatPanel(lesson)
        self.quality = QualityChoice(lesson, lambda: self._teacher_peer())
        self.quality.setAccessibleName(self.tr("Quality sent to the teacher"))
        self.leave_button = QPushButton(self.tr("Leave lesson"))
        self.leave_button.setToolTip(self.tr("This room leaves; the others go on"))
        self.leave_button.clicked.connect(self._leave)
        self.banner = LiveBanner(lesson)
        left = QVBoxLayout()
        left.addWidget(self.teacher_name)
        left.addWidget(self.teacher, 1)
        left.addWidget(self.stage)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.own)
        side.addWidget(self.hand_button)
        side.addWidget(self.mute_button)
        side.addWidget(self.muted)
        side.addWidget(self.quality)
        side.addWidget(self.chat, 1)
        side.addWidget(self.leave_button)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setFixedWidth(SIDE_WIDTH)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(side_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        self._pump = PicturePump(lesson, self._show_teacher, lambda _: self.teacher.isVisible(), self)
        for signal in (lesson.state_changed, lesson.roster_changed, lesson.stage_changed):
            signal.connect(self._show_teacher_state)
        lesson.hand_changed.connect(self._show_hand)
        lesson.muted_changed.connect(self._show_muted)
        self.reset()

    def reset(self) -> None:
        """A new lesson: nothing of the last one stays on screen."""
        self.teacher.show_frame(QImage())
        self.own.reset()
        self.chat.reload()
        self._show_teacher_state()
        self._show_hand()
        self._show_muted()

    def _show_teacher(self, peer: str, image: QImage) -> None:
        first = self.teacher.image().isNull()
        self.teacher.show_frame(image)
        if first:
            self._show_teacher_state()  # "waiting for the picture" goes

    def _teacher_peer(self) -> str | None:
        roster = self._lesson.room.roster
        return roster[0].peer if roster else None

    def _show_teacher_state(self) -> None:
        roster = self._lesson.room.roster
        teacher = roster[0] if roster else None
        self.quality.show_choice()
        self.teacher_name.setText(self.tr("Teacher: {name}").format(name=teacher.name) if teacher else "")
        if self._lesson.state is LessonState.CONNECTING:
            message = self.tr("Joining the lesson…")
        elif teacher is not None and not teacher.online:
            message = self.tr("The teacher is away. The lesson goes on when they are back.")
        elif self.teacher.image().isNull():
            message = self.tr("Waiting for the teacher's picture…")
        else:
            message = ""
        self.teacher.set_message(message)
        stage = self._lesson.room.stage
        if stage is None:
            self.stage.clear()
        elif stage == self._lesson.peer_id:
            self.stage.setText(self.tr("This room is on stage: every classroom hears you."))
        else:
            self.stage.setText(self.tr("Another classroom is on stage: you hear it with the teacher."))

    def _show_hand(self) -> None:
        up = self._lesson.room.hand
        self.hand_button.setChecked(up)
        self.hand_button.setText(self.tr("Lower hand") if up else self.tr("Raise hand"))
        shortcut = self.hand_button.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        self.hand_button.setToolTip(
            (
                self.tr("Lower this room's hand ({shortcut})")
                if up
                else self.tr("Ask the teacher to speak ({shortcut})")
            ).format(shortcut=shortcut)
        )

    def _show_muted(self) -> None:
        muted, by = self._lesson.room.muted, self._lesson.room.muted_by
        self.mute_button.setText(self.tr("Unmute me") if muted else self.tr("Mute me"))
        if not muted:
            self.muted.clear()
        elif by == "teacher":
            self.muted.setText(self.tr("Muted by the teacher: the others cannot hear this room."))
        else:
            self.muted.setText(self.tr("Muted: the others cannot hear this room."))
        self.muted.setVisible(muted)

    def _toggle_hand(self) -> None:
        self.hand_button.setChecked(self._lesson.room.hand)  # the hub's word decides, see _show_hand
        send_live(self, self._lesson, self._lesson.raise_hand(not self._lesson.room.hand))

    def _toggle_mute(self) -> None:
        send_live(self, self._lesson, self._lesson.mute_self(not self._lesson.room.muted))

    def _leave(self) -> None:
        run_action(self, self._lesson.close())
