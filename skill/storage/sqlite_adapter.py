"""Per-user memory in one SQLite file on this machine: the web service's storage (gunicorn, Flask, the CLI).

Safe with several worker processes on one file: WAL (readers never wait for the writer), a busy timeout (a writer
waits its turn instead of failing), every write in `BEGIN IMMEDIATE` (the write lock is taken before the version is
read, so check and write are one step), and one connection per process, re-opened after a fork. Commits are synced
to disk (synchronous=FULL), so what a request saved survives a killed process and a power cut.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ask_sdk_core.attributes_manager import AbstractPersistenceAdapter
from ask_sdk_core.exceptions import PersistenceException

from skill.storage.records import (
    VERSION_KEY,
    VersionConflict,
    as_json_text,
    expected_version,
    expiry_time,
    has_expired,
    new_version,
    user_id_of,
    with_version,
)

DATABASE_FILE = "memory.sqlite3"
BUSY_TIMEOUT_SECONDS = 5.0

_SCHEMA = """
CREATE TABLE IF NOT EXISTS memory (
    user_id    TEXT PRIMARY KEY,
    attributes TEXT NOT NULL,      -- JSON text
    version    TEXT NOT NULL,      -- the token get_attributes hands out as "_version"
    saved_at   INTEGER NOT NULL,   -- epoch seconds
    expires_at INTEGER NOT NULL    -- epoch seconds; the record reads as absent from then on
);
CREATE INDEX IF NOT EXISTS memory_by_expiry ON memory (expires_at);
"""


class SqlitePersistenceAdapter(AbstractPersistenceAdapter):
    """ask-sdk persistence adapter over an SQLite file, keyed by Alexa's user id, with a version check.

    See `skill.storage.records` for the version check: `save_attributes` raises `VersionConflict` (a
    `PersistenceException`) when the record changed since `get_attributes`. Records expire RETENTION_DAYS after
    their last save; an expired record reads as {} and is deleted, and every save also deletes all expired records,
    so a user who never comes back is forgotten too. Nothing stored is ever logged or put in an error message.
    """

    def __init__(
        self,
        path: Path,
        *,
        clock: Callable[[], float] = time.time,
        busy_timeout_seconds: float = BUSY_TIMEOUT_SECONDS,
    ) -> None:
        # Nothing is opened here: the skill is built at import time (and before gunicorn forks), the file on first use.
        self.path = Path(path)
        self._clock = clock
        self._busy_timeout_seconds = busy_timeout_seconds
        self._lock = threading.Lock()  # one connection per process, shared by its threads one at a time
        self._lock_pid = os.getpid()
        self._connection: sqlite3.Connection | None = None
        self._connection_pid: int | None = None
        # SQLite forbids using a connection in a forked child, closing included: kept, never touched, never closed.
        self._inherited_connections: list[sqlite3.Connection] = []

    def get_attributes(self, request_envelope: Any) -> dict[str, Any]:
        """The user's stored attributes plus their `_version`, or {} when there are none (or they expired)."""
        user_id = user_id_of(request_envelope)
        if user_id is None:
            return {}
        with self._connected() as connection:
            row = connection.execute(
                "SELECT attributes, version, expires_at FROM memory WHERE user_id = ?", (user_id,)
            ).fetchone()
            if row is None:
                return {}
            text, version, expires_at = row
            if has_expired(expires_at, self._clock()):
                # Only that version: a save that refreshed the record meanwhile must survive.
                connection.execute("DELETE FROM memory WHERE user_id = ? AND version = ?", (user_id, version))
                return {}
        return with_version(json.loads(text), version)

    def save_attributes(self, request_envelope: Any, attributes: dict[str, Any]) -> None:
        """Store the attributes if the stored version is still the one read; VersionConflict otherwise."""
        user_id = user_id_of(request_envelope)
        if user_id is None:
            return
        text = as_json_text(attributes)
        expected = expected_version(attributes)
        version = new_version()
        with self._connected() as connection, _immediate_transaction(connection):
            now = self._clock()
            connection.execute("DELETE FROM memory WHERE expires_at <= ?", (now,))
            row = connection.execute("SELECT version FROM memory WHERE user_id = ?", (user_id,)).fetchone()
            stored = row[0] if row is not None else None
            if stored != expected:
                raise VersionConflict("the user's attributes were saved by another request since they were read")
            connection.execute(
                "INSERT OR REPLACE INTO memory (user_id, attributes, version, saved_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (user_id, text, version, int(now), expiry_time(now)),
            )
        attributes[VERSION_KEY] = version

    def delete_attributes(self, request_envelope: Any) -> None:
        """Forget the user: delete their record, whatever its version."""
        user_id = user_id_of(request_envelope)
        if user_id is None:
            return
        with self._connected() as connection:
            connection.execute("DELETE FROM memory WHERE user_id = ?", (user_id,))

    def purge_expired(self) -> int:
        """Delete every expired record now; returns how many went."""
        with self._connected() as connection:
            return connection.execute("DELETE FROM memory WHERE expires_at <= ?", (self._clock(),)).rowcount

    @contextlib.contextmanager
    def _connected(self) -> Iterator[sqlite3.Connection]:
        """This process's connection, opened on first use; SQLite errors become PersistenceException."""
        if self._lock_pid != os.getpid():
            # A fork copies the lock as it was: held, if another thread of the parent had it. A child starts with
            # one thread, so replacing it here cannot race.
            self._lock, self._lock_pid = threading.Lock(), os.getpid()
        with self._lock:
            try:
                yield self._connection_for_this_process()
            except sqlite3.Error as problem:
                # sqlite3's messages name the failure ("database is locked"), never the bound values.
                raise PersistenceException(f"SQLite memory storage failed: {problem}") from problem

    def _connection_for_this_process(self) -> sqlite3.Connection:
        if self._connection is not None and self._connection_pid == os.getpid():
            return self._connection
        if self._connection is not None:
            self._inherited_connections.append(self._connection)  # opened by the parent before a fork
        self._connection = _open(self.path, self._busy_timeout_seconds)
        self._connection_pid = os.getpid()
        return self._connection


def _open(path: Path, busy_timeout_seconds: float) -> sqlite3.Connection:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    # Create the file owner-only before SQLite does (it would use the umask); its -wal and -shm files copy this mode.
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    # isolation_level=None: no implicit transactions; writes that need one say BEGIN IMMEDIATE themselves.
    connection = sqlite3.connect(path, timeout=busy_timeout_seconds, isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.executescript(_SCHEMA)
    return connection


@contextlib.contextmanager
def _immediate_transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception (a version conflict included)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if connection.in_transaction:  # SQLite may already have rolled back (a full disk, say)
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
