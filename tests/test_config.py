"""The config file: every mistake reported with its line and a fix; the file is never touched."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from app import i18n
from app.config import SECTIONS, Config, load
from app.errors import ConfigError
from app.settings import Settings
from protocol.settings_file import line_of

GOOD = """\
# provisioned by the district for every classroom PC
[hub]
url = "https://hub.lanyu.example:8750/"
token = "s3cret-token-value"

[network]
stun = ["stun:stun.lanyu.example:3478"]
proxy = "http://proxy.lanyu.example:3128"

[[network.turn]]
url = "turn:turn.lanyu.example:3478"
username = "lanyu"
password = "turn-password"

[storage]
data_dir = "~/oo-data"
quota = "1.5 GiB"

[downloads]
bandwidth_cap = "2 Mbit/s"
window = "18:00-07:00"

[ui]
language = "zh_TW"

[devices]
camera = "/srv/lesson-camera.mp4"
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "school.toml"
    path.write_text(text, encoding="utf-8")
    return path


def problems(tmp_path: Path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load(write(tmp_path, text))
    return str(caught.value).splitlines()


def test_a_full_file_gives_typed_values(tmp_path: Path) -> None:
    config = load(write(tmp_path, GOOD))
    assert config.hub.url == "https://hub.lanyu.example:8750"
    assert config.storage.quota == 1_610_612_736
    assert config.storage.data_dir == Path.home() / "oo-data"
    assert config.downloads.bandwidth_cap == 250_000
    assert config.network.turn[0]["username"] == "lanyu"
    assert config.devices.camera == "/srv/lesson-camera.mp4"
    assert config.ui.language == "zh_TW"
    assert config.source == tmp_path / "school.toml"


def test_no_file_means_the_defaults(tmp_path: Path) -> None:
    assert load(write(tmp_path, "")) == Config(source=tmp_path / "school.toml")
    assert Config().storage.quota == 20 * 1000**3


def test_every_mistake_is_reported_with_its_line(tmp_path: Path) -> None:
    text = """\
[hub]
url = "ftp://hub"
tokn = "abc"

[storage]
quota = "20 GX"

[ui]
language = "fr"

[devicez]
camera = 1

[downloads]
window = "6pm-7am"
bandwidth_cap = true
"""
    found = problems(tmp_path, text)
    path = tmp_path / "school.toml"
    assert found == [
        f"{path}, line 2: [hub] url: expected an address like \"http://hub.school.example:8750\" (found 'ftp://hub')",
        f"{path}, line 3: [hub] tokn: unknown key; did you mean token?",
        f'{path}, line 6: [storage] quota: expected a size like "20 GB" or "500 MB", or a number of bytes'
        " (found '20 GX')",
        f'{path}, line 9: [ui] language: expected "en", "zh_TW", or "" for the system language (found \'fr\')',
        f"{path}, line 11: [devicez]: unknown section; did you mean [devices]?",
        f'{path}, line 15: [downloads] window: expected a time window like "18:00-07:00", or "" for any time'
        " (found '6pm-7am')",
        f'{path}, line 16: [downloads] bandwidth_cap: expected a rate like "2 Mbit/s" or "500 kbit/s", or 0 for'
        " no cap (found True)",
    ]


def test_mistakes_read_in_chinese_punctuation_in_zh_tw(qapp: QApplication, tmp_path: Path) -> None:
    """GLOSSARY.md: full-width "：" and "，" in Chinese, not ASCII ":" between the file, the key and the problem."""
    i18n.install(qapp, "zh_TW")
    try:
        found = problems(tmp_path, '[hub]\nurl = "ftp://hub"\n[bogus]\nx = 1\n')
        with pytest.raises(ConfigError) as caught:
            Settings(None, tmp_path / "this-pc.toml").save({"storage": {"quota": "lots"}})
    finally:
        i18n.install(qapp, "en")
    path = tmp_path / "school.toml"
    assert found == [
        f"{path}，第 2 行：[hub] url：應為像 \"http://hub.school.example:8750\" 這樣的位址（目前填的是 'ftp://hub'）",
        f"{path}，第 3 行：[bogus]：不認得的區段；可用的區段有：[hub]、[network]、[storage]、[downloads]、[ui]、"
        "[devices]",
    ]
    assert (
        str(caught.value)
        == '[storage] quota：應為像 "20 GB" 或 "500 MB" 的大小，或以位元組為單位的數字（目前填的是 \'lots\'）'
    )


def test_broken_toml_names_the_line(tmp_path: Path) -> None:
    (message,) = problems(tmp_path, '[hub]\nurl = "http://hub"\nquota = 20 GB\n')
    assert "not valid TOML" in message and "line 3" in message and "need quotes" in message


def test_secrets_are_never_echoed(tmp_path: Path) -> None:
    found = problems(
        tmp_path,
        '[hub]\ntoken = 123456789\n[[network.turn]]\nurl = "http://x"\nusername = "u"\npassword = "turn-secret-pw"\n',
    )
    joined = "\n".join(found)
    assert "line 2: [hub] token: expected text in quotes" in joined
    assert "line 3: [network] turn: expected a list of" in joined
    assert "123456789" not in joined and "turn-secret-pw" not in joined


def test_a_section_that_is_not_a_table(tmp_path: Path) -> None:
    (message,) = problems(tmp_path, 'hub = "http://hub"\n')
    assert "expected a section [hub] with keys under it" in message


def test_an_unreadable_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot read the config file"):
        load(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match="Cannot read the config file"):
        load(write(tmp_path, "x").parent)


def test_the_app_refuses_a_broken_file_with_status_2_and_leaves_it_alone(tmp_path: Path) -> None:
    path = write(tmp_path, '[hub]\nurl = "hub.lanyu"\n')
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "--config", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert f"{path}, line 2: [hub] url: expected an address" in result.stderr
    assert "nothing was changed" in result.stderr
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert not (tmp_path / "data").exists()


def test_the_example_has_every_key_and_is_valid(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "config", "example"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0
    path = write(tmp_path, result.stdout)
    config = load(path)
    for section, settings in SECTIONS.items():
        for option in fields(settings):
            assert line_of(result.stdout, section, option.name), f"[{section}] {option.name} is not in the example"
    assert config.downloads.window == "18:00-07:00"


def test_config_check_points_at_mistakes_and_changes_nothing(tmp_path: Path) -> None:
    good = write(tmp_path, GOOD)
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "config", "check", str(good)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stdout == f"{good}: no mistakes found.\n"
    bad = tmp_path / "bad.toml"
    bad.write_text('[storage]\nquota = "lots"\n', encoding="utf-8")
    before = bad.read_bytes()
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "config", "check", str(bad)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"{bad}, line 2: [storage] quota: expected a size")
    assert bad.read_bytes() == before
    result = subprocess.run(
        [sys.executable, "-m", "widgets.main", "--lang", "zh_TW", "config", "check", str(bad)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stderr.startswith(f"{bad}，第 2 行：[storage] quota：應為像")


def test_a_data_folder_that_cannot_be_made_is_named_with_the_fix(tmp_path: Path) -> None:
    path = write(tmp_path, '[storage]\ndata_dir = "/proc/oo-classroom-data"\n')  # not even root makes a folder there
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    for command in (["sync"], []):
        result = subprocess.run(
            [sys.executable, "-m", "widgets.main", *command, "--config", str(path)],
            env={**env, "QT_QPA_PLATFORM": "offscreen"},
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 1, result.stderr
        assert "Cannot open /proc/oo-classroom-data/classroom.db" in result.stderr
        assert "set another [storage] data_dir" in result.stderr
