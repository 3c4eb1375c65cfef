"""Every screen by keyboard and screen reader, readable colours, and a window that fits a projector."""

from __future__ import annotations

import asyncio
import re
from importlib import resources
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSlider,
    QTabWidget,
    QWidget,
)

from hub.server import start_hub
from tests.gui import close_window, open_window, run
from widgets.main_window import MainWindow

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QSlider, QAbstractItemView)


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says for the control: its accessible name, its text, or its label's."""
    if widget.accessibleName():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text():
        return widget.text()
    labels = [label.text() for label in widget.window().findChildren(QLabel) if label.buddy() is widget]
    return labels[0] if labels else ""


def controls_shown(window: MainWindow) -> list[QWidget]:
    return [
        widget
        for kind in CONTROLS
        for widget in window.findChildren(kind)
        if widget.isVisible()
        and widget.isEnabled()
        and not isinstance(widget, QHeaderView)
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and not isinstance(widget.parentWidget(), QComboBox)  # a combo's own pop-up list
    ]


def tab_chain(window: MainWindow) -> set[QWidget]:
    """The widgets Tab reaches, in the window's focus chain."""
    reached: set[QWidget] = set()
    widget = window.nextInFocusChain()
    while widget is not window and widget not in reached:
        reached.add(widget)
        widget = widget.nextInFocusChain()
    return reached


@pytest.mark.parametrize("language", ["en", "zh_TW"])
def test_every_control_has_a_name_and_is_reached_by_tab(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path, language: str
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        window, services = await open_window(tmp_path, hub.url, token, language, token)
        try:
            window.resize(1366, 768)
            screens = 0
            for page, show in enumerate(
                (window.show_classroom, window.show_teacher, window.show_setup, window.show_live)
            ):
                show()
                tabs = window.showing().findChildren(QTabWidget)
                for tab in range(tabs[0].count() if tabs else 1):
                    if tabs:
                        tabs[0].setCurrentIndex(tab)
                    await asyncio.sleep(0.1)  # layouts settle; processEvents would run the loop's tasks inside this one
                    shown = controls_shown(window)
                    assert shown, (page, tab)
                    unnamed = [type(w).__name__ for w in shown if not spoken_name(w).strip()]
                    assert unnamed == [], (page, tab, unnamed)
                    unreachable = [spoken_name(w) for w in shown if w not in tab_chain(window)]
                    assert unreachable == [], (page, tab, unreachable)
                    screens += 1
            assert screens >= 8  # classroom, teacher (lessons, results), setup (four tabs), live lesson
        finally:
            await close_window(window, services)
            await hub.stop()

    run(qloop, scenario())


def test_the_window_fits_a_1366x768_projector_in_both_languages(
    qloop: qasync.QEventLoop, hub_dir: Path, tmp_path: Path
) -> None:
    async def scenario() -> None:
        hub = await start_hub(hub_dir)
        token = hub.store.issue_token("classroom", "Lanyu 3")
        for language in ("en", "zh_TW"):
            window, services = await open_window(tmp_path / language, hub.url, token, language, token)
            try:
                for page, show in enumerate(
                    (window.show_classroom, window.show_teacher, window.show_setup, window.show_live)
                ):
                    show()
                    await asyncio.sleep(0.1)  # layouts settle; processEvents would run the loop's tasks inside this one
                    needed = window.minimumSizeHint()
                    assert needed.width() <= 1366 and needed.height() <= 768 - 40, (language, page, needed)
            finally:
                await close_window(window, services)
        await hub.stop()

    run(qloop, scenario())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())

    lighter, darker = sorted((luminance(a), luminance(b)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_style_sheet_colours_read_well(qapp: QApplication) -> None:
    """Each rule's text colour against its own background, or the window's: WCAG AA (4.5:1)."""
    sheet = resources.files("resources").joinpath("style.qss").read_text(encoding="utf-8")
    window = qapp.palette().window().color()
    checked = []
    for selector, body in re.findall(r"([^{}]+)\{([^}]*)\}", sheet):
        text = re.search(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|white|black)", body)
        if text is None or ":disabled" in selector:
            continue  # disabled controls are meant to look faint
        background = re.search(r"background(?:-color)?:\s*(#[0-9a-fA-F]{6}|white|black)", body)
        ratio = contrast(QColor(text.group(1)), QColor(background.group(1)) if background else window)
        checked.append(selector.strip())
        assert ratio >= 4.5, (selector.strip(), round(ratio, 2))
    assert len(checked) >= 5
