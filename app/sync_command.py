"""`oo-classroom sync`: one pass of everything that needs the hub, for a timer or cron job."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QObject

from app.catalog import HubState
from app.config import Config
from app.services import Services, open_services
from app.single_instance import SingleInstance
from app.terminal import ProgressBar
from media.downloader import DownloadSummary, download_all
from media.errors import ClassroomError
from media.video_state import VideoStatus

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

    def downloading(self, total: int) -> ProgressBar:
        return ProgressBar(self.tr("Downloading videos (MB)"), total)

    def videos(self, summary: DownloadSummary) -> None:
        if summary.ok:
            print(self.tr("Videos: %n on this PC.", "", len(summary.ready)))
            return
        self.failed.append(self.tr("videos"))
        problems = [summary.stopped] if summary.stopped else []
        problems += [self.tr("{video}: {reason}").format(video=v, reason=r) for v, r in summary.failed.items()]
        print(
            self.tr(
                "Videos: {ready} on this PC, %n not: {problems}", "", len(summary.failed) + len(summary.waiting)
            ).format(ready=len(summary.ready), problems=self.tr("; ").join(problems))
        )

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

    def progress(self, waiting: int, problem: str) -> None:
        """Only when progress reports wait: the teacher's course view lacks them until they are sent."""
        if waiting:
            self.failed.append(self.tr("progress"))
            print(self.tr("Progress: %n report(s) waiting: {problem}", "", waiting).format(problem=problem))

    def summary(self) -> int:
        """Print the last line; returns the exit status."""
        if self.failed:
            print(
                self.tr("Not everything was done ({steps}); run it again when the link is up.").format(
                    steps=self.tr(", ").join(self.failed)
                )
            )
            return 1
        print(self.tr("Everything is up to date."))
        return 0


async def download_videos(services: Services, report: SyncReport) -> DownloadSummary:
    """The catalog's videos into cache.db, within the config's cap; outside the download window it
    does nothing (a timer will call again)."""
    videos = services.library.wanted()
    total = sum(video.size for video in videos)
    verified = {video.id: services.library.cache.track(video).verified for video in videos}
    bar = report.downloading(total // 1_000_000)

    def progress(status: VideoStatus) -> None:
        verified[status.id] = status.verified
        bar.update(sum(verified.values()) // 1_000_000)

    try:
        downloads = services.config.downloads
        return await download_all(
            services.library.cache,
            services.hub,
            videos,
            bandwidth_cap=downloads.bandwidth_cap,
            window=downloads.window,
            progress=progress,
        )
    finally:
        bar.finish()


async def sync_once(config: Config) -> int:
    """Refresh the catalog, download videos, send waiting answers and progress; a line for each and a summary.

    Returns the exit status: 0 when everything is done, 1 when something failed.
    """
    instance = SingleInstance(config.storage.data_dir)
    if not instance.claim(knock=False):
        print(
            QCoreApplication.translate(
                "SyncReport", "O&O Classroom is open on this PC and keeps it up to date itself; nothing was done."
            )
        )
        return 0
    try:
        return await _sync(config)
    finally:
        instance.release()


async def _sync(config: Config) -> int:
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
        report.videos(await download_videos(services, report))
        waiting = services.sync.waiting
        bar = report.sending(waiting)
        await services.sync.send_all(bar.update)
        bar.finish()
        report.answers(waiting - services.sync.waiting, services.sync.waiting, services.sync.problem)
        report.progress(services.sync.progress_waiting, services.sync.problem)
    finally:
        await services.stop()
    return report.summary()
