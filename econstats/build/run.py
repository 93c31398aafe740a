"""corpus -> extractors -> validate -> one Parquet file per topic + report.json.

The build folder is written beside its final place and moved there only when complete, under
the data folder's lock, so a crash never leaves half a build. It replaces only a folder an
earlier build wrote, never the corpus or a person's files (econstats.build.build_out).
"""

from __future__ import annotations

import os
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

from econstats import __version__
from econstats.build import engines
from econstats.build.build_out import check_out, check_replaceable, stamp
from econstats.build.data_lock import data_lock
from econstats.build.parquet_stream import RowSink
from econstats.build.progress import BuildProgress
from econstats.build.report import ReportWriter, Section
from econstats.corpus.sources import Listing, is_url, iter_items, list_corpus
from econstats.dataset.fx import build_rates, source_info
from econstats.dataset.parquet_io import dataset_metadata
from econstats.extractors import EXTRACTORS

REPORT = "report.json"
TEXTS = "texts"  # the extracted text of each web page: its rows' offsets index it


def build(
    corpus: Path | str,
    out: Path,
    jobs: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
    debug: bool = False,
) -> dict[str, Any]:
    """Build the corpus (a folder, or an fsspec URL) into `out`: one Parquet file per topic and
    report.json; the report, whose list sections are read from report.json when used.

    `jobs` worker processes (or Dask workers, for engine "dask"; `scheduler` names a running
    cluster) extract the documents; the output is the same, byte for byte, for any of them.
    A document whose reading or extraction raises is listed under `failed` (with the traceback
    under `debug`) and the others are built.
    """
    location = corpus if is_url(corpus) else Path(corpus)
    out = Path(out)
    check_out(location, out)  # before anything is written
    listing = list_corpus(location)
    out.parent.mkdir(parents=True, exist_ok=True)
    with data_lock(out.parent):
        clear_leftovers(out)
        check_out(location, out)  # a killed build's output may have been put back
        staging = out.parent / f".{out.name}.staging-{os.getpid()}"
        scratch = out.parent / f".{out.name}.spill-{os.getpid()}"
        for folder in (staging, scratch):
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
        try:
            how = (jobs, engine, scheduler, debug)
            fields, counts = collect(listing, staging, scratch, how, progress)
            swap(staging, out)
        finally:
            listing.close()  # its temporary name and catalog stores
            shutil.rmtree(scratch, ignore_errors=True)
            shutil.rmtree(staging, ignore_errors=True)
    sections = {name: Section(out / REPORT, name, count) for name, count in counts.items()}
    return {**fields, **sections}


def clear_leftovers(out: Path) -> None:
    """Tidy after a build that was killed (the lock is ours): remove its staging and spill
    folders, and put back the previous build if it was killed between the two renames."""
    for folder in sorted(out.parent.glob(f".{out.name}.previous-*")):
        if out.exists():
            shutil.rmtree(folder, ignore_errors=True)
        else:
            os.replace(folder, out)
    for pattern in (f".{out.name}.staging-*", f".{out.name}.spill-*"):
        for folder in out.parent.glob(pattern):
            shutil.rmtree(folder, ignore_errors=True)


def keep_text(staging: Path, doc_id: str, text: str) -> None:
    """Keep the text a web page was reduced to, so each row's offsets can be checked."""
    folder = staging / TEXTS
    folder.mkdir(exist_ok=True)
    (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")


def collect(
    listing: Listing, staging: Path, scratch: Path, how: tuple, progress: bool
) -> tuple[dict[str, Any], dict[str, int]]:
    """Extract every document, writing the Parquet files and report.json into `staging`;
    (the report's other fields, the item count of each list section)."""
    jobs, engine, scheduler, debug = how
    if engine == "local":  # no more processes than chunks of documents
        jobs = max(1, min(jobs, -(-len(listing.names) // engines.CHUNK_DOCUMENTS)))
    report = ReportWriter(scratch, new_report(listing))
    sink = RowSink(scratch, [extractor.NAME for extractor in EXTRACTORS])
    counts: Counter = Counter()
    totals: list[dict[str, Any]] = []
    try:
        with BuildProgress(len(listing.names), progress) as bar:
            for chunk in engines.run(engine, iter_items(listing), jobs, scheduler, debug):
                sink.add_table(chunk.table)
                for doc_id, text in chunk.texts:
                    keep_text(staging, doc_id, text)
                counts.update(chunk.counts)
                totals.extend(chunk.totals)
                for name, texts in chunk.items.items():
                    report.add_rendered(name, texts)
                bar.advance(chunk.bytes, chunk.documents)
        sink.write(staging, dataset_metadata("build"))
    finally:
        sink.close()
    fields = {
        # per document, findings are sorted already: sorting by doc_id gives check_totals' order
        "totals": sorted(totals, key=lambda finding: finding["doc_id"]),
        "counts": dict(sorted(counts.items())),
    }
    report.write(staging / REPORT, fields)
    return {**report.fields, **fields}, report.counts


def new_report(listing: Listing) -> dict[str, Any]:
    """An empty build report (totals and counts are added when it is written)."""
    catalog = listing.catalog
    return {
        "econstats_version": __version__,
        "corpus": listing.location,
        "catalog": {
            "path": catalog.path,
            "sha256": listing.catalog_sha256,
            "problems": list(catalog.problems),
            "problems_unlisted": catalog.unlisted_problems,  # beyond catalog.MAX_PROBLEMS
        },
        "documents": [],
        "skipped": [],
        "failed": [],
        "rejections": [],
        "repeats": [],
        "unclaimed": [],
        "conversions": [],
        "fx": source_info(build_rates()),
        "fx_misses": [],
    }


def swap(staging: Path, out: Path) -> None:
    """Stamp the finished build and move it into place; a previous build (checked again: it
    may have changed while this one ran) is removed only after."""
    stamp(staging)
    check_replaceable(out)
    previous = out.parent / f".{out.name}.previous-{os.getpid()}"
    if out.exists():
        os.replace(out, previous)
    os.replace(staging, out)
    shutil.rmtree(previous, ignore_errors=True)
