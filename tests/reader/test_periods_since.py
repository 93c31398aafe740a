"""An earlier value after "since a"/"since an" ("the quickest pace since a 3.3% increase in April
2020", "the fastest since an 8.5% rise in January") is read with its own period, and that period
is not the story's: the figures after it keep the story's month (vocab/cues.csv, role prior).
A "since" date with no figure gives no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "China's consumer price index rose 2.8% in September from a year ago.\n\n"
        "According to Wind, the consumer price index posted its quickest pace since a 3.3% "
        "year-on-year increase in April 2020.\n\n"
        "The producer price index was up 0.9% from a year ago.",
        published="2022-10-14",
        rows=[
            R("prices.cpi", "yoy_pct", 2.8, "percent", "exact", "2022-09", "2.8%"),
            R("prices.cpi", "yoy_pct", 3.3, "percent", "exact", "2020-04", "3.3%"),
            R("prices.ppi", "yoy_pct", 0.9, "percent", "exact", "2022-09", "0.9%"),
        ],
    ),
    Case(
        "China's exports rose 5.1% in May from a year earlier, the fastest since an 8.5% rise in "
        "January.\n\nImports fell 2% from a year earlier.",
        published="2022-06-09",
        rows=[
            R("trade.exports", "yoy_pct", 5.1, "percent", "exact", "2022-05", "5.1%"),
            R("trade.exports", "yoy_pct", 8.5, "percent", "exact", "2022-01", "8.5%"),
            R("trade.imports", "yoy_pct", -2.0, "percent", "exact", "2022-05", "2%"),
        ],
    ),
    Case(
        "It was the fastest pace since 2021, and 388 athletes have won 40 medals since a 2019 "
        "reform.",
        published="2022-06-09",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
