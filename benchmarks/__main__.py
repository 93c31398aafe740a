"""python -m benchmarks: measure, print the ratios, write benchmarks/RESULTS.md.

    python -m benchmarks [--size 100MB] [--large 1GB] [--slice 1MB] [--jobs 2]
                         [--workdir DIR] [--results benchmarks/RESULTS.md] [--no-quantulum]

The corpora are generated into --workdir (reused while benchmarks/corpus.py is unchanged).
--large 0 skips the large build (memory flatness); --no-quantulum skips quantulum3 (the
``bench`` extra: pip install -e ".[bench]").
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
import tempfile
from pathlib import Path

from benchmarks.corpus import parse_size
from benchmarks.results import ratios, render
from benchmarks.runner import (
    ROOT,
    Measured,
    build,
    ensure_corpus,
    fastest,
    machine,
    same_files,
    stage,
)


def arguments(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("--size", type=parse_size, default=parse_size("100MB"))
    parser.add_argument("--large", type=parse_size, default=parse_size("1GB"))
    parser.add_argument("--slice", type=parse_size, default=parse_size("1MB"))
    parser.add_argument("--jobs", type=int, default=2, help="workers for the speed-up build")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="runs of each timed stage and build of the main corpus: the fastest counts",
    )
    default_work = Path(tempfile.gettempdir()) / "econstats-bench"
    parser.add_argument("--workdir", type=Path, default=default_work)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    parser.add_argument("--no-quantulum", action="store_true")
    return parser.parse_args(argv)


def measure(args: argparse.Namespace) -> tuple[dict[str, Measured], list[str]]:
    """Every measurement, in the order they are reported; and the corpora used."""
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus, info = ensure_corpus(args.workdir, args.size, args.seed)
    corpora = [f"{info['documents']:,} documents, {info['bytes'] / 1e6:,.1f} MB"]
    found: dict[str, Measured] = {}
    timed: dict[str, list[Measured]] = {}
    for _ in range(args.repeat):  # in turn, so that a slow spell of the machine hits each
        runs = [
            ("regex", stage("number regex scan (baseline)", "regex", corpus)),
            ("extract", stage("econstats extraction", "extract", corpus)),
            ("extract_slice", stage("econstats extraction, slice", "extract", corpus, args.slice)),
        ]
        if not args.no_quantulum:
            label = "quantulum3, slice (baseline)"
            runs.append(("quantulum", stage(label, "quantulum", corpus, args.slice)))
        for name, measured in runs:
            timed.setdefault(name, []).append(measured)
    found |= {name: fastest(repeated) for name, repeated in timed.items()}
    found["profile"] = stage("econstats extraction, slice, cProfile", "profile", corpus, args.slice)
    found["listing"] = stage("listing + catalog only", "listing", corpus)
    out = args.workdir / "out"
    label = f"econstats build --jobs {args.jobs}"
    ones, ns = [], []
    for _ in range(args.repeat):  # alternating, so that a slow spell of the machine hits both
        ones.append(build("econstats build --jobs 1", corpus, out / "j1" / "build", 1, info))
        if args.jobs > 1:
            ns.append(build(label, corpus, out / "jn" / "build", args.jobs, info))
    found["build_1"] = fastest(ones)
    if args.jobs > 1:
        found["build_n"] = fastest(ns)
        same = same_files(out / "jn" / "build", out / "j1" / "build")
        found["build_n"].result["identical"] = same
    if args.large:
        large, large_info = ensure_corpus(args.workdir, args.large, args.seed)
        corpora.append(
            f"{large_info['documents']:,} documents, {large_info['bytes'] / 1e6:,.1f} MB"
        )
        found["listing_large"] = stage("listing + catalog only, large corpus", "listing", large)
        label = "econstats build --jobs 1, large corpus"
        found["build_large"] = build(label, large, out / "large" / "build", 1, large_info)
        if args.jobs > 1:  # where the start-up, paid once, weighs little
            label = f"econstats build --jobs {args.jobs}, large corpus"
            found["build_large_n"] = build(
                label, large, out / "large-n" / "build", args.jobs, large_info
            )
            same = same_files(out / "large-n" / "build", out / "large" / "build")
            found["build_large_n"].result["identical"] = same
    return found, corpora


def main(argv: list[str] | None = None) -> int:
    """Measure, print the ratios and write RESULTS.md."""
    args = arguments(argv)
    command = "python -m benchmarks " + shlex.join(sys.argv[1:] if argv is None else argv)
    info = {"command": command.strip(), "machine": machine()}
    found, corpora = measure(args)
    info |= {
        "corpora": "; ".join(corpora),
        "load_end": " ".join(f"{v:.2f}" for v in os.getloadavg()),
    }
    text = render(found, info)
    args.results.write_text(text, encoding="utf-8")
    for name, value in ratios(found).items():
        print(f"{name:28} {value:,.3f}")
    print(f"wrote {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
