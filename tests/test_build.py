"""The one-folder build (build.spec): made from a clean checkout, it runs without the venv."""

from __future__ import annotations

import shutil
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

from tests.postgres import PostgresCluster

ROOT = Path(__file__).resolve().parent.parent


def test_the_built_folder_runs_both_programs_and_the_demo_without_the_venv(
    tmp_path: Path, postgres: PostgresCluster
) -> None:
    checkout = tmp_path / "checkout"
    subprocess.run(["git", "clone", "--quiet", str(ROOT), str(checkout)], check=True)
    bin_dir = Path(sys.executable).parent
    for ts in (checkout / "resources" / "i18n").glob("*.ts"):  # what ./dev setup does
        subprocess.run([str(bin_dir / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))])
    subprocess.run(
        [str(bin_dir / "pyinstaller"), "--noconfirm", "--log-level", "ERROR", "build.spec"],
        cwd=checkout,
        check=True,
        capture_output=True,
        timeout=900,
    )
    built = tmp_path / "oo-classroom"  # moved away from the checkout, as IT staff copy it to a PC
    shutil.move(checkout / "dist" / "oo-classroom", built)
    shutil.rmtree(checkout)
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    for program in ("oo-classroom", "oo-hub"):
        shown = subprocess.run([str(built / program), "--version"], env=env, capture_output=True, text=True)
        assert shown.returncode == 0 and shown.stdout == f"{program} {version('oo-classroom')}\n", shown.stderr
    database = postgres.create_database()  # the hub's store on PostgreSQL: psycopg is in the folder too
    enrol = [str(built / "oo-hub"), "token", "--data", str(tmp_path / "hub"), "--db", database]
    shown = subprocess.run(
        [*enrol, "--role", "classroom", "--name", "Lanyu 3"], env=env, capture_output=True, text=True
    )
    assert shown.returncode == 0 and len(shown.stdout.strip()) >= 40, shown.stderr
    test = subprocess.run(
        [str(built / "oo-classroom"), "--demo", "--self-test", "--lang", "zh_TW"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert test.returncode == 0, test.stderr
    assert "no translation" not in test.stderr  # Qt's qtbase_zh_TW and ours are in the folder
    assert "self-test: the main window lists 4 lessons" in test.stdout
    log = (home / ".local" / "state" / "oo-classroom" / "log" / "oo-classroom.log").read_text(encoding="utf-8")
    assert "main window open (zh_TW" in log and "Traceback" not in log
    assert not any(".venv" in line for line in log.splitlines())
