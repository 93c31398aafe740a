"""A printed minus sign is part of its figure: a sign is never dropped (issue 12, item 8: a number
is never cut).

Bug caught: "China's exports: -2.5% year on year" was published as +2.5 (value_text "2.5%"): the
figure began after the sign, so a fall printed with a minus became a rise without a word. A
hyphen that joins words or numbers ("1-10月", "January-October", "Q1-Q3") is no sign.
"""

from __future__ import annotations

from datetime import date

import pytest

from econstats.core.model import Document
from econstats.dataset.document import extract_document


def rows(text: str) -> list[tuple[str, str, float, str]]:
    """(indicator, measure, value, value_text) of each published row, in text order."""
    doc = Document("case", "case.txt", text, "0" * 64, published_date=date(2025, 11, 20))
    result = extract_document(doc)
    ordered = sorted(result["rows"], key=lambda row: row["char_start"])
    return [(r["indicator"], r["measure"], r["value"], r["value_text"]) for r in ordered]


CASES = [
    # -- a printed minus makes the value negative, whatever word stands before it
    (
        "China's exports: -2.5% year on year in October 2025.",
        [("trade.exports", "yoy_pct", -2.5, "-2.5%")],
    ),
    (
        "China's exports changed by -2.5 percent year on year in October 2025.",
        [("trade.exports", "yoy_pct", -2.5, "-2.5 percent")],
    ),
    (
        "China's exports rose -2.5 percent in October 2025.",
        [("trade.exports", "yoy_pct", -2.5, "-2.5 percent")],
    ),
    (  # a fall and a minus: one fall, not a double negation
        "China's exports fell -2.5 percent in October 2025.",
        [("trade.exports", "yoy_pct", -2.5, "-2.5 percent")],
    ),
    (  # the minus sign character U+2212
        "China's exports fell \u22122.5 percent in October 2025.",
        [("trade.exports", "yoy_pct", -2.5, "\u22122.5 percent")],
    ),
    (
        "2025年1-10月，社会消费品零售总额同比增长-2.5%。",
        [("retail.sales", "yoy_pct", -2.5, "-2.5%")],
    ),
    # -- hyphens in ranges and compounds are no sign
    (
        "2025年1-10月，社会消费品零售总额同比增长2.5%。",
        [("retail.sales", "yoy_pct", 2.5, "2.5%")],
    ),
    (
        "China's exports rose 5 percent year on year in January-October 2025.",
        [("trade.exports", "yoy_pct", 5.0, "5 percent")],
    ),
    (
        "China's exports in Q1-Q3 2025 rose 4 percent year on year.",
        [("trade.exports", "yoy_pct", 4.0, "4 percent")],
    ),
    (  # a dash between spaces is punctuation, not a sign
        "China's exports rose in October 2025 - 5 percent year on year.",
        [("trade.exports", "yoy_pct", 5.0, "5 percent")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:60] for c in CASES])
def test_a_printed_sign_is_kept(text: str, expected: list) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "China's exports rose 3-5 percent year on year in October 2025.",
        "China's retail sales rose 2.5%-3% year on year in October 2025.",
        "China's exports rose 4 percent (3-5 percent in 2024) in October 2025.",
    ],
)
def test_the_second_number_of_a_range_is_never_negative(text: str) -> None:
    assert all(value >= 0 for _, _, value, _ in rows(text))
