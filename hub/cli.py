"""`oo-hub`: serve the hub, print a token for a PC or a teacher, or transcode a file (a worker the hub runs)."""

from __future__ import annotations

import argparse
import asyncio
import logging
import resource
import signal
import sys
from contextlib import closing
from importlib.metadata import version
from pathlib import Path

from hub.database import DatabaseUnreachable
from hub.demo import VIDEO_LESSONS, register_demo, render_demo_video, render_demo_videos
from hub.demo_child import serve_for_client
from hub.import_command import import_folder
from hub.server import start_hub
from hub.settings import HubServerSettings, SettingsError, load_hub_settings
from hub.store import ROLES, Store
from hub.transcode_worker import run_worker

logger = logging.getLogger(__name__)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="oo-hub", description="The O&O Classroom hub.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {version('oo-classroom')}")
    sub = parser.add_subparsers(dest="command")
    serve = sub.add_parser("serve", help="serve the hub (the default)")
    token = sub.add_parser("token", help="enrol a PC, a teacher or a district admin and print its bearer token")
    roster = sub.add_parser("roster", help="set a classroom's pupils (one name a line, UTF-8)")
    child = sub.add_parser("demo-for-client", help="the demo hub oo-classroom --demo runs (JSON lines on stdout)")
    video = sub.add_parser("demo-video", help="render one demo lesson's video (the demo hub runs these in parallel)")
    transcode = sub.add_parser(
        "transcode", help="make a lesson video (H.264/AAC MP4, at most 854x480) from any video or sound file"
    )
    transcode.add_argument("src", type=Path, help="the teacher's file")
    transcode.add_argument("dst", type=Path, help="the lesson video to make (MP4)")
    transcode.add_argument("--thumbnail", type=Path, help="where to write a JPEG thumbnail (default: DST with .jpg)")
    transcode.add_argument("--remove-original", action="store_true", help="remove SRC once DST is made and checked")
    lessons = sub.add_parser("import", help="add or update the lessons listed in FOLDER/lessons.csv")
    lessons.add_argument("folder", type=Path, help="the folder holding lessons.csv and the files it names")
    for p in (parser, serve, token, roster, child, video, lessons):
        p.add_argument("--data", type=Path, required=p in (token, roster, video, lessons), help="the hub's data folder")
    for p in (parser, serve):
        p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
        p.add_argument("--port", type=int, default=8750, help="port to listen on (default 8750)")
        p.add_argument("--demo", action="store_true", help="fill an empty data folder with demo lessons")
    for p in (parser, serve, token, roster, child, lessons):
        p.add_argument("--config", type=Path, help="the hub's settings file (hub.toml: PostgreSQL, nginx, TURN, Janus)")
        p.add_argument("--db", help="postgresql://... to keep the hub's data in PostgreSQL (default: SQLite)")
    token.add_argument("--role", choices=ROLES, required=True)
    token.add_argument("--name", required=True, help="the classroom's, teacher's or admin's name, as results show it")
    video.add_argument("lesson", choices=VIDEO_LESSONS)
    roster.add_argument("--classroom", required=True, help="the classroom's name, as its token was issued")
    roster.add_argument(
        "names",
        type=argparse.FileType("r", encoding="utf-8"),
        nargs="?",
        default=sys.stdin,
        help="file of names, one a line (default: standard input)",
    )
    return parser


def _raise_file_limit() -> None:
    """Every connection is an open file: take all the process may have (a service's soft limit is often 1,024)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = 65536 if hard == resource.RLIM_INFINITY else hard
    if soft == resource.RLIM_INFINITY or soft >= wanted:
        return
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))
    except (ValueError, OSError) as e:
        logger.warning("open files: staying at %s (%s); set LimitNOFILE= in the service", soft, e)
        return
    logger.info("open files: up to %s (was %s)", wanted, soft)


async def _serve(data: Path, host: str, port: int, settings: HubServerSettings) -> None:
    _raise_file_limit()
    hub = await start_hub(data, host, port, settings)
    print(f"oo-hub serving {data} on {hub.url}/api/v1/ (Ctrl+C stops)", flush=True)
    stopping = asyncio.Event()
    # systemd stops a service with SIGTERM: close the live sockets and the store as Ctrl+C does
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stopping.set)
    try:
        await stopping.wait()
    finally:
        await hub.stop()


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    if args.command == "transcode":
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        return run_worker(args.src, args.dst, args.thumbnail, args.remove_original)
    if args.data is None:
        print("oo-hub: --data DIR is required (the folder for the hub's database and videos)", file=sys.stderr)
        return 2
    try:
        settings = load_hub_settings(args.config, args.db)
    except SettingsError as e:
        print(f"oo-hub: {e}", file=sys.stderr)
        return 2
    args.data.mkdir(parents=True, exist_ok=True)
    try:
        return _run(args, settings)
    except DatabaseUnreachable as e:
        print(f"oo-hub: {e}", file=sys.stderr)
        return 1


def _exit_on_sigterm(number: int, frame: object) -> None:
    # SystemExit unwinds the render, which removes its half-written file on the way out
    sys.exit(128 + number)


def _run(args: argparse.Namespace, settings: HubServerSettings) -> int:
    if args.command == "demo-for-client":
        asyncio.run(serve_for_client(args.data))
        return 0
    if args.command == "demo-video":
        signal.signal(signal.SIGTERM, _exit_on_sigterm)
        render_demo_video(args.data / "videos", args.lesson)
        return 0
    if args.command == "token":
        with closing(Store(args.data, settings.store.db)) as store:
            print(store.issue_token(args.role, args.name))
        return 0
    if args.command == "import":
        return import_folder(args.folder, args.data, settings.store.db)
    if args.command == "roster":
        names = [line.strip() for line in args.names if line.strip()]
        with closing(Store(args.data, settings.store.db)) as store:
            store.set_roster(args.classroom, names)
        print(f"{args.classroom}: {len(names)} pupils")
        return 0
    if args.demo:
        with closing(Store(args.data, settings.store.db)) as store:
            render_demo_videos(store.videos_dir)
            added = register_demo(store)
        logger.info("demo lessons: %d added", added)
    try:
        asyncio.run(_serve(args.data, args.host, args.port, settings))
    except KeyboardInterrupt:
        pass
    except OSError as e:
        print(f"oo-hub: cannot listen on {args.host}:{args.port}: {e.strerror}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
