"""What stands in a live lesson's way, in plain words: reconnecting, device problems, the hub's refusals."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.live.lesson import LessonState, LiveLesson


class LiveBanner(QLabel):
    """A coloured line over the lesson; hidden while nothing stands in the way."""

    def __init__(self, lesson: LiveLesson, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lesson = lesson
        self._notice = ""
        self.setObjectName("liveBanner")
        self.setWordWrap(True)
        lesson.state_changed.connect(self._state_changed)
        lesson.problems_changed.connect(self._show)
        lesson.notice.connect(self._noticed)
        self._show()

    def _state_changed(self) -> None:
        self._notice = ""  # the hub's last refusal belongs to the state it came in
        self._show()

    def _noticed(self, text: str) -> None:
        self._notice = text
        self._show()

    def _show(self) -> None:
        lines = []
        if self._lesson.state is LessonState.RECONNECTING:
            lines.append(
                self.tr("Reconnecting to the hub… {reason} The lesson goes on by itself when the hub is back.").format(
                    reason=self._lesson.reason
                )
            )
        lines += self._lesson.problems.values()
        if self._notice:
            lines.append(self._notice)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
