"""How long the command line takes to answer: `econstats --help`, and `extract` on one sentence.

    python -m benchmarks.startup [--old e6e8770] [--repeat 5] [--workdir DIR]
                                 [--results benchmarks/STARTUP.md]

Issue 14 asked for `--help` well under 0.3 s: registering the commands must not import the
engine (pandas, pyarrow, pint, trafilatura, the extractors). Each command runs in a process of
its own, by two checkouts in turn: the old one (``--old``, by default the last commit before
the command line imported lazily, extracted with ``git archive``) and this one. Each figure is
the fastest of ``--repeat`` runs, alternating, so that a slow spell of the machine hits both.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from benchmarks.realnews import BOOT, checkout
from benchmarks.runner import ROOT, Measured, fastest, machine, run_measured

OLD = "e6e8770"  # the last commit before the command line imported lazily (issue 14)
SENTENCE = (  # from the seeds' fiscal news
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "in the first 10 months of 2025.\n"
)
TARGET_HELP_SECONDS = 0.3


def commands(sentence: Path) -> dict[str, list[str]]:
    """The command lines measured, by label (after `econstats`)."""
    extract = ["extract", str(sentence), "--published-date", "2025-11-17"]
    return {"econstats --help": ["--help"], "econstats extract <one sentence>": extract}


def timed(label: str, tree: Path | None, argv: list[str]) -> Measured:
    """One run of `econstats argv` by the package in ``tree`` (None: this checkout)."""
    start = ["-c", BOOT, str(tree)] if tree else ["-m", "econstats.cli.main"]
    command = [sys.executable, *start, *argv]
    _, wall, peak = run_measured(label, command)
    return Measured(label, {"seconds": wall}, wall, peak, command)


def render(found: dict[tuple[str, str], Measured], old: str, command: str) -> str:
    """benchmarks/STARTUP.md: one row per command, old and new side by side."""
    lines = [
        "# Start-up of the command line",
        "",
        "Written by `python -m benchmarks.startup` (see README, section Benchmarks); do not edit"
        " by hand.",
        "",
        f"- command: `{command}`",
        *(f"- {key}: {value}" for key, value in machine().items()),
        f"- old: {old}",
        "",
        "| command | old seconds | new seconds | new peak RSS MB |",
        "|---|---:|---:|---:|",
    ]
    for label in dict.fromkeys(label for label, _ in found):
        old_run, new_run = found[(label, "old")], found[(label, "new")]
        lines.append(
            f"| `{label}` | {old_run.seconds:.3f} | {new_run.seconds:.3f} | {new_run.peak_mb:.0f} |"
        )
    help_seconds = found[("econstats --help", "new")].seconds
    verdict = "met" if help_seconds < TARGET_HELP_SECONDS else "NOT met"
    lines += ["", f"`--help` in {help_seconds:.3f} s (target < {TARGET_HELP_SECONDS} s: {verdict})"]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Measure, print and write the results."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup", description=__doc__)
    parser.add_argument("--old", default=OLD, help="the old checkout's git revision")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each, alternating")
    default_work = Path(tempfile.gettempdir()) / "econstats-bench"
    parser.add_argument("--workdir", type=Path, default=default_work)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "STARTUP.md")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)
    sentence = args.workdir / "one-sentence.txt"
    sentence.write_text(SENTENCE, encoding="utf-8")
    trees = {"old": checkout(args.old, args.workdir), "new": None}
    runs: dict[tuple[str, str], list[Measured]] = {}
    for _ in range(args.repeat):
        for label, command in commands(sentence).items():
            for name, tree in trees.items():
                runs.setdefault((label, name), []).append(timed(label, tree, command))
    found = {key: fastest(measured) for key, measured in runs.items()}
    command = "python -m benchmarks.startup " + " ".join(argv or sys.argv[1:])
    text = render(found, args.old, command.strip())
    args.results.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
