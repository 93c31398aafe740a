"""Where a build's documents come from: a local folder or an fsspec URL (s3://, gs://, ...).

list_corpus reads the folder listing and the catalog once, keeping only file names; iter_items then gives, in file-name order, a
Task per document to load (by whichever process extracts it) or a Skipped for a bad or
duplicate doc_id, exactly as econstats.corpus.iter_corpus decides. A local folder (a path, or a
file:// URL) is read by econstats.corpus itself; any other URL goes through fsspec, which must
be installed with the backend of its protocol (s3fs, gcsfs, ...).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from econstats import corpus, documents
from econstats.corpus import DOC_ID, EXTENSIONS, NO_CATALOG, Catalog, CatalogEntry
from econstats.errors import CorpusError
from econstats.model import Document, Skipped
from econstats.parquet_io import sha256_file

CATALOG = "catalog.csv"
MAX_BYTES = 50_000_000  # corpus.iter_corpus's default


@dataclass(frozen=True)
class Task:
    """One document to load and extract: its path (local) or URL, doc_id and catalog entry."""

    path: str
    doc_id: str
    entry: CatalogEntry | None
    remote: bool = False
    max_bytes: int = MAX_BYTES


@dataclass(frozen=True)
class Listing:
    """A corpus's file names (sorted) and its catalog."""

    location: str
    root: str
    names: tuple[str, ...]
    catalog: Catalog
    catalog_sha256: str | None
    remote: bool


def is_url(location: str | Path) -> bool:
    """True for "s3://bucket/news" and "file:///data/news", False for a plain path."""
    return isinstance(location, str) and "://" in location


def list_corpus(location: str | Path) -> Listing:
    """The listing of a corpus folder or URL; CorpusError when it is no folder."""
    if is_url(location):
        fs, root = filesystem(str(location))
        if "file" not in fs.protocol and "local" not in fs.protocol:
            return list_remote(str(location), fs, root)
        folder = Path(root)
    else:
        folder = Path(location)
    names = local_names(folder)
    catalog = corpus.load_catalog(folder / CATALOG)
    sha = sha256_file(folder / CATALOG) if catalog.path else None
    return Listing(str(location), str(folder), names, catalog, sha, remote=False)


def local_names(folder: Path) -> tuple[str, ...]:
    """The names corpus.corpus_files lists (sorted); CorpusError when `folder` is no folder."""
    return tuple(corpus.corpus_names(folder))


def filesystem(url: str) -> tuple[Any, str]:
    """(fsspec filesystem, path) of a URL; CorpusError naming what to install when missing."""
    try:
        import fsspec
    except ImportError as err:
        raise CorpusError(
            f"{url}: reading URLs needs fsspec: pip install 'econstats[dask]'"
        ) from err
    try:
        return fsspec.core.url_to_fs(url)
    except (ImportError, ValueError) as err:
        raise CorpusError(f"{url}: no filesystem for this URL: {err}") from err


def list_remote(location: str, fs: Any, root: str) -> Listing:
    """The listing of a corpus behind fsspec; the catalog parsed as corpus.load_catalog does."""
    try:
        found = [item for item in fs.ls(root, detail=True) if item.get("type") == "file"]
    except OSError as err:
        raise CorpusError(f"corpus folder {location}: cannot be listed: {err}") from err
    sizes = {PurePosixPath(item["name"]).name: int(item.get("size") or 0) for item in found}
    names = tuple(sorted(n for n in sizes if PurePosixPath(n).suffix.lower() in EXTENSIONS))
    root = root.rstrip("/")
    catalog, sha = Catalog({}, (NO_CATALOG,), None), None
    if CATALOG in sizes:
        try:
            raw = fs.cat_file(f"{root}/{CATALOG}")
            text, _ = corpus.decode(raw)
        except (OSError, UnicodeDecodeError) as err:
            raise CorpusError(f"{location}/{CATALOG}: cannot read the catalog: {err}") from err
        known = {PurePosixPath(name).stem for name in names}
        entries, problems = corpus._parse_catalog(text, known)
        url = f"{location.rstrip('/')}/{CATALOG}"
        catalog = Catalog(entries, tuple(f"{CATALOG} {problem}" for problem in problems), url)
        sha = hashlib.sha256(raw).hexdigest()
    return Listing(location, f"{fs.unstrip_protocol(root)}", names, catalog, sha, True)


def iter_items(listing: Listing, max_bytes: int = MAX_BYTES) -> Iterator[Task | Skipped]:
    """A Task per document, or a Skipped for a bad or duplicate doc_id, in file-name order
    (the first file of a doc_id, by name, is the document; corpus.iter_corpus decides alike)."""
    first = first_of_shared_ids(listing.names)
    for name in listing.names:
        path = f"{listing.root}/{name}" if listing.remote else str(Path(listing.root) / name)
        doc_id = PurePosixPath(name).stem
        if not DOC_ID.fullmatch(doc_id):
            note = f"doc_id {doc_id!r} must be [A-Za-z0-9_] then [A-Za-z0-9._-]"
            yield Skipped(path, "bad-doc-id", note)
        elif first.get(doc_id, name) != name:
            note = f"doc_id {doc_id} already taken by {first[doc_id]}"
            yield Skipped(path, "duplicate-doc-id", note)
        else:
            entry = listing.catalog.entries.get(doc_id)
            yield Task(path, doc_id, entry, listing.remote, max_bytes)


def first_of_shared_ids(names: tuple[str, ...]) -> dict[str, str]:
    """doc_id -> its first file name, for the valid doc_ids more than one file has (the others
    are duplicates). The names are sorted, so those of one doc_id ("a" + ".html", ".txt") form
    one block with only longer doc_ids inside ("a.b" + ".txt"); a doc_id is followed only while
    its block lasts, and memory does not grow with the corpus.

    >>> first_of_shared_ids(("a.b.txt", "a.htm", "a.hx.txt", "a.txt", "b.txt", "c d.htm", "c d.txt"))
    {'a': 'a.htm'}
    """
    first: dict[str, str] = {}
    open_ids: dict[str, str] = {}  # doc_id -> first name, while later names may share it
    for name in names:
        doc_id = PurePosixPath(name).stem
        for other in [other for other in open_ids if not name.startswith(other + ".")]:
            del open_ids[other]
        if doc_id not in open_ids:
            open_ids[doc_id] = name
        elif DOC_ID.fullmatch(doc_id):
            first.setdefault(doc_id, open_ids[doc_id])
    return first


def load(task: Task) -> Document | Skipped:
    """Read and decode one document; a bad file is a Skipped with a reason, never an error."""
    if not task.remote:
        return corpus._load(Path(task.path), task.doc_id, task.entry, task.max_bytes)
    fs, path = filesystem(task.path)
    try:
        size = fs.size(path)
        if size is not None and size > task.max_bytes:
            return Skipped(task.path, "too-large", f"{size} bytes, over max_bytes={task.max_bytes}")
        raw = fs.cat_file(path)
    except OSError as err:
        return Skipped(task.path, "unreadable", f"{type(err).__name__}: {err}")
    return document_of(task, raw)


def document_of(task: Task, raw: bytes) -> Document | Skipped:
    """The Document of a remote file's bytes, with the local corpus' checks and reasons."""
    if len(raw) > task.max_bytes:
        return Skipped(task.path, "too-large", f"grew over max_bytes={task.max_bytes} while read")
    return documents.document_of(task.path, task.doc_id, raw, task.entry)
