"""Score a build's Parquet files against gold.jsonl (README.md, "Matching").

Adapted from the realnews development set's own scorer (same matching rules): a gold figure is
found when a published row of the same document has the same measure, unit and value (1e-6
relative) and, where the gold has them, the same period_start and period_end; each row matches
one gold figure at most; a row matching a neutral gold line is neither found nor extra.

usage: python tests/realnews/score.py BUILD_DIR [-v] [--by topic|doc_id|measure|unit] [--gold FILE]

(--gold tests/heldout/gold.jsonl scores a build of tests/heldout/corpus, the held-out set.)
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE / "gold.jsonl"
CORPUS = HERE / "corpus"
AGREEMENT = ("qualifier", "status", "entity", "ref_area")


def norm_date(value: object) -> str | None:
    """An ISO date's first ten characters, None for a missing one."""
    if value is None:
        return None
    text = str(value)
    return None if text in ("", "None", "NaT", "nan") else text[:10]


def matches(gold: dict, row: dict) -> bool:
    """Whether a published row states a gold figure."""
    if row.get("doc_id") != gold["doc_id"]:
        return False
    if gold.get("neutral"):  # a neutral line names only its text: any row stating it matches
        a, b = gold.get("value_text") or "", row.get("value_text") or ""
        return bool(a and b) and (a in b or b in a)
    if row.get("unit") != gold["unit"] or row.get("measure") != gold["measure"]:
        return False
    try:
        value = float(row.get("value"))
    except (TypeError, ValueError):
        return False
    if not math.isclose(float(gold["value"]), value, rel_tol=1e-6, abs_tol=1e-9):
        return False
    return all(
        not gold.get(name) or norm_date(row.get(name)) == gold[name]
        for name in ("period_start", "period_end")
    )


@dataclass
class Score:
    """Found (gold, row) pairs, missed gold figures and extra rows of one build."""

    found: list[tuple[dict, dict]] = field(default_factory=list)
    missing: list[dict] = field(default_factory=list)
    extras: list[dict] = field(default_factory=list)
    rows: int = 0
    neutral: int = 0

    @property
    def recall(self) -> float:
        required = len(self.found) + len(self.missing)
        return len(self.found) / required if required else 1.0

    @property
    def precision(self) -> float:
        counted = self.rows - self.neutral
        return (counted - len(self.extras)) / counted if counted else 0.0

    def by(self, name: str) -> dict[str, tuple[int, int]]:
        """gold field value -> (found, total)."""
        total = collections.Counter(str(g.get(name)) for g in self.missing)
        found = collections.Counter(str(g.get(name)) for g, _ in self.found)
        total.update(found)
        return {key: (found[key], total[key]) for key in sorted(total)}

    def agreement(self, name: str) -> float:
        """Share of the found figures whose row agrees with the gold on `name`."""
        same = sum(1 for g, r in self.found if (r.get(name) or None) == (g.get(name) or None))
        return same / len(self.found) if self.found else 1.0


def score(rows: list[dict], gold: list[dict]) -> Score:
    """Match rows to gold figures: required figures first, then neutral ones take the rest."""
    by_doc: dict[str, list[int]] = collections.defaultdict(list)
    for index, row in enumerate(rows):
        by_doc[row.get("doc_id")].append(index)
    used: set[int] = set()
    result = Score(rows=len(rows))
    for g in sorted(gold, key=lambda g: bool(g.get("neutral"))):
        hit = next(
            (i for i in by_doc.get(g["doc_id"], []) if i not in used and matches(g, rows[i])), None
        )
        if hit is None:
            if not g.get("neutral"):
                result.missing.append(g)
            continue
        used.add(hit)
        if g.get("neutral"):
            result.neutral += 1
        else:
            result.found.append((g, rows[hit]))
    result.extras = [row for index, row in enumerate(rows) if index not in used]
    return result


def load_gold(path: Path = GOLD) -> list[dict]:
    """The gold figures and neutral lines."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def load_rows(build: Path) -> list[dict]:
    """Every row of a build's Parquet files."""
    import pyarrow.parquet as pq

    return [
        row
        for path in sorted(Path(build).glob("*.parquet"))
        for row in pq.read_table(path).to_pylist()
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("build", type=Path, help="a build folder of tests/realnews/corpus")
    parser.add_argument("-v", action="store_true", help="list every missed and extra figure")
    parser.add_argument("--by", default="topic", help="gold field to break recall down by")
    parser.add_argument(
        "--gold", type=Path, default=GOLD, help="the gold file (default: %(default)s)"
    )
    args = parser.parse_args()
    result = score(load_rows(args.build), load_gold(args.gold))
    if args.v:
        for g in result.missing:
            print(
                "MISSING",
                g["doc_id"],
                g["measure"],
                g["value"],
                g["unit"],
                g.get("period_start"),
                g.get("period_end"),
                "|",
                g["value_text"],
                "|",
                g.get("subject"),
            )
        for r in result.extras:
            print(
                "EXTRA  ",
                r.get("doc_id"),
                r.get("indicator"),
                r.get("measure"),
                r.get("value"),
                r.get("unit"),
                norm_date(r.get("period_start")),
                norm_date(r.get("period_end")),
                "|",
                r.get("value_text"),
            )
        for g, r in result.found:
            for name in AGREEMENT:
                if (r.get(name) or None) != (g.get(name) or None):
                    print(
                        "DIFFER ",
                        g["doc_id"],
                        name,
                        "gold",
                        g.get(name),
                        "row",
                        r.get(name),
                        "|",
                        g["value_text"],
                    )
    print(f"by {args.by}:")
    for key, (found, total) in result.by(args.by).items():
        print(f"  {key:<14} {found:>4}/{total:<4} {found / total:.2f}")
    print(
        "agreement among found: " + ", ".join(f"{n} {result.agreement(n):.3f}" for n in AGREEMENT)
    )
    print(
        f"{args.gold.parent.name}: recall {result.recall:.3f} ({len(result.found)}/{len(result.found) + len(result.missing)})"
        f" precision {result.precision:.3f} (rows {result.rows}, extra {len(result.extras)},"
        f" neutral {result.neutral})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
