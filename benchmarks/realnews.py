"""Old reader against new on dense economic text: realnews repeated to about 50 MB.

    python -m benchmarks.realnews [--size 50MB] [--old 8b88abd] [--repeat 2]
                                  [--workdir DIR] [--results benchmarks/REALNEWS.md]

The synthetic corpus of ``python -m benchmarks`` is mostly filler; real news is dense with
figures, subjects and periods, which is where a reader spends its time. This benchmark copies
the 90 documents of ``tests/realnews/corpus`` (each copy a document of its own, its catalog row
repeated under the new doc_id) until the corpus holds ``--size`` bytes, then builds it with
``--jobs 1`` by two checkouts in turn: the old reader (``--old``, by default the last commit
before issue 13 began, extracted with ``git archive`` into the work folder and run from there)
and the new one (this checkout). Each build is the fastest of ``--repeat`` runs, alternating,
so a slow spell of the machine hits both; the ratio new/old of MB/s is the figure to read.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

from benchmarks.corpus import parse_size
from benchmarks.runner import ROOT, Measured, fastest, machine, run_measured

REALNEWS = ROOT / "tests" / "realnews" / "corpus"
OLD_READER = "8b88abd"  # the last commit before issue 13's reader work (2096a8f onwards)
PACKAGE_DIRS = {"extractors": "extractors", "schema": "schema"}  # econstats.<key> = <value>/
BOOT = (  # run econstats from a tree: the editable install's finder would import this checkout
    "import sys; tree = sys.argv.pop(1); sys.path.insert(0, tree); "
    "sys.meta_path[:] = [f for f in sys.meta_path if not type(f).__module__.startswith('__editable')]; "
    "\ntry:\n    from econstats.cli.main import main\n"  # the package layout (issue 15 on)
    "except ImportError:\n    from econstats.cli import main\n"  # a tree of the flat layout
    "sys.exit(main())"
)


def write_corpus(folder: Path, size: int) -> dict[str, int]:
    """Copies of the realnews documents in `folder` until it holds `size` bytes of documents.

    Returns the number of documents and their bytes (the catalog not counted)."""
    folder.mkdir(parents=True, exist_ok=True)
    with (REALNEWS / "catalog.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    sources = [
        (row, path)
        for row in rows
        for path in sorted(REALNEWS.glob(f"{row['doc_id']}.*"))
        if path.suffix in (".txt", ".html", ".htm")
    ]
    out_rows: list[dict[str, str]] = []
    total = copy = 0
    while total < size:
        for row, path in sources:
            doc_id = f"c{copy:04d}{row['doc_id']}"
            data = path.read_bytes()
            (folder / f"{doc_id}{path.suffix}").write_bytes(data)
            out_rows.append({**row, "doc_id": doc_id})
            total += len(data)
            if total >= size:
                break
        copy += 1
    with (folder / "catalog.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(out_rows)
    return {"documents": len(out_rows), "bytes": total}


def ensure_corpus(workdir: Path, size: int) -> tuple[Path, dict[str, int]]:
    """The repeated corpus in workdir, written unless one of this size and source is there."""
    folder = workdir / f"realnews-{size}"
    marker = workdir / f"realnews-{size}.json"
    source = max(path.stat().st_mtime_ns for path in REALNEWS.iterdir())
    if marker.exists():
        info = json.loads(marker.read_text(encoding="utf-8"))
        if info.get("source") == source and folder.is_dir():
            return folder, info
    if folder.exists():
        for path in folder.iterdir():
            path.unlink()
    info = write_corpus(folder, size) | {"source": source}
    marker.write_text(json.dumps(info), encoding="utf-8")
    return folder, info


def checkout(revision: str, workdir: Path) -> Path:
    """The tree of `revision` extracted into workdir (once), to run the old reader from."""
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{revision}^{{commit}}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    folder = workdir / f"tree-{commit[:12]}"
    if not (folder / "econstats").is_dir():
        archive = subprocess.run(
            ["git", "archive", "--format=tar", commit], cwd=ROOT, capture_output=True, check=True
        ).stdout
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(folder, filter="data")
        for package, source in PACKAGE_DIRS.items():  # pyproject's package-dir, as links
            (folder / "econstats" / package).symlink_to(Path("..") / source)
    return folder


def build(label: str, tree: Path | None, corpus: Path, out: Path, info: dict[str, int]) -> Measured:
    """One ``econstats build --jobs 1`` of the corpus by the package in `tree` (None: this
    checkout, as installed)."""
    start = ["-c", BOOT, str(tree)] if tree else ["-m", "econstats.cli.main"]
    command = [sys.executable, *start, "build", "--corpus", str(corpus)]
    command += ["--out", str(out), "--jobs", "1", "--quiet"]
    output, wall, peak = run_measured(label, command)
    rows = int(output.split(": ", 1)[1].split(" rows", 1)[0]) if " rows" in output else -1
    result = {"bytes": info["bytes"], "documents": info["documents"], "seconds": wall}
    return Measured(label, result | {"rows": rows}, wall, peak, command)


def render(found: dict[str, Measured], info: dict[str, int], old: str, command: str) -> str:
    """benchmarks/REALNEWS.md."""
    lines = [
        "# Old reader against new, on realnews repeated",
        "",
        "Written by `python -m benchmarks.realnews` (see README, section Benchmarks); do not edit"
        " by hand.",
        "",
        f"- command: `{command}`",
        *(f"- {key}: {value}" for key, value in machine().items()),
        f"- old reader: {old}",
        f"- corpus: {info['documents']:,} documents, {info['bytes'] / 1e6:,.1f} MB"
        " (tests/realnews/corpus copied)",
        "",
        "| build (--jobs 1) | seconds | MB/s | peak RSS MB | rows |",
        "|---|---:|---:|---:|---:|",
    ]
    for measured in found.values():
        lines.append(
            f"| {measured.label} | {measured.seconds:.2f} | {measured.mb_per_s:.3f} | "
            f"{measured.peak_mb:.0f} | {measured.result['rows']:,} |"
        )
    ratio = found["new"].mb_per_s / found["old"].mb_per_s
    verdict = "met" if ratio >= 1 else "NOT met"
    lines += ["", f"new / old MB/s: **{ratio:.2f}** (target >= 1: {verdict})", ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.realnews", description=__doc__)
    parser.add_argument("--size", type=parse_size, default=parse_size("50MB"))
    parser.add_argument("--old", default=OLD_READER, help="the old reader's git revision")
    parser.add_argument("--repeat", type=int, default=2, help="builds of each reader, alternating")
    default_work = Path(tempfile.gettempdir()) / "econstats-bench"
    parser.add_argument("--workdir", type=Path, default=default_work)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "REALNEWS.md")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    corpus, info = ensure_corpus(args.workdir, args.size)
    trees = {"old": checkout(args.old, args.workdir), "new": None}
    labels = {"old": f"old reader ({args.old})", "new": "new reader (this checkout)"}
    runs: dict[str, list[Measured]] = {"old": [], "new": []}
    for _ in range(args.repeat):
        for name, tree in trees.items():
            out = args.workdir / "realnews-out" / name
            runs[name].append(build(labels[name], tree, corpus, out, info))
            print(f"{labels[name]}: {runs[name][-1].mb_per_s:.3f} MB/s", file=sys.stderr)
    found = {name: fastest(measured) for name, measured in runs.items()}
    command = "python -m benchmarks.realnews " + " ".join(argv or sys.argv[1:])
    text = render(found, info, args.old, command.strip())
    args.results.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
