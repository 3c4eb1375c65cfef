"""Start to a usable window: the built app against the app from the venv, and a bare PySide6 window.

    .venv/bin/pyinstaller --noconfirm build.spec                 # makes dist/oo-classroom
    .venv/bin/python bench/cold_start.py [ROUNDS] [--cold]

"Usable" is the main window listing the hub's lessons (`--self-test` prints the moment); the bare
window is a QMainWindow with a three-row table, shown and painted. The three run interleaved,
ROUNDS times each, against one hub process; medians and ratios are printed. --cold drops the
kernel's page cache before every start (root only), as after a PC boots.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_hub import bench_hub  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUILT = ROOT / "dist" / "oo-classroom" / "oo-classroom"
BARE = """
import sys
from PySide6.QtGui import QStandardItemModel, QStandardItem
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
model = QStandardItemModel(3, 2)
for row in range(3):
    model.setItem(row, 0, QStandardItem(f"lesson {row}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.show()
window.repaint()
app.processEvents()
print("self-test: bare window shown", flush=True)
"""


def started(command: list[str], env: dict[str, str], cold: bool) -> float:
    """Seconds from starting the command to its self-test line."""
    if cold:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
    begun = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith("self-test: "):
            seconds = time.perf_counter() - begun
            assert "lists 0" not in line and "no lessons" not in line, line
            process.wait(timeout=60)
            return seconds
    raise RuntimeError(f"{command[0]} ended without its self-test line (exit {process.wait()})")


def main() -> None:
    rounds = int(next((a for a in sys.argv[1:] if a.isdigit()), "5"))
    cold = "--cold" in sys.argv
    if not BUILT.exists():
        sys.exit(f"no {BUILT}: build it first (.venv/bin/pyinstaller --noconfirm build.spec)")
    with tempfile.TemporaryDirectory() as work, bench_hub(1_000_000) as hub:
        url = hub.url.split("/api/")[0]
        config = Path(work) / "pc.toml"
        config.write_text(
            f'[hub]\nurl = "{url}"\ntoken = "{hub.token}"\n[storage]\ndata_dir = "{work}/pc"\n'
            '[downloads]\nwindow = "03:00-03:01"\n'  # no downloads while starting
        )
        env = {**os.environ, "HOME": work, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8"}
        app_args = ["--config", str(config), "--self-test", "--lang", "en"]
        commands = {
            "built app": [str(BUILT), *app_args],
            "app from the venv": [sys.executable, "-m", "widgets.main", *app_args],
            "bare PySide6 window": [sys.executable, "-c", BARE],
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        for command in commands.values():  # one start each to warm what --cold does not drop
            started(command, env, cold=False)
        for _ in range(rounds):
            for name, command in commands.items():
                times[name].append(started(command, env, cold))
    base = statistics.median(times["bare PySide6 window"])
    print(f"{'start':<22}{'median s':>10}{'min s':>8}{'max s':>8}{'× bare':>8}   ({rounds} rounds, cold={cold})")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"{name:<22}{median:>10.2f}{min(seconds):>8.2f}{max(seconds):>8.2f}{median / base:>8.1f}")


if __name__ == "__main__":
    main()
