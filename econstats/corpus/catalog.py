"""catalog.csv read as a stream: its good rows into a CatalogStore, its problems named by line.

Nothing in memory grows with the catalog (issue 7): lines are read one at a time (a record
spans at most MAX_RECORD_LINES), rows are checked and stored BATCH_ROWS at a time, a duplicate
doc_id is found in the store, and an unknown one among the corpus' file names (a NameStore, or
a sorted list searched by bisection). A catalog in UTF-8 (with or without a byte-order mark) is
decoded as it is read; any other is read whole and decoded by decoding.decode, which detects
its encoding or says why it cannot, exactly as when every catalog was read whole.
"""

from __future__ import annotations

import bisect
import os
import re
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import BinaryIO

from econstats.corpus.catalog_lines import csv_rows, text_lines, utf8_lines
from econstats.corpus.catalog_store import CatalogEntry, CatalogStore
from econstats.corpus.decoding import decode
from econstats.corpus.file_names import is_document_name
from econstats.corpus.name_store import NameStore

COLUMNS = ("doc_id", "url", "title", "publisher", "published_date", "language")
DOC_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")  # a plain name, never a path
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
NO_CATALOG = "no catalog.csv: documents have no published_date"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not tab, CR or LF
BATCH_ROWS = 512  # rows checked against the store, and added to it, at a time
MAX_PROBLEMS = 1000  # problems listed in the report; the rest are counted (issue 12, item 7)
Values = list[str | None]  # a row's fields in the order of COLUMNS, stripped, None when empty
Names = NameStore | Sequence[str]  # a corpus' file names; a sequence is sorted


@dataclass(frozen=True)
class Catalog:
    """The catalog's entries by doc_id, its problems as human messages (the first
    MAX_PROBLEMS; the rest are counted), and where it came from.

    `entries` is a CatalogStore when read from a file (any mapping will do, e.g. {} for none).
    """

    entries: Mapping[str, CatalogEntry]
    problems: tuple[str, ...]
    path: str | None
    unlisted_problems: int = 0  # problems after the first MAX_PROBLEMS, counted, not listed

    def entries_for(self, doc_ids: Iterable[str]) -> dict[str, CatalogEntry]:
        """The entries of those doc_ids that have one, looked up together."""
        if isinstance(self.entries, CatalogStore):
            return self.entries.get_many(doc_ids)
        return {doc_id: self.entries[doc_id] for doc_id in doc_ids if doc_id in self.entries}

    def close(self) -> None:
        """Free the entries' temporary file, if they have one."""
        if isinstance(self.entries, CatalogStore):
            self.entries.close()


class Problems:
    """A catalog's problems in line order: the first MAX_PROBLEMS are listed, the others only
    counted, so a catalog of a million bad lines costs no more memory than one of a thousand.

    >>> problems = Problems(limit=2)
    >>> problems.extend(["line 2: a", "line 3: b"]); problems.append("line 4: c")
    >>> problems.listed, problems.unlisted
    (['line 2: a', 'line 3: b'], 1)
    """

    def __init__(self, limit: int | None = None) -> None:
        self.limit = MAX_PROBLEMS if limit is None else limit
        self.listed: list[str] = []
        self.unlisted = 0

    def append(self, problem: str) -> None:
        """Add one problem: listed while there is room, else counted."""
        if len(self.listed) < self.limit:
            self.listed.append(problem)
        else:
            self.unlisted += 1

    def extend(self, problems: Iterable[str]) -> None:
        """Add problems in order."""
        for problem in problems:
            self.append(problem)


def read_catalog(handle: BinaryIO, names: Names) -> tuple[CatalogStore, Problems]:
    """(entries, problems 'line N: ...') of a catalog.csv open for binary reading (and
    seekable: a catalog found not to be UTF-8 is read again from the start), given the corpus'
    file names; UndecodableError when no supported encoding decodes it."""
    try:
        return _stored(utf8_lines(handle), names)
    except UnicodeDecodeError:
        handle.seek(0)  # not UTF-8: read it whole and detect its encoding, as decode does
        raw = handle.read()
    text, _ = decode(raw)
    del raw
    return _stored(text_lines(text), names)


def _stored(lines: Iterator[str], names: Names) -> tuple[CatalogStore, Problems]:
    """A new store with the lines' good rows, and the problems; the store closed on failure.
    Lines left unparsed (after a header with no doc_id) are still read: they must decode."""
    store = CatalogStore()
    try:
        problems = parse_catalog(lines, names, store)
        deque(lines, maxlen=0)
    except BaseException:
        store.close()
        raise
    return store, problems


