"""The corpus folder: every candidate file becomes a Document or a Skipped with a reason.

Nothing outside the folder is read: the catalog only annotates documents by doc_id (a doc_id
is a plain name, never a path), and a document or catalog that is a symlink resolving outside
the folder is not followed. Only regular files are opened, so a FIFO never blocks a build.
"""

from __future__ import annotations

import csv
import os
import re
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from econstats.decoding import UndecodableError, decode, sniff_binary
from econstats.documents import document_of
from econstats.errors import CorpusError
from econstats.model import Document, Skipped

__all__ = ["UndecodableError", "decode", "sniff_binary"]  # re-exported: econstats.decoding

EXTENSIONS = (".txt", ".html", ".htm")
SHARED_VALUES = ("publisher", "language")
COLUMNS = ("doc_id", "url", "title", "publisher", "published_date", "language")
DOC_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
NO_CATALOG = "no catalog.csv: documents have no published_date"
CSV_ERRORS = {"unexpected end of data": "a quoted field is not closed"}
MAX_RECORD_LINES = 100  # a quoted catalog field still open after this many lines is unclosed
PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # csv's own line breaks
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # not tab, CR or LF
Item = Document | Skipped


@dataclass(frozen=True, slots=True)  # slots: a catalog may hold a row per document of a corpus
class CatalogEntry:
    """One catalog.csv row; `line` is the 1-based line where the row starts."""

    doc_id: str
    url: str | None
    title: str | None
    publisher: str | None
    published_date: date | None
    language: str | None
    line: int


@dataclass(frozen=True)
class Catalog:
    """The catalog's entries by doc_id, its problems as human messages, and where it came from."""

    entries: dict[str, CatalogEntry]
    problems: tuple[str, ...]
    path: str | None


Entries = dict[str, CatalogEntry]


def corpus_files(folder: Path) -> list[Path]:
    """Sorted *.txt/*.html/*.htm in `folder` that are no folders: broken symlinks, loops and
    FIFOs too, so each is reported; CorpusError if `folder` is no folder."""
    folder = Path(folder)
    return [folder / name for name in corpus_names(folder)]


def corpus_names(folder: Path) -> list[str]:
    """The file names corpus_files lists, as plain strings (a listing of a large corpus holds
    one short string per document, not a Path object)."""
    if not Path(folder).is_dir():
        raise CorpusError(f"corpus folder {folder}: does not exist or is not a directory")
    try:
        with os.scandir(folder) as entries:
            named = [e for e in entries if os.path.splitext(e.name)[1].lower() in EXTENSIONS]
            return sorted(entry.name for entry in named if not _is_folder(entry))
    except OSError as err:
        raise CorpusError(f"corpus folder {folder}: cannot be listed: {err}") from err


def _is_folder(entry: os.DirEntry) -> bool:
    """A folder (or a link to one) is no document; anything else is listed, to be accounted for."""
    try:
        return entry.is_dir()
    except OSError:
        return False  # cannot even stat it: listed, and reported as unreadable


def iter_corpus(folder: Path, catalog: Catalog, max_bytes: int = 50_000_000) -> Iterator[Item]:
    """A Document or a Skipped per file, by name; CorpusError at once if `folder` is no folder."""
    return _iter_files(corpus_files(folder), catalog, max_bytes)


def _iter_files(paths: list[Path], catalog: Catalog, max_bytes: int) -> Iterator[Item]:
    """Check each file's doc_id, then load it."""
    seen: dict[str, Path] = {}
    for path in paths:
        doc_id = path.stem
        if not DOC_ID.fullmatch(doc_id):
            note = f"doc_id {doc_id!r} must be [A-Za-z0-9_] then [A-Za-z0-9._-]"
            yield Skipped(str(path), "bad-doc-id", note)
        elif doc_id in seen:
            note = f"doc_id {doc_id} already taken by {seen[doc_id].name}"
            yield Skipped(str(path), "duplicate-doc-id", note)
        else:
            seen[doc_id] = path
            yield _load(path, doc_id, catalog.entries.get(doc_id), max_bytes)


def _load(path: Path, doc_id: str, entry: CatalogEntry | None, max_bytes: int) -> Item:
    """Read, sniff and decode one file; never raises for a bad file."""
    where = str(path)
    try:
        if path.is_symlink() and not path.exists():
            return Skipped(where, "broken-symlink", f"points to {os.readlink(path)}")
        outside = _outside(path)
        if outside:
            return Skipped(where, "outside-corpus", outside)
        raw = _read_regular(path, max_bytes)
    except OSError as err:
        return Skipped(where, "unreadable", f"{type(err).__name__}: {err}")
    if isinstance(raw, Skipped):
        return Skipped(where, raw.reason, raw.note)
    return document_of(where, doc_id, raw, entry)


def _outside(path: Path) -> str | None:
    """Why a symlink in the corpus folder may not be followed: it resolves outside the folder."""
    if not path.is_symlink():
        return None
    folder, target = path.parent.resolve(), path.resolve()
    if target.is_relative_to(folder):
        return None
    return f"a symlink to {target}, outside the corpus folder {folder}"


