"""What the desktop shows of the app: the .desktop entry, its icon, and the About box."""

from __future__ import annotations

import subprocess
from importlib import resources
from importlib.metadata import version

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import i18n
from widgets.about import about_text


def test_the_desktop_entry_is_valid_and_its_icon_draws() -> None:
    entry = resources.files("resources").joinpath("oo-classroom.desktop")
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout == "", result.stdout
    text = entry.read_text(encoding="utf-8")
    assert "Exec=oo-classroom" in text and "Icon=oo-classroom" in text and "Name[zh_TW]=O&O 線上線下教室" in text
    image = QIcon(str(resources.files("resources").joinpath("icons", "oo-classroom.svg"))).pixmap(64, 64).toImage()
    assert not image.isNull()
    assert len({image.pixel(x, y) for x in range(0, 64, 4) for y in range(0, 64, 4)}) > 3  # drawn, not blank


def test_the_about_box_names_version_and_licence_in_both_languages(qapp: QApplication) -> None:
    qapp.setApplicationVersion(version("oo-classroom"))
    try:
        english = about_text()
        assert f"O&amp;O Classroom {version('oo-classroom')}" in english
        assert "GNU General Public License, version 3 or later" in english and "Qt 6." in english
        i18n.install(qapp, "zh_TW")
        chinese = about_text()
        assert "GNU" in chinese and "線上線下教室" in chinese and version("oo-classroom") in chinese
    finally:
        i18n.install(qapp, "en")
