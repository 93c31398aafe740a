"""Prices extractor: CPI and PPI changes."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of, strict_xfail

ACCEPT = [
    Case(
        "China's consumer price index rose 0.2 percent year on year in October, reversing a 0.3 "
        "percent decline in September, while the producer price index fell 2.1 percent.",
        published="2025-11-09",
        rows=[
            R("prices.cpi", "yoy_pct", 0.2, "percent", "exact", "2025-10", "0.2 percent"),
            R("prices.cpi", "yoy_pct", -0.3, "percent", "exact", "2025-09", "0.3 percent"),
            R("prices.ppi", "yoy_pct", -2.1, "percent", "exact", "2025-10", "2.1 percent"),
        ],
    ),
    Case(
        "China's CPI edged up 0.5 percent year-on-year in January, and PPI declined 2.3 percent.",
        published="2025-02-09",
        rows=[
            R("prices.cpi", "yoy_pct", 0.5, "percent", "exact", "2025-01", "0.5 percent"),
            R("prices.ppi", "yoy_pct", -2.3, "percent", "exact", "2025-01", "2.3 percent"),
        ],
    ),
    Case(
        "On a monthly basis, China's CPI rose 0.2 percent month on month in October 2025.",
        rows=[R("prices.cpi", "mom_pct", 0.2, "percent", "exact", "2025-10", "0.2 percent")],
    ),
    Case(
        "China's consumer inflation slowed to 0.2 percent in 2024 from 0.2 percent in 2023, the "
        "NBS said.",
        published="2025-01-09",
        rows=[
            R("prices.cpi", "yoy_pct", 0.2, "percent", "exact", "2024", "0.2 percent"),
            R("prices.cpi", "yoy_pct", 0.2, "percent", "exact", "2023", "0.2 percent"),
        ],
        note="'inflation' names a growth rate (its terms have no level): its percent is the CPI's "
        "rate year on year (rate_changes.rate_term)",
    ),
    Case(
        "China's factory-gate prices dropped 2.8 percent from a year earlier in June 2024.",
        published="2024-07-10",
        rows=[R("prices.ppi", "yoy_pct", -2.8, "percent", "exact", "2024-06", "2.8 percent")],
    ),
    Case(
        "China's core CPI growth accelerated by 0.3 percentage points in October from September.",
        rows=[
            R(
                "prices.cpi.core",
                "pp_change",
                0.3,
                "percent",
                "exact",
                "2025-10",
                "0.3 percentage points",
            )
        ],
    ),
    Case(
        "10月份，全国居民消费价格同比上涨0.2%，环比上涨0.2%。",
        rows=[
            R("prices.cpi", "yoy_pct", 0.2, "percent", "exact", "2025-10", "0.2%"),
            R("prices.cpi", "mom_pct", 0.2, "percent", "exact", "2025-10", "0.2%"),
        ],
    ),
    Case(
        "10月份，全国工业生产者出厂价格同比下降2.1%。",
        rows=[R("prices.ppi", "yoy_pct", -2.1, "percent", "exact", "2025-10", "2.1%")],
    ),
    Case(
        "China's food prices fell 2.9 percent year on year in October, while core CPI rose 1.2 percent.",
        rows=[
            R("prices.cpi.food", "yoy_pct", -2.9, "percent", "exact", "2025-10", "2.9 percent"),
            R("prices.cpi.core", "yoy_pct", 1.2, "percent", "exact", "2025-10", "1.2 percent"),
        ],
    ),
    Case(
        "10月份，食品价格下降2.9%，非食品价格上涨0.8%。",
        rows=[
            R("prices.cpi.food", "yoy_pct", -2.9, "percent", "exact", "2025-10", "2.9%"),
            R("prices.cpi.non_food", "yoy_pct", 0.8, "percent", "exact", "2025-10", "0.8%"),
        ],
    ),
    Case(
        "China's new home prices fell 0.5 percent month on month in October.",
        rows=[R("prices.new_homes", "mom_pct", -0.5, "percent", "exact", "2025-10", "0.5 percent")],
    ),
    Case(
        "內地8月份新建商品住宅價格按年跌2.5%，按月跌0.3%。",
        published="2025-09-20",
        rows=[
            R("prices.new_homes", "yoy_pct", -2.5, "percent", "exact", "2025-08", "2.5%"),
            R("prices.new_homes", "mom_pct", -0.3, "percent", "exact", "2025-08", "0.3%"),
        ],
    ),
]
NO_ROW = [
    # a price of a single good is no price index
    Case("A kilogram of pork cost 25 yuan at the market in October, shoppers said."),
    Case("The CPI report will be released on November 9, according to the NBS calendar."),
    Case("Consumer prices in the 1990s were a popular topic of the 10 films shown."),
]
XFAIL: list[Case] = []


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + strict_xfail(XFAIL), ids=case_id)
def test_prices(case):
    assert rows_of(case, "prices" if case.rows else None) == case.rows
