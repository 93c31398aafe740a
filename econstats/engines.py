"""Where extraction runs: in this process, in worker processes (--jobs), or on a Dask cluster.

Every engine runs the same function, extract_chunk, on chunks of consecutive corpus items and
yields the outcomes in corpus order, whatever order the workers finish in; so the build that
merges them writes the same bytes with any engine and any number of workers. At most a few
chunks per worker are in flight, so memory does not grow with the corpus. A chunk's outcome is
made ready to write where it was extracted (rows as Arrow tables, report items as text): the
process that merges the outcomes shares the cores with the workers, so it does little.
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

import pyarrow as pa

from econstats.checks import check_totals, load_parts_of
from econstats.chunks import chunked
from econstats.documents import is_html
from econstats.errors import EconstatsError
from econstats.model import Document, Skipped
from econstats.parquet_stream import rows_table
from econstats.report import render
from econstats.sources import Task, load

ENGINES = ("local", "dask")
CHUNK_DOCUMENTS = 64  # documents per chunk: a few hundred kB of news text
IN_FLIGHT_PER_WORKER = 3
Item = Task | Skipped
Outcome = dict[str, Any] | Skipped
# the report's list sections a document's result fills, besides "documents" and "skipped"
RESULT_SECTIONS = ("rejections", "repeats", "unclaimed", "conversions", "fx_misses")


@dataclass(frozen=True)
class ChunkOutcome:
    """What a chunk of corpus items gives the build, ready to write."""

    table: pa.Table  # the chunk's rows, all topics (parquet_stream.rows_table)
    items: dict[str, list[str]]  # report section -> its items, rendered (report.render)
    texts: list[tuple[str, str]]  # (doc_id, extracted text) of the web pages
    counts: Counter  # rows per topic
    totals: list[dict[str, Any]]  # checks.check_totals findings
    documents: int  # items of the chunk, skipped ones included
    bytes: int  # UTF-8 size of the documents' texts


def default_jobs() -> int:
    """All the cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


@cache
def parts_of() -> dict[str, str]:
    """checks.load_parts_of(), read once per process (it reads indicators.csv)."""
    return load_parts_of()


def extract_item(item: Item) -> Outcome:
    """Load and extract one document: its report entry and result; a Skipped as it is."""
    from econstats.build import document_entry, extract_document

    document = load(item) if isinstance(item, Task) else item
    if isinstance(document, Skipped):
        return document
    result = extract_document(document)
    result["rejections"] = [asdict(rejection) for rejection in result["rejections"]]
    result["totals"] = check_totals(result["rows"], parts_of())
    result["entry"] = document_entry(document, result)
    result["bytes"] = len(document.text.encode("utf-8"))
    if is_html(document.path):  # offsets index the extracted text: the build keeps it
        result["text"] = document.text
    return result


def extract_chunk(items: list[Item]) -> ChunkOutcome:
    """The outcome of a chunk of items (what every engine runs): everything in item order."""
    found: dict[str, list[Any]] = {name: [] for name in ("documents", "skipped", *RESULT_SECTIONS)}
    rows: list[dict[str, Any]] = []
    texts: list[tuple[str, str]] = []
    totals: list[dict[str, Any]] = []
    size = 0
    for item in items:
        result = extract_item(item)
        if isinstance(result, Skipped):
            found["skipped"].append(asdict(result))
            continue
        rows.extend(result["rows"])
        if "text" in result:
            texts.append((result["entry"]["doc_id"], result["text"]))
        totals.extend(result["totals"])
        found["documents"].append(result["entry"])
        for name in RESULT_SECTIONS:
            found[name].extend(result[name])
        size += result["bytes"]
    return ChunkOutcome(
        table=rows_table(rows),
        items={name: [render(item) for item in listed] for name, listed in found.items()},
        texts=texts,
        counts=Counter(row["topic"] for row in rows),
        totals=totals,
        documents=len(items),
        bytes=size,
    )


def chunks(items: Iterable[Item]) -> Iterator[list[Item]]:
    """Consecutive items, CHUNK_DOCUMENTS at a time."""
    return chunked(items, CHUNK_DOCUMENTS)


def ordered(submit: Callable[[list[Item]], Any], items: Iterable[Item], window: int):
    """Submit chunks keeping `window` in flight; yield their outcomes in corpus order."""
    pending: deque = deque()
    for chunk in chunks(items):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def run_local(items: Iterable[Item], jobs: int) -> Iterator[ChunkOutcome]:
    """Chunk outcomes from this process (jobs 1) or from `jobs` worker processes."""
    if jobs <= 1:
        for chunk in chunks(items):
            yield extract_chunk(chunk)
        return
    warm_up()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from ordered(lambda chunk: pool.submit(extract_chunk, chunk), items, 3 * jobs)


def warm_up() -> None:
    """Compile the parser's vocabularies before workers fork, so each need not."""
    from datetime import date

    from econstats.build import extract_document

    text = (  # a headline, a line with no figure, then figures: every prefilter group is made
        "Consumption\nThe ministry met on Monday.\nRetail sales rose 3.4 percent year on year to"
        " 4.63 trillion yuan in the first 10 months. China's exports rose 5% in October 2025."
    )
    extract_document(Document("warm-up", "warm-up.txt", text, "0" * 64, date(2025, 11, 14)))


def run_dask(items: Iterable[Item], jobs: int, scheduler: str | None) -> Iterator[ChunkOutcome]:
    """Chunk outcomes from a Dask cluster: the one at `scheduler`, else a local one with `jobs`
    single-threaded worker processes."""
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        raise EconstatsError("--engine dask needs dask: pip install 'econstats[dask]'") from err
    if scheduler:
        client = Client(scheduler)
        window = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info()["workers"]))
    else:
        cluster = LocalCluster(
            n_workers=jobs, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
        window = IN_FLIGHT_PER_WORKER * jobs
    try:
        submit = _dask_submit(client)
        yield from ordered(submit, items, window)
    finally:
        client.close()
        if not scheduler:
            cluster.close()


def _dask_submit(client: Any) -> Callable[[list[Item]], Future]:
    """submit(chunk) -> a future of extract_chunk(chunk) on the cluster."""

    def submit(chunk: list[Item]) -> Future:
        return client.submit(extract_chunk, chunk, pure=False)

    return submit


def run(
    engine: str, items: Iterable[Item], jobs: int, scheduler: str | None
) -> Iterator[ChunkOutcome]:
    """The outcomes of every chunk of items, in order, from the named engine."""
    if engine == "local":
        if scheduler:
            raise EconstatsError("--scheduler needs --engine dask")
        return run_local(items, jobs)
    if engine == "dask":
        return run_dask(items, jobs, scheduler)
    raise EconstatsError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
