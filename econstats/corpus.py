"""The corpus folder: every candidate file becomes a Document or a Skipped with a reason.

The catalog only annotates documents by doc_id; no file is ever read through a catalog path.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from charset_normalizer import CharsetMatch, from_bytes

from econstats.errors import CorpusError
from econstats.model import Document, Skipped

EXTENSIONS = (".txt", ".html", ".htm")
COLUMNS = ("doc_id", "url", "title", "publisher", "published_date", "language")
DOC_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]*")
ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
NO_CATALOG = "no catalog.csv: documents have no published_date"
IMAGE_MAGIC = {b"\x89PNG": "PNG", b"\xff\xd8\xff": "JPEG", b"GIF8": "GIF"}
MAGIC = {b"%PDF": "PDF", b"PK\x03\x04": "ZIP", **IMAGE_MAGIC}
# Longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
LEGACY = ("gb18030", "big5", "cp1252")  # supported, in preference order on a tie
Item = Document | Skipped


class UndecodableError(UnicodeDecodeError):
    """No supported encoding decodes these bytes strictly."""

    def __init__(self, raw: bytes, reason: str) -> None:
        super().__init__("undetected", raw, 0, len(raw), reason)


@dataclass(frozen=True)
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
    """Sorted *.txt/*.html/*.htm in `folder` (broken symlinks too); CorpusError if no folder."""
    folder = Path(folder)
    if not folder.is_dir():
        raise CorpusError(f"corpus folder {folder}: does not exist or is not a directory")
    try:
        children = list(folder.iterdir())
    except OSError as err:
        raise CorpusError(f"corpus folder {folder}: cannot be listed: {err}") from err
    named = (child for child in children if child.suffix.lower() in EXTENSIONS)
    found = [c for c in named if c.is_file() or (c.is_symlink() and not c.exists())]
    return sorted(found, key=lambda child: child.name)


def sniff_binary(raw: bytes) -> str | None:
    """Why `raw` looks like a binary file, or None when it may be text.

    >>> sniff_binary(b"%PDF-1.7 ...")
    'PDF header'
    >>> sniff_binary(b"ab\\x00c")
    'NUL byte at offset 2'
    >>> sniff_binary(codecs.BOM_UTF16_LE + "ab".encode("utf-16-le")) is None
    True
    """
    for magic, kind in MAGIC.items():
        if raw.startswith(magic):
            return f"{kind} header"
    nul = raw.find(b"\x00")
    if nul < 0 or raw.startswith(BOMS):
        return None
    return f"NUL byte at offset {nul}"


def decode(raw: bytes) -> tuple[str, str]:
    """Decode strictly and return (text, encoding name); `raw.decode(name) == text`.

    A byte-order mark is stripped, so offsets index the text without it. Nothing is normalised.

    >>> decode("Café".encode())
    ('Café', 'utf-8')
    >>> decode(codecs.BOM_UTF8 + b"a\\r\\nb")
    ('a\\r\\nb', 'utf-8-sig')
    >>> decode(b"\\x93revenue\\x94 rose to \\x8012 billion")
    ('“revenue” rose to €12 billion', 'cp1252')
    """
    try:
        text: str | None = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = None  # not UTF-8: try byte-order marks, then a legacy encoding
    if text is not None:
        return (text[1:], "utf-8-sig") if text.startswith("\ufeff") else (text, "utf-8")
    for bom in BOMS:
        if raw.startswith(bom):
            name = f"utf-{len(bom) * 8}"  # the utf-16/utf-32 codecs read and drop the BOM
            try:
                return raw.decode(name), name
            except UnicodeDecodeError:
                break  # a false BOM: let the legacy guess decide
    return _decode_legacy(raw)


def _decode_legacy(raw: bytes) -> tuple[str, str]:
    """charset-normalizer's best fit among the supported legacy encodings, decoded strictly."""
    matches = list(from_bytes(raw, cp_isolation=[*LEGACY, "latin_1"]))
    if not matches:
        raise UndecodableError(raw, "not UTF-8/16/32, GB18030, Big5, cp1252 or Latin-1")

    def rank(match: CharsetMatch) -> tuple[float, float, int]:
        name = codecs.lookup(match.encoding).name
        order = LEGACY.index(name) if name in LEGACY else len(LEGACY)
        return round(match.chaos, 2), -round(match.coherence, 2), order

    name = codecs.lookup(min(matches, key=rank).encoding).name
    try:
        return raw.decode(name), name
    except UnicodeDecodeError as err:
        raise UndecodableError(raw, f"best guess {name} does not decode: {err.reason}") from err


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
        size = path.stat().st_size
        if size > max_bytes:
            return Skipped(where, "too-large", f"{size} bytes, over max_bytes={max_bytes}")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as err:
        return Skipped(where, "unreadable", f"{type(err).__name__}: {err}")
    if len(raw) > max_bytes:
        return Skipped(where, "too-large", f"grew over max_bytes={max_bytes} while read")
    if not raw:
        return Skipped(where, "empty-file", "0 bytes")
    binary = sniff_binary(raw)
    if binary:
        return Skipped(where, "binary-file", binary)
    try:
        text, encoding = decode(raw)
    except UndecodableError as err:
        return Skipped(where, "undecodable", err.reason)
    if not text:
        return Skipped(where, "empty-file", f"only a byte-order mark ({encoding})")
    meta = {name: getattr(entry, name) for name in COLUMNS[1:]} if entry else {}
    sha256 = hashlib.sha256(raw).hexdigest()
    return Document(doc_id, where, text, sha256, encoding=encoding, **meta)


def load_catalog(path: Path) -> Catalog:
    """Read a catalog.csv; a missing file is not an error, just a problem.

    Bad rows become problems and are left out; good rows still load. Raises CorpusError when
    the file exists but cannot be read or decoded.
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Catalog({}, (NO_CATALOG,), None)
    try:
        text, _ = decode(path.read_bytes())
    except (OSError, UndecodableError) as err:
        raise CorpusError(f"{path}: cannot read the catalog: {err}") from err
    known = {child.stem for child in corpus_files(path.parent)}
    entries, problems = _parse_catalog(text, known)
    return Catalog(entries, tuple(f"{path.name} {problem}" for problem in problems), str(path))


def _csv_rows(text: str) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line, fields, "") per record, or (line, None, error) for a record csv rejects."""
    reader = csv.reader(io.StringIO(text, newline=""))
    previous = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield previous + 1, None, str(err)
            if reader.line_num == previous:
                return
        else:
            yield previous + 1, row, ""
        previous = reader.line_num


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
            missing = [name for name in COLUMNS if name not in header]
            if "doc_id" in missing:
                return {}, [f"line {line}: no doc_id column in header {row}; catalog ignored"]
            if missing:
                problems.append(f"line {line}: header lacks {', '.join(missing)}; left empty")
        elif len(row) != len(header):
            problems.append(f"line {line}: {len(row)} fields, header has {len(header)}; ignored")
        else:
            fields = dict(zip(header, row, strict=True))
            problems.extend(_add_entry(fields, line, known, entries))
    if header is None:
        problems.append("line 1: empty, no header")
    return entries, problems


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
    if doc_id not in known:
        problems.append(f"line {line}: unknown doc_id {doc_id}: no document file of that name")
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
