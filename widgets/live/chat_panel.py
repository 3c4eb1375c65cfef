"""A live lesson's chat: the lines so far, and a line to write to everyone (Enter sends).

Text longer than one chat message may be (app.live.chat.CHAT_MOST) goes as several, in order; text
longer than MOST_AT_ONCE stays in the box with a note saying so. The box never cuts what is pasted
(a QLineEdit's maxLength cuts silently, and counts an emoji as two).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.demo_names import shown_name
from app.live.chat import MOST_AT_ONCE, ChatLine, chat_pieces
from app.live.lesson import LiveLesson
from widgets.common.actions import run_action
from widgets.live.sending import NotSent, not_sent_reason


class ChatPanel(QWidget):
    """The chat of the lesson the LiveLesson is in; reload() when a new lesson begins."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        title = QLabel(self.tr("Chat"))
        title.setObjectName("subheading")
        self.lines = QPlainTextEdit()  # wraps long lines, whatever fonts they mix (a list view cuts them)
        self.lines.setReadOnly(True)
        self.lines.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.lines.setAccessibleName(self.tr("Chat"))
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Write to everyone"))
        self.line.setAccessibleName(self.tr("Chat message"))
        self.line.returnPressed.connect(self.send)
        self.line.textChanged.connect(self._check_length)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setToolTip(self.tr("Send the message to everyone in the lesson (Enter)"))
        self.send_button.clicked.connect(self.send)
        self.problem = QLabel()
        self.problem.setObjectName("liveProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._too_long = False
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(self.send_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.lines, 1)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        lesson.chat_added.connect(self._add)

    def reload(self) -> None:
        self.lines.clear()
        self.problem.hide()
        for line in self._lesson.room.chat:
            self._add(line)

    def _add(self, line: ChatLine) -> None:
        try:
            at = datetime.fromisoformat(line.at).astimezone().strftime("%H:%M")
        except ValueError:
            at = ""
        self.lines.appendPlainText(
            self.tr("{time} {name}: {text}").format(time=at, name=shown_name(line.name), text=line.text).strip()
        )

    def _check_length(self, text: str) -> None:
        length = len(text.strip())  # code points, as the hub counts
        too_long = length > MOST_AT_ONCE
        if too_long:
            self.problem.setText(
                self.tr(
                    "This message is {length} characters long; at most {most} can be sent at once. "
                    "Shorten it, or send it in parts."
                ).format(length=f"{length:,}", most=f"{MOST_AT_ONCE:,}")
            )
            self.problem.show()
        elif self._too_long:
            self.problem.hide()
        self._too_long = too_long
        self.send_button.setEnabled(not too_long)

    def send(self) -> None:
        text = self.line.text().strip()
        if not text or self._too_long or self.line.isReadOnly():
            return
        self.line.setReadOnly(True)  # nothing typed meanwhile is lost when the box empties
        run_action(self, self._send(chat_pieces(text)), lambda _: self.problem.hide(), self._not_sent)

    async def _send(self, pieces: list[str]) -> None:
        try:
            for i, piece in enumerate(pieces):
                if piece.strip() and not await self._lesson.send_chat(piece):
                    self.line.setText("".join(pieces[i:]))  # what was sent is in the chat; the rest stays
                    raise NotSent(not_sent_reason(self._lesson))
            self.line.clear()
        finally:
            self.line.setReadOnly(False)

    def _not_sent(self, reason: str) -> None:
        self.problem.setText(reason)
        self.problem.show()
