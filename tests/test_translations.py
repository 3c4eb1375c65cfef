"""Every visible string has a finished Traditional Chinese translation that keeps its placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from app import i18n

ROOT = Path(__file__).resolve().parent.parent
PLACEHOLDER = re.compile(r"\{\w+(?:[!:][^}]*)?\}|%n")


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(ROOT / "resources" / "i18n" / f"oo_{language}.ts").getroot().iter("message"))


def test_the_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    sources = [str(p) for folder in ("app", "widgets", "media") for p in sorted((ROOT / folder).rglob("*.py"))]
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    in_code = {m.findtext("source") for m in ET.parse(fresh).getroot().iter("message")}
    shipped = {m.findtext("source") for m in messages("zh_TW")}
    assert in_code - shipped == set(), "run tools/update_translations.sh and translate the new strings"
    assert len(in_code) > 50


def test_zh_tw_translations_are_finished_and_keep_placeholders() -> None:
    for message in messages("zh_TW"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, f"unfinished: {source!r}"
        forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in forms:
            assert text.strip(), f"empty: {source!r}"
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (source, text)
            if re.search(r"[A-Za-z]{4,}", PLACEHOLDER.sub("", source)):
                assert re.search(r"[\u4e00-\u9fff]", text), f"not translated: {source!r} -> {text!r}"


def test_english_plurals_have_both_forms() -> None:
    for message in messages("en"):
        if message.get("numerus") == "yes":
            forms = [f.text for f in message.iter("numerusform")]
            assert len(forms) == 2 and all(forms), message.findtext("source")


def test_qt_own_dialogs_read_in_chinese_in_zh_tw(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    """Qt's file dialog and standard buttons: its qtbase_zh_TW lacks "&Look in:" and "Files of &type:"."""
    i18n.install(qapp, "zh_TW")
    try:
        dialog = QFileDialog(None, "", str(tmp_path), "TOML (*.toml)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
        qtbot.addWidget(buttons)
        box = QMessageBox(
            QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        qtbot.addWidget(box)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.buddy() is not None]
        shown = labels + [
            button.text() for button in (*buttons.buttons(), *box.buttons(), *dialog.findChildren(QPushButton))
        ]
        assert len(labels) == 3 and all(label.endswith("：") for label in labels), labels
        for text in shown:
            assert re.search(r"[A-Za-z]", re.sub(r"\(&\w\)|&", "", text)) is None, shown
    finally:
        i18n.install(qapp, "en")
