"""A corpus's file names on disk, in sorted order: a listing whose memory does not grow with it.

Sorting the names of a large corpus in memory held a string per document (issue 7); NameStore
inserts them as they are listed into a temporary SQLite file (econstats.corpus.temp_db), and an index
sorts them. A name is stored as UTF-8 with surrogates passed through (Python reads a
file name's undecodable byte as a lone surrogate); the byte order of that encoding is the code
point order of Python's str, so iterating gives exactly sorted(names), and the names of one
doc_id ("a" + ".txt") are found by a range of that order, for the catalog's "unknown doc_id".

>>> names = NameStore(["b.txt", "a.htm", "a.b.txt", "\\udcff.txt", "\\u00e9.txt", "z.txt"])
>>> list(names) == sorted(names), len(names), "b.txt" in names, "c.txt" in names
(True, 6, True, False)
>>> list(names)
['a.b.txt', 'a.htm', 'b.txt', 'z.txt', 'é.txt', '\\udcff.txt']
>>> sorted(names.having_files(["a", "a.b", "c", "\\udcff"]))
['a', 'a.b', '\\udcff']
>>> names.close()
"""

from __future__ import annotations

import threading
from collections.abc import Collection, Iterable, Iterator
from typing import TypeVar

from econstats.core.chunks import chunked
from econstats.corpus.file_names import is_document_name, stem
from econstats.corpus.temp_db import MAX_PARAMETERS, TempStore, connect, transaction

CACHE_KB = 2048  # SQLite's page cache, the store's memory whatever the corpus' size
PAGE_NAMES = 1024  # names read at a time when iterating
INSERT_NAMES = 4096  # names inserted at a time
T = TypeVar("T")
SCHEMA = "CREATE TABLE name (name BLOB NOT NULL)"
INDEX = "CREATE UNIQUE INDEX name_order ON name (name)"  # made once the names are in: one sort
PREFIXED = "SELECT name.name FROM wanted JOIN name ON name.name > low AND name.name < high"


class NameStore(TempStore, Collection[str]):
    """Distinct file names, iterated in sorted order, kept in a temporary SQLite file.

    Queries take a lock, so a store may be read from any thread.
    """

    def __init__(self, names: Iterable[str]) -> None:
        """Store distinct names (sqlite3.IntegrityError if one is given twice); whatever `names`
        raises while they are read (a listing that fails) is raised, the store closed."""
        self._db = connect(CACHE_KB)
        self._lock = threading.Lock()
        self._count = 0
        try:
            self._db.execute(SCHEMA)
            with transaction(self._db):
                for part in chunked(names, INSERT_NAMES):
                    rows = [(_blob(name),) for name in part]
                    self._db.executemany("INSERT INTO name VALUES (?)", rows)
            self._db.execute(INDEX)
            self._count = self._db.execute("SELECT count(*) FROM name").fetchone()[0]
        except BaseException:
            self._db.close()
            raise

    def pages(self) -> Iterator[list[str]]:
        """The names in sorted order, PAGE_NAMES at a time."""
        query = "SELECT name FROM name WHERE name > ? ORDER BY name LIMIT ?"
        for rows in self._pages(query, b"", PAGE_NAMES):
            yield [_text(name) for (name,) in rows]

    def having_files(self, doc_ids: Iterable[str]) -> set[str]:
        """Those of the doc_ids that are the stem of a document's name (a document has that
        doc_id): its names are among those after doc_id + "." and before doc_id + "/" (the next
        character); a file of another kind, or in a subfolder, gives no doc_id."""
        wanted = sorted(set(doc_ids))
        found: set[str] = set()
        for part in chunked(wanted, MAX_PARAMETERS // 2):
            bounds = [_blob(doc_id + end) for doc_id in part for end in "./"]
            pairs = ",".join(["(?,?)"] * len(part))
            query = f"WITH wanted(low, high) AS (VALUES {pairs}) {PREFIXED}"
            with self._lock:
                names = self._db.execute(query, bounds).fetchall()
            texts = (_text(name) for (name,) in names)
            found.update(stem(text) for text in texts if is_document_name(text))
        return found.intersection(wanted)

    def __iter__(self) -> Iterator[str]:
        for page in self.pages():
            yield from page

    def __contains__(self, name: object) -> bool:
        if not isinstance(name, str):
            return False
        with self._lock:
            query = "SELECT 1 FROM name WHERE name = ?"
            return self._db.execute(query, (_blob(name),)).fetchone() is not None

    def __len__(self) -> int:
        return self._count

    def __repr__(self) -> str:
        return f"<NameStore of {self._count} names>"


def _blob(name: str) -> bytes:
    return name.encode("utf-8", "surrogatepass")


def _text(value: bytes) -> str:
    return value.decode("utf-8", "surrogatepass")
