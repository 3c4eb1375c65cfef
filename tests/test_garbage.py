"""Qt objects in reference cycles are freed in the Qt thread even while worker threads allocate."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DROP_CYCLES = """
import os, sys, threading
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QCoreApplication, QObject, QTimer
from app.garbage import QtThreadGarbageCollector

app = QCoreApplication([])
collector = QtThreadGarbageCollector() if sys.argv[1] == "collector" else None
busy = True

def allocate():  # like a decode thread: allocations that set off the automatic collector there
    while busy:
        [[] for _ in range(1000)]

worker = threading.Thread(target=allocate)
worker.start()
for _ in range(2000):
    owner = QObject()
    timer = QTimer(owner)
    timer.start(5)
    owner.cycle = owner
    del owner, timer
    app.processEvents()
busy = False
worker.join()
print("survived")
"""


def run(mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", DROP_CYCLES, mode], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_qt_objects_in_cycles_are_freed_in_the_qt_thread() -> None:
    done = run("collector")
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
    assert "another thread" not in done.stderr
