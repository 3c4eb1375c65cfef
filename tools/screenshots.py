"""Screenshots of the main window's screens, online and offline, and of the player page, in
English and zh_TW.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots.py [HUB_DATA_DIR]

Writes docs/screenshots/*.png. HUB_DATA_DIR defaults to a demo hub rendered into a temporary
folder (about 20 s); pass an existing demo hub folder to reuse its videos.
"""

from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app import i18n  # noqa: E402
from app.catalog import CatalogService  # noqa: E402
from app.config import Config  # noqa: E402
from app.database import open_database  # noqa: E402
from app.demo import prepare_demo_lessons, start_demo_hub  # noqa: E402
from app.hub_client import HubClient  # noqa: E402
from app.main import build_window  # noqa: E402
from hub.demo import LESSONS  # noqa: E402
from media.player import Player  # noqa: E402
from widgets.student.player_page import PlayerPage  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
PAGES = ("classroom", "teacher", "setup")


async def shoot(app: QApplication, hub_dir: Path, work: Path) -> None:
    hub, token = await start_demo_hub(hub_dir)
    await prepare_demo_lessons(hub)
    try:
        for language in ("en", "zh_TW"):
            i18n.install(app, language)
            for online in (True, False):
                db = open_database(work / f"{language}-{online}.db", durable=True)
                earlier = CatalogService(db, HubClient(hub.url, token))
                await earlier.refresh()  # offline, the PC shows what it fetched while it was online
                await earlier.stop()
                url = hub.url if online else "http://127.0.0.1:9"  # port 9: nothing listens
                catalog = CatalogService(db, HubClient(url, token))
                await catalog.refresh()
                window = build_window(Config(), catalog, token, work, work / "oo-classroom.log", language)
                window.show()
                for number, page in enumerate(PAGES):
                    if not online and number:
                        break
                    window.show_page(number)
                    await asyncio.sleep(0.1)
                    name = f"{page}-{language}.png" if online else f"offline-{language}.png"
                    window.grab().save(str(OUT / name))
                    print(OUT / name)
                window.close()
                await catalog.stop()
                db.close()
            await shoot_player(hub_dir / "videos", language)
    finally:
        await hub.stop()


async def shoot_player(videos: Path, language: str) -> None:
    """The player page paused where a pupil stopped last time, offering to continue."""
    lesson = next(lesson for lesson in LESSONS if lesson["id"] == "science-water")
    with (videos / f"{lesson['id']}.mp4").open("rb") as file:
        player = Player(file, name=lesson["id"])
        page = PlayerPage(player, lesson["title"][language], start=23.4)
        page.resize(960, 640)
        page.show()
        while page.view.image().isNull():
            await asyncio.sleep(0.05)
        await asyncio.sleep(0.1)
        page.grab().save(str(OUT / f"player-{language}.png"))
        print(OUT / f"player-{language}.png")
        page.close()
        player.close()


def main() -> None:
    app = QApplication(sys.argv[:1])
    app.setStyleSheet(resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8"))
    app.setQuitOnLastWindowClosed(False)
    OUT.mkdir(parents=True, exist_ok=True)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as work:
        hub_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(work) / "hub"
        try:
            loop.run_until_complete(shoot(app, hub_dir, Path(work)))
        finally:
            loop.close()  # joins the worker threads before Qt goes away


if __name__ == "__main__":
    main()
