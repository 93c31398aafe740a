"""The text of each document of a build, as the build read it, for the review page.

A row's char_start/char_end index the document's decoded text. A saved web page's text (its
main content) is kept in the build's texts/<doc_id>.txt; any other document is read again
from the corpus folder (the report's `corpus`, or the one given) and decoded as the build
decoded it. A file that is missing, or whose sha256 differs from the report's (it changed
since the build), gives no text and a note saying why: its figures are listed, not placed.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from econstats.build.build_out import TEXTS
from econstats.core.model import Skipped
from econstats.corpus.documents import document_of
from econstats.corpus.sources import is_url


@dataclass(frozen=True)
class DocumentText:
    """A document's text as the build read it, or None with a note saying why not."""

    doc_id: str
    path: str
    text: str | None
    note: str = ""


def document_texts(
    build: Path, report: dict[str, Any], corpus: Path | str | None = None
) -> list[DocumentText]:
    """The text of every document the report lists as used, in the report's order."""
    folder = corpus if corpus is not None else report.get("corpus", "")
    return [text_of_document(Path(build), entry, folder) for entry in report["documents"]]


def text_of_document(build: Path, entry: dict[str, Any], corpus: Path | str) -> DocumentText:
    """One document's text: the build's kept copy, else the corpus file, checked by sha256.

    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_bytes(b"Sales rose 3%")
    >>> entry = {"doc_id": "a", "path": "news/a.txt", "sha256": hashlib.sha256(b"x").hexdigest()}
    >>> text_of_document(folder / "build", entry, folder).note
    'the file changed since the build (its sha256 differs): figures not placed'
    >>> entry["sha256"] = hashlib.sha256(b"Sales rose 3%").hexdigest()
    >>> text_of_document(folder / "build", entry, folder).text
    'Sales rose 3%'
    """
    doc_id, path = entry["doc_id"], entry["path"]
    kept = build / TEXTS / f"{doc_id}.txt"
    if kept.is_file():
        return DocumentText(doc_id, path, kept.read_text(encoding="utf-8"))
    if is_url(corpus):
        note = f"the corpus {corpus} is remote: give --corpus a local copy to see the text"
        return DocumentText(doc_id, path, None, note)
    source = Path(corpus) / posixpath.basename(path)
    try:
        raw = source.read_bytes()
    except OSError as err:
        why = err.strerror or str(err)
        note = f"{source}: cannot read ({why}): figures not placed; give --corpus its folder"
        return DocumentText(doc_id, path, None, note)
    if hashlib.sha256(raw).hexdigest() != entry.get("sha256"):
        note = "the file changed since the build (its sha256 differs): figures not placed"
        return DocumentText(doc_id, path, None, note)
    document = document_of(str(source), doc_id, raw)
    if isinstance(document, Skipped):
        return DocumentText(doc_id, path, None, f"{document.reason}: {document.note}")
    return DocumentText(doc_id, path, document.text)
