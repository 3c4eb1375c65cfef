"""`./dev`'s Debian packages: `./dev demo` asks apt only for what the app needs, and a failed apt says why.

The real apt cannot run in a test: `./dev` runs here with fakes first on PATH (fake-apt/: apt-get records
what it is asked and answers as the test says, dpkg-query reports installed all but the packages the test calls missing,
sudo runs only the fake apt-get and writes nothing). The copy of `./dev` lies alone in a folder, and
OO_PYTHON=false stops it at the venv, after the apt step.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = ("python3-venv", "libportaudio2", "libxcb-cursor0", "libegl1", "fonts-noto-cjk")
"""Some of what the client needs to run the demo."""
TEST_ONLY = (
    "pulseaudio",
    "pulseaudio-utils",
    "curl",
    "desktop-file-utils",
    "coturn",
    "systemd",
    "nginx",
    "postgresql",
    "janus",
)
APT_GET = """#!/bin/sh
echo "$*" >> "$FAKE_APT_LOG"
case "$FAKE_APT:$*" in
  locked:*update*)
    echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2
    echo "E: Unable to lock directory /var/lib/apt/lists/" >&2
    exit 100 ;;
  missing:*install*)
    echo "E: Unable to locate package janus" >&2
    exit 100 ;;
esac
"""
DPKG_QUERY = """#!/bin/sh
[ "$FAKE_MISSING" = all ] && exit 1
for p in $FAKE_MISSING; do [ "$p" = "$3" ] && exit 1; done
echo "install ok installed"
"""
SUDO = """#!/bin/sh
[ "$1" = apt-get ] && exec "$@"
cat > /dev/null  # tee and chmod of policy-rc.d: nothing is written
"""
ID = """#!/bin/sh
echo 1000
"""


def run_dev(tmp_path: Path, command: str, apt: str, missing: tuple[str, ...] = ()) -> tuple[int, str, list[str]]:
    """./dev COMMAND with the fake apt answering as `apt` says and the missing packages not installed (none: all
    missing): its exit status, stderr and apt-get's calls."""
    fakes = tmp_path / "fake-apt"
    fakes.mkdir(exist_ok=True)
    for name, text in (("apt-get", APT_GET), ("dpkg-query", DPKG_QUERY), ("sudo", SUDO), ("id", ID)):
        (fakes / name).write_text(text)
        (fakes / name).chmod(0o755)
    checkout = tmp_path / "checkout"
    checkout.mkdir(exist_ok=True)
    shutil.copy(ROOT / "dev", checkout / "dev")
    calls = tmp_path / "apt-get.calls"
    calls.unlink(missing_ok=True)
    env = {
        **os.environ,
        "PATH": f"{fakes}:/usr/bin:/bin",
        "OO_PYTHON": "false",
        "FAKE_APT": apt,
        "FAKE_APT_LOG": str(calls),
        "FAKE_MISSING": " ".join(missing) or "all",
    }
    done = subprocess.run(["bash", str(checkout / "dev"), command], env=env, capture_output=True, text=True, timeout=60)
    return done.returncode, done.stderr, calls.read_text().splitlines() if calls.exists() else []


def installed_by(calls: list[str]) -> set[str]:
    """The packages of the one `apt-get install` call."""
    (install,) = [call.split() for call in calls if "install" in call.split()]
    return {word for word in install[install.index("install") + 1 :] if not word.startswith("-")}


def test_the_demo_asks_apt_only_for_what_the_app_needs(tmp_path: Path) -> None:
    _, _, calls = run_dev(tmp_path, "demo", "ok")
    asked = installed_by(calls)
    assert set(APP) <= asked
    assert not asked & set(TEST_ONLY)
    assert all("DPkg::Lock::Timeout=60" in call for call in calls), "a lock held for a moment is waited for"


def test_the_demo_installs_nothing_when_only_test_packages_are_missing(tmp_path: Path) -> None:
    _, _, calls = run_dev(tmp_path, "demo", "ok", missing=TEST_ONLY)
    assert calls == [], "the test-only packages are not the demo's business"
    _, _, calls = run_dev(tmp_path, "check", "ok", missing=TEST_ONLY)
    assert installed_by(calls) == set(TEST_ONLY)


def test_setup_asks_apt_for_the_test_packages_too(tmp_path: Path) -> None:
    _, _, calls = run_dev(tmp_path, "setup", "ok")
    assert set(APP) | set(TEST_ONLY) <= installed_by(calls)


def test_a_held_apt_lock_says_what_happened_and_what_to_do(tmp_path: Path) -> None:
    status, said, _ = run_dev(tmp_path, "demo", "locked")
    assert status == 100
    assert "Could not get lock /var/lib/apt/lists/lock" in said  # apt's own words stay
    assert "another program is installing Debian packages" in said
    assert "Wait until it is done (an automatic update can take minutes), then run ./dev demo again." in said


def test_another_apt_failure_says_how_to_install_by_hand(tmp_path: Path) -> None:
    status, said, _ = run_dev(tmp_path, "test", "missing")
    assert status == 100
    assert "E: Unable to locate package janus" in said
    assert "failed: apt-get exited with status 100 (see above)." in said
    assert "install the packages yourself (sudo apt-get install python3-venv " in said
    assert "then run ./dev test again." in said
