"""The first-start guide: role, hub (typed, or a provisioning file), devices; kept for the next start."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from app.first_run import keep, needs_guide
from app.settings import Settings
from tests.null_sink import NullSink
from widgets.first_run_guide import FirstRunGuide, HubPage


def next_page(guide: FirstRunGuide) -> None:
    guide.button(QWizard.WizardButton.NextButton).click()


def test_a_teacher_pc_with_a_typed_hub_is_kept_and_a_wrong_address_is_named(
    qtbot: QtBot, tmp_path: Path, null_sink: NullSink
) -> None:
    settings = Settings(None, tmp_path / "config" / "this-pc.toml")
    assert needs_guide(settings)
    guide = FirstRunGuide()
    qtbot.addWidget(guide)
    guide.show()
    guide.page(0).teacher.click()  # type: ignore[attr-defined]
    next_page(guide)
    hub = guide.currentPage()
    assert isinstance(hub, HubPage)
    qtbot.keyClicks(hub.url, "hub.lanyu")
    qtbot.keyClicks(hub.token, "tok-lanyu-teacher-1234")
    next_page(guide)
    assert guide.currentPage() is hub and "expected an address like" in hub.problem.text()
    hub.url.setText("http://hub.lanyu.example:8750")
    next_page(guide)
    assert guide.currentId() == 2
    guide.button(QWizard.WizardButton.FinishButton).click()
    assert guide.result() == QWizard.DialogCode.Accepted.value
    kept = keep(settings, guide.answers)
    config = kept.load()
    assert config.ui.role == "teacher" and config.hub.url == "http://hub.lanyu.example:8750"
    assert config.hub.token == "tok-lanyu-teacher-1234" and not needs_guide(kept)
    assert "tok-lanyu" not in hub.token.displayText()  # never shown while typed


def test_a_provisioning_file_with_a_mistake_stays_then_a_good_one_provisions(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    settings = Settings(None, home / ".config" / "oo-classroom" / "this-pc.toml")
    bad, good = tmp_path / "bad.toml", tmp_path / "school.toml"
    bad.write_text('[hub]\nurl = "http://hub"\n[downloads]\nwindow = "nights"\n', encoding="utf-8")
    good.write_text('[hub]\nurl = "http://hub.lanyu.example:8750"\ntoken = "district-issued"\n', encoding="utf-8")
    guide = FirstRunGuide()
    qtbot.addWidget(guide)
    guide.show()
    next_page(guide)
    hub = guide.currentPage()
    assert isinstance(hub, HubPage)
    qtbot.keyClicks(hub.file, str(bad))
    assert hub.file_choice.isChecked()
    next_page(guide)
    assert guide.currentPage() is hub and f"{bad}, line 4: [downloads] window" in hub.problem.text()
    hub.file.setText(str(good))
    next_page(guide)
    guide.button(QWizard.WizardButton.FinishButton).click()
    kept = keep(settings, guide.answers)
    assert kept.provisioned == home / ".config" / "oo-classroom" / "oo-classroom.toml"
    assert kept.provisioned.read_bytes() == good.read_bytes()
    assert kept.load().hub.token == "district-issued" and kept.load().ui.role == "classroom"
    assert not kept.overrides.exists()  # a classroom is what the file says already: nothing of this PC's own
