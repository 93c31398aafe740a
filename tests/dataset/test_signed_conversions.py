"""A fall or a deficit restated in another currency (issue 12 item 3): checked on its magnitudes,
never a crash ("amounts must be positive" stopped a whole build). A fall is negative on both sides;
a deficit is a positive amount of its own indicator (trade.deficit, as the realnews gold has it),
and was negative (a trade balance) when rx10 crashed the build."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document
from econstats.dataset.fx import FxRate, implied_rate_check
from econstats.dataset.usd import conversion_finding

DATA = Path(__file__).parents[1] / "data"

# text, published, (value, unit) of the original and its restatement, implied rate, ok
SIGNED = [
    (
        "In January 2020, Japan ran a trade deficit of 567.86 billion yen (5.15 billion U.S. "
        "dollars), the Finance Ministry said.",
        "2020-02-20",
        [(567.86e9, "JPY"), (5.15e9, "USD")],
        110.264,
        True,
    ),
    (
        "Japan posted a trade deficit of 91.38 billion yen (828.99 million U.S. dollars) with "
        "the European Union in January 2020.",
        "2020-02-20",
        [(91.38e9, "JPY"), (828.99e6, "USD")],
        110.231,
        True,
    ),
    (
        "In October 2025, China posted a trade deficit of 50 billion yuan (about 7 billion U.S. "
        "dollars).",
        "2025-11-17",
        [(50e9, "CNY"), (7e9, "USD")],
        7.143,
        True,
    ),
    (  # a fall: negative on both sides
        "In January 2020, Japan's exports decreased by 567.86 billion yen (5.15 billion U.S. "
        "dollars) from a year earlier.",
        "2020-02-20",
        [(-567.86e9, "JPY"), (-5.15e9, "USD")],
        110.264,
        True,
    ),
    (
        "In October 2025, China's fiscal revenue fell by 50 billion yuan (about 7 billion U.S. "
        "dollars) from a year earlier.",
        "2025-11-17",
        [(-50e9, "CNY"), (-7e9, "USD")],
        7.143,
        True,
    ),
    (  # a deficit's restatement with a misread scale: off as a surplus's would be
        "In October 2025, China posted a trade deficit of 50 billion yuan (about 7 million U.S. "
        "dollars).",
        "2025-11-17",
        [],
        7142.857,
        False,
    ),
]


@pytest.mark.parametrize(("text", "published", "rows", "implied", "ok"), SIGNED)
def test_a_deficit_restated_in_dollars_is_checked_on_its_magnitudes(
    text, published, rows, implied, ok
):
    result = extract_document(doc_of(Case(text, published=published)))
    assert [(row["value"], row["unit"]) for row in result["rows"]] == rows
    (check,) = result["conversions"]
    assert (round(check["implied_rate"], 3), check["ok"]) == (implied, ok)
    reasons = [rejection.reason for rejection in result["rejections"]]
    assert reasons == ([] if ok else ["fx-implied-rate-off"] * 2)


JPY = FxRate("JPY", 109.33, date(2020, 1, 1), date(2020, 1, 31), 21, "test")

# original, restated (value, currency): implied JPY per USD, ok
SIGN_PAIRS = [
    ((567.86e9, "JPY"), (5.15e9, "USD"), 110.264, True),
    ((-567.86e9, "JPY"), (-5.15e9, "USD"), 110.264, True),  # a deficit in both
    ((-5.15e9, "USD"), (-567.86e9, "JPY"), 110.264, True),  # dollars first
    ((-567.86e9, "JPY"), (5.15e9, "USD"), -110.264, False),  # one sign misread
    ((567.86e9, "JPY"), (-5.15e9, "USD"), -110.264, False),
]


@pytest.mark.parametrize(("original", "restated", "implied", "ok"), SIGN_PAIRS)
def test_the_implied_rate_of_signed_amounts(original, restated, implied, ok):
    check = implied_rate_check(*original, *restated, JPY)
    assert (round(check["implied_rate"], 3), check["ok"]) == (implied, ok)


@pytest.mark.parametrize(
    ("original", "restated"),
    [((0.0, "JPY"), (5.15e9, "USD")), ((-567.86e9, "JPY"), (0.0, "USD"))],
)
def test_a_zero_amount_implies_no_rate(original, restated):
    with pytest.raises(ValueError, match="amounts must be nonzero"):
        implied_rate_check(*original, *restated, JPY)
    rows = [
        {"doc_id": "z", "value": value, "unit": unit, "value_text": str(value)}
        for value, unit in (original, restated)
    ]
    for row in rows:
        row.update(period_start=date(2020, 1, 1), period_end=date(2020, 1, 31))
    finding = conversion_finding(rows[0], rows[1], None)  # returns before any rate is needed
    assert (finding["ok"], finding["note"]) == (None, "a zero amount implies no rate")


def test_the_realnews_document_that_stopped_the_build_is_extracted():
    text = (DATA / "rx10.txt").read_text(encoding="utf-8")
    result = extract_document(doc_of(Case(text, published="2020-02-20")))
    checks = [
        (check["original"], check["restated"], check["ok"]) for check in result["conversions"]
    ]
    assert ("567.86 billion yen", "5.15 billion U.S. dollars", True) in checks
    assert all(ok for _, _, ok in checks)
