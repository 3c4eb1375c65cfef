"""The hub's settings file: the defaults without it, every mistake named before the hub starts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hub.settings import HubServerSettings, Limits, SettingsError, TurnServer, load_hub_settings


def test_no_file_is_the_embedded_default() -> None:
    assert load_hub_settings(None) == HubServerSettings()
    assert load_hub_settings(None).store.db == ""


def test_a_full_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "hub.toml"
    path.write_text(
        '[store]\ndb = "postgresql://oo@db/oo"\n'
        '[turn]\nurls = ["turn:turn.example:3478?transport=udp"]\nsecret = "s3"\n'
        '[videos]\nurl = "https://videos.example/lessons/"\nsecret = "v"\nlink_seconds = 60\n'
        '[janus]\nurl = "http://janus.example:8088/janus"\nadmin_key = "a"\ntoken_secret = "t"\n'
        'client_url = "https://janus.example/janus"\n'
        '[limits]\nfailed_tokens = 5\nidle_seconds = 15\ntrusted_proxies = ["10.0.0.0/8"]\n'
        "[uploads]\nkeep_originals = true\n",
        encoding="utf-8",
    )
    settings = load_hub_settings(path)
    assert settings.store.db == "postgresql://oo@db/oo"
    assert settings.turn == TurnServer(("turn:turn.example:3478?transport=udp",), "s3")
    assert settings.videos is not None and settings.videos.link_seconds == 60
    assert settings.janus is not None and settings.janus.admin_key == "a"
    assert settings.janus.client_url == "https://janus.example/janus"
    assert settings.limits == Limits(failed_tokens=5, idle_seconds=15, trusted_proxies=("10.0.0.0/8",))
    assert settings.uploads.keep_originals and not HubServerSettings().uploads.keep_originals
    assert load_hub_settings(path, db="postgresql://other/db").store.db == "postgresql://other/db"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ('[turn]\nsecret = "x"\n', "[turn] needs urls"),
        ('[turn]\nurls = ["stun:x"]\nsecret = "x"\n', "[turn] urls: expected a list"),
        ('[videos]\nurl = "ftp://x/"\nsecret = "s"\n', "[videos] url: expected an address"),
        ('[videos]\nurl = "https://x/"\nsecret = "s"\nlink_seconds = true\n', "link_seconds: expected a whole number"),
        ('[videos]\nurl = "https://x/"\nsecret = "pa$$word"\n', "[videos] secret: expected the secret nginx's"),
        ('[janus]\nurl = "http://j/janus"\nadmin_key = ""\ntoken_secret = "t"\n', "admin_key: expected"),
        ('[janus]\nurl = "http://j/janus"\nadmin_key = "a"\ntoken_secret = "t"\nclient_url = "j"\n', "client_url: exp"),
        ("[limits]\nfailed_joins = 0\n", "[limits] failed_joins: expected a whole number, 1 or more"),
        ('[limits]\ntrusted_proxies = ["nginx"]\n', "[limits] trusted_proxies: expected a list of addresses"),
        ('[uploads]\nkeep_originals = "yes"\n', "[uploads] keep_originals: expected true or false"),
        ("[uploads]\nmax_size = true\n", "[uploads] max_size: expected a whole number"),
        ("[nginx]\nurl = 1\n", "unknown section [nginx]"),
        ('[store]\ndatabase = "x"\n', "[store] has no key 'database'"),
        ('[store]\ndb = "mysql://x/y"\n', "expected a postgresql:// URL"),
        ('[store]\ndb = "postgresql://oo:pw@db:54x2/oo"\n', "'postgresql://oo@db:54x2/oo' is not a usable"),
        ('[store]\ndb = "postgresql://db/oo?sslmod=require"\n', 'invalid URI query parameter: "sslmod"'),
        ("[store\n", "not a valid TOML file"),
    ],
)
def test_mistakes_are_named(tmp_path: Path, text: str, said: str) -> None:
    path = tmp_path / "hub.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as caught:
        load_hub_settings(path)
    assert said in str(caught.value)


def test_the_hub_does_not_start_with_a_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "hub.toml"
    path.write_text('[turn]\nurls = []\nsecret = "x"\n', encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "hub.cli", "--data", str(tmp_path / "data"), "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "[turn] urls: expected a list" in done.stderr
    assert not (tmp_path / "data").exists()


@pytest.mark.parametrize(
    "command", [["serve"], ["token", "--role", "classroom", "--name", "6A"], ["roster", "--classroom", "6A"]]
)
def test_every_mistake_is_listed_with_its_line(tmp_path: Path, command: list[str]) -> None:
    path = tmp_path / "hub.toml"
    path.write_text(
        "# the district's hub\n"
        '[videos]\nurl = "ftp://videos.example/"\nsecret = "v"\n'
        "[limits]\nwindow_seconds = 60\nfailed_joins = 0\n"
        '[store]\ndatabase = "x"\n',
        encoding="utf-8",
    )
    done = subprocess.run(
        [sys.executable, "-m", "hub.cli", *command, "--data", str(tmp_path / "data"), "--config", str(path)],
        capture_output=True,
        text=True,
        input="",
        timeout=60,
    )
    assert done.returncode == 2
    said = [line for line in done.stderr.splitlines() if line.strip()]
    assert said == [
        f'oo-hub: {path}, line 3: [videos] url: expected an address like "https://videos.example/lessons/"'
        " (found 'ftp://videos.example/')",
        f"{path}, line 7: [limits] failed_joins: expected a whole number, 1 or more (found 0)",
        f"{path}, line 9: [store] has no key 'database'; known are db.",
    ]
    assert not (tmp_path / "data").exists()
