"""A comparison with what was expected ("slowed more than expected", "faster than economists
had forecast", "as analysts expected") states no forecast: the figures after it are actual
(vocab/statuses.csv, phrases of status "actual"). Before, the "expected" of "more than
expected" made every later figure of the sentence a forecast, and a forecast's year-less month
("from 4.1% in December") could then lie after the publication date."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

UR = "macro.labour.unemployment_rate"

CASES = [
    (  # accepted: actual figures after "more than expected"
        "U.S. job growth slowed more than expected in January, but the unemployment rate fell "
        "to 4.0% from 4.1% in December.",
        "2025-02-07",
        [
            (UR, "level", 4.0, "2025-01", "actual", "4.0%"),
            (UR, "level", 4.1, "2024-12", "actual", "4.1%"),
        ],
    ),
    (
        "China's exports rose 8.7% in May from a year earlier, faster than economists had "
        "forecast.",
        "2025-06-09",
        [("trade.exports", "yoy_pct", 8.7, "2025-05", "actual", "8.7%")],
    ),
    (
        "As expected, China's exports rose 8.7% in May from a year earlier.",
        "2025-06-09",
        [("trade.exports", "yoy_pct", 8.7, "2025-05", "actual", "8.7%")],
    ),
    (  # still a forecast: an expectation of the figure itself
        "China's exports are expected to rise 5% in June from a year earlier.",
        "2025-06-09",
        [("trade.exports", "yoy_pct", 5.0, "2025-06", "forecast", "5%")],
    ),
    (
        "Economists had expected China's exports to rise 5% in May from a year earlier.",
        "2025-06-09",
        [("trade.exports", "yoy_pct", 5.0, "2025-05", "forecast", "5%")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=lambda v: str(v)[:50])
def test_than_expected(text: str, published: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, published)))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["status"], r["value_text"])
        for r in result["rows"]
    ]
    assert found == expected
