"""`oo-classroom upload FILE`: one file to the hub with this PC's token; run again after a cut, it goes on."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.config import Config
from app.hub_client import HubClient
from app.terminal import ProgressBar
from app.uploader import Uploader
from media.database import open_database
from media.errors import ClassroomError, HubUnreachable

translate = QCoreApplication.translate


async def upload_once(config: Config, path: Path) -> int:
    """Upload path (or go on with its unfinished upload) and print the hub's upload id.

    Returns the exit status: 0 when the hub has the whole file, 1 when it failed (a sentence on stderr),
    2 when path is not a file.
    """
    if not path.is_file():
        print(translate("upload", "{file} is not a file on this PC.").format(file=path), file=sys.stderr)
        return 2
    try:
        db = open_database(config.storage.data_dir / "classroom.db", durable=True)
    except ClassroomError as e:
        print(e, file=sys.stderr)
        return 1
    hub = HubClient(config.hub.url, config.hub.token, config.network.proxy)
    bar = ProgressBar(translate("upload", "Uploading {file} (MB)").format(file=path.name), path.stat().st_size // 10**6)
    try:
        upload_id = await Uploader(hub, db, bandwidth_cap=config.downloads.bandwidth_cap).upload(
            path, lambda sent, total: bar.update(sent // 10**6)
        )
    except ClassroomError as e:
        bar.finish()
        print(e, file=sys.stderr)
        if isinstance(e, HubUnreachable):
            print(translate("upload", "Run the same command again to go on from where it stopped."), file=sys.stderr)
        return 1
    finally:
        await hub.close()
        db.close()
    bar.finish()
    print(upload_id)
    return 0
