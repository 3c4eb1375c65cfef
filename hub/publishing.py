"""The library's transcodes: each lesson's new upload made into its video by a worker process, then catalogued.

A job is the lesson's `pending` upload (hub/library_store.py), so it lives in the database: a hub stopped
mid-transcode stops its worker (which leaves nothing half-made) and a restarted hub takes the job up again
from the start. One transcode runs at a time; the others wait their turn (shown as processing at 0).
The result is verified by the worker, hashed into chunks here (in a thread), and only then takes the
lesson's video in one transaction; the original upload is removed after that unless
`[uploads] keep_originals` is set. A file that cannot be a lesson video leaves the lesson `failed` with
the transcoder's sentence, its upload failed and discarded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import secrets
from pathlib import Path

from hub.library_store import end_job, pending_jobs
from hub.media_types import content_type
from hub.store import CHUNK_SIZE, Store, file_hashes
from hub.thumbnail import thumbnail_of
from hub.transcode_worker import TranscodeFailed, transcode_in_worker
from hub.upload_files import UploadFiles
from hub.upload_store import FAILED, end_upload, find_upload

logger = logging.getLogger(__name__)


class Publisher:
    """Runs the library's transcodes and knows how far each has got. Must be used in the event loop."""

    def __init__(self, store: Store, files: UploadFiles, keep_originals: bool) -> None:
        self.store = store
        self.files = files
        self.keep_originals = keep_originals
        self._progress: dict[str, float] = {}
        self._jobs: dict[str, tuple[str, asyncio.Task[None]]] = {}
        """The running job of each lesson: its upload and its task."""
        self._turn = asyncio.Semaphore(1)  # a transcode takes a core: two would halve each other's speed

    def progress(self, lesson_id: str) -> float:
        """0-1 of the lesson's transcode (0 while it waits its turn)."""
        return self._progress.get(lesson_id, 0.0)

    def start(self, lesson_id: str, upload_id: str) -> None:
        """Make the upload into the lesson's next video; a job still running for the lesson is stopped and its
        upload discarded (unless keep_originals)."""
        running = self._jobs.pop(lesson_id, None)
        if running is not None:
            replaced, old = running
            old.cancel()
            if replaced != upload_id and not self.keep_originals:
                self.files.remove(replaced)
        self._progress[lesson_id] = 0.0
        task = asyncio.create_task(self._run(lesson_id, upload_id), name=f"transcode {lesson_id}")
        self._jobs[lesson_id] = (upload_id, task)
        task.add_done_callback(lambda done: self._ended(lesson_id, done))

    def resume(self) -> None:
        """Start again every job a stopped hub left in its database."""
        for lesson_id, upload_id in pending_jobs(self.store.db):
            logger.info("lesson %s: transcoding upload %s again (the hub stopped mid-way)", lesson_id, upload_id)
            self.start(lesson_id, upload_id)

    async def close(self) -> None:
        """Stop every worker; their jobs stay in the database for the next start."""
        tasks = [task for _, task in self._jobs.values()]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)

    def _ended(self, lesson_id: str, task: asyncio.Task[None]) -> None:
        if lesson_id in self._jobs and self._jobs[lesson_id][1] is task:
            del self._jobs[lesson_id]
            self._progress.pop(lesson_id, None)
        if not task.cancelled() and task.exception() is not None:
            logger.error("lesson %s: transcode failed", lesson_id, exc_info=task.exception())

    async def _run(self, lesson_id: str, upload_id: str) -> None:
        async with self._turn:
            video_id = secrets.token_hex(8)
            dst = self.store.videos_dir / f"{video_id}.mp4"
            try:
                result = await transcode_in_worker(
                    self.files.path(upload_id),
                    dst,
                    thumbnail_of(dst),
                    progress=lambda percent: self._progress.__setitem__(lesson_id, percent / 100),
                )
            except TranscodeFailed as e:
                self._failed(lesson_id, upload_id, str(e), e.kind)
                return
        try:
            sha256, chunks = await asyncio.to_thread(file_hashes, dst)
        except BaseException:
            self._remove(dst)
            raise
        video = {
            "id": video_id,
            "filename": dst.name,
            "size": result.size,
            "sha256": sha256,
            "chunk_size": CHUNK_SIZE,
            "chunks": json.dumps(chunks),
            "duration": result.duration,
            "mime": content_type(dst),
        }
        taken, replaced = end_job(self.store.db, lesson_id, upload_id, video)
        if not taken:
            self._remove(dst)
        if replaced:
            self._remove(self.store.videos_dir / replaced)
        if not self.keep_originals:
            self.files.remove(upload_id)
        logger.info("lesson %s: video %s ready (%.1f s, %d bytes)", lesson_id, video_id, result.duration, result.size)

    def _failed(self, lesson_id: str, upload_id: str, sentence: str, kind: str) -> None:
        upload = find_upload(self.store.db, upload_id)
        file = upload.filename if upload is not None else upload_id
        sentence = sentence.replace(upload_id, file)  # the teacher's file, not the hub's name for it
        logger.info("lesson %s: upload %s cannot be its video: %s", lesson_id, upload_id, sentence)
        end_job(self.store.db, lesson_id, upload_id, None, (sentence, kind, file))
        end_upload(self.store.db, upload_id, FAILED, sentence)
        self.files.remove(upload_id)

    @staticmethod
    def _remove(video: Path) -> None:
        video.unlink(missing_ok=True)
        thumbnail_of(video).unlink(missing_ok=True)
