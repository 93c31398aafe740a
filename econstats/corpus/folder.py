"""The corpus folder: every file under it becomes a Document or a Skipped with a reason.

Only a file of the folder itself named <doc_id>.txt/.html/.htm is read; any other file (in a
subfolder, of another kind, with a name that is not UTF-8) is listed with its reason
(econstats.corpus.file_names), so nothing in a corpus goes unmentioned.

Nothing outside the folder is read: the catalog (econstats.corpus.catalog) only annotates documents
by doc_id (a doc_id is a plain name, never a path), and a document or catalog that is a symlink
resolving outside the folder is not followed. Only regular files are opened, so a FIFO never
blocks a build.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from econstats.core.errors import CorpusError
from econstats.core.model import Document, Skipped
from econstats.corpus.catalog import DOC_ID, NO_CATALOG, Catalog, read_catalog
from econstats.corpus.catalog_store import CatalogEntry
from econstats.corpus.decoding import UndecodableError, decode, sniff_binary
from econstats.corpus.documents import document_of
from econstats.corpus.file_names import CATALOG, EXTENSIONS, shown, stem, unlisted
from econstats.corpus.name_store import NameStore

__all__ = ["EXTENSIONS", "UndecodableError", "decode", "sniff_binary"]  # re-exported

Item = Document | Skipped


def corpus_files(folder: Path) -> list[Path]:
    """Every file under `folder` but its catalog.csv (corpus_names), as paths; CorpusError if
    `folder` is no folder."""
    folder = Path(folder)
    return [folder / name for name in corpus_names(folder)]


def corpus_names(folder: Path) -> list[str]:
    """The names listed_names gives, sorted."""
    return sorted(listed_names(folder))


def listed_names(folder: Path | str) -> Iterator[str]:
    """Every file under `folder` but its own catalog.csv, as a path relative to it with "/"
    between folders, one at a time (a listing of a large corpus need not hold them all).

    Whatever a file is (a link, a FIFO, a link to a folder) it is listed, to be accounted
    for; subfolders are walked, links to folders are not followed, and a subfolder that cannot
    be listed is named with a final "/" (file_names.unlisted: `unreadable`). CorpusError if
    `folder` is no folder or cannot be listed, raised as soon as the first name is asked for.
    """
    if not Path(folder).is_dir():
        raise CorpusError(
            f"corpus folder {shown(str(folder))}: does not exist or is not a directory"
        )
    pending = [""]  # subfolders still to list, as "sub/" prefixes; "" is the folder itself
    while pending:
        prefix = pending.pop()
        try:
            with os.scandir(os.path.join(folder, prefix)) as entries:
                for entry in entries:
                    name = prefix + entry.name
                    if _is_subfolder(entry):
                        pending.append(name + "/")
                    elif name != CATALOG:
                        yield name
        except OSError as err:
            if not prefix:
                where = shown(str(folder))
                raise CorpusError(f"corpus folder {where}: cannot be listed: {err}") from err
            yield prefix  # listed as unreadable


def _is_subfolder(entry: os.DirEntry) -> bool:
    """A folder is walked; a link to one is listed like any file (and never followed)."""
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False  # cannot even stat it: listed, and reported as unreadable


def iter_corpus(folder: Path, catalog: Catalog, max_bytes: int = 50_000_000) -> Iterator[Item]:
    """A Document or a Skipped per file, by name; CorpusError at once if `folder` is no folder.
    (sources.iter_items decides alike, for a build.)"""
    return _iter_names(str(folder), corpus_names(folder), catalog, max_bytes)


def _iter_names(folder: str, names: list[str], catalog: Catalog, max_bytes: int) -> Iterator[Item]:
    """Check each name, then its doc_id, then load the file."""
    seen: dict[str, str] = {}
    for name in names:
        path = os.path.join(folder, name)
        why = unlisted(name)
        doc_id = stem(name)
        if why:
            yield Skipped(shown(path), *why)
        elif not DOC_ID.fullmatch(doc_id):
            yield Skipped(path, "bad-doc-id", bad_doc_id(doc_id))
        elif doc_id in seen:
            note = f"doc_id {doc_id} already taken by {seen[doc_id]}"
            yield Skipped(path, "duplicate-doc-id", note)
        else:
            seen[doc_id] = name
            yield _load(path, doc_id, catalog.entries.get(doc_id), max_bytes)


def bad_doc_id(doc_id: str) -> str:
    """The note of a file whose doc_id breaks the rule."""
    return f"doc_id {doc_id!r} must be [A-Za-z0-9_] then [A-Za-z0-9._-]"


def _load(path: Path | str, doc_id: str, entry: CatalogEntry | None, max_bytes: int) -> Item:
    """Read, sniff and decode one file; never raises for a bad file."""
    where = str(path)
    try:
        info = os.lstat(where)  # one call tells a link from a file; a file's lstat is its stat
        if stat.S_ISLNK(info.st_mode):
            link = Path(where)
            if not link.exists():
                return Skipped(where, "broken-symlink", f"points to {os.readlink(link)}")
            outside = _outside(link)
            if outside:
                return Skipped(where, "outside-corpus", outside)
            info = link.stat()
        raw = _read_regular(where, max_bytes, info)
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


def _read_regular(
    path: Path | str, max_bytes: int | None, info: os.stat_result | None = None
) -> bytes | Skipped:
    """The bytes of a regular file of at most `max_bytes`, else a Skipped (path left empty);
    `info`: the file's stat, when the caller has it.

    A FIFO or device named like a document is refused before it is opened, so it cannot
    block the build.
    """
    info = info or os.stat(path)
    if not stat.S_ISREG(info.st_mode):
        return Skipped("", "not-a-file", f"not a regular file ({stat.filemode(info.st_mode)})")
    if max_bytes is not None and info.st_size > max_bytes:
        return Skipped("", "too-large", f"{info.st_size} bytes, over max_bytes={max_bytes}")
    with Path(path).open("rb") as handle:
        # read(n) allocates n bytes first: ask for the size stat gave (plus one, to see growth),
        # not max_bytes, or every small file costs a max_bytes allocation (issue 7)
        raw = handle.read() if max_bytes is None else handle.read(min(info.st_size, max_bytes) + 1)
        if max_bytes is not None and len(raw) > info.st_size:
            raw += handle.read(max_bytes + 1 - len(raw))
    if max_bytes is not None and len(raw) > max_bytes:
        return Skipped("", "too-large", f"grew over max_bytes={max_bytes} while read")
    return raw


def load_catalog(path: Path, names: NameStore | Sequence[str] | None = None) -> Catalog:
    """Read a catalog.csv; a missing file is not an error, just a problem.

    Bad rows become problems and are left out; good rows still load, into a temporary file
    (catalog.read_catalog): close the catalog when done, or let it be garbage-collected.
    `names` are the folder's names (a NameStore, or the sorted corpus_names, which are listed
    when not given). A catalog that is a
    symlink out of the corpus folder is ignored with a problem. Raises CorpusError when the
    file exists but cannot be read or decoded.
    """
    path = Path(path)
    if not path.exists() and not path.is_symlink():
        return Catalog({}, (NO_CATALOG,), None)
    try:
        why = _outside(path) or _irregular(path)
    except OSError as err:
        raise CorpusError(f"{path}: cannot read the catalog: {err}") from err
    if why:
        return Catalog({}, (f"{path.name}: {why}; catalog ignored", NO_CATALOG), None)
    names = corpus_names(path.parent) if names is None else names
    try:
        with path.open("rb") as handle:
            entries, problems = read_catalog(handle, names)
    except (OSError, UndecodableError) as err:
        raise CorpusError(f"{path}: cannot read the catalog: {err}") from err
    listed = tuple(f"{path.name} {problem}" for problem in problems.listed)
    return Catalog(entries, listed, str(path), problems.unlisted)


def _irregular(path: Path) -> str | None:
    """Why `path` is not read as a catalog: no regular file (a FIFO could block the build)."""
    mode = path.stat().st_mode
    return None if stat.S_ISREG(mode) else f"not a regular file ({stat.filemode(mode)})"
