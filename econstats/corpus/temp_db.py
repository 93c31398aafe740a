"""SQLite's private temporary database: where a build keeps its listing and catalog (issue 7).

The empty file name asks SQLite for a database file of its own in its temporary folder
(SQLITE_TMPDIR, else TMPDIR, else /var/tmp, /usr/tmp or /tmp), unlinked as soon as it is open:
nothing is left behind however the process ends, and the space is freed when the connection is
closed (or garbage-collected). Pages beyond the cache are written to that file, so memory stays
flat whatever the size of the corpus. No journal and no syncs: the data is scratch.

>>> db = connect(cache_kb=1024)
>>> with transaction(db):
...     _ = db.execute("CREATE TABLE t (x)")
...     _ = db.executemany("INSERT INTO t VALUES (?)", [(1,), (2,)])
>>> db.execute("SELECT sum(x) FROM t").fetchone()
(3,)
>>> db.close()
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Self

MAX_PARAMETERS = 500  # values bound in one query (older SQLite builds allow 999)


def connect(cache_kb: int) -> sqlite3.Connection:
    """A new private temporary database holding at most `cache_kb` of its pages in memory;
    in autocommit mode (see transaction), usable from any thread (callers lock)."""
    db = sqlite3.connect("", isolation_level=None, check_same_thread=False)
    for pragma in ("journal_mode = OFF", "synchronous = OFF", f"cache_size = -{cache_kb}"):
        db.execute(f"PRAGMA {pragma}")
    return db


@contextmanager
def transaction(db: sqlite3.Connection) -> Iterator[None]:
    """Run the statements of the block in one transaction (many inserts, one commit)."""
    db.execute("BEGIN")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def marks(count: int) -> str:
    """Query parameters for an IN list: "?,?,?" for 3."""
    return ",".join("?" * count)


class TempStore:
    """A store kept in a private temporary database (`_db`, queried under `_lock`): closing
    it, or leaving its `with` block, removes its file."""

    _db: sqlite3.Connection
    _lock: threading.Lock

    def _pages(self, query: str, first: object, size: int) -> Iterator[list[Any]]:
        """The rows of `query`, `size` at a time: a query of the form "... WHERE key > ?
        ORDER BY key LIMIT ?" whose rows start with the key, read from after `first` on."""
        last = first
        while True:
            with self._lock:
                rows = self._db.execute(query, (last, size)).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            yield rows

    def close(self) -> None:
        """Close the database, which removes its file (closing twice is harmless)."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
