"""Where extraction runs: in this process, in worker processes (--jobs), or on a Dask cluster.

Every engine runs the same function, extract_chunk, on chunks of consecutive corpus items and
yields the outcomes in corpus order, whatever order the workers finish in; so the build that
merges them writes the same bytes with any engine and any number of workers. At most a few
chunks per worker are in flight, so memory does not grow with the corpus. A chunk's outcome is
made ready to write where it was extracted (rows as Arrow tables, report items as text): the
process that merges the outcomes shares the cores with the workers, so it does little.

A document whose reading or extraction raises is caught where it ran and listed as failed
(econstats.build.failures); worker processes end with the build (econstats.build.workers).
"""

from __future__ import annotations

import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

import pyarrow as pa

from econstats.build.failures import Failed, entry, failure
from econstats.build.parquet_stream import rows_table
from econstats.build.report import cap_items, document_entry, render
from econstats.build.workers import start_worker, stop
from econstats.core.chunks import chunked
from econstats.core.errors import EconstatsError
from econstats.core.model import Document, Skipped
from econstats.corpus.documents import is_html
from econstats.corpus.sources import Task, load
from econstats.dataset.checks import check_totals, load_parts_of

ENGINES = ("local", "dask")
CHUNK_DOCUMENTS = 64  # documents per chunk: a few hundred kB of news text
IN_FLIGHT_PER_WORKER = 3
Item = Task | Skipped
Outcome = dict[str, Any] | Skipped | Failed
# the report's list sections a document's result fills, besides "documents", "skipped", "failed"
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


def extract_item(item: Item, debug: bool = False) -> Outcome:
    """Load and extract one document: its report entry and result; a Skipped as it is; a
    Failed when its reading or extraction raised (with the traceback under `debug`)."""
    try:
        document = load(item) if isinstance(item, Task) else item
    except Exception as err:  # noqa: BLE001 - a bug met by one document: see failures.py
        return failure(item.doc_id, item.path, "read", err, debug)
    if isinstance(document, Skipped):
        return document
    try:
        return extract_loaded(document)
    except Exception as err:  # noqa: BLE001 - as above
        return failure(document.doc_id, document.path, "extract", err, debug)


def extract_loaded(document: Document) -> dict[str, Any]:
    """The result of a loaded document, with its report entry."""
    from econstats.dataset.document import extract_document

    result = extract_document(document)
    result["rejections"] = [asdict(rejection) for rejection in result["rejections"]]
    result["totals"] = check_totals(result["rows"], parts_of())
    result["entry"] = document_entry(document, result)
    unlisted = cap_items(result, RESULT_SECTIONS)  # its counts are the entry's, made above
    if unlisted:
        result["entry"]["unlisted"] = unlisted
    result["bytes"] = len(document.text.encode("utf-8"))
    if is_html(document.path):  # offsets index the extracted text: the build keeps it
        result["text"] = document.text
    return result


def extract_chunk(items: list[Item], debug: bool = False) -> ChunkOutcome:
    """The outcome of a chunk of items (what every engine runs): everything in item order."""
    names = ("documents", "skipped", "failed", *RESULT_SECTIONS)
    found: dict[str, list[Any]] = {name: [] for name in names}
    rows: list[dict[str, Any]] = []
    texts: list[tuple[str, str]] = []
    totals: list[dict[str, Any]] = []
    size = 0
    outcomes = [extract_item(item, debug) for item in items]
    table = chunk_table(outcomes, debug)
    for result in outcomes:
        if isinstance(result, Skipped):
            found["skipped"].append(asdict(result))
            continue
        if isinstance(result, Failed):
            found["failed"].append(entry(result))
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
        table=table,
        items={name: [render(item) for item in listed] for name, listed in found.items()},
        texts=texts,
        counts=Counter(row["topic"] for row in rows),
        totals=totals,
        documents=len(items),
        bytes=size,
    )


