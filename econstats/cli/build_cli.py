"""The build subcommand, and its summary on the console.

Registering it imports nothing heavy; run_build imports the engine when it runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from econstats.cli.arguments import positive

DOCUMENTS_FAILED = 4  # the exit code of a build that set documents aside (report: "failed")
FAILED_NAMED = 20  # failed documents named on the console; report.json lists them all
CATALOG_NAMED = 10  # catalog problems named on the console; report.json lists the first 1000
ENGINES = ("local", "dask")  # econstats.build.engines.ENGINES, here without importing the engine


def register(sub: argparse._SubParsersAction) -> None:
    """Add `build` to the command line."""
    command = sub.add_parser(
        "build",
        help="build the dataset from a corpus folder",
        description="Build the dataset (one Parquet file per topic and report.json) from a "
        "corpus folder of text files and saved web pages, with its catalog.csv.",
    )
    command.add_argument(
        "--corpus", default="seeds", help="corpus folder, or an fsspec URL (s3://bucket/news)"
    )
    command.add_argument(
        "--out", type=Path, default=Path("data/build"), help="the build folder to write"
    )
    command.add_argument("--strict", action="store_true", help="exit 1 if any figure was rejected")
    command.add_argument(
        "--jobs",
        type=positive,
        default=None,
        help="worker processes (default: all the cores this process may use); "
        "the output does not depend on it",
    )
    command.add_argument(
        "--engine", choices=ENGINES, default="local", help="local processes, or a Dask cluster"
    )
    command.add_argument(
        "--scheduler",
        default=None,
        help="address of a running Dask scheduler, tcp://host:8786 (default: a local cluster)",
    )
    command.add_argument(
        "--quiet",
        action="store_true",
        help="no progress (else a bar on a terminal, a line every few seconds elsewhere)",
    )
    command.set_defaults(handler=run_build)


def run_build(args: argparse.Namespace) -> int:
    """econstats build: write the build and print a short summary; exit DOCUMENTS_FAILED when
    a document failed, else 1 for rejections under --strict, else 0."""
    from econstats.build.engines import default_jobs
    from econstats.build.progress import wanted
    from econstats.build.run import build

    report = build(
        args.corpus,
        args.out,
        jobs=args.jobs or default_jobs(),
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
    print_catalog(report)
    if failed:
        print_failed(report["failed"], args.out / "report.json")
        return DOCUMENTS_FAILED
    return 1 if args.strict and report["rejections"] else 0


def print_failed(failed: Sequence[dict], report: Path) -> None:
    """Name the documents the build left out (the first FAILED_NAMED) after the summary."""
    from econstats.build.failures import summary

    print(f"  failed {len(failed)} documents, left out of the build:")
    for item in failed[:FAILED_NAMED]:
        print(f"    {summary(item)}")
    if len(failed) > FAILED_NAMED:
        print(f"    ... {len(failed) - FAILED_NAMED} more")
    print(f'  see "failed" in {report} (with tracebacks under --debug)')


def print_catalog(report: dict) -> None:
    """Say what is wrong with the catalog (the first CATALOG_NAMED problems, and how many
    more), and how many documents have no published_date; nothing when all is well."""
    catalog = report.get("catalog") or {}
    problems = list(catalog.get("problems") or ())
    count = len(problems) + int(catalog.get("problems_unlisted") or 0)
    if count:
        where = f" {catalog['path']}" if catalog.get("path") else ""
        print(f"  catalog{where}: {count} problem{'s' if count > 1 else ''}")
        for problem in problems[:CATALOG_NAMED]:
            print(f"    {problem}")
        if count > CATALOG_NAMED:
            print(f'    ... {count - CATALOG_NAMED} more (under "catalog" in report.json)')
    undated = sum(1 for item in report["documents"] if not item.get("published_date"))
    if undated:
        print(
            f"  {undated} document{'s' if undated > 1 else ''} without a published_date: "
            "'this year' cannot be resolved there"
        )
