"""Writing a file the user chose, and saying on a label how it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

translate = QCoreApplication.translate


def save_to(path: Path, write: Callable[[Path], None], status: QLabel) -> None:
    """write(path), then "Saved …" on status, or why not and what to do."""
    try:
        write(path)
    except OSError as e:
        status.setText(
            translate(
                "saving", "Could not save {path}: {error}. Choose another folder or free some disk space."
            ).format(path=path, error=e.strerror or e)
        )
        return
    status.setText(translate("saving", "Saved {path}").format(path=path))
