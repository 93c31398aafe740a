"""Where a build's documents come from: a local folder or an fsspec URL (s3://, gs://, ...).

list_corpus reads the listing of every file under the folder and the catalog once, into
temporary files, so the memory of a listing does not grow with the corpus
(econstats.corpus.name_store, econstats.corpus.catalog_store); iter_items then gives, in file-name order, a
Task per document to load (by whichever process extracts it) or a Skipped for any other file
(file_names.unlisted) and for a bad or duplicate doc_id, exactly as
econstats.corpus.folder.iter_corpus decides. A local folder (a path, or a file:// URL) is read by econstats.corpus.folder itself; any other
URL goes through fsspec, which must be installed with the backend of its protocol (s3fs, ...).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any, BinaryIO

from econstats.core.checksums import sha256_file
from econstats.core.chunks import chunked
from econstats.core.errors import CorpusError
from econstats.core.model import Document, Skipped
from econstats.corpus import documents
from econstats.corpus import folder as corpus
from econstats.corpus.catalog import read_catalog
from econstats.corpus.file_names import CATALOG, is_document_name, shown, stem, unlisted
from econstats.corpus.folder import DOC_ID, NO_CATALOG, Catalog, CatalogEntry
from econstats.corpus.name_store import NameStore

MAX_BYTES = 50_000_000  # corpus.iter_corpus's default
LOOKUP_NAMES = 512  # files whose catalog entries iter_items looks up together
SPOOL_BYTES = 1 << 20  # a remote catalog is copied to a local temporary file this much at a time


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
    """A corpus's file names (iterated sorted) and its catalog, both kept in temporary files
    (econstats.corpus.temp_db) that close() frees, as does the garbage collector."""

    location: str
    root: str
    names: NameStore
    catalog: Catalog
    catalog_sha256: str | None
    remote: bool

    def close(self) -> None:
        """Free the temporary files of the names and the catalog."""
        self.names.close()
        self.catalog.close()


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
    try:
        catalog = corpus.load_catalog(folder / CATALOG, names)
    except BaseException:
        names.close()
        raise
    sha = sha256_file(folder / CATALOG) if catalog.path else None
    return Listing(str(location), str(folder), names, catalog, sha, remote=False)


def local_names(folder: Path) -> NameStore:
    """The names corpus.corpus_files lists; CorpusError when `folder` is no folder."""
    return NameStore(corpus.listed_names(folder))


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
        found = fs.find(root, withdirs=False)  # every file under root, subfolders' too
    except OSError as err:
        raise CorpusError(f"corpus folder {location}: cannot be listed: {err}") from err
    prefix = root.rstrip("/") + "/"
    files = dict.fromkeys(  # once each, relative to root
        name[len(prefix) :] if name.startswith(prefix) else PurePosixPath(name).name
        for name in found
    )
    del found
    names = NameStore(name for name in files if name != CATALOG)
    root = root.rstrip("/")
    catalog, sha = Catalog({}, (NO_CATALOG,), None), None
    if CATALOG in files:
        url = f"{location.rstrip('/')}/{CATALOG}"
        with tempfile.TemporaryFile() as spool:  # local and seekable; gone when closed
            try:
                sha = spool_file(fs, f"{root}/{CATALOG}", spool)
                spool.seek(0)
                entries, problems = read_catalog(spool, names)
            except (OSError, UnicodeDecodeError) as err:
                names.close()
                raise CorpusError(f"{location}/{CATALOG}: cannot read the catalog: {err}") from err
        listed = tuple(f"{CATALOG} {problem}" for problem in problems.listed)
        catalog = Catalog(entries, listed, url, problems.unlisted)
    return Listing(location, f"{fs.unstrip_protocol(root)}", names, catalog, sha, True)


def spool_file(fs: Any, path: str, spool: BinaryIO) -> str:
    """Copy a remote file into a local binary file, a block at a time; its sha256."""
    digest = hashlib.sha256()
    with fs.open(path, "rb") as remote:
        for block in iter(lambda: remote.read(SPOOL_BYTES), b""):
            digest.update(block)
            spool.write(block)
    return digest.hexdigest()


def iter_items(listing: Listing, max_bytes: int = MAX_BYTES) -> Iterator[Task | Skipped]:
    """A Task per document, or a Skipped for a bad or duplicate doc_id, in file-name order
    (the first file of a doc_id, by name, is the document; corpus.iter_corpus decides alike).
    Catalog entries are looked up LOOKUP_NAMES files at a time."""
    folder = f"{listing.root}/" if listing.remote else str(Path(listing.root) / "x")[:-1]
    # folder + name == str(Path(listing.root) / name) locally, without a Path per name
    for part in chunked(with_first_names(listing.names), LOOKUP_NAMES):
        whys = [unlisted(name) for name, _, _ in part]
        pairs = zip(part, whys, strict=True)
        wanted = (doc_id for (name, doc_id, first), why in pairs if first == name and not why)
        entries = listing.catalog.entries_for(filter(DOC_ID.fullmatch, wanted))
        for (name, doc_id, first), why in zip(part, whys, strict=True):
            path = folder + name
            if why:
                yield Skipped(shown(path), *why)
            elif not DOC_ID.fullmatch(doc_id):
                yield Skipped(path, "bad-doc-id", corpus.bad_doc_id(doc_id))
            elif first != name:
                note = f"doc_id {doc_id} already taken by {first}"
                yield Skipped(path, "duplicate-doc-id", note)
            else:
                yield Task(path, doc_id, entries.get(doc_id), listing.remote, max_bytes)


def with_first_names(names: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(name, doc_id, the first document name with that doc_id) per name of the sorted
    `names`: a document name that is not the first of its doc_id is a duplicate (a name that is
    no document's, file_names.is_document_name, is its own first). Those of one doc_id ("a" +
    ".html", ".txt") form one block with only longer doc_ids inside ("a.b" + ".txt"); a doc_id
    is followed only while its block lasts, and memory does not grow with the corpus.

    >>> names = ["a.b.txt", "a.htm", "a.hx.txt", "a.md", "a.txt", "b.txt", "c d.htm", "c d.txt"]
    >>> [(name, first) for name, _, first in with_first_names(names) if first != name]
    [('a.txt', 'a.htm'), ('c d.txt', 'c d.htm')]
    """
    open_ids: dict[str, str] = {}  # doc_id -> first name, while later names may share it
    for name in names:
        doc_id = stem(name)
        for other in [other for other in open_ids if not name.startswith(other + ".")]:
            del open_ids[other]
        yield name, doc_id, open_ids.setdefault(doc_id, name) if is_document_name(name) else name


def load(task: Task) -> Document | Skipped:
    """Read and decode one document; a bad file is a Skipped with a reason, never an error."""
    if not task.remote:
        return corpus._load(task.path, task.doc_id, task.entry, task.max_bytes)
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
