"""A throwaway PostgreSQL 15 cluster of the test run's own: initdb in a temp dir, on a free port of 127.0.0.1."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from itertools import count
from pathlib import Path

import psycopg

BIN = Path("/usr/lib/postgresql/15/bin")


class PostgresCluster:
    """initdb + pg_ctl start on a free port; stop() removes it all. Runs as `postgres` when we are root.

    With fsync=False commits do not wait for the disk (tests); the bench keeps it on, as a district would.
    """

    def __init__(self, fsync: bool = False) -> None:
        if not (BIN / "initdb").exists():
            raise RuntimeError(f"PostgreSQL 15 is not installed ({BIN} missing); `./dev test` installs it")
        self.dir = Path(tempfile.mkdtemp(prefix="oo-pg-"))
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = int(s.getsockname()[1])
        self._names = count(1)
        if os.geteuid() == 0:  # initdb refuses to run as root
            shutil.chown(self.dir, "postgres", "postgres")
        data = self.dir / "data"
        self._run("initdb", "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = f"-c listen_addresses=127.0.0.1 -c port={self.port} -c unix_socket_directories={self.dir}"
        options += " -c max_connections=200" + ("" if fsync else " -c fsync=off -c synchronous_commit=off")
        self._run("pg_ctl", "-D", str(data), "-l", str(self.dir / "log"), "-o", options, "-w", "start")

    def _run(self, program: str, *args: str) -> None:
        command = [str(BIN / program), *args]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True)
        if done.returncode != 0:
            raise RuntimeError(f"{program} failed: {done.stderr or done.stdout}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        name = f"test_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f"create database {name}")
        return self.url(name)

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.dir)
