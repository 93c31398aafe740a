"""A comparison said once after a list of percents ("jumped 53.2 percent and 82.2 percent,
respectively, month-on-month") holds for each of them (econstats.reader.list_comparisons); a figure with
its own comparison keeps it ("3.1% year on year and 2.4% month on month"). A base said before
a sentence's first figure ("Compared with July 2015, exports fell 5.2%, and imports 3.1%") is
the base of each figure with no comparison of its own (measures.Bases.lead)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.figures import find_raw_figures
from econstats.reader.measures import build_figures
from econstats.reader.periods import find_periods

MEASURES = [
    (
        "Passenger trips in May and June jumped 53.2 percent and 82.2 percent, respectively, "
        "month-on-month, and the daily count on June 29 exceeded 1 million.",
        ["mom_pct", "mom_pct", "level"],
    ),
    ("Exports and imports rose 3.1% and 2.4% from the previous month.", ["mom_pct"] * 2),
    ("Output rose 1.2%, 0.8% and 0.5% quarter on quarter.", ["qoq_pct"] * 3),
    ("Exports rose 3.1% year on year and 2.4% month on month.", ["yoy_pct", "mom_pct"]),
    ("Exports rose 5%, and imports fell 2% month on month.", ["yoy_pct", "mom_pct"]),
    ("Retail sales rose 3.1%, 2.4% and 5% in the three months.", ["yoy_pct"] * 3),
]


@pytest.mark.parametrize(("text", "measures"), MEASURES, ids=[m[0][:50] for m in MEASURES])
def test_listed_percents_share_a_comparison(text: str, measures: list[str]) -> None:
    figures = build_figures(text, 0, find_raw_figures(text, 0), find_periods(text, 0))
    assert [figure.measure for figure in figures] == measures


CASES = [
    Case(
        "China's civil aviation passenger trips in May and June jumped 53.2 percent and 82.2 "
        "percent, respectively, month-on-month.",
        published="2022-07-10",
        rows=[
            R(
                "transport.passenger_trips.air",
                "mom_pct",
                53.2,
                "percent",
                "exact",
                "2022-05",
                "53.2 percent",
            ),
            R(
                "transport.passenger_trips.air",
                "mom_pct",
                82.2,
                "percent",
                "exact",
                "2022-06",
                "82.2 percent",
            ),
        ],
    ),
    Case(
        "China's exports rose 3.1% year on year and 2.4% month on month in June.",
        published="2022-07-10",
        rows=[
            R("trade.exports", "yoy_pct", 3.1, "percent", "exact", "2022-06", "3.1%"),
            R("trade.exports", "mom_pct", 2.4, "percent", "exact", "2022-06", "2.4%"),
        ],
    ),
    Case(
        "German exports were up by 5.0% in August 2015 year on year. Compared with July 2015, "
        "exports fell a calendar and seasonally adjusted 5.2%, and imports 3.1%.",
        published="2015-10-09",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                5.0,
                "percent",
                "exact",
                "2015-08",
                "5.0%",
                ref_area="DE",
            ),
            R(
                "trade.exports",
                "mom_pct",
                -5.2,
                "percent",
                "exact",
                "2015-08",
                "5.2%",
                ref_area="DE",
            ),
            R(
                "trade.imports",
                "mom_pct",
                -3.1,
                "percent",
                "exact",
                "2015-08",
                "3.1%",
                ref_area="DE",
            ),
        ],
        note="a base said before the first figure holds for the figures with no comparison",
    ),
    Case(
        "China's retail sales rose 5% in May. Compared with the same period last year, online "
        "sales grew 8%.",
        published="2015-06-15",
        rows=[
            R("retail.sales", "yoy_pct", 5.0, "percent", "exact", "2015-05", "5%"),
            R("retail.sales.online", "yoy_pct", 8.0, "percent", "exact", "2015-05", "8%"),
        ],
    ),
    Case("China's athletes won 40 medals and 12 percent more than in May, respectively."),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
