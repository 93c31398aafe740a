"""Topic Parquet files from a stream of rows, in bounded memory, byte-identical to write_table.

Rows arrive chunk by chunk (an Arrow table per chunk of documents, made by the worker that
extracted them: rows_table), in no useful order, and a build may hold far more of them than fit
in memory. RowSink keeps a small buffer of them; when it fills, and at the end, each topic's
rows become a sorted Arrow run appended to that topic's spill file (Arrow IPC, small batches).
Each topic is then merged from its runs (a k-way merge on the sort key) and written one row
group at a time with the same writer options as parquet_io.write_table, so the file has the
same bytes as write_table of all its rows. Memory is then bounded by one row group
(parquet_io.ROW_GROUP_SIZE rows) and the buffer.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from econstats.dataset import parquet_io
from econstats.dataset.arrow import observation_schema
from econstats.dataset.parquet_io import SORT_KEYS, TIE_BREAK, sort_rows, write_table

KEYS = (*SORT_KEYS, TIE_BREAK)
FLUSH_ROWS = 4096  # rows buffered over all topics before they are spilled as runs
BATCH_ROWS = 32  # rows per spilled batch: a merge holds one batch per run (70 runs at 1 GB)


def writer_options() -> dict[str, Any]:
    """The options parquet_io.write_table passes to pyarrow (tests check the bytes agree)."""
    return {
        "compression": parquet_io.COMPRESSION,
        "compression_level": parquet_io.COMPRESSION_LEVEL,
        "use_dictionary": True,
        "write_statistics": True,
        "store_schema": True,
        "version": parquet_io.PARQUET_FORMAT_VERSION,
        "data_page_version": "1.0",
        "write_page_index": False,
    }


class TopicSpill:
    """One topic's sorted runs in an Arrow IPC file; runs[i] lists its batch numbers."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.writer = pa.ipc.new_file(str(path), observation_schema())
        self.batches = 0
        self.runs: list[range] = []

    def add_run(self, table: pa.Table) -> None:
        """Append one sorted run."""
        first = self.batches
        for batch in table.to_batches(max_chunksize=BATCH_ROWS):
            self.writer.write_batch(batch)
            self.batches += 1
        self.runs.append(range(first, self.batches))


def rows_table(rows: Iterable[dict[str, Any]]) -> pa.Table:
    """Rows of any topics as one Arrow table, in their order (one table per chunk of documents:
    each table costs some 100 us however few its rows)."""
    return pa.Table.from_pylist(list(rows), schema=observation_schema())


def by_topic(table: pa.Table) -> Iterator[tuple[str, pa.Table]]:
    """(topic, its rows) of a table sorted by topic."""
    start = 0
    for topic, group in itertools.groupby(table.column("topic").to_pylist()):
        count = sum(1 for _ in group)
        yield topic, table.slice(start, count)
        start += count


class RowSink:
    """Collects rows of every topic; write() makes one Parquet file per topic."""

    def __init__(self, folder: Path, topics: Iterable[str], flush_rows: int | None = None) -> None:
        self.folder = Path(folder)
        self.topics = tuple(topics)
        self.flush_rows = flush_rows or FLUSH_ROWS
        self.buffer: list[pa.Table] = []
        self.buffered = 0
        self.spills: dict[str, TopicSpill] = {}

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        """Take rows as dicts."""
        self.add_table(rows_table(rows))

    def add_table(self, table: pa.Table) -> None:
        """Take rows of any topics as rows_table gives them."""
        if table.num_rows:
            self.buffer.append(table)
            self.buffered += table.num_rows
        if self.buffered >= self.flush_rows:
            self.flush()

    def flush(self) -> None:
        """Spill the buffered rows as one sorted run per topic (a row of a topic the sink was
        not made for raises KeyError)."""
        if not self.buffer:
            return
        table = sort_rows(pa.concat_tables(self.buffer))
        self.buffer, self.buffered = [], 0
        for topic, rows in by_topic(table):
            if topic not in self.topics:
                raise KeyError(f"rows of topic {topic!r}, not one of {', '.join(self.topics)}")
            if topic not in self.spills:
                self.spills[topic] = TopicSpill(self.folder / f"{topic}.arrow")
            self.spills[topic].add_run(rows)

    def write(self, folder: Path, metadata: dict[str, str]) -> None:
        """One Parquet file per topic in `folder` (an empty one for a topic with no rows); the
        spill files are removed."""
        self.flush()
        for topic in self.topics:
            path = Path(folder) / f"{topic}.parquet"
            if topic not in self.spills:
                write_table(observation_schema().empty_table(), path, metadata)
                continue
            spill = self.spills[topic]
            spill.writer.close()
            write_merged(spill, path, metadata)
            spill.path.unlink()

    def close(self) -> None:
        """Close and remove the spill files (after a failure)."""
        for spill in self.spills.values():
            spill.writer.close()
            spill.path.unlink(missing_ok=True)


