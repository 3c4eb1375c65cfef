"""Abandoned uploads: one that has had no byte for [uploads] expire_days is removed, so they do not fill the disk.

The sweep runs when the hub starts and every hour after. The row stays, `failed` with a sentence, so the
teacher's uploader is told (410) and starts again. Only unfinished uploads are swept: a complete one is a
lesson's to keep or remove.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator, Callable

from aiohttp import web

from hub.database import Database
from hub.upload_files import UploadFiles
from hub.upload_store import FAILED, end_upload, unfinished_uploads

logger = logging.getLogger(__name__)

EVERY = 3600.0
DAY = 86400


def sweep(db: Database, files: UploadFiles, days: int) -> int:
    """Remove the unfinished uploads without a byte for days; how many."""
    cutoff = time.time() - days * DAY
    swept = 0
    for upload_id in unfinished_uploads(db):
        if files.modified(upload_id) >= cutoff:
            continue
        files.remove(upload_id)
        message = f"Nothing arrived for {days} days, so the hub removed the part it had."
        end_upload(db, upload_id, FAILED, message)
        logger.info("upload %s: %s", upload_id, message)
        swept += 1
    return swept


def sweeping(db: Database, files: UploadFiles, days: int) -> Callable[[web.Application], AsyncIterator[None]]:
    """The app's cleanup context that sweeps now and every hour while the hub runs."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        async def forever() -> None:
            while True:
                sweep(db, files, days)
                await asyncio.sleep(EVERY)

        task = asyncio.get_running_loop().create_task(forever())
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    return context
