"""corpus -> extractors -> validate -> one Parquet file per topic + report.json.

The build folder is written beside its final place and moved there only when complete, under
the data folder's lock, so a crash never leaves half a build.
"""

from __future__ import annotations

import json
import os
import shutil
from collections import Counter
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pyarrow as pa

from econstats import __version__
from econstats.arrow import observation_schema
from econstats.checks import check_totals, load_parts_of
from econstats.corpus import iter_corpus, load_catalog
from econstats.extractors import EXTRACTORS
from econstats.fx import build_rates, source_info
from econstats.model import Document, Rejection, Skipped
from econstats.parquet_io import dataset_metadata, sha256_file, write_table
from econstats.parse import parse_document
from econstats.release import data_lock
from econstats.rows import drop_repeats, to_rows
from econstats.usd import add_usd, check_conversions
from econstats.validate import validate_rows

REPORT = "report.json"


def all_terms() -> tuple:
    """The subject phrases of every registered extractor, in registration order."""
    return tuple(term for extractor in EXTRACTORS for term in extractor.TERMS)


def extract_document(doc: Document) -> dict[str, Any]:
    """Rows, rejections, repeats, unclaimed figures and currency checks of one document."""
    parsed = parse_document(doc, all_terms())
    candidates, rejections = [], []
    for extractor in EXTRACTORS:
        for item in extractor.extract(doc, parsed):
            (rejections if isinstance(item, Rejection) else candidates).append(item)
    rows, repeats = drop_repeats(to_rows(candidates, doc))
    rows, invalid = validate_rows(rows, doc.text)
    rates = build_rates()
    rows, misread, conversions = check_conversions(rows, rates)
    fx_misses = add_usd(rows, rates)
    unclaimed = [
        {"doc_id": doc.doc_id, "char_start": f.start, "char_end": f.end, "value_text": f.value_text}
        for _, f in parsed.unclaimed
    ]
    return {
        "rows": rows,
        "rejections": rejections + invalid + misread,
        "repeats": repeats,
        "unclaimed": unclaimed,
        "conversions": conversions,
        "fx_misses": fx_misses,
    }


def build(corpus: Path, out: Path) -> dict[str, Any]:
    """Build the corpus into `out` (one Parquet file per topic + report.json); the report."""
    corpus, out = Path(corpus), Path(out)
    catalog = load_catalog(corpus / "catalog.csv")
    out.parent.mkdir(parents=True, exist_ok=True)
    with data_lock(out.parent):
        report = new_report(corpus, catalog)
        rows: list[dict[str, Any]] = []
        for item in iter_corpus(corpus, catalog):
            if isinstance(item, Skipped):
                report["skipped"].append(asdict(item))
                continue
            result = extract_document(item)
            rows.extend(result["rows"])
            report["documents"].append(document_entry(item, result))
            report["rejections"].extend(asdict(r) for r in result["rejections"])
            for name in ("repeats", "unclaimed", "conversions", "fx_misses"):
                report[name].extend(result[name])
        report["totals"] = check_totals(rows, load_parts_of())
        report["counts"] = dict(sorted(Counter(row["topic"] for row in rows).items()))
        write_build(rows, report, out)
    return report


def new_report(corpus: Path, catalog: Any) -> dict[str, Any]:
    """An empty build report."""
    catalog_file = corpus / "catalog.csv"
    return {
        "econstats_version": __version__,
        "corpus": str(corpus),
        "catalog": {
            "path": str(catalog_file) if catalog.path else None,
            "sha256": sha256_file(catalog_file) if catalog.path else None,
            "problems": list(catalog.problems),
        },
        "documents": [],
        "skipped": [],
        "rejections": [],
        "repeats": [],
        "unclaimed": [],
        "conversions": [],
        "fx": source_info(build_rates()),
        "fx_misses": [],
        "totals": [],
        "counts": {},
    }


def document_entry(doc: Document, result: dict[str, Any]) -> dict[str, Any]:
    """The report's line for a used document."""
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "status": "used",
        "published_date": doc.published_date.isoformat() if doc.published_date else None,
        "rows": len(result["rows"]),
        "rejected": len(result["rejections"]),
        "repeats": len(result["repeats"]),
    }


def write_build(rows: list[dict[str, Any]], report: dict[str, Any], out: Path) -> None:
    """Write every file into a staging folder beside `out`, then swap it into place."""
    staging = out.parent / f".{out.name}.staging-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    schema = observation_schema()
    for extractor in EXTRACTORS:
        topic_rows = [row for row in rows if row["topic"] == extractor.NAME]
        table = pa.Table.from_pylist(topic_rows, schema=schema)
        write_table(table, staging / f"{extractor.NAME}.parquet", dataset_metadata("build"))
    text = json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True, default=str)
    (staging / REPORT).write_text(text + "\n", encoding="utf-8")
    previous = out.parent / f".{out.name}.previous-{os.getpid()}"
    if out.exists():
        os.replace(out, previous)
    os.replace(staging, out)
    shutil.rmtree(previous, ignore_errors=True)
