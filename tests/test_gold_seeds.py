"""A build of seeds/ publishes every core and extended row of tests/gold/seeds.csv, exactly,
and nothing else (optional rows are allowed, not required)."""

from __future__ import annotations

import csv
import math
from pathlib import Path

import pyarrow.parquet as pq

GOLD = Path(__file__).parent / "gold" / "seeds.csv"
KEYS = (
    "doc_id",
    "indicator",
    "entity",
    "counterpart_area",
    "measure",
    "unit",
    "status",
    "period_start",
    "period_end",
    "base_period_start",
    "base_period_end",
)


def gold_rows() -> list[dict]:
    with GOLD.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def published(out: Path) -> list[dict]:
    rows = []
    for path in sorted(out.glob("*.parquet")):
        rows.extend(pq.read_table(path).to_pylist())
    return rows


def key_of(row: dict) -> tuple:
    return tuple("" if row.get(k) is None else str(row[k]) for k in KEYS)


def matches(row: dict, gold: dict) -> bool:
    if key_of(row) != key_of(gold):
        return False
    if not math.isclose(row["value"], float(gold["value"]), rel_tol=1e-9):
        return False
    if row["subject"] != gold["subject"] or (row["breakdown"] or "") != gold["breakdown"]:
        return False
    return row["qualifier"] == gold["qualifier"] and row["value_text"] == gold["value_text"]


def describe(row: dict) -> str:
    names = (*KEYS[:8], "value", "qualifier", "value_text", "subject", "breakdown")
    return " ".join(f"{k}={row.get(k)}" for k in names)


def test_every_required_gold_row_is_published(seed_build):
    _, out = seed_build
    rows = published(out)
    missing = [
        g for g in gold_rows() if g["tier"] != "optional" and not any(matches(r, g) for r in rows)
    ]
    assert not missing, "missing:\n" + "\n".join(describe(g) for g in missing)


def test_nothing_beyond_gold_is_published(seed_build):
    _, out = seed_build
    gold = gold_rows()
    extra = []
    for row in published(out):
        optional = [
            g
            for g in gold
            if g["tier"] == "optional"
            and g["indicator"] == row["indicator"]
            and g["doc_id"] == row["doc_id"]
            and g["entity"] == (row["entity"] or "")
        ]
        if not any(matches(row, g) for g in gold) and not optional:
            extra.append(row)
    assert not extra, "published but not in gold:\n" + "\n".join(describe(r) for r in extra)


def test_restatements_point_at_their_original(seed_build):
    _, out = seed_build
    rows = published(out)
    by_id = {row["obs_id"]: row for row in rows}
    for gold in gold_rows():
        if not gold["conversion_of_value"]:
            continue
        row = next(r for r in rows if matches(r, gold))
        original = by_id[row["conversion_of"]]
        assert math.isclose(original["value"], float(gold["conversion_of_value"]), rel_tol=1e-9)


def test_every_document_is_accounted_for(seed_build, seeds_dir):
    report, _ = seed_build
    used = {d["doc_id"] for d in report["documents"]}
    skipped = {Path(s["path"]).stem for s in report["skipped"]}
    assert used | skipped == {p.stem for p in seeds_dir.glob("*.txt")}


def test_spans_quote_the_source(seed_build, seeds_dir):
    _, out = seed_build
    for row in published(out):
        text = (seeds_dir / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        assert text[row["char_start"] : row["char_end"]] == row["value_text"]
        assert row["quote"] in text and row["value_text"] in row["quote"]


def test_subject_is_written_in_the_source(seed_build, seeds_dir):
    """`subject` is the document's own text of the subject phrase, never null (contract 2.0)."""
    _, out = seed_build
    for row in published(out):
        text = (seeds_dir / f"{row['doc_id']}.txt").read_text(encoding="utf-8")
        assert row["subject"] and row["subject"] in text, row


def test_rows_without_a_breakdown_keep_their_release_1_obs_id(seed_build):
    """2.0.0 adds breakdown to obs_id and series_key only when it is not null: every row of
    release 1.0.0 keeps its id."""
    _, out = seed_build
    release = Path(__file__).parents[1] / "data" / "releases" / "1.0.0"
    earlier = {row["obs_id"] for row in published(release)}
    now = {row["obs_id"] for row in published(out) if row["breakdown"] is None}
    assert earlier and earlier <= now
