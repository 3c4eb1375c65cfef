"""One classroom on the teacher's grid: its picture, name, state, hand, mute and link, with Mute and On stage."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from app.demo_names import shown_name
from app.live.lesson import LiveLesson
from app.live.room import RosterEntry
from widgets.common.elided_label import ElidedLabel
from widgets.common.video_view import VideoView
from widgets.live.quality_choice import QualityChoice
from widgets.live.sending import send_live


class TileVideo(VideoView):
    """A tile's picture, as high as a 16:9 picture of its width (cameras send 16:9 or 4:3; no tall bars), with
    `marks` along its top edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 90)
        self.marks = QWidget(self)  # not the view's own layout: that would decide its height
        self.marks.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.marks.setGeometry(self.rect())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width * 9 // 16


class ClassroomTile(QFrame):
    """Shows a roster entry (see show_entry); its buttons act on the lesson for this classroom.

    As narrow as the grid needs (see TileGrid): a hand up and a mute are marked on the picture, long names end in "…".
    """

    def __init__(self, lesson: LiveLesson, peer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson, self.peer = lesson, peer
        self._entry = RosterEntry(peer, "", False)
        self._on_stage = False
        self.setObjectName("classroomTile")
        self.video = TileVideo()
        self.name = ElidedLabel()
        self.name.setObjectName("tileName")
        self.state = ElidedLabel()
        self.hand = QLabel()
        self.hand.setObjectName("handMark")
        self.muted = QLabel(self.tr("Muted"))
        self.muted.setObjectName("mutedMark")
        self.mute_button = QPushButton()
        self.mute_button.clicked.connect(self._toggle_mute)
        self.stage_button = QPushButton()
        self.stage_button.clicked.connect(self._toggle_stage)
        self.quality = QualityChoice(lesson, lambda: self.peer)
        self.quality.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.quality.setMinimumContentsLength(8)
        marks = QHBoxLayout(self.video.marks)  # over the picture's top corners
        marks.setContentsMargins(6, 6, 6, 6)
        marks.addWidget(self.hand, 0, Qt.AlignmentFlag.AlignTop)
        marks.addStretch(1)
        marks.addWidget(self.muted, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mute_button)
        buttons.addWidget(self.stage_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.video)
        layout.addWidget(self.name)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.quality)
        layout.addStretch(1)  # a tile beside a higher one (a name in Chinese) keeps its picture's shape

    def link_words(self, link: str) -> str:
        """The link's quality as the teacher would say it."""
        words = {
            "high": self.tr("link good"),
            "medium": self.tr("link fair"),
            "low": self.tr("link poor"),
            "audio": self.tr("sound only"),
            "connecting": self.tr("connecting"),
        }
        return words.get(link, self.tr("no link yet"))

    def show_entry(self, entry: RosterEntry, place: int, on_stage: bool) -> None:
        """place: where its hand is in the queue (1 first), 0 with no hand up."""
        self._entry, self._on_stage = entry, on_stage
        entry = replace(entry, name=shown_name(entry.name))
        self.name.setText(self.tr("{name} (on stage)").format(name=entry.name) if on_stage else entry.name)
        self.name.setToolTip(entry.name)
        self.video.setAccessibleName(self.tr("Picture from {name}").format(name=entry.name))
        self.video.set_message("" if entry.online else self.tr("Offline"))
        self.state.setText(
            self.tr("Online · {link}").format(link=self.link_words(entry.link)) if entry.online else self.tr("Offline")
        )
        self.hand.setText(self.tr("Hand up, no. {place}").format(place=place))
        self.hand.setVisible(place > 0)
        self.muted.setVisible(entry.muted)
        self.mute_button.setText(self.tr("Unmute") if entry.muted else self.tr("Mute"))
        self.mute_button.setAccessibleName(
            (self.tr("Unmute {name}") if entry.muted else self.tr("Mute {name}")).format(name=entry.name)
        )
        self.stage_button.setText(self.tr("Off stage") if on_stage else self.tr("On stage"))
        self.stage_button.setAccessibleName(
            (self.tr("Take {name} off stage") if on_stage else self.tr("Put {name} on stage")).format(name=entry.name)
        )
        self.stage_button.setToolTip(self.tr("On stage: every classroom hears this one"))
        self.quality.setAccessibleName(self.tr("Quality sent to {name}").format(name=entry.name))
        self.quality.show_choice()
        self.setProperty("hand", place > 0)
        self.style().polish(self)

    def show_picture(self, image: QImage) -> None:
        self.video.show_frame(image)

    def _toggle_mute(self) -> None:
        send_live(self, self._lesson, self._lesson.mute(self.peer, not self._entry.muted))

    def _toggle_stage(self) -> None:
        send_live(self, self._lesson, self._lesson.set_stage(None if self._on_stage else self.peer))
