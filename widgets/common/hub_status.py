"""A banner that says whether the hub is reachable and, if not, why and what still works."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.catalog import CatalogService, HubState


class HubStatus(QFrame):
    """Green when online, amber while checking, red with the reason when offline."""

    def __init__(self, catalog: CatalogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.setObjectName("hubStatus")
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._retry = QPushButton(self.tr("Try again now"))
        self._retry.setAccessibleName(self.tr("Try to reach the hub again now"))
        self._retry.clicked.connect(catalog.refresh_soon)
        layout = QHBoxLayout(self)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._retry)
        catalog.state_changed.connect(self._show)
        catalog.lessons_changed.connect(self._show)
        self._show()

    def text(self) -> str:
        return self._text.text()

    def _show(self) -> None:
        state = self._catalog.state
        checked = self._catalog.checked_at
        when = checked.strftime("%H:%M") if checked else ""
        if state is HubState.ONLINE:
            text = self.tr(
                "Connected to the hub at {url}. %n lesson(s) in the catalog.", "", len(self._catalog.lessons)
            ).format(url=self._catalog.hub_url)
        elif state is HubState.CHECKING:
            text = self.tr("Connecting to the hub…")
        else:
            text = self.tr(
                "Offline (last try {time}): {reason} Lessons and quizzes already on this PC still work."
            ).format(time=when, reason=self._catalog.message)
        self._text.setText(text)
        self._retry.setVisible(state is HubState.OFFLINE)
        self.setProperty("state", state.value)
        self.style().unpolish(self)
        self.style().polish(self)
