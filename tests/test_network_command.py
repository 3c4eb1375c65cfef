"""`oo-classroom check-network` end to end in a subprocess: the table, the exit status, the saved check."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import zipfile
from pathlib import Path

from app.network.command import width
from hub.store import Store


def command(tmp_path: Path, *args: str, config: str | None = None) -> subprocess.CompletedProcess[str]:
    path = tmp_path / "school.toml"
    if config is not None:
        path.write_text(config, encoding="utf-8")
    env = {**os.environ, "HOME": str(tmp_path), "XDG_STATE_HOME": str(tmp_path / "state")}
    return subprocess.run(
        [sys.executable, "-m", "widgets.main", *args, "--config", str(path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def settings(tmp_path: Path, url: str, token: str) -> str:
    return f'[hub]\nurl = "{url}"\ntoken = "{token}"\n[storage]\ndata_dir = "{tmp_path / "pc"}"\n'


def test_a_working_hub_gives_a_table_without_failures_exit_0_and_a_check_for_the_desk(
    hub_process: str, hub_dir: Path, tmp_path: Path
) -> None:
    store = Store(hub_dir)
    token = store.issue_token("classroom", "Lanyu 3")
    store.close()
    result = command(tmp_path, "check-network", config=settings(tmp_path, hub_process, token))
    assert result.returncode == 0, result.stdout + result.stderr
    rows = result.stdout.splitlines()
    assert rows[0].split() == ["Check", "Result", "Figure"]
    token_row = next(row for row in rows if row.startswith("This PC's token"))
    assert token_row.index("pass") == rows[0].index("Result") and token_row.endswith("Lanyu 3")
    assert "UDP for live lessons" in result.stdout and "No STUN or TURN server is set" in result.stdout
    assert "Nothing failed; 1 warning." in result.stdout and token not in result.stdout
    saved = json.loads((tmp_path / "pc" / "network-check.json").read_text(encoding="utf-8"))
    assert saved["hub_url"] == hub_process and {line["status"] for line in saved["lines"]} == {"pass", "warn"}

    bundle = command(tmp_path, "diagnostics", "--output", str(tmp_path))
    assert bundle.returncode == 0, bundle.stderr
    with zipfile.ZipFile(bundle.stdout.strip()) as zipped:
        assert json.loads(zipped.read("network-check.json")) == saved


def test_a_closed_port_exits_1_with_the_reason_in_chinese(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = command(
        tmp_path, "--lang", "zh_TW", "check-network", config=settings(tmp_path, f"http://127.0.0.1:{port}", "t")
    )
    assert result.returncode == 1, result.stdout + result.stderr
    rows = result.stdout.splitlines()
    failed = next(row for row in rows if row.startswith(f"連線（TCP 127.0.0.1:{port}）"))
    column = width(rows[0][: rows[0].index("結果")])  # Chinese characters take two columns
    assert failed[failed.index("失敗") :].startswith("失敗") and width(failed[: failed.index("失敗")]) == column
    assert "被拒絕" in failed and "伺服器沒有在那裡執行" in result.stdout


def test_a_broken_config_file_exits_2(tmp_path: Path) -> None:
    result = command(tmp_path, "check-network", config='[hub]\nurl = "hub.lanyu"\n')
    assert result.returncode == 2
    assert "line 2" in result.stderr and "[hub] url" in result.stderr
