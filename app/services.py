"""The services of one run, built together over classroom.db and one hub, and stopped together."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlite_utils

from app.catalog import CatalogService, HubState
from app.config import Config
from app.courses import CourseService
from app.hub_client import HubClient
from app.library import LibraryService
from app.live.lesson import LiveLesson
from app.my_lessons import MyLessons
from app.network.service import NetworkCheckService
from app.outbox import Outbox
from app.progress_log import ProgressLog
from app.progress_outbox import ProgressOutbox
from app.quiz_session import Quizzes
from app.quizzes import QuizStore, now
from app.result_sync import ResultSync
from app.results import ResultsService
from app.uploader import Uploader
from app.viewing import Viewings
from media.cache import Cache
from media.database import open_database
from media.errors import ClassroomError
from media.lesson_media import MediaChoice
from media.peer import configured_ice_servers


@dataclass
class Services:
    """What the screens bind to. Must be used in the event loop."""

    config: Config
    data_dir: Path
    """Where classroom.db lives (the demo has its own)."""
    token: str
    """This PC's token (shown masked on the setup screen)."""
    db: sqlite_utils.Database
    hub: HubClient
    """The one connection to the hub every service uses; closed when the services stop."""
    catalog: CatalogService
    courses: CourseService
    """This PC's courses: assignments and the live sessions ahead."""
    progress: ProgressLog
    """What this classroom did with its lessons."""
    sync: ResultSync
    quizzes: Quizzes
    results: ResultsService
    library: LibraryService
    viewings: Viewings
    network: NetworkCheckService
    live: LiveLesson
    """The live lesson (idle until started or joined)."""
    uploads: Uploader
    """A teacher's uploads to the hub (held, like downloads, while a live lesson runs)."""
    my_lessons: MyLessons
    """The teacher's lessons in the hub's library, and the publishes this PC carries out."""

    def start(self) -> None:
        """Begin the background work: catalog refreshes and result sending."""
        self.catalog.start()
        self.courses.start()
        self.sync.start()
        self.library.start()
        self.my_lessons.resume()
        self.catalog.state_changed.connect(self._hub_state_changed)

    def _hub_state_changed(self) -> None:
        if self.catalog.state is HubState.ONLINE:  # a hub that is back: send what waits now
            self.sync.send_soon()

    async def stop(self) -> None:
        await self.live.close()
        await self.my_lessons.stop()
        await self.library.stop()
        await self.sync.stop()
        await self.courses.stop()
        await self.catalog.stop()
        await self.network.stop()
        await self.hub.close()
        self.db.close()


def open_services(config: Config, data_dir: Path, url: str, token: str, teacher_token: str = "") -> Services:
    """Open classroom.db under data_dir and build the services for the hub at url.

    teacher_token: a second token for the results screen (the demo has one); else the PC's own.
    Raises ClassroomError when classroom.db or cache.db cannot be opened.
    """
    db = open_database(data_dir / "classroom.db", durable=True)
    try:
        cache = Cache(data_dir / "cache.db", config.storage.quota)
    except ClassroomError:
        db.close()
        raise
    hub = HubClient(url, token, config.network.proxy, teacher_token=teacher_token)
    store = QuizStore(db)
    sync = ResultSync(Outbox(db), hub, ProgressOutbox(db))
    progress = ProgressLog(db, sync.send_soon)
    catalog = CatalogService(db, hub)
    library = LibraryService(db, cache, hub, catalog, config.downloads)
    library.video_held.connect(lambda video_id: progress.video_held(video_id, now()))
    quizzes = Quizzes(store, sync.answer_queued, progress.quiz_finished)
    uploads = Uploader(hub, db, bandwidth_cap=config.downloads.bandwidth_cap)
    return Services(
        config=config,
        data_dir=data_dir,
        token=token,
        db=db,
        hub=hub,
        catalog=catalog,
        courses=CourseService(db, hub),
        progress=progress,
        sync=sync,
        quizzes=quizzes,
        results=ResultsService(hub),
        library=library,
        viewings=Viewings(db, library, config.devices.speakers, progress),
        network=NetworkCheckService(hub, config.network, data_dir),
        live=LiveLesson(hub, db, quizzes, media_choice(config), library, uploads=uploads),
        uploads=uploads,
        my_lessons=MyLessons(hub, db, uploads),
    )


def media_choice(config: Config) -> MediaChoice:
    """The devices and network settings of a live lesson, from the config."""
    devices = config.devices
    return MediaChoice(
        camera=devices.camera,
        microphone=devices.microphone or None,
        speakers=devices.speakers or None,
        servers=tuple(configured_ice_servers(config.network.stun, config.network.turn)),
        cap=config.network.live_cap * 8,
    )
