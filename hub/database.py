"""The one seam between the hub and its database: SQLite in the data folder, or PostgreSQL.

Both engines take the same portable SQL with `?` placeholders and hand rows back as dicts.
Each is a synchronous connection used from the event loop's thread: a statement blocks the
loop for its duration (a fraction of a millisecond on a local or LAN database).
"""

from __future__ import annotations

import sqlite3
from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit


class DatabaseUnreachable(Exception):
    """The hub's database cannot be opened; the message names it (without a password) and what to check."""


def shown_url(url: str) -> str:
    """A database URL fit for a log or an error message: its password left out."""
    parts = urlsplit(url)
    user, at, hosts = parts.netloc.rpartition("@")
    netloc = f"{user.partition(':')[0]}@{hosts}" if at else hosts
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return f"{parts.scheme}://{netloc}{parts.path}" + (f"?{query}" if query else "")


class Database(ABC):
    """A connection both engines implement; must be used from one thread (the event loop's)."""

    auto_id = ""
    """The column type of an id the database numbers itself."""

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run one statement; returns how many rows it changed."""

    @abstractmethod
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """The rows a statement returns, each a dict by column name."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """Everything in the block commits together or not at all; a nested block joins the outer one."""

    @abstractmethod
    def lock_setup(self) -> None:
        """In a transaction: wait until no other hub is creating tables in this database."""

    @abstractmethod
    def columns(self, table: str) -> set[str]:
        """The columns a table has now (empty if it does not exist)."""

    @abstractmethod
    def close(self) -> None: ...

    def count(self, table: str) -> int:
        return int(self.query(f"select count(*) as n from {table}")[0]["n"])

    def update(self, table: str, row_id: str, values: dict[str, Any]) -> None:
        """Set these columns of the row whose id is row_id (column names are the program's, never a client's)."""
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.execute(f"update {table} set {assignments} where id = ?", [*values.values(), row_id])


class SqliteDatabase(Database):
    """hub.db in the data folder: WAL, every commit durable, writers queue for up to 5 s."""

    auto_id = "integer primary key"

    def __init__(self, path: Path) -> None:
        self._conn = sqlite3.connect(path, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._conn.execute("PRAGMA journal_mode=WAL")
        # an acknowledged result must survive a power cut
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute("PRAGMA busy_timeout=5000")
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> int:
        return self._conn.execute(sql, params).rowcount

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self._conn.execute(sql, params)]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            yield
            return
        # take the write lock first, so another hub process on this file waits instead of failing
        self._conn.execute("begin immediate")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._conn.execute("rollback")
            raise
        else:
            self._conn.execute("commit")
        finally:
            self._depth = 0

    def lock_setup(self) -> None:
        pass  # begin immediate already holds the file's write lock

    def close(self) -> None:
        self._conn.close()

    def columns(self, table: str) -> set[str]:
        return {row["name"] for row in self.query(f"pragma table_info({table})")}


def open_hub_database(url: str, data_dir: Path) -> Database:
    """PostgreSQL at url, or with no url SQLite's hub.db in data_dir."""
    if url:
        # imported only here: psycopg takes ~0.1 s to import, and the client imports the hub for --demo
        from hub.postgres import PostgresDatabase

        return PostgresDatabase(url)
    return SqliteDatabase(data_dir / "hub.db")
