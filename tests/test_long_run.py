"""Guard against the PySide6 6.12.0 ``None`` refcount leak killing long runs.

PySide6 6.12.0 drops one reference to ``None`` on every call of a
void-returning Qt method.  On Python < 3.12 ``None`` is not immortal, so a
video UI that calls ``setPixmap``/``update``/... every frame aborts after a
while with "Fatal Python error: none_dealloc: deallocating None" (exit 134).
The project pins ``PySide6-Essentials==6.11.3`` for this reason; this test
fails if an upgrade brings the bug back.  It runs in a subprocess because the
failure mode is a hard abort of the interpreter.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

# Allowed drop of sys.getrefcount(None) over the whole loop.  A leak of one
# reference per call drops it by tens of thousands, so this is generous.
_SLACK = 50

# The child calls a few void-returning Qt methods a video UI calls per frame,
# for more iterations than None has references, so a leaking build must crash
# (and a partially leaking one shows up in the before/after refcounts).
_CHILD = textwrap.dedent(
    """
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QPixmap
    from PySide6.QtWidgets import QApplication, QLabel, QWidget

    app = QApplication([])
    widget = QWidget()
    label = QLabel(widget)
    pixmap = QPixmap(4, 4)
    timer = QTimer()

    before = sys.getrefcount(None)
    print("before", before, flush=True)
    # On Python >= 3.12 None is immortal (huge constant refcount): a short loop.
    iterations = before + 5_000 if before < 1_000_000 else 5_000
    for _ in range(iterations):
        widget.setEnabled(True)
        widget.update()
        label.setText("frame")
        label.setPixmap(pixmap)
        timer.start(1000)
        timer.stop()
    app.processEvents()
    print("after", sys.getrefcount(None), flush=True)
    """
)


def _refcounts(stdout: str) -> dict[str, int]:
    """Parse the child's ``before N`` / ``after N`` lines."""
    counts: dict[str, int] = {}
    for line in stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("before", "after"):
            counts[parts[0]] = int(parts[1])
    return counts


def test_void_qt_calls_do_not_leak_none_references() -> None:
    """Many void Qt calls must neither crash nor drain ``None``'s refcount."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", _CHILD],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    counts = _refcounts(proc.stdout)
    hint = (
        "PySide6 None-refcount bug is back: void-returning Qt methods drop a "
        "reference to None each call (seen in PySide6 6.12.0 on Python < 3.12), "
        "which aborts long-running sessions with 'deallocating None'. "
        "Keep PySide6-Essentials pinned to 6.11.3 (or use Python >= 3.12)."
    )
    assert proc.returncode == 0, (
        f"{hint}\nchild exited with {proc.returncode}; refcounts={counts}\nstderr:\n{proc.stderr[-2000:]}"
    )
    assert "before" in counts and "after" in counts, (
        f"child printed no refcounts; stdout:\n{proc.stdout}\nstderr:\n{proc.stderr}"
    )
    drop = counts["before"] - counts["after"]
    assert drop <= _SLACK, f"{hint}\nsys.getrefcount(None) fell by {drop} ({counts['before']} -> {counts['after']})"
