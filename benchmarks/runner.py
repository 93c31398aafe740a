"""Run every measurement of issue 7 in one go and write benchmarks/RESULTS.md.

Each measurement runs in its own process (benchmarks.measure, or ``econstats build``), so its
peak RSS is its own: the largest resident set of that process and the workers it waited for
(``os.wait4``). Baselines are measured in the same run, on the same text, so the ratios hold
on any machine even where the absolute figures do not.
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from benchmarks.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Measured:
    """What one process reported, with its wall time and peak RSS."""

    label: str
    result: dict[str, Any]
    wall: float
    peak_mb: float
    command: list[str] = field(default_factory=list)

    @property
    def mb_per_s(self) -> float:
        return self.result["bytes"] / 1e6 / self.seconds

    @property
    def docs_per_s(self) -> float:
        return self.result["documents"] / self.seconds

    @property
    def seconds(self) -> float:
        return self.result.get("seconds") or self.wall


def run_measured(label: str, command: list[str]) -> tuple[str, float, float]:
    """(standard output, wall seconds, peak RSS in MB) of a command run to its end."""
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    process = subprocess.Popen(command, stdout=subprocess.PIPE, cwd=ROOT, env=env, text=True)
    output = process.stdout.read() if process.stdout else ""
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise RuntimeError(f"{label}: {shlex.join(command)} exited {process.returncode}")
    return output, wall, usage.ru_maxrss / 1024  # kB on Linux


def stage(label: str, name: str, corpus: Path, limit: int | None = None) -> Measured:
    """One benchmarks.measure stage."""
    command = [sys.executable, "-m", "benchmarks.measure", name, str(corpus)]
    command += ["--limit", str(limit)] if limit else []
    output, wall, peak = run_measured(label, command)
    return Measured(label, json.loads(output.strip().splitlines()[-1]), wall, peak, command)


def build(label: str, corpus: Path, out: Path, jobs: int, info: dict[str, int]) -> Measured:
    """A whole ``econstats build`` of the corpus.

    Its row count is read from what it prints, not from report.json: this process must stay
    small, because a child started from it inherits its peak RSS (the peak of the process that
    started the command counts in the command's ru_maxrss: loading the report of the 1 GB
    build once made the next build's peak read 504 MB where its largest process had 246 MB).
    """
    command = [sys.executable, "-m", "econstats.cli.main", "build", "--corpus", str(corpus)]
    command += ["--out", str(out), "--jobs", str(jobs), "--quiet"]
    output, wall, peak = run_measured(label, command)
    result = {"bytes": info["bytes"], "documents": info["documents"], "seconds": wall}
    result["rows"] = int(BUILT.search(output).group(1))
    return Measured(label, result, wall, peak, command)


BUILT = re.compile(r"^built .*: (\d+) rows from", re.MULTILINE)  # econstats build's first line


def same_files(folder: Path, other: Path) -> bool:
    """Whether two build folders hold the same files, byte for byte (hashed as streams, so
    that this process stays small)."""
    names = sorted(path.name for path in folder.iterdir())
    if names != sorted(path.name for path in other.iterdir()):
        return False
    return all(digest(folder / name) == digest(other / name) for name in names)


def digest(path: Path) -> str:
    """The SHA-256 of a file, read in blocks."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def fastest(runs: list[Measured]) -> Measured:
    """The fastest of repeated runs, with the largest peak RSS of them all (memory is not
    a figure to pick the best of)."""
    best = min(runs, key=lambda measured: measured.seconds)
    best.peak_mb = max(measured.peak_mb for measured in runs)
    return best


def ensure_corpus(workdir: Path, size: int, seed: int) -> tuple[Path, dict[str, int]]:
    """The corpus of `size` bytes in workdir, generated unless an identical one is there."""
    folder = workdir / f"corpus-{size}-seed{seed}"
    marker = folder / "corpus.json"
    generator = (ROOT / "benchmarks" / "corpus.py").stat().st_mtime_ns
    if marker.exists():
        info = json.loads(marker.read_text(encoding="utf-8"))
        if info.get("generator") == generator:
            return folder, info
    if folder.exists():
        for path in folder.iterdir():
            path.unlink()
    documents, total = write_corpus(folder, size, seed)
    info = {"documents": documents, "bytes": total, "size": size, "generator": generator}
    marker.write_text(json.dumps(info), encoding="utf-8")
    return folder, info


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    model = "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = "unknown"
    meminfo = Path("/proc/meminfo")
    if meminfo.exists():
        kb = int(meminfo.read_text().split()[1])
        memory = f"{kb / 1024**2:.1f} GiB"
    commit = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    ).stdout.strip()
    return {
        "cpu": model,
        "cores": str(len(os.sched_getaffinity(0))),
        "memory": memory,
        "system": platform.platform(),
        "python": platform.python_version(),
        "commit": commit or "unknown",
        "load": " ".join(f"{value:.2f}" for value in os.getloadavg()),
    }
