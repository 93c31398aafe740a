"""A catalog's rows on disk: a mapping doc_id -> CatalogEntry whose memory does not grow with it.

A catalog.csv may hold a row per document of a corpus; kept as objects in memory, they made a
build's peak RSS grow with the corpus (issue 7). CatalogStore keeps them in a temporary SQLite
file (econstats.corpus.temp_db: unlinked at once, so it never outlives the process; freed by close()),
of which only CACHE_KB of pages are held in memory.

>>> from datetime import date
>>> store = CatalogStore()
>>> store.add([CatalogEntry("a", None, "Title", "Pub", date(2024, 1, 2), "en", 2)])
>>> store.first_lines(["a", "b"]), len(store), list(store)
({'a': 2}, 1, ['a'])
>>> store["a"].published_date, store.get("b")
(datetime.date(2024, 1, 2), None)
>>> store.close()
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from econstats.corpus.temp_db import MAX_PARAMETERS, TempStore, connect, marks, transaction

CACHE_KB = 4096  # SQLite's page cache, the store's memory whatever the catalog's size
FETCH_ROWS = 1024  # rows fetched at a time when iterating
SURROGATE = re.compile("[\ud800-\udfff]")  # a file name's undecodable byte: no SQLite text
FIELDS = "doc_id, url, title, publisher, published_date, language, line"
SCHEMA = """CREATE TABLE entry (
    doc_id TEXT PRIMARY KEY, url TEXT, title TEXT, publisher TEXT,
    published_date INTEGER, language TEXT, line INTEGER NOT NULL
)"""  # published_date: the date's ordinal; rowid order is the catalog's order


@dataclass(frozen=True, slots=True)  # slots: many are made, one per document of a corpus
class CatalogEntry:
    """One catalog.csv row; `line` is the 1-based line where the row starts."""

    doc_id: str
    url: str | None
    title: str | None
    publisher: str | None
    published_date: date | None
    language: str | None
    line: int


class CatalogStore(TempStore, Mapping[str, CatalogEntry]):
    """CatalogEntry by doc_id, in the order they were added, kept in a temporary SQLite file.

    Lookups take a lock, so a store may be read from any thread; get_many looks up many
    doc_ids in a few queries (a build looks up every document).
    """

    def __init__(self) -> None:
        self._db = connect(CACHE_KB)
        self._lock = threading.Lock()
        self._count = 0
        self._db.execute(SCHEMA)

    def add(self, entries: Iterable[CatalogEntry]) -> None:
        """Add entries whose doc_ids are not in the store yet (sqlite3.IntegrityError if one is)."""
        rows = [
            (*_text_fields(entry), _ordinal(entry.published_date), entry.language, entry.line)
            for entry in entries
        ]
        with self._lock, transaction(self._db):
            self._db.executemany(f"INSERT INTO entry ({FIELDS}) VALUES ({marks(7)})", rows)
        self._count += len(rows)

    def first_lines(self, doc_ids: Iterable[str]) -> dict[str, int]:
        """The line of each of these doc_ids that is in the store already."""
        return {doc_id: row[-1] for doc_id, row in self._rows(doc_ids, "doc_id, line")}

    def get_many(self, doc_ids: Iterable[str]) -> dict[str, CatalogEntry]:
        """The entry of each of these doc_ids that the store has (absent ones left out)."""
        return {doc_id: _entry(row) for doc_id, row in self._rows(doc_ids, FIELDS)}

    def _rows(self, doc_ids: Iterable[str], columns: str) -> Iterator[tuple[str, tuple]]:
        """(doc_id, row) of the doc_ids found, MAX_PARAMETERS doc_ids per query."""
        wanted = sorted({doc_id for doc_id in doc_ids if _storable(doc_id)})
        for start in range(0, len(wanted), MAX_PARAMETERS):
            part = wanted[start : start + MAX_PARAMETERS]
            query = f"SELECT {columns} FROM entry WHERE doc_id IN ({marks(len(part))})"
            with self._lock:
                rows = self._db.execute(query, part).fetchall()
            yield from ((row[0], row) for row in rows)

    def __getitem__(self, doc_id: str) -> CatalogEntry:
        found = self.get_many([doc_id]) if isinstance(doc_id, str) else {}
        if doc_id not in found:
            raise KeyError(doc_id)
        return found[doc_id]

    def __iter__(self) -> Iterator[str]:
        """doc_ids in the order they were added."""
        query = "SELECT rowid, doc_id FROM entry WHERE rowid > ? ORDER BY rowid LIMIT ?"
        for rows in self._pages(query, 0, FETCH_ROWS):
            yield from (doc_id for _, doc_id in rows)

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"<CatalogStore of {self._count} entries>"


def _storable(doc_id: Any) -> bool:
    """Whether a key can be in the store: a string SQLite can hold (a file name with an
    undecodable byte, kept by Python as a lone surrogate, cannot, and is in no catalog)."""
    return isinstance(doc_id, str) and not SURROGATE.search(doc_id)


def _text_fields(entry: CatalogEntry) -> tuple[str | None, ...]:
    return entry.doc_id, entry.url, entry.title, entry.publisher


def _ordinal(value: date | None) -> int | None:
    return None if value is None else value.toordinal()


def _entry(row: tuple) -> CatalogEntry:
    """The CatalogEntry of a row selected as FIELDS."""
    doc_id, url, title, publisher, ordinal, language, line = row
    published = None if ordinal is None else date.fromordinal(ordinal)
    return CatalogEntry(doc_id, url, title, publisher, published, language, line)
