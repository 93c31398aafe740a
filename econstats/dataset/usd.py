"""Money rows in USD: value_usd and fx_rate from reference rates, and each article's own
conversion ("31.25 trillion yuan ($4.46 trillion)") checked against them.

pint keeps every currency its own dimension; the only way between currencies is an explicit
reference rate here. A stated conversion more than 5% off the reference means a scale or a
currency was misread: both rows are rejected (`fx-implied-rate-off`). A fall or a deficit is
negative in both currencies and checked on its magnitudes; opposite signs imply a negative
rate, so a sign misread on one side is rejected too. A zero amount implies no rate: its
conversion is listed unchecked.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from econstats.core.model import Rejection
from econstats.dataset.fx import FxMiss, FxRate, RateTable, implied_rate_check, usd_rate
from econstats.dataset.validate import rejection_of
from econstats.reader.numbers import PRINTED_NUMBER

TOLERANCE = 0.05
ROUNDING_CAP = 0.05  # the most the printed numbers' rounding may widen the tolerance


def rounding(row: dict[str, Any]) -> float:
    """The relative half-unit of the last digit printed: "US$0.7 billion" is 0.65 to 0.75 billion
    (7 percent either way), "RMB299.1 billion" 0.02 percent.

    >>> round(rounding({"value_text": "US$0.7 billion"}), 4), rounding({"value_text": "n/a"})
    (0.0714, 0.0)
    """
    match = PRINTED_NUMBER.search(row.get("value_text") or "")
    if not match:
        return 0.0
    digits = match.group().replace(",", "")
    decimals = len(digits.partition(".")[2])
    number = float(digits)
    return 0.5 * 10**-decimals / number if number else 0.0


def rate_for(row: dict[str, Any], currency: str, table: RateTable) -> FxRate | FxMiss:
    """The reference rate of `currency` for the row's period (stocks at their date)."""
    stock = row["period_start"] == row["period_end"]
    return cached_rate(currency, row["period_start"], row["period_end"], table, stock)


@lru_cache(maxsize=4096)
def cached_rate(currency: str, start: date, end: date, table: RateTable, stock: bool):
    """usd_rate, computed once per currency and period: many rows share a period."""
    return usd_rate(currency, start, end, table, stock=stock)


def add_usd(rows: list[dict[str, Any]], table: RateTable) -> list[dict[str, Any]]:
    """Fill value_usd and fx_rate of money level rows; the misses (no rate) for the report."""
    misses = []
    for row in rows:
        if row["measure"] != "level" or not is_currency(row["unit"], table):
            continue
        rate = rate_for(row, row["unit"], table)
        if isinstance(rate, FxMiss):
            misses.append(miss_record(row, rate))
            continue
        row["fx_rate"] = rate.rate
        row["value_usd"] = row["value"] / rate.rate
    return misses


def is_currency(unit: str, table: RateTable) -> bool:
    """True for an ISO 4217 code (USD, or one with reference rates, or any 3 capitals)."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def miss_record(row: dict[str, Any], miss: FxMiss) -> dict[str, Any]:
    """The report's line for a money row left without value_usd."""
    return {
        "obs_id": row["obs_id"],
        "doc_id": row["doc_id"],
        "value_text": row["value_text"],
        "currency": miss.currency,
        "period_start": miss.start.isoformat(),
        "period_end": miss.end.isoformat(),
        "reason": miss.reason,
    }


def check_conversions(
    rows: list[dict[str, Any]], table: RateTable
) -> tuple[list[dict[str, Any]], list[Rejection], list[dict[str, Any]]]:
    """(rows kept, rejections, findings): every stated conversion compared with the reference."""
    by_id = {row["obs_id"]: row for row in rows}
    rejected: set[str] = set()
    rejections: list[Rejection] = []
    findings: list[dict[str, Any]] = []
    for row in rows:
        original = by_id.get(row.get("conversion_of") or "")
        if original is None:
            continue
        finding = conversion_finding(original, row, table)
        findings.append(finding)
        if finding.get("ok") is False:
            note = (
                f"the article implies {finding['implied_rate']:.4g} ({finding['currency']}), "
                f"the reference rate is {finding['reference_rate']:.4g}: "
                "a sign, scale or currency misread"
            )
            for bad in (original, row):
                rejected.add(bad["obs_id"])
                rejections.append(rejection_of(bad, [("fx-implied-rate-off", note)]))
    kept = [row for row in rows if row["obs_id"] not in rejected]
    return kept, rejections, findings


def conversion_finding(
    original: dict[str, Any], restated: dict[str, Any], table: RateTable
) -> dict[str, Any]:
    """The implied and reference rates of one stated conversion (ok None when not checkable)."""
    currency = original["unit"] if restated["unit"] == "USD" else restated["unit"]
    finding: dict[str, Any] = {
        "doc_id": original["doc_id"],
        "original": original["value_text"],
        "restated": restated["value_text"],
        "currency": currency,
        "ok": None,
    }
    if not (original["value"] and restated["value"]):
        finding["note"] = "a zero amount implies no rate"
        return finding
    reference = rate_for(original, currency, table)
    if isinstance(reference, FxMiss):
        finding["note"] = f"no reference rate: {reference.reason}"
        return finding
    if "USD" in (original["unit"], restated["unit"]):
        tolerance = TOLERANCE + min(ROUNDING_CAP, rounding(original) + rounding(restated))
        pair = (original["value"], original["unit"], restated["value"], restated["unit"])
        finding.update(implied_rate_check(*pair, reference, tolerance))
        published = original.get("published_date")
        if not finding["ok"] and isinstance(published, date):  # converted at the day's rate
            on_day = cached_rate(currency, published, published, table, True)
            if isinstance(on_day, FxRate) and implied_rate_check(*pair, on_day, tolerance)["ok"]:
                finding.update(implied_rate_check(*pair, on_day, tolerance))
        return finding
    return cross_finding(finding, original, restated, reference.rate, table)


def cross_finding(
    finding: dict[str, Any], original: dict, restated: dict, restated_per_usd: float, table
) -> dict[str, Any]:
    """A conversion between two non-USD currencies, checked through both USD rates."""
    base = rate_for(original, original["unit"], table)
    if isinstance(base, FxMiss):
        finding["note"] = "no reference rate for the original currency"
        return finding
    implied = original["value"] / restated["value"]
    reference = base.rate / restated_per_usd
    gap = abs(implied - reference) / reference
    finding.update(
        currency=f"{original['unit']} per {restated['unit']}",
        implied_rate=implied,
        reference_rate=reference,
        relative_gap=gap,
        ok=gap <= TOLERANCE,
    )
    return finding
