"""A causal verb between two subjects ("Higher food prices lifted China's consumer price index by
2.8%", "食品价格上涨带动CPI上涨2.8%") makes the second the clause's subject: it is what the cause
moves, not a broader name of the first (clause_subjects.caused, vocab/causal_verbs.csv). Without
one, a broader name keeps the narrower subject ("food prices in the consumer price index rose
8.8%"). Medals that lift a mood give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

SEPT = "2022-09"
CASES = [
    Case(
        "Higher food prices, pork above all, lifted China's consumer price index by 2.8% in "
        "September from a year ago.",
        published="2022-10-14",
        rows=[R("prices.cpi", "yoy_pct", 2.8, "percent", "exact", SEPT, "2.8%")],
    ),
    Case(
        "Rising pork prices pushed China's consumer price index up 2.8% in September from a year "
        "ago.",
        published="2022-10-14",
        rows=[R("prices.cpi", "yoy_pct", 2.8, "percent", "exact", SEPT, "2.8%")],
    ),
    Case(
        "China's food prices rose 8.8% in September, pushing the consumer price index up 2.8% "
        "from a year ago.",
        published="2022-10-14",
        rows=[
            R("prices.cpi.food", "yoy_pct", 8.8, "percent", "exact", SEPT, "8.8%"),
            R("prices.cpi", "yoy_pct", 2.8, "percent", "exact", SEPT, "2.8%"),
        ],
    ),
    Case(
        "9月份,食品价格上涨带动全国居民消费价格指数(CPI)同比上涨2.8%。",
        published="2022-10-14",
        rows=[R("prices.cpi", "yoy_pct", 2.8, "percent", "exact", SEPT, "2.8%")],
    ),
    Case(
        "Cheaper energy dragged China's producer price index down 1.3% in September from a year "
        "ago.",
        published="2022-10-14",
        rows=[R("prices.ppi", "yoy_pct", -1.3, "percent", "exact", SEPT, "1.3%")],
    ),
    Case(
        "China's food prices in the consumer price index rose 8.8% in September from a year ago.",
        published="2022-10-14",
        rows=[R("prices.cpi.food", "yoy_pct", 8.8, "percent", "exact", SEPT, "8.8%")],
    ),
    Case("The team's 40 medals lifted the nation's mood; 388 athletes took part."),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