def _read_regular(path: Path, max_bytes: int | None) -> bytes | Skipped:
    """The bytes of a regular file of at most `max_bytes`, else a Skipped (path left empty).

    A FIFO or device named like a document is refused before it is opened, so it cannot
    block the build.
    """
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        return Skipped("", "not-a-file", f"not a regular file ({stat.filemode(info.st_mode)})")
    if max_bytes is not None and info.st_size > max_bytes:
        return Skipped("", "too-large", f"{info.st_size} bytes, over max_bytes={max_bytes}")
    with path.open("rb") as handle:
        raw = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
    if max_bytes is not None and len(raw) > max_bytes:
        return Skipped("", "too-large", f"grew over max_bytes={max_bytes} while read")
    return raw


def load_catalog(path: Path) -> Catalog:
    """Read a catalog.csv; a missing file is not an error, just a problem.

    Bad rows become problems and are left out; good rows still load. A catalog that is a
    symlink out of the corpus folder is ignored with a problem. Raises CorpusError when the
    file exists but cannot be read or decoded.
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Catalog({}, (NO_CATALOG,), None)
    try:
        outside = _outside(path)
        raw = None if outside else _read_regular(path, max_bytes=None)
        text, _ = decode(raw) if isinstance(raw, bytes) else ("", "")
    except (OSError, UndecodableError) as err:
        raise CorpusError(f"{path}: cannot read the catalog: {err}") from err
    if raw is None or isinstance(raw, Skipped):
        why = outside or (raw.note if isinstance(raw, Skipped) else "")
        return Catalog({}, (f"{path.name}: {why}; catalog ignored", NO_CATALOG), None)
    known = {os.path.splitext(name)[0] for name in corpus_names(path.parent)}
    entries, problems = _parse_catalog(text, known)
    return Catalog(entries, tuple(f"{path.name} {problem}" for problem in problems), str(path))


def _csv_rows(text: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line, fields, "") per record, or (line, None, error) for a record csv rejects.

    After a bad record, reading resumes on the line after the one it started on, so a stray
    quote costs one line, not the rest of the file; a quoted field may span MAX_RECORD_LINES.

    >>> list(_csv_rows('a,"b\\nc,d\\n'))
    [(1, None, 'a quoted field is not closed'), (2, ['c', 'd'], '')]
    """
    lines = PHYSICAL_LINE.findall(text)
    cursor = [0, 0]  # next line to read, first line of the current record

    def feed() -> Iterator[str]:
        while cursor[0] < len(lines) and cursor[0] - cursor[1] < MAX_RECORD_LINES:
            cursor[0] += 1
            yield lines[cursor[0] - 1]

    reader = csv.reader(feed(), strict=True)
    while cursor[0] < len(lines):
        cursor[1] = cursor[0]
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield cursor[1] + 1, None, CSV_ERRORS.get(str(err), str(err))
            cursor[0] = cursor[1] + 1
            reader = csv.reader(feed(), strict=True)
        else:
            yield cursor[1] + 1, row, ""


def _parse_catalog(text: str, known: set[str]) -> tuple[Entries, list[str]]:
    """Entries by doc_id and problems ('line N: ...') from the catalog's text."""
    entries: Entries = {}
    problems: list[str] = []
    header: list[str] | None = None
    for line, row, error in _csv_rows(text):
        if row is None:
            problems.append(f"line {line}: not valid CSV ({error}); row ignored")
        elif not row or all(not field.strip() for field in row):
            continue
        elif header is None:
            header = [name.strip() for name in row]
            problems.extend(_header_problems(header, line))
            if "doc_id" not in header:
                return {}, problems
        elif len(row) != len(header):
            problems.append(f"line {line}: {len(row)} fields, header has {len(header)}; ignored")
        else:
            fields: dict[str, str] = {}
            for name, field in zip(header, row, strict=True):
                fields.setdefault(name, field)  # a repeated column: the first one counts
            problems.extend(_add_entry(fields, line, known, entries))
    if header is None:
        problems.append("line 1: empty, no header")
    return entries, problems


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


def _add_entry(row: dict[str, str], line: int, known: set[str], entries: Entries) -> list[str]:
    """Validate one row and add it to `entries`; return what is wrong with it."""
    value = {name: (row.get(name) or "").strip() or None for name in COLUMNS}
    doc_id = value["doc_id"]
    if doc_id is None or not DOC_ID.fullmatch(doc_id):
        return [f"line {line}: invalid doc_id {doc_id!r}; row ignored"]
    if doc_id in entries:
        first = entries[doc_id].line
        return [f"line {line}: duplicate doc_id {doc_id} (first at line {first}); ignored"]
    problems = []
    for name in COLUMNS[1:]:
        if value[name] is not None and CONTROL.search(value[name]):
            problems.append(f"line {line}: control character in {name} of {doc_id}; left empty")
            value[name] = None
    if doc_id not in known:
        problems.append(f"line {line}: unknown doc_id {doc_id}: no document file of that name")
    for name in SHARED_VALUES:  # one string per distinct publisher/language, not one per row
        value[name] = sys.intern(value[name]) if value[name] else None
    published, problem = parse_date(value["published_date"])
    if problem:
        problems.append(f"line {line}: {problem} for doc_id {doc_id}")
    entries[doc_id] = CatalogEntry(**value | {"published_date": published, "line": line})
    return problems


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
    match = ISO_DATE.fullmatch(value)
    if not match:
        return None, f"unparseable date '{value}' (expected YYYY-MM-DD)"
    try:
        return date(*(int(part) for part in match.groups())), None
    except ValueError:
        return None, f"impossible date '{value}'"
