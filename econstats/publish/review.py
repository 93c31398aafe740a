"""econstats review: a build -> one self-contained HTML page to check every figure by eye.

Each document's text is shown with every figure marked where it stands (published with its
row, a repeat of a kept row, rejected with its reason, unclaimed with the subject found), a
filter by topic and kind, and a table of the figures linking to their places. The page needs
no network: its CSS and script are inline (review.template.html).

The page is written beside its final name and moved into place, so it is whole or absent; an
existing file at that name is replaced only when it is a review page (econstats wrote it).
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path

from econstats.build.build_out import REVIEW_PAGE
from econstats.core.errors import CorpusError, ForeignFileError
from econstats.publish.review_marks import by_document, items_of, place, read_rows
from econstats.publish.review_page import GENERATOR, Placed, render_page
from econstats.publish.review_texts import document_texts

REPORT = "report.json"


def review(
    build: Path,
    out: Path | None = None,
    corpus: Path | str | None = None,
    documents: Sequence[str] = (),
) -> Path:
    """Write the review page of `build` to `out` (default <build>/review.html); its path.

    `corpus` is where the documents are read from when the build kept no text of them
    (default: the corpus the report names); `documents` the doc_ids to show (default: all).
    Raises CorpusError when `build` holds no report or not one of `documents`.
    """
    build = Path(build)
    out = Path(out) if out is not None else build / REVIEW_PAGE
    report = read_report(build)
    placed = placed_documents(build, report, corpus, documents)
    write_page(render_page(str(build), placed, left_out(report)), out)
    return out


def placed_documents(
    build: Path, report: dict, corpus: Path | str | None = None, documents: Sequence[str] = ()
) -> list[Placed]:
    """The used documents of the build (those named, or all) with their figures placed."""
    if documents:
        report = {**report, "documents": chosen(build, report, documents)}
    items = by_document(items_of(read_rows(build), report))
    placed = []
    for document in document_texts(build, report, corpus):
        marks, unplaced = place(items.pop(document.doc_id, []), document.text)
        placed.append(Placed(document, marks, unplaced))
    return placed


def chosen(build: Path, report: dict, documents: Sequence[str]) -> list[dict]:
    """The report's entries of `documents`, in the report's order; CorpusError naming the
    doc_ids the build has not used."""
    entries = [entry for entry in report["documents"] if entry["doc_id"] in set(documents)]
    missing = sorted(set(documents) - {entry["doc_id"] for entry in entries})
    if missing:
        raise CorpusError(f"{build / REPORT}: no document {', '.join(missing)} in this build")
    return entries


def left_out(report: dict) -> str:
    """What the page cannot show: the files the build skipped and the documents that failed.

    >>> left_out({"skipped": [{}, {}], "failed": [{}]})
    '2 files skipped and 1 documents failed: see report.json'
    >>> left_out({"skipped": [], "failed": []})
    ''
    """
    skipped, failed = len(report.get("skipped", [])), len(report.get("failed", []))
    if not skipped and not failed:
        return ""
    return f"{skipped} files skipped and {failed} documents failed: see {REPORT}"


def read_report(build: Path) -> dict:
    """The build's report.json; CorpusError naming the file if it is missing or not JSON."""
    path = build / REPORT
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except FileNotFoundError as err:
        raise CorpusError(f"{path}: no build report here: give a build folder") from err
    except (json.JSONDecodeError, UnicodeDecodeError) as err:
        raise CorpusError(f"{path}: not a build report: {err}") from err


def write_page(page: str, out: Path) -> None:
    """Write `page` to `out` whole; refuse (ForeignFileError) to replace what we did not write."""
    check_replaceable_page(out)
    staging = out.parent / f".{out.name}.writing-{os.getpid()}"
    try:
        staging.write_text(page, encoding="utf-8")
        os.replace(staging, out)
    finally:
        staging.unlink(missing_ok=True)


def check_replaceable_page(out: Path) -> None:
    """Raise ForeignFileError if `out` exists and is not a review page econstats wrote."""
    if not (out.exists() or out.is_symlink()):
        return
    if out.is_symlink() or not out.is_file():
        raise ForeignFileError(f"{out}: is not a file econstats wrote; give --out a new file")
    with out.open("rb") as handle:
        head = handle.read(1024)
    if GENERATOR.encode() not in head:
        raise ForeignFileError(
            f"{out}: is not an econstats review page; it is kept: give --out a new file"
        )
