"""`oo-classroom sync`: one pass of everything that needs the hub, for a timer or cron job."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject

from app.catalog import HubState
from app.config import Config
from app.errors import ClassroomError
from app.services import open_services
from app.terminal import ProgressBar

logger = logging.getLogger(__name__)


class SyncReport(QObject):
    """The lines the command prints, in the user's language (a QObject for Qt's plural forms)."""

    def __init__(self) -> None:
        super().__init__()
        self.failed: list[str] = []

    def catalog(self, lessons: int, problem: str) -> None:
        if problem:
            self.failed.append(self.tr("catalog"))
            print(self.tr("Catalog: {problem}").format(problem=problem))
        else:
            print(self.tr("Catalog: %n lesson(s).", "", lessons))

    def sending(self, waiting: int) -> ProgressBar:
        return ProgressBar(self.tr("Sending answers"), waiting)

    def answers(self, sent: int, waiting: int, problem: str) -> None:
        if waiting:
            self.failed.append(self.tr("answers"))
            print(
                self.tr("Answers: {sent} sent, %n waiting: {problem}", "", waiting).format(sent=sent, problem=problem)
            )
        else:
            print(self.tr("Answers: %n sent, none waiting.", "", sent))

    def summary(self) -> int:
        """Print the last line; returns the exit status."""
        if self.failed:
            print(
                self.tr("Not everything was done ({steps}); run it again when the link is up.").format(
                    steps=", ".join(self.failed)
                )
            )
            return 1
        print(self.tr("Everything is up to date."))
        return 0


async def sync_once(config: Config) -> int:
    """Refresh the catalog and send waiting answers, a line for each and a summary.

    Returns the exit status: 0 when everything is done, 1 when something failed.
    """
    try:
        services = open_services(config, config.storage.data_dir, config.hub.url, config.hub.token)
    except ClassroomError as e:
        print(e, file=sys.stderr)
        return 1
    report = SyncReport()
    try:
        await services.catalog.refresh()
        online = services.catalog.state is HubState.ONLINE
        report.catalog(len(services.catalog.lessons), "" if online else services.catalog.message)
        waiting = services.sync.waiting
        bar = report.sending(waiting)
        await services.sync.send_all(bar.update)
        bar.finish()
        report.answers(waiting - services.sync.waiting, services.sync.waiting, services.sync.problem)
    finally:
        await services.stop()
    return report.summary()
