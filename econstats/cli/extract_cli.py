"""The extract subcommand: the observations of ad-hoc files, or of standard input (`-`).

Registering it imports nothing heavy; run_extract imports the engine when it runs.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from econstats.cli.arguments import iso_date
from econstats.core.errors import CorpusError

if TYPE_CHECKING:
    from econstats.core.model import Document

STDIN = "-"  # the file name that stands for standard input
STDIN_NAME = "<stdin>"  # how messages name it
STDIN_DOC_ID = "stdin"

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
    """Add `extract` to the command line."""
    command = sub.add_parser(
        "extract",
        help="print the observations of ad-hoc files",
        description="Print the observations of text files or saved web pages (- reads "
        "standard input); rejected figures go to standard error.",
    )
    command.add_argument(
        "files", nargs="+", help="text files or saved web pages (.html); - for standard input"
    )
    command.add_argument(
        "--published-date",
        type=iso_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the date the text was published, which 'this year' and 'last month' count from "
        "(default: a web page's own date, else none)",
    )
    command.add_argument(
        "--format",
        choices=("table", "csv", "jsonl"),
        default="table",
        help="an aligned table for people, CSV or JSON lines (every column) for tools",
    )
    command.set_defaults(handler=run_extract)


def read_document(name: str, published: date | None) -> Document:
    """One ad-hoc file (or standard input, for '-') as a Document (a web page reduced to its
    main content); raises CorpusError naming the file when it cannot be read or is no text."""
    from econstats.core.model import Skipped
    from econstats.corpus.documents import document_of

    where, doc_id = (STDIN_NAME, STDIN_DOC_ID) if name == STDIN else (name, Path(name).stem)
    try:
        raw = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
    except OSError as err:
        raise CorpusError(f"{where}: cannot read: {err}") from err
    document = document_of(where, doc_id, raw)
    if isinstance(document, Skipped):
        raise CorpusError(f"{where}: {document.reason}: {document.note}")
    return replace(document, published_date=published or document.published_date)


def run_extract(args: argparse.Namespace) -> int:
    """econstats extract: print rows as a table, CSV or JSON lines; rejections go to stderr."""
    documents = [read_document(name, args.published_date) for name in args.files]
    from econstats.cli.csv_cells import safe_row
    from econstats.cli.text_table import render_rows
    from econstats.dataset.document import extract_document  # the engine, once the files are read

    rows = []
    for document in documents:
        result = extract_document(document)
        rows.extend(result["rows"])
        for rejection in result["rejections"]:
            print(
                f"rejected {document.path}:{rejection.char_start} {rejection.value_text!r}: "
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
        sys.stdout.write(render_rows(rows, COLUMNS))
    return 0