def write_merged(spill: TopicSpill, path: Path, metadata: dict[str, str]) -> None:
    """Merge a topic's runs into a Parquet file, one row group at a time."""
    schema = observation_schema(dict(sorted(metadata.items())))
    # read, not memory-mapped: mapped pages of the spill file would count as resident memory
    with pa.OSFile(str(spill.path), "rb") as source:
        reader = pa.ipc.open_file(source)
        with pq.ParquetWriter(path, schema, **writer_options()) as writer:
            for group in merge_runs(reader, spill.runs, parquet_io.ROW_GROUP_SIZE):
                table = pa.Table.from_arrays(group.combine_chunks().columns, schema=schema)
                writer.write_table(table, row_group_size=parquet_io.ROW_GROUP_SIZE)
                del table, group
                # Arrow's allocator keeps freed memory for reuse: a merge allocates its whole
                # topic batch by batch, so without this, resident memory grew with the corpus
                pa.default_memory_pool().release_unused()


class Cursor:
    """Reads one run batch by batch, with the sort keys of the current batch as tuples."""

    def __init__(self, reader: pa.ipc.RecordBatchFileReader, batches: range) -> None:
        self.reader, self.pending = reader, iter(batches)
        self.batch: pa.RecordBatch | None = None
        self.keys: list[tuple] = []
        self.row = 0
        self.next_batch()

    def next_batch(self) -> None:
        """Load the run's next batch, or mark the run done."""
        number = next(self.pending, None)
        self.batch = None if number is None else self.reader.get_batch(number)
        self.row = 0
        if self.batch is not None:
            self.keys = list(
                zip(*(self.batch.column(key).to_pylist() for key in KEYS), strict=True)
            )


def merge_runs(
    reader: pa.ipc.RecordBatchFileReader, runs: list[range], group_rows: int
) -> Iterator[pa.Table]:
    """Tables of up to `group_rows` rows, in sort-key order over all runs (earlier run first
    on equal keys, as a stable sort of the runs' concatenation would give)."""
    cursors = [Cursor(reader, run) for run in runs]
    heap = [(cursor.keys[0], number) for number, cursor in enumerate(cursors) if cursor.batch]
    heapq.heapify(heap)
    sources: list[pa.RecordBatch] = []
    where: dict[int, int] = {}  # id(batch) -> its offset in the concatenated sources
    picks: list[int] = []
    offset = 0
    while heap:
        _, number = heapq.heappop(heap)
        cursor = cursors[number]
        if id(cursor.batch) not in where:
            where[id(cursor.batch)] = offset
            sources.append(cursor.batch)
            offset += cursor.batch.num_rows
        picks.append(where[id(cursor.batch)] + cursor.row)
        cursor.row += 1
        if cursor.row == cursor.batch.num_rows:
            cursor.next_batch()
        if cursor.batch is not None:
            heapq.heappush(heap, (cursor.keys[cursor.row], number))
        if len(picks) == group_rows or not heap:
            yield pa.Table.from_batches(sources).take(pa.array(picks, pa.int64()))
            sources, where, picks, offset = [], {}, [], 0
