"""An expectation beside the actual figure is a forecast of the same period, never a repeat of
the actual one: written after its figure's noun ("the 6.1% decline predicted in a Reuters poll",
expectations.expected_after, vocab/expected_after.csv) or before it ("economists had looked for
a slight increase of 0.4%", vocab/statuses.csv). Its sign is its own noun's ("fell short of the
5.6 percent growth forecasted": +5.6). "As expected" leaves the actual figure actual; medals,
share prices and policy rates stay unpublished."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document


def rows(text: str, published: str) -> list[tuple]:
    """(indicator, measure, value, period, value_text, status) of each row."""
    found = extract_document(doc_of(Case(text, published=published)))["rows"]
    return [
        (r["indicator"], r["measure"], r["value"], r["period"], r["value_text"], r["status"])
        for r in found
    ]


ACCEPT = [
    (
        "China's retail sales fell by 11.1% in April from a year ago, a steeper drop than the "
        "6.1% decline predicted in a Reuters poll.",
        "2022-05-16",
        [
            ("retail.sales", "yoy_pct", -11.1, "2022-04", "11.1%", "actual"),
            ("retail.sales", "yoy_pct", -6.1, "2022-04", "6.1%", "forecast"),
        ],
    ),
    (
        "China's industrial production was down by 2.9% from a year ago in April, whereas "
        "economists had looked for a slight increase of 0.4%.",
        "2022-05-16",
        [
            ("macro.industrial_value_added", "yoy_pct", -2.9, "2022-04", "2.9%", "actual"),
            ("macro.industrial_value_added", "yoy_pct", 0.4, "2022-04", "0.4%", "forecast"),
        ],
    ),
    (
        "The US unemployment rate was unchanged at 3.7 percent in August. Economists had been "
        "looking for 158,000 new jobs and for the jobless rate to hold at 3.7 percent.",
        "2019-09-06",
        [
            ("macro.labour.unemployment_rate", "level", 3.7, "2019-08", "3.7 percent", "actual"),
            ("macro.labour.unemployment_rate", "level", 3.7, "2019-08", "3.7 percent", "forecast"),
        ],
    ),
    (
        "China's retail sales rose 3.4% in August from a year earlier, above the 3% growth "
        "expected by analysts.",
        "2025-09-15",
        [
            ("retail.sales", "yoy_pct", 3.4, "2025-08", "3.4%", "actual"),
            ("retail.sales", "yoy_pct", 3.0, "2025-08", "3%", "forecast"),
        ],
    ),
    (
        "China's exports rose 5% in August from a year earlier, more than the 4% forecast by "
        "economists polled by Reuters.",
        "2025-09-15",
        [
            ("trade.exports", "yoy_pct", 5.0, "2025-08", "5%", "actual"),
            ("trade.exports", "yoy_pct", 4.0, "2025-08", "4%", "forecast"),
        ],
    ),
    (
        "China's industrial output rose 5.2 percent in August from a year earlier. That fell "
        "short of the 5.6 percent growth forecasted by a Bloomberg survey of economists.",
        "2025-09-15",
        [
            ("macro.industrial_value_added", "yoy_pct", 5.2, "2025-08", "5.2 percent", "actual"),
            ("macro.industrial_value_added", "yoy_pct", 5.6, "2025-08", "5.6 percent", "forecast"),
        ],
    ),
    (
        "China's retail sales rose 3.4% in August from a year earlier, as expected by analysts.",
        "2025-09-15",
        [("retail.sales", "yoy_pct", 3.4, "2025-08", "3.4%", "actual")],
    ),
]

REJECT = [
    ("China won 40 gold medals, more than the 35 medals predicted by analysts.", "2025-09-15"),
    ("Apple shares rose 3% on Monday, more than the 2% gain expected by analysts.", "2025-09-15"),
    (
        "China's central bank cut the policy rate to 3.1 percent, below the 3.2 percent expected "
        "by analysts.",
        "2025-09-15",
    ),
    (
        "About 120 delegates were expected by organisers, and 95 pandas in a Reuters poll.",
        "2025-09-15",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACCEPT, ids=lambda v: str(v)[:50])
def test_expectations_are_forecasts(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published"), REJECT, ids=lambda v: str(v)[:50])
def test_expectations_of_no_statistic(text: str, published: str) -> None:
    assert rows(text, published) == []
