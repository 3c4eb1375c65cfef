"""The deployment files in deploy/ as a district's IT team installs them."""

from __future__ import annotations

import re
import shlex
import signal
import subprocess
import sys
from pathlib import Path

from hub.settings import load_hub_settings
from tests.test_hub_cli import free_port, get, wait_up

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
OO_HUB = str(Path(sys.executable).with_name("oo-hub"))


def exec_start(unit: str) -> list[str]:
    line = re.search(r"^ExecStart=(.+)$", unit, re.MULTILINE)
    assert line is not None
    return shlex.split(line.group(1))


def test_the_unit_passes_systemd_analyze(tmp_path: Path) -> None:
    unit = (DEPLOY / "oo-hub.service").read_text(encoding="utf-8")
    program = exec_start(unit)[0]
    copy = tmp_path / "oo-hub.service"
    copy.write_text(unit.replace(program, OO_HUB), encoding="utf-8")
    done = subprocess.run(["systemd-analyze", "verify", str(copy)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "oo-hub.service" not in done.stderr, done.stderr
    assert re.search(r"^LimitNOFILE=(\d{5,})$", unit, re.MULTILINE)  # room for thousands of connections


def test_the_units_command_serves_and_stops_on_sigterm(tmp_path: Path) -> None:
    command = exec_start((DEPLOY / "oo-hub.service").read_text(encoding="utf-8"))
    port = free_port()
    places = {
        "/opt/oo-classroom/oo-hub": OO_HUB,
        "/var/lib/oo-hub": str(tmp_path / "data"),
        "/etc/oo-hub/hub.toml": str(DEPLOY / "hub.toml"),
        "8750": str(port),
    }
    command = [places.get(word, word) for word in command]
    assert command[0] == OO_HUB and str(DEPLOY / "hub.toml") in command
    hub = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_up(url, hub)
        assert get(url + "/api/v1/health")[0] == 200
        hub.send_signal(signal.SIGTERM)  # how systemctl stop ends it
        out, err = hub.communicate(timeout=20)
    finally:
        if hub.poll() is None:
            hub.kill()
            hub.wait()
    assert hub.returncode == 0, err
    assert "Traceback" not in err


def test_every_key_of_the_example_settings_is_valid(tmp_path: Path) -> None:
    text = (DEPLOY / "hub.toml").read_text(encoding="utf-8")
    # as shipped, all commented out: the embedded default
    assert load_hub_settings(DEPLOY / "hub.toml") == load_hub_settings(None)
    opened = re.sub(r"^# (\[\w+\]|\w+ = .*)$", r"\1", text, flags=re.MULTILINE)
    path = tmp_path / "hub.toml"
    path.write_text(opened, encoding="utf-8")
    settings = load_hub_settings(path)
    assert settings.store.db and settings.videos and settings.turn and settings.janus
