"""One measurement in its own process, so its peak RSS is its own: prints one JSON line.

    python -m benchmarks.measure extract CORPUS [--limit BYTES]    econstats.extract_document
    python -m benchmarks.measure regex CORPUS [--limit BYTES]      one compiled number regex
    python -m benchmarks.measure quantulum CORPUS [--limit BYTES]  quantulum3's parser
    python -m benchmarks.measure profile CORPUS [--limit BYTES]    where extraction time goes
    python -m benchmarks.measure listing CORPUS                    the build's listing + catalog

Documents are read and decoded as the build reads them (econstats.corpus.sources), one at a time;
only the work named is timed, so the stages compare on the same text.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import re
import resource
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from econstats.core.model import Document
from econstats.corpus.sources import Task, iter_items, list_corpus, load

# The baseline: a single compiled regular expression for printed numbers ("18.65", "1,234").
NUMBER_SCAN = re.compile(r"[0-9]+(?:[.,][0-9]+)*")


def documents(corpus: Path, limit: int | None) -> Iterator[tuple[Document, int]]:
    """(document, UTF-8 bytes of its text) in corpus order, until `limit` bytes."""
    total = 0
    for item in iter_items(list_corpus(corpus)):
        document = load(item) if isinstance(item, Task) else item
        if not isinstance(document, Document):
            continue  # a skipped file
        size = len(document.text.encode("utf-8"))
        if limit is not None and total >= limit:
            return
        total += size
        yield document, size


def timed(corpus: Path, limit: int | None, work: Callable[[str], Any]) -> dict[str, Any]:
    """Seconds spent in work(text) over the documents, and what they held."""
    seconds, size, count = 0.0, 0, 0
    for document, length in documents(corpus, limit):
        started = time.perf_counter()
        work(document)
        seconds += time.perf_counter() - started
        size += length
        count += 1
    return {"seconds": seconds, "bytes": size, "documents": count}


def extract_stage(corpus: Path, limit: int | None) -> dict[str, Any]:
    """econstats' extraction (parse, extractors, rows, validation, USD) per document."""
    from econstats.build.engines import warm_up
    from econstats.dataset.document import extract_document

    warm_up()
    rows = 0

    def work(document: Document) -> None:
        nonlocal rows
        rows += len(extract_document(document)["rows"])

    result = timed(corpus, limit, work)
    return result | {"rows": rows}


def regex_stage(corpus: Path, limit: int | None) -> dict[str, Any]:
    """The baseline: every match of one compiled number regex, counted."""
    matches = 0

    def work(document: Document) -> None:
        nonlocal matches
        for _ in NUMBER_SCAN.finditer(document.text):
            matches += 1

    return timed(corpus, limit, work) | {"matches": matches}


def quantulum_stage(corpus: Path, limit: int | None) -> dict[str, Any]:
    """quantulum3's parser on each document (after one warm-up call that loads its data)."""
    from quantulum3 import parser

    parser.parse("Sales rose 3.4 percent to 4.63 trillion yuan.")
    quantities = 0

    def work(document: Document) -> None:
        nonlocal quantities
        quantities += len(parser.parse(document.text))

    return timed(corpus, limit, work) | {"quantities": quantities}


def profile_stage(corpus: Path, limit: int | None) -> dict[str, Any]:
    """The functions where extraction spends its time (cProfile, by own time)."""
    from econstats.build.engines import warm_up
    from econstats.dataset.document import extract_document

    warm_up()
    loaded = list(documents(corpus, limit))
    profile = cProfile.Profile()
    profile.enable()
    for document, _ in loaded:
        extract_document(document)
    profile.disable()
    stats = pstats.Stats(profile, stream=io.StringIO())
    total = stats.total_tt  # type: ignore[attr-defined]
    top = sorted(stats.stats.items(), key=lambda item: -item[1][2])[:15]  # type: ignore[attr-defined]
    return {
        "seconds": total,
        "bytes": sum(size for _, size in loaded),
        "documents": len(loaded),
        "top": [
            {"function": f"{Path(file).name}:{line}({name})", "own": own, "cumulative": cum}
            for (file, line, name), (_, _, own, cum, _) in top
        ],
    }


def listing_stage(corpus: Path, limit: int | None) -> dict[str, Any]:
    """What the build holds before the first document: modules, vocabularies and rates
    (warm_up), the folder listing and the catalog (their RSS is this process's peak)."""
    from econstats.build.engines import warm_up

    warm_up()
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
    started = time.perf_counter()
    listing = list_corpus(corpus)
    seconds = time.perf_counter() - started
    return {"seconds": seconds, "bytes": 0, "documents": len(listing.names), "base_mb": base}


STAGES = {
    "listing": listing_stage,
    "extract": extract_stage,
    "regex": regex_stage,
    "quantulum": quantulum_stage,
    "profile": profile_stage,
}


def main(argv: list[str] | None = None) -> int:
    """Run one stage and print its result as JSON."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.measure")
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="stop after this many bytes")
    args = parser.parse_args(argv)
    print(json.dumps(STAGES[args.stage](args.corpus, args.limit)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