def parse_catalog(lines: Iterable[str], names: Names, store: CatalogStore) -> Problems:
    """Problems ('line N: ...') of the catalog's lines, in line order; good rows go to `store`."""
    problems = Problems()
    header: list[str] | None = None
    where: list[int | None] = []  # per column of COLUMNS, its first place in the header
    batch: list[tuple[int, Values]] = []
    for line, row, error in csv_rows(lines):
        problem = None
        if row is None:
            problem = f"line {line}: not valid CSV ({error}); row ignored"
        elif not row or all(not field.strip() for field in row):
            continue
        elif header is None:
            header = [name.strip() for name in row]
            problems.extend(_header_problems(header, line))
            if "doc_id" not in header:
                return problems
            where = [header.index(name) if name in header else None for name in COLUMNS]
            continue
        elif len(row) != len(header):
            problem = f"line {line}: {len(row)} fields, header has {len(header)}; ignored"
        else:
            value = [None if at is None else row[at].strip() or None for at in where]
            if value[0] is None or not DOC_ID.fullmatch(value[0]):
                problem = f"line {line}: invalid doc_id {value[0]!r}; row ignored"
            else:
                batch.append((line, value))
        if problem or len(batch) >= BATCH_ROWS:
            problems.extend(_add_batch(batch, names, store))  # earlier lines first
            batch = []
        if problem:
            problems.append(problem)
    problems.extend(_add_batch(batch, names, store))
    if header is None:
        problems.append("line 1: empty, no header")
    return problems


def _header_problems(header: list[str], line: int) -> list[str]:
    """What is wrong with the header: no doc_id (fatal), missing or repeated columns."""
    if "doc_id" not in header:
        return [f"line {line}: no doc_id column in header {header}; catalog ignored"]
    problems = []
    missing = [name for name in COLUMNS if name not in header]
    if missing:
        problems.append(f"line {line}: header lacks {', '.join(missing)}; left empty")
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        problems.append(f"line {line}: columns {', '.join(repeated)} repeated; the first is used")
    return problems


def _add_batch(batch: list[tuple[int, Values]], names: Names, store: CatalogStore) -> list[str]:
    """Check rows with valid doc_ids, in line order, and add the good ones to `store`; return
    what is wrong with them (a duplicate doc_id, in the store or earlier in the batch)."""
    if not batch:
        return []
    doc_ids = [value[0] or "" for _, value in batch]
    first, known = store.first_lines(doc_ids), having_files(names, doc_ids)
    problems, entries = [], []
    for (line, value), doc_id in zip(batch, doc_ids, strict=True):
        if doc_id in first:
            problems.append(
                f"line {line}: duplicate doc_id {doc_id} (first at line {first[doc_id]}); ignored"
            )
            continue
        first[doc_id] = line
        entry, found = _entry(doc_id, value, line, doc_id in known)
        entries.append(entry)
        problems.extend(found)
    store.add(entries)
    return problems


def _entry(doc_id: str, value: Values, line: int, known: bool) -> tuple[CatalogEntry, list[str]]:
    """The entry of a row with a valid, new doc_id, and what is wrong with it."""
    problems = []
    if CONTROL.search("".join(field for field in value if field)):
        for at, name in enumerate(COLUMNS[1:], 1):
            if value[at] is not None and CONTROL.search(value[at] or ""):
                problems.append(f"line {line}: control character in {name} of {doc_id}; left empty")
                value[at] = None
    if not known:
        problems.append(f"line {line}: unknown doc_id {doc_id}: no document file of that name")
    published, problem = parse_date(value[4])
    if problem:
        problems.append(f"line {line}: {problem} for doc_id {doc_id}")
    return CatalogEntry(doc_id, value[1], value[2], value[3], published, value[5], line), problems


def having_files(names: Names, doc_ids: Iterable[str]) -> set[str]:
    """Those of the doc_ids that some document of `names` has (its name less the extension).

    >>> sorted(having_files(["a.b.txt", "a.htm", "ab.txt"], ["a", "a.b", "b", "ab"]))
    ['a', 'a.b', 'ab']
    """
    if isinstance(names, NameStore):
        return names.having_files(doc_ids)
    return {doc_id for doc_id in doc_ids if is_known(names, doc_id)}


def is_known(names: Sequence[str], doc_id: str) -> bool:
    """Whether a document of the sorted `names` has this doc_id (its name less the extension):
    the names that may are those that start with doc_id + ".", found by binary search.

    >>> names = ["a.b.txt", "a.htm", "ab.txt", "c.md", "d.x/e"]
    >>> [is_known(names, doc_id) for doc_id in ("a", "a.b", "b", "ab", "c", "d")]
    [True, True, False, True, False, False]
    """
    prefix = doc_id + "."
    at = bisect.bisect_left(names, prefix)
    while at < len(names) and names[at].startswith(prefix):
        if is_document_name(names[at]) and os.path.splitext(names[at])[0] == doc_id:
            return True
        at += 1
    return False


def parse_date(value: str | None) -> tuple[date | None, str | None]:
    """(date, None) for an ISO YYYY-MM-DD, (None, None) for nothing, else (None, problem).

    >>> parse_date("2024-11-11")
    (datetime.date(2024, 11, 11), None)
    >>> parse_date("2025-02-30")
    (None, "impossible date '2025-02-30'")
    >>> parse_date("11/11/2024")
    (None, "unparseable date '11/11/2024' (expected YYYY-MM-DD)")
    """
    if value is None:
        return None, None
    if not ISO_DATE.fullmatch(value):
        return None, f"unparseable date '{value}' (expected YYYY-MM-DD)"
    try:
        return date.fromisoformat(value), None  # YYYY-MM-DD, checked above
    except ValueError:
        return None, f"impossible date '{value}'"
