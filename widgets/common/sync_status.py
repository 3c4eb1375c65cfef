"""One line saying whether every answer has reached the hub, and if not, why."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from app.result_sync import ResultSync
from app.sentences import sentences


class SyncStatus(QLabel):
    """'12 answers waiting to be sent · last try 10:42: …' or 'Every answer has reached the hub.', and how
    many answers the hub refused, if any."""

    def __init__(self, sync: ResultSync, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sync = sync
        self.setObjectName("syncStatus")
        self.setWordWrap(True)
        sync.state_changed.connect(self._show)
        self._show()

    def _show(self) -> None:
        sync = self._sync
        if sync.waiting == 0:
            text = (
                self.tr("Every answer has reached the hub.")
                if sync.set_aside == 0
                else self.tr("Every other answer has reached the hub.")
            )
        else:
            text = self.tr("%n answer(s) waiting to be sent.", "", sync.waiting)
            if sync.last_try is not None and sync.problem:
                text = sentences(
                    text,
                    self.tr("Last try {time}: {problem}").format(
                        time=sync.last_try.strftime("%H:%M"), problem=sync.problem
                    ),
                )
        if sync.set_aside:
            text = sentences(
                text,
                self.tr(
                    "%n answer(s) the hub refused are kept on this PC; IT setup lists them with the reason.",
                    "",
                    sync.set_aside,
                ),
            )
        self.setText(text)
