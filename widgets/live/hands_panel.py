"""The teacher's queue of raised hands, first raised first, with Lower and Lower all."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.demo_names import shown_name
from app.live.lesson import LiveLesson
from widgets.live.sending import send_live

PEER = 256
"""The item data role holding a hand's peer id (Qt.UserRole)."""


class HandsPanel(QWidget):
    """Lower takes down the chosen hand (the first if none is chosen); Lower all takes down every hand."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        title = QLabel(self.tr("Raised hands"))
        title.setObjectName("subheading")
        self.queue = QListWidget()
        self.queue.setAccessibleName(self.tr("Raised hands"))
        self.queue.setMaximumHeight(96)
        self.lower_button = QPushButton(self.tr("Lower"))
        self.lower_button.setToolTip(self.tr("Lower the chosen hand, or the first one"))
        self.lower_button.clicked.connect(self.lower)
        self.lower_all_button = QPushButton(self.tr("Lower all"))
        self.lower_all_button.clicked.connect(self.lower_all)
        buttons = QHBoxLayout()
        buttons.addWidget(self.lower_button)
        buttons.addWidget(self.lower_all_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.queue)
        layout.addLayout(buttons)
        lesson.hands_changed.connect(self.refresh)
        lesson.roster_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        names = {entry.peer: shown_name(entry.name) for entry in self._lesson.room.roster}
        hands = self._lesson.room.hands
        self.queue.clear()
        for number, peer in enumerate(hands, 1):
            item = QListWidgetItem(self.tr("{number}. {name}").format(number=number, name=names.get(peer, peer)))
            item.setData(PEER, peer)
            self.queue.addItem(item)
        if not hands:
            self.queue.addItem(self.tr("No hands up"))
        self.lower_button.setEnabled(bool(hands))
        self.lower_all_button.setEnabled(bool(hands))

    def lower(self) -> None:
        item = self.queue.currentItem() or self.queue.item(0)
        peer = item.data(PEER) if item is not None else None
        if peer:
            send_live(self, self._lesson, self._lesson.lower_hand(peer))

    def lower_all(self) -> None:
        send_live(self, self._lesson, self._lesson.lower_hand())
