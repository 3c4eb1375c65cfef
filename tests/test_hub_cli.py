"""`oo-hub` as an admin runs it: print a token, serve, stop on Ctrl+C."""

from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from hub.store import Store
from tests.postgres import PostgresCluster

pytestmark = pytest.mark.both_databases

OO_HUB = [sys.executable, "-m", "hub.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def get(url: str, token: str | None = None) -> tuple[int, Any]:
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"} if token else {})
    try:
        with urllib.request.urlopen(request, timeout=5) as reply:
            return reply.status, json.loads(reply.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def wait_up(url: str, hub: subprocess.Popen[str]) -> None:
    for _ in range(150):
        try:
            get(url + "/api/v1/health")
            return
        except OSError:
            assert hub.poll() is None, hub.communicate()
            time.sleep(0.1)
    raise AssertionError("the hub did not come up")


def test_token_serve_and_ctrl_c(demo_source: Path, tmp_path: Path, hub_db: str) -> None:
    data = tmp_path / "hub"
    shutil.copytree(demo_source / "videos", data / "videos")  # rendered once; --demo then only catalogs them
    db = ["--db", hub_db] if hub_db else []
    token = subprocess.run(
        [*OO_HUB, "token", "--data", str(data), "--role", "classroom", "--name", "Lanyu 3", *db],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert len(token) >= 40
    port = free_port()
    hub = subprocess.Popen(
        [*OO_HUB, "--data", str(data), "--port", str(port), "--demo", *db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_up(url, hub)
        status, catalog = get(url + "/api/v1/catalog", token)
        assert status == 200 and len(catalog["lessons"]) == 4
        assert get(url + "/api/v1/catalog", "wrong")[0] == 401
        hub.send_signal(signal.SIGINT)
        out, err = hub.communicate(timeout=20)
    finally:
        if hub.poll() is None:
            hub.kill()
            hub.wait()
    assert hub.returncode == 0, err
    assert f"serving {data} on {url}/api/v1/" in out
    assert "Traceback" not in err


def test_a_busy_port_is_a_clear_error(tmp_path: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = subprocess.run(
            [*OO_HUB, "--data", str(tmp_path), "--port", str(port)], capture_output=True, text=True, timeout=30
        )
    assert result.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_data_dir_or_role_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(OO_HUB, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2 and "--data DIR is required" in result.stderr
    result = subprocess.run(
        [*OO_HUB, "token", "--data", str(tmp_path), "--role", "pupil", "--name", "x"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 2 and "invalid choice: 'pupil'" in result.stderr


def test_an_admin_token_for_the_district(tmp_path: Path) -> None:
    result = subprocess.run(
        [*OO_HUB, "token", "--data", str(tmp_path), "--role", "admin", "--name", "District office"],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    with closing(Store(tmp_path)) as store:
        found = store.enrolment(result.stdout.strip())
    assert found is not None and (found.name, found.role) == ("District office", "admin")


def test_roster_from_a_file_of_names(tmp_path: Path, hub_db: str) -> None:
    names = tmp_path / "grade3.txt"
    names.write_text("陳怡君\n林志明\n\n  黃詩涵  \n", encoding="utf-8")
    db = ["--db", hub_db] if hub_db else []
    result = subprocess.run(
        [*OO_HUB, "roster", "--data", str(tmp_path), "--classroom", "Lanyu 3", str(names), *db],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0 and "Lanyu 3: 3 pupils" in result.stdout
    with closing(Store(tmp_path, hub_db)) as store:
        assert store.roster("Lanyu 3") == ["陳怡君", "林志明", "黃詩涵"]


def test_a_database_that_cannot_be_reached_is_named_without_its_password(tmp_path: Path) -> None:
    port = free_port()
    url = f"postgresql://oo_hub:s3cret@127.0.0.1:{port}/oo_hub"
    for command in (["serve"], ["token", "--role", "teacher", "--name", "x"]):
        result = subprocess.run(
            [*OO_HUB, *command, "--data", str(tmp_path), "--db", url], capture_output=True, text=True, timeout=60
        )
        assert result.returncode == 1, result.stderr
        assert f"cannot open the PostgreSQL database postgresql://oo_hub@127.0.0.1:{port}/oo_hub" in result.stderr
        assert "Check that PostgreSQL runs" in result.stderr
        assert "s3cret" not in result.stderr and "Traceback" not in result.stderr


def test_a_missing_database_and_a_wrong_url_are_told_apart(tmp_path: Path, postgres: PostgresCluster) -> None:
    missing = postgres.url("no_such_db").replace("postgres@", "postgres:pw@")
    result = subprocess.run([*OO_HUB, "--data", str(tmp_path), "--db", missing], capture_output=True, text=True)
    assert result.returncode == 1
    assert 'database "no_such_db" does not exist' in result.stderr and ":pw@" not in result.stderr
    wrong = "postgresql://oo:pw@db.example/oo?sslmod=require"
    result = subprocess.run([*OO_HUB, "--data", str(tmp_path), "--db", wrong], capture_output=True, text=True)
    assert result.returncode == 2
    assert "'postgresql://oo@db.example/oo?sslmod=require' is not a usable PostgreSQL URL" in result.stderr
    assert 'invalid URI query parameter: "sslmod"' in result.stderr and ":pw@" not in result.stderr
