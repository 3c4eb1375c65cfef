"""Every visible string has a finished Traditional Chinese translation that keeps its placeholders."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QFileInfo
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QLabel,
    QMessageBox,
    QPushButton,
)
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


# resources/i18n/GLOSSARY.md, the rules a program can check: one Chinese word for each of these English ones
GLOSSARY = {
    r"O&&?O Classroom": "線上線下教室",
    r"\bhub\b": "中心伺服器",
    r"\bteachers?\b": "老師",
    r"\btokens?\b": "授權碼",
    r"\bpupils?\b": "學生",
    r"\bIT staff\b": "資訊組",
    r"\bIT setup\b": "資訊組設定",
    r"\blive lessons?\b": "直播課程",
    r"\bquiz(zes)?\b": "測驗",
    r"\bthis PC\b": "這台電腦",
    r"\bdemo\b": "示範",
    r"\blesson(?:'s)? code\b": "課程代碼",
    r"\bcourses?\b": "課程班",
    r"\bassignments?\b": "作業",
    r"\btimetable\b": "課表",
}
NEVER = ("權杖", "教師", "O&O 教室", "O&&O 教室", "IT ", "“", "”")
# not prose: placeholders, `commands`, "values", [config] keys, file and host names
CODE = re.compile(r'\{[^}]*\}|`[^`]*`|"[^"]*"|\[+[\w.]+\]+(?: \w+)?|\(?oo-hub[\w ]*\)?|[\w.-]+\.(?:toml|example)\b')
CJK = "\u3400-\u9fff\uff01-\uff5e\u3000-\u303f"


def ascii_punctuation_in_chinese(text: str) -> bool:
    """An ASCII ":;?!,(" next to Chinese (Qt's mnemonic "(&A)" aside)."""
    return re.search(rf"[{CJK}][:;?!,]|[:;?!,(][{CJK}]", re.sub(r"\(&\w\)", "", text)) is not None


def test_zh_tw_follows_the_glossary() -> None:
    """The same thing has the same name everywhere, in full-width Chinese punctuation."""
    wrong = []
    for message in messages("zh_TW"):
        source = CODE.sub("", message.findtext("source") or "")
        translation = message.find("translation")
        assert translation is not None
        for text in [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]:
            prose = CODE.sub("", text)
            wrong += [(text, f"not {word}") for word in NEVER if word in prose]
            wrong += [
                (text, f"{english}: {chinese}")
                for english, chinese in GLOSSARY.items()
                if re.search(english, source, re.IGNORECASE) and chinese not in text
            ]
            if ascii_punctuation_in_chinese(prose):
                wrong.append((text, "ASCII punctuation in Chinese"))
            if any(re.search(f"[{CJK}]", quoted) for quoted in re.findall(r'"[^"]*"', text)):
                wrong.append((text, "a quoted title takes 「」"))
    assert wrong == [], "\n".join(f"{why}: {text!r}" for text, why in wrong)


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
        folder = QFileIconProvider().type(QFileInfo(str(tmp_path)))  # the dialog's Type column
        shown = [folder, *labels] + [
            button.text() for button in (*buttons.buttons(), *box.buttons(), *dialog.findChildren(QPushButton))
        ]
        assert len(labels) == 3 and all(label.endswith("：") for label in labels), labels
        for text in shown:
            assert re.search(r"[A-Za-z]", re.sub(r"\(&\w\)|&", "", text)) is None, shown
    finally:
        i18n.install(qapp, "en")
