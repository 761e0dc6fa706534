"""One poll at a time, across processes and machines, released if the holder crashes.

PostgreSQL: a session-level advisory lock on a dedicated connection; the server releases it when
the connection ends, including when the process is killed. SQLite: an exclusive `flock` on a file
beside the database; the kernel releases it when the process dies (SQLite itself is one machine).
"""

from __future__ import annotations

import fcntl
import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

# A fixed 64-bit key for pg_try_advisory_lock: "intake poll" as a number.
POLL_LOCK_KEY = 0x1A7A4E_504F4C4C


@contextmanager
def _postgres_lock(engine: Engine, key: int) -> Iterator[bool]:
    with engine.connect() as connection:
        acquired = bool(
            connection.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": key}).scalar()
        )
        connection.commit()
        try:
            yield acquired
        finally:
            if acquired:
                connection.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": key})
                connection.commit()


@contextmanager
def _file_lock(path: Path) -> Iterator[bool]:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def lock_file_for(engine: Engine) -> Path:
    database = engine.url.database or ""
    if not database or database == ":memory:":
        return Path(os.environ.get("TMPDIR", "/tmp")) / "intake-memory.poll-lock"
    return Path(database).with_name(Path(database).name + ".poll-lock")


@contextmanager
def poll_lock(engine: Engine) -> Iterator[bool]:
    """Try to take the poll lock without waiting; yields whether this process holds it."""
    if engine.dialect.name == "postgresql":
        with _postgres_lock(engine, POLL_LOCK_KEY) as acquired:
            yield acquired
    else:
        with _file_lock(lock_file_for(engine)) as acquired:
            yield acquired
