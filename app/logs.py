"""Logging to a rotated file in the platform's log folder; OO_DEBUG=1 turns on debug output."""

from __future__ import annotations

import logging
import os
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

from app.config import APP_NAME

LOG_DIR = platformdirs.user_log_path(APP_NAME)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

logger = logging.getLogger(__name__)


def setup_logging(log_dir: Path = LOG_DIR) -> Path:
    """Log to log_dir/oo-classroom.log (1 MB, 5 old files kept) and warnings to stderr."""
    debug = os.environ.get("OO_DEBUG") == "1"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"{APP_NAME}.log"
    to_file = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    to_file.setFormatter(logging.Formatter(LOG_FORMAT))
    to_stderr = logging.StreamHandler(sys.stderr)
    to_stderr.setLevel(logging.DEBUG if debug else logging.WARNING)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    root.addHandler(to_file)
    root.addHandler(to_stderr)
    return path


def log_thread_crashes() -> None:
    """Log the uncaught exception of any thread (Python only prints it to stderr, which no one sees)."""
    threading.excepthook = _log_thread_crash


def _log_thread_crash(args: threading.ExceptHookArgs) -> None:
    if issubclass(args.exc_type, SystemExit):
        return
    name = args.thread.name if args.thread is not None else "?"
    logger.critical("thread %s died: %s", name, args.exc_type.__name__, exc_info=args.exc_value)
