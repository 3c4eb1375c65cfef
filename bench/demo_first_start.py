"""The demo's first start: from launching `oo-classroom --demo` in a fresh data folder (the demo videos are
rendered on the way) to the first lesson listed and to all three listed; then a second start in that folder.

    .venv/bin/python bench/demo_first_start.py [ROUNDS]

Each round starts the client with --self-test in a new HOME (QT_QPA_PLATFORM=offscreen): "all listed" is
its self-test line, "first listed" the client log's first "catalog: N lessons" with N > 0. Medians and
each round are printed, with the load average before each round (the machine is shared).
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LISTED = re.compile(r"^(\S+ \S+) INFO app\.catalog: catalog: [1-9]\d* lessons", re.MULTILINE)


def start(home: Path) -> tuple[float, float]:
    """Seconds from launch to the first lesson listed and to the self-test's line (all listed)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    launched = time.time()
    begun = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "widgets.main", "--demo", "--self-test"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    all_listed = time.perf_counter() - begun
    assert process.wait(timeout=120) == 0 and "lists 3 lessons" in line, line
    log = (home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log").read_text(encoding="utf-8")
    first = LISTED.search(log)
    assert first is not None, log
    first_listed = datetime.strptime(first[1], "%Y-%m-%d %H:%M:%S,%f").timestamp() - launched
    return first_listed, all_listed


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 3
    firsts, alls, seconds = [], [], []
    for n in range(rounds):
        load = os.getloadavg()[0]
        with tempfile.TemporaryDirectory() as home:
            first, every = start(Path(home))
            again = start(Path(home))[1]
        firsts.append(first)
        alls.append(every)
        seconds.append(again)
        print(
            f"round {n + 1} (load {load:.1f}): first start: first lesson listed {first:5.1f} s,"
            f" all three {every:5.1f} s"
            f" | second start: {again:4.1f} s",
            flush=True,
        )
    print(
        f"median of {rounds}: first lesson listed {statistics.median(firsts):.1f} s,"
        f" all three {statistics.median(alls):.1f} s, second start {statistics.median(seconds):.1f} s"
    )


if __name__ == "__main__":
    main()
