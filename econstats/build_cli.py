"""The build and extract subcommands."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from econstats.build import build, extract_document
from econstats.csv_cells import safe_row
from econstats.documents import document_of
from econstats.engines import ENGINES, default_jobs
from econstats.errors import CorpusError
from econstats.failures import summary
from econstats.model import Document, Skipped
from econstats.progress import wanted

DOCUMENTS_FAILED = 4  # the exit code of a build that set documents aside (report: "failed")
FAILED_NAMED = 20  # failed documents named on the console; report.json lists them all

COLUMNS = (
    "indicator",
    "breakdown",
    "subject",
    "entity",
    "counterpart_area",
    "measure",
    "value",
    "unit",
    "qualifier",
    "status",
    "period",
    "value_text",
)


def register(sub: argparse._SubParsersAction) -> None:
    """Add `build` and `extract` to the command line."""
    build_parser = sub.add_parser("build", help="build the dataset from a corpus folder")
    build_parser.add_argument(
        "--corpus", default="seeds", help="corpus folder, or an fsspec URL (s3://bucket/news)"
    )
    build_parser.add_argument("--out", type=Path, default=Path("data/build"))
    build_parser.add_argument(
        "--strict", action="store_true", help="exit 1 if any figure was rejected"
    )
    build_parser.add_argument(
        "--jobs",
        type=positive,
        default=default_jobs(),
        help="worker processes (default: all cores); the output does not depend on it",
    )
    build_parser.add_argument(
        "--engine", choices=ENGINES, default="local", help="local processes, or a Dask cluster"
    )
    build_parser.add_argument(
        "--scheduler", default=None, help="address of a running Dask scheduler (tcp://host:8786)"
    )
    build_parser.add_argument("--quiet", action="store_true", help="no progress bar")
    build_parser.set_defaults(handler=run_build)
    extract_parser = sub.add_parser("extract", help="print the observations of ad-hoc files")
    extract_parser.add_argument("files", type=Path, nargs="+")
    extract_parser.add_argument("--published-date", type=date.fromisoformat, default=None)
    extract_parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    extract_parser.set_defaults(handler=run_extract)


def positive(text: str) -> int:
    """An argparse type: an integer of at least 1."""
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a positive integer")
    return value


def run_build(args: argparse.Namespace) -> int:
    """econstats build: write the build and print a short summary; exit DOCUMENTS_FAILED when
    a document failed, else 1 for rejections under --strict, else 0."""
    report = build(
        args.corpus,
        args.out,
        jobs=args.jobs,
        engine=args.engine,
        scheduler=args.scheduler,
        progress=wanted(args.quiet),
        debug=args.debug,
    )
    rows = sum(report["counts"].values())
    failed = len(report["failed"])
    print(
        f"built {args.out}: {rows} rows from {len(report['documents'])} documents "
        f"({len(report['skipped'])} skipped" + (f", {failed} failed)" if failed else ")")
    )
    for topic, count in report["counts"].items():
        print(f"  {topic:<10} {count}")
    print(
        f"  rejected {len(report['rejections'])}, repeats {len(report['repeats'])}, "
        f"unclaimed figures {len(report['unclaimed'])}; see {args.out / 'report.json'}"
    )
    if failed:
        print_failed(report["failed"], args.out / "report.json")
        return DOCUMENTS_FAILED
    return 1 if args.strict and report["rejections"] else 0


def print_failed(failed: Sequence[dict], report: Path) -> None:
    """Name the documents the build left out (the first FAILED_NAMED) after the summary."""
    print(f"  failed {len(failed)} documents, left out of the build:")
    for item in failed[:FAILED_NAMED]:
        print(f"    {summary(item)}")
    if len(failed) > FAILED_NAMED:
        print(f"    ... {len(failed) - FAILED_NAMED} more")
    print(f'  see "failed" in {report} (with tracebacks under --debug)')


def read_document(path: Path, published: date | None) -> Document:
    """One ad-hoc file as a Document (a web page reduced to its main content); raises
    CorpusError naming the file when it cannot be read or is no text."""
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise CorpusError(f"{path}: cannot read: {err}") from err
    document = document_of(str(path), path.stem, raw)
    if isinstance(document, Skipped):
        raise CorpusError(f"{path}: {document.reason}: {document.note}")
    return replace(document, published_date=published or document.published_date)


def run_extract(args: argparse.Namespace) -> int:
    """econstats extract: print rows as a table, CSV or JSON lines; rejections go to stderr."""
    rows = []
    for path in args.files:
        result = extract_document(read_document(path, args.published_date))
        rows.extend(result["rows"])
        for rejection in result["rejections"]:
            print(
                f"rejected {path}:{rejection.char_start} {rejection.value_text!r}: "
                f"{rejection.reason} ({rejection.note})",
                file=sys.stderr,
            )
    if args.format == "jsonl":
        for row in rows:
            print(json.dumps(row, ensure_ascii=False, default=str, sort_keys=True))
    elif args.format == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]) if rows else COLUMNS)
        writer.writeheader()
        writer.writerows(safe_row(row) for row in rows)  # no cell runs as a formula
    else:
        print("  ".join(COLUMNS))
        for row in rows:
            print("  ".join("" if row[c] is None else str(row[c]) for c in COLUMNS))
    return 0
