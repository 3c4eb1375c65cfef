"""Settings changed in IT setup go to this PC's own file; the provisioned file is never touched."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from app.config import load
from app.errors import ConfigError
from app.settings import Settings
from tests.test_config import GOOD


@pytest.fixture
def school(tmp_path: Path) -> Path:
    path = tmp_path / "school.toml"
    path.write_text(GOOD, encoding="utf-8")
    return path


def untouched(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def test_changes_go_to_this_pcs_file_on_top_of_the_provisioned_one(school: Path, tmp_path: Path) -> None:
    before = untouched(school)
    settings = Settings(school, tmp_path / "pc" / "this-pc.toml")
    settings.save(
        {
            "hub": {"url": "http://hub.lanyu.example:9000", "token": "new-token-for-this-pc"},
            "downloads": {"bandwidth_cap": "500 kbit/s"},
            "network": {"turn": [{"url": "turns:turn.lanyu.example:443", "username": "pc7", "password": "pw-7"}]},
            "ui": {"language": "en"},
        }
    )
    assert untouched(school) == before
    config = settings.load()
    assert config.hub.url == "http://hub.lanyu.example:9000" and config.hub.token == "new-token-for-this-pc"
    assert config.downloads.bandwidth_cap == 62_500
    assert config.network.turn == ({"url": "turns:turn.lanyu.example:443", "username": "pc7", "password": "pw-7"},)
    assert config.ui.language == "en"
    assert config.downloads.window == "18:00-07:00" and config.storage.quota == 1_610_612_736  # provisioned
    assert config.overridden == {
        ("hub", "url"),
        ("hub", "token"),
        ("downloads", "bandwidth_cap"),
        ("network", "turn"),
        ("ui", "language"),
    }
    assert config.source == school and config.overrides == settings.overrides
    written = tomllib.loads(settings.overrides.read_text(encoding="utf-8"))
    assert written["downloads"] == {"bandwidth_cap": "500 kbit/s"}  # as typed
    assert str(school) in settings.overrides.read_text(encoding="utf-8")  # the header says what it overrides


def test_a_value_set_back_to_the_provisioned_one_drops_its_override(school: Path, tmp_path: Path) -> None:
    settings = Settings(school, tmp_path / "this-pc.toml")
    settings.save({"storage": {"quota": "5 GB"}, "ui": {"language": "en"}})
    settings.save({"storage": {"quota": "1.5 GiB"}})
    assert tomllib.loads(settings.overrides.read_text(encoding="utf-8")) == {"ui": {"language": "en"}}
    settings.save({"ui": {"language": "zh_TW"}})
    assert not settings.overrides.exists()
    assert settings.load() == load(school)


def test_mistakes_are_all_named_and_nothing_is_written(school: Path, tmp_path: Path) -> None:
    settings = Settings(school, tmp_path / "this-pc.toml")
    settings.save({"downloads": {"window": "20:00-06:00"}})
    before = untouched(settings.overrides)
    with pytest.raises(ConfigError) as caught:
        settings.save(
            {
                "hub": {"url": "hub.lanyu", "token": 12345},
                "downloads": {"window": "at night", "bandwidth_cap": "fast"},
            }
        )
    found = str(caught.value).splitlines()
    assert found[0].startswith('[hub] url: expected an address like "http://hub.school.example:8750"')
    assert found[1] == "[hub] token: expected text in quotes"  # a secret's value is never echoed
    assert found[2].startswith("[downloads] window: expected a time window") and "'at night'" in found[2]
    assert found[3].startswith('[downloads] bandwidth_cap: expected a rate like "2 Mbit/s"')
    assert untouched(settings.overrides) == before


def test_defaults_alone_can_be_overridden_and_forgotten(tmp_path: Path) -> None:
    settings = Settings(None, tmp_path / "this-pc.toml")
    settings.save({"network": {"stun": ["stun:a.example:3478", "stun:b.example:3478"], "proxy": "http://p:3128"}})
    config = settings.load()
    assert config.network.stun == ("stun:a.example:3478", "stun:b.example:3478")
    assert config.network.proxy == "http://p:3128" and config.source is None
    settings.forget()
    assert not settings.overrides.exists() and settings.load().network.proxy == ""


def test_text_that_needs_escaping_survives_the_file(tmp_path: Path) -> None:
    settings = Settings(None, tmp_path / "this-pc.toml")
    awkward = 'a "quoted" \\ back\tslash\x7f 蘭嶼國小 \n line'
    settings.save({"devices": {"microphone": awkward, "camera": 2}})
    assert settings.load().devices.microphone == awkward and settings.load().devices.camera == 2


def test_a_full_disk_loses_nothing(tiny_disk: Path) -> None:
    settings = Settings(None, tiny_disk / "this-pc.toml")
    settings.save({"ui": {"language": "en"}})
    before = settings.overrides.read_bytes()
    with open(tiny_disk / "filler", "wb", buffering=0) as filler, pytest.raises(OSError):
        while True:  # until the disk is full
            filler.write(b"\0" * 4096)
    with pytest.raises(ConfigError, match="Could not save the settings.*Nothing was changed"):
        settings.save({"network": {"proxy": "http://proxy.lanyu.example:3128"}})
    assert settings.overrides.read_bytes() == before
    assert sorted(p.name for p in tiny_disk.iterdir()) == ["filler", "this-pc.toml"]


def test_a_broken_file_of_this_pc_stops_the_app_with_its_line(school: Path, tmp_path: Path) -> None:
    overrides = tmp_path / "config" / "oo-classroom" / "this-pc.toml"
    overrides.parent.mkdir(parents=True)
    overrides.write_text('[downloads]\nwindow = "soon"\n', encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "--config", str(school)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"{overrides}, line 2: [downloads] window: expected a time window" in result.stderr
