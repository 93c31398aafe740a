"""Spans that end on a weekday, weekday lists, and halves of something else (issue 13).

"from Jan 14 to Sunday" in a story published on Wednesday 5 February 2025 is 14 January to
Sunday 2 February: the latest such weekday by the publication date. "the first half of this
year's travel rush" (or "of the month", "of the season") is no half-year: before, it was read as
"the first half of this year" and the figure became January-June, then was rejected as ending
after the publication date. "the first half of the year" and "of this year" stay half-years.
"on Friday, Saturday and Sunday" (or "from Friday to Sunday") are the latest such days by the
publication date. Vocabulary: "passengers traveling daily" counts daily trips, "June's trip count"
is passenger trips (a share of 2019's number).
"""

from __future__ import annotations

from datetime import date

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.periods import find_periods, resolve


def trips(measure: str, value: float, period: str, text: str, qualifier: str = "exact") -> R:
    unit = "percent" if measure.endswith("pct") else "count"
    return R("transport.passenger_trips", measure, value, unit, qualifier, period, text)


ACCEPT = [
    Case(
        "In the first half of this year's Spring Festival travel rush, running from Jan 14 to "
        "Sunday, about 4.8 billion passenger trips were made across China, a 7.2 percent "
        "increase from last year.",
        published="2025-02-05",
        rows=[
            trips(
                "level",
                4.8e9,
                "2025-01-14/P20D",
                "about 4.8 billion passenger trips",
                "approximately",
            ),
            trips("yoy_pct", 7.2, "2025-01-14/P20D", "7.2 percent"),
        ],
    ),
    Case(
        "More than 2.31 billion cross-regional passenger trips were made in China during the "
        "eight-day period from Jan 28 to Tuesday.",
        published="2025-02-05",
        rows=[trips("level", 2.31e9, "2025-01-28/P8D", "More than 2.31 billion", "at_least")],
    ),
    Case(
        "China's cross-regional passenger trips reached 1.2 billion from Dec. 28 through Tuesday.",
        published="2025-01-08",
        rows=[trips("level", 1.2e9, "2024-12-28/P11D", "1.2 billion")],
        note="the span crosses the new year: its first day is in the year before",
    ),
    Case(
        "China's exports rose 5.2 percent in the first half of this year.",
        published="2025-08-05",
        rows=[R("trade.exports", "yoy_pct", 5.2, "percent", "exact", "2025-S1", "5.2 percent")],
    ),
    Case(
        "China's exports rose 5.2 percent in the first half of the year.",
        published="2025-08-05",
        rows=[R("trade.exports", "yoy_pct", 5.2, "percent", "exact", "2025-S1", "5.2 percent")],
    ),
    Case(
        "Travel picked up markedly in China from Jan 30, with more than 300 million passengers "
        "traveling daily on Friday, Saturday and Sunday, each day higher than a year earlier.",
        published="2025-02-05",
        rows=[
            R(
                "transport.passenger_trips.daily_average",
                "level",
                300e6,
                "count",
                "at_least",
                "2025-01-31/P3D",
                "more than 300 million passengers",
            )
        ],
    ),
    Case(
        "China's June trip count was about 46.2 percent of the number recorded in the same "
        "period in 2019.",
        published="2022-07-12",
        rows=[trips("share_pct", 46.2, "2022-06", "about 46.2 percent", "approximately")],
    ),
    # rejected: no row
    Case("The team won 12 medals from Jan 14 to Sunday.", published="2025-02-05"),
    Case("China's team won 12 medals on Friday, Saturday and Sunday.", published="2025-02-05"),
    Case("China's central bank kept its policy rate at 3.1% from Friday to Sunday."),
    Case(
        "The zoo welcomed 3 pandas in the first half of this year's season.", published="2025-08-05"
    ),
    Case("The share price rose 4.2 percent from Jan 14 to Sunday.", published="2025-02-05"),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_weekday_spans_and_halves(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("from Jan 14 to Sunday", [("from Jan 14 to Sunday", "2025-01-14/P20D")]),
        (
            "from January 28 through Tuesday",
            [("from January 28 through Tuesday", "2025-01-28/P8D")],
        ),
        ("in the first half of this year's travel rush", []),
        ("in the first half of the month", []),
        ("during the second half of the season", []),
        ("in the first half of 2024's festival", []),
        ("in the first half of this year", [("in the first half of this year", "2025-S1")]),
        ("in the first half of the year", [("in the first half of the year", "2025-S1")]),
        ("in the first half of the current fiscal year", [("in the first half", "2025-S1")]),
        ("from June 1 to Sunday", []),  # more than three months: no story's span
        ("on Friday, Saturday and Sunday", [("on Friday, Saturday and Sunday", "2025-01-31/P3D")]),
        ("from Friday to Sunday", [("from Friday to Sunday", "2025-01-31/P3D")]),
        ("between Monday and Wednesday", [("between Monday and Wednesday", "2025-02-03/P3D")]),
        ("on Saturday and Monday", []),  # not in one week's order: no span
    ],
)
def test_phrases(text, found):
    published = date(2025, 2, 5)
    got = []
    for mention in find_periods(text):
        period = resolve(mention.spec, None, published) if mention.spec else None
        if period is not None:
            got.append((mention.text, period.label))
    assert got == found
