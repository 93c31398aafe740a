"""A central bank's gold reserves in troy ounces (issue 13): "ounces", "troy ounces", "oz" and
"盎司" are the ISO 4217 unit XAU, and gold reserves or holdings (macro.gold_reserves) a stock at
the day, as foreign exchange reserves. Prices per ounce, a miner's output and silver are no
gold reserves: no gold reserves row (a price per ounce may be a commodity price)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "Figures published by the People's Bank of China on the 7th showed that as of the end of "
        "September this year, gold reserves stood at 74.06 million ounces, an increase of 40,000 "
        "ounces compared to the end of August.",
        published="2025-10-07",
        rows=[
            R(
                "macro.gold_reserves",
                "level",
                74.06e6,
                "XAU",
                "exact",
                "2025-09-30",
                "74.06 million ounces",
            ),
            R(
                "macro.gold_reserves",
                "abs_change",
                40000.0,
                "XAU",
                "exact",
                "2025-09",
                "40,000 ounces",
            ),
        ],
    ),
    Case(
        "China's gold reserves rose to 62.64 million troy ounces at the end of September.",
        published="2019-10-07",
        rows=[
            R(
                "macro.gold_reserves",
                "level",
                62.64e6,
                "XAU",
                "exact",
                "2019-09-30",
                "62.64 million troy ounces",
            ),
        ],
    ),
    Case(
        "中国人民银行公布数据显示，中国9月末黄金储备报7406万盎司。",
        published="2025-10-07",
        rows=[
            R("macro.gold_reserves", "level", 74.06e6, "XAU", "exact", "2025-09-30", "7406万盎司")
        ],
    ),
    Case(
        "China's gold prices rose to 4,000 U.S. dollars per ounce in October.",
        note="a market price per ounce: no row",
    ),
    Case(
        "The Chinese miner produced 300,000 ounces of gold in 2024, and silver output reached 5 "
        "million ounces.",
        published="2025-03-07",
        note="a miner's output and silver: no gold reserves",
    ),
    Case(
        "China's gold reserves rose for the 11th month in a row in September, with 5 delegates "
        "present.",
        published="2025-10-07",
        note="a streak's ordinal and a count of delegates: no figure",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_gold_reserves(case):
    # only the gold reserves rows: a price per ounce may be a commodity price (prices topic)
    assert [r for r in rows_of(case) if r.indicator == "macro.gold_reserves"] == case.rows