def chunk_table(outcomes: list[Outcome], debug: bool) -> pa.Table:
    """The rows of a chunk's documents as one Arrow table. Should a document's rows not fit
    the schema (a bug), that document's outcome becomes a Failed and the others are kept."""
    try:
        return rows_table(chunk_rows(outcomes))
    except Exception:  # noqa: BLE001 - find the documents whose rows do not convert
        for index, outcome in enumerate(outcomes):
            if isinstance(outcome, dict):
                outcomes[index] = converted(outcome, debug)
    return rows_table(chunk_rows(outcomes))


def chunk_rows(outcomes: list[Outcome]) -> list[dict[str, Any]]:
    """The rows of the extracted documents among `outcomes`, in order."""
    return [row for outcome in outcomes if isinstance(outcome, dict) for row in outcome["rows"]]


def converted(result: dict[str, Any], debug: bool) -> Outcome:
    """`result` if its rows make an Arrow table, else the Failed of its document."""
    try:
        rows_table(result["rows"])
    except Exception as err:  # noqa: BLE001 - a bug met by this document's rows
        document = result["entry"]
        return failure(document["doc_id"], document["path"], "write", err, debug)
    return result


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


def run_local(items: Iterable[Item], jobs: int, debug: bool = False) -> Iterator[ChunkOutcome]:
    """Chunk outcomes from this process (jobs 1) or from `jobs` worker processes, which end
    with this process and are stopped at once when the build is interrupted."""
    if jobs <= 1:
        for chunk in chunks(items):
            yield extract_chunk(chunk, debug)
        return
    warm_up()
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=start_worker, initargs=(os.getpid(),))
    try:
        submit = lambda chunk: pool.submit(extract_chunk, chunk, debug)  # noqa: E731
        yield from ordered(submit, items, 3 * jobs)
    except BrokenProcessPool as err:  # killed (out of memory?) or crashed: no document's fault
        stop(pool)
        raise EconstatsError(
            f"a worker process ended unexpectedly ({err}); the build stopped, the previous "
            "output is as it was: rerun, with fewer --jobs if memory ran short"
        ) from err
    except BaseException:  # Ctrl-C, SIGTERM, an error of the build, or the build closed us
        stop(pool)
        raise
    pool.shutdown(wait=True)


def warm_up() -> None:
    """Compile the parser's vocabularies before workers fork, so each need not."""
    from datetime import date

    from econstats.dataset.document import extract_document

    text = (  # a headline, a line with no figure, then figures: every prefilter group is made
        "Consumption\nThe ministry met on Monday.\nRetail sales rose 3.4 percent year on year to"
        " 4.63 trillion yuan in the first 10 months. China's exports rose 5% in October 2025."
    )
    extract_document(Document("warm-up", "warm-up.txt", text, "0" * 64, date(2025, 11, 14)))


def run_dask(
    items: Iterable[Item], jobs: int, scheduler: str | None, debug: bool = False
) -> Iterator[ChunkOutcome]:
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
        submit = _dask_submit(client, debug)
        yield from ordered(submit, items, window)
    finally:
        client.close()
        if not scheduler:
            cluster.close()


def _dask_submit(client: Any, debug: bool) -> Callable[[list[Item]], Future]:
    """submit(chunk) -> a future of extract_chunk(chunk, debug) on the cluster."""

    def submit(chunk: list[Item]) -> Future:
        return client.submit(extract_chunk, chunk, debug, pure=False)

    return submit


def run(
    engine: str, items: Iterable[Item], jobs: int, scheduler: str | None, debug: bool = False
) -> Iterator[ChunkOutcome]:
    """The outcomes of every chunk of items, in order, from the named engine (failed
    documents with their tracebacks under `debug`)."""
    if engine == "local":
        if scheduler:
            raise EconstatsError("--scheduler needs --engine dask")
        return run_local(items, jobs, debug)
    if engine == "dask":
        return run_dask(items, jobs, scheduler, debug)
    raise EconstatsError(f"unknown engine {engine!r}: use one of {', '.join(ENGINES)}")
