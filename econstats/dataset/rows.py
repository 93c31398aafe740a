"""Candidates -> contract rows (plain dicts), and the repeats rule of the contract."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from econstats.core.model import Candidate, Document
from econstats.dataset.ids import obs_id, series_key

QUALIFIER_RANK = {"exact": 0, "approximately": 1, "at_least": 2, "at_most": 2}


def to_row(candidate: Candidate, doc: Document) -> dict[str, Any]:
    """The contract row of a candidate (value_usd and fx_rate are filled in by econstats.dataset.fx)."""
    figure, period, base = candidate.figure, candidate.period, candidate.base_period
    row: dict[str, Any] = {
        "topic": candidate.topic,
        "indicator": candidate.indicator,
        "breakdown": candidate.breakdown,
        "ref_area": candidate.ref_area,
        "entity": candidate.entity,
        "counterpart_area": candidate.counterpart_area,
        "measure": figure.measure,
        "value": float(figure.value),
        "unit": figure.unit,
        "value_usd": None,
        "fx_rate": None,
        "decimals": figure.decimals,
        "qualifier": figure.qualifier,
        "status": candidate.status,
        "period": period.label,
        "period_start": period.start,
        "period_end": period.end,
        "base_period_start": base.start if base else None,
        "base_period_end": base.end if base else None,
        "conversion_of": None,
        "data_source": candidate.data_source,
        "doc_id": doc.doc_id,
        "doc_sha256": doc.sha256,
        "char_start": figure.start,
        "char_end": figure.end,
        "value_text": figure.value_text,
        "subject": candidate.subject,
        "quote": candidate.sentence.text,
        "published_date": doc.published_date,
        "extractor": candidate.extractor,
    }
    row["obs_id"] = obs_id(row)
    row["series_key"] = series_key(row)
    return row


def to_rows(candidates: Iterable[Candidate], doc: Document) -> list[dict[str, Any]]:
    """Rows of a document's candidates, restatements pointing at their original's obs_id."""
    rows, made = [], {}
    for candidate in candidates:
        row = to_row(candidate, doc)
        if candidate.restates is not None:
            row["conversion_of"] = made[id(candidate.restates)]["obs_id"]
        made[id(candidate)] = row
        rows.append(row)
    return rows


def precision_rank(row: dict[str, Any]) -> tuple[int, int, int]:
    """Sort key of the contract's repeat rule: exact first, more decimals, then earlier."""
    return QUALIFIER_RANK[row["qualifier"]], -row["decimals"], row["char_start"]


def drop_repeats(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(kept rows, repeat records): one row per obs_id, the most precise statement kept.

    >>> a = {"obs_id": "x", "doc_id": "d", "qualifier": "at_least", "decimals": 0, "value": 5e8,
    ...      "char_start": 5, "char_end": 13, "value_text": "over 500"}
    >>> b = {"obs_id": "x", "doc_id": "d", "qualifier": "exact", "decimals": 0, "value": 5.13e8,
    ...      "char_start": 90, "char_end": 93, "value_text": "513"}
    >>> kept, repeats = drop_repeats([a, b])
    >>> [r["value_text"] for r in kept], repeats[0]["kept_char_start"], repeats[0]["char_start"]
    (['513'], 90, 5)
    """
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault(row["obs_id"], []).append(row)
    kept, repeats = [], []
    for group in groups.values():
        best, *others = sorted(group, key=precision_rank)
        kept.append(best)
        repeats.extend(
            {
                "obs_id": row["obs_id"],
                "doc_id": row["doc_id"],
                "char_start": row["char_start"],
                "char_end": row["char_end"],
                "value_text": row["value_text"],
                "value": row["value"],
                "kept_char_start": best["char_start"],
                "kept_value_text": best["value_text"],
            }
            for row in others
        )
    return sorted(kept, key=lambda row: row["char_start"]), repeats
