"""A figure "per day" beside the period's total is a daily average (issue 13).

"trips totaled 2.31 billion, or 289 million per day": before, both were levels of
transport.passenger_trips for the holiday, and the repeats rule dropped one of them. "per day"
(and "每天平均", "daily on average") is a basis of vocab/figure_bases.csv: breakdown "daily
average", as "a daily average of" and "日均" were. Units that hold "per day" of their own are
not changed; figures with no "per day" keep no breakdown.
"""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

HOLIDAY = "During China's 2025 Spring Festival holiday, "

CASES = [
    (
        HOLIDAY + "cross-regional passenger trips totaled 2.31 billion, or 289 million per day.",
        [
            ("transport.passenger_trips", 2.31e9, None),
            ("transport.passenger_trips.daily_average", 289e6, None),
        ],
    ),
    (
        HOLIDAY + "cross-regional passenger trips averaged 290 million per day.",
        [("transport.passenger_trips.daily_average", 290e6, None)],
    ),
    (
        HOLIDAY + "railways handled an average of 15.2 million passenger trips per day.",
        [("transport.passenger_trips.rail", 15.2e6, "daily average")],
    ),
    (
        "2025年春节假期，全国铁路发送旅客每天平均1520万人次。",
        [("transport.passenger_trips.rail", 15.2e6, "daily average")],
    ),
    (
        HOLIDAY + "cross-regional passenger trips reached 2.31 billion.",
        [("transport.passenger_trips", 2.31e9, None)],
    ),
    # no row: counts that are no statistics, a price
    (HOLIDAY + "the zoo's 3 pandas ate 40 kilograms of bamboo per day.", []),
    (HOLIDAY + "China's athletes won 3 medals per day.", []),
]


@pytest.mark.parametrize(("text", "rows"), CASES, ids=[c[0][:60] for c in CASES])
def test_per_day_is_a_daily_average(text, rows):
    found = extract_document(doc_of(Case(text, published="2025-02-05")))["rows"]
    assert [(r["indicator"], r["value"], r["breakdown"]) for r in found] == rows
