"""Macro breadth: money (M2, loans, social financing), labour (unemployment, income, payrolls),
property (investment, sales, floor area), agriculture output, GDP by industry (macro.*.*)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

P10M, P9M = "2025-01-01/P10M", "2025-01-01/P9M"
M2, NEW_LOANS = "macro.money.m2", "macro.money.loans.new"
TSF = "macro.money.social_financing"
UNEMPLOYMENT, INCOME = "macro.labour.unemployment_rate", "macro.labour.disposable_income_per_capita"
PROPERTY, RESIDENTIAL = "macro.property.investment", "macro.property.investment.residential"
TERTIARY, GRAIN = "macro.gdp.tertiary_industry", "macro.agriculture.grain_output"

ACCEPT = [
    Case(
        "China's M2, a broad measure of money supply, rose 8.2 percent year on year to 335.13 "
        "trillion yuan at the end of October, the People's Bank of China said.",
        rows=[
            R(M2, "yoy_pct", 8.2, "percent", "exact", "2025-10-31", "8.2 percent"),
            R(M2, "level", 3.3513e14, "CNY", "exact", "2025-10-31", "335.13 trillion yuan"),
        ],
    ),
    Case(
        "10月末，广义货币(M2)余额335.13万亿元，同比增长8.2%。",
        rows=[
            R(M2, "level", 3.3513e14, "CNY", "exact", "2025-10-31", "335.13万亿元"),
            R(M2, "yoy_pct", 8.2, "percent", "exact", "2025-10-31", "8.2%"),
        ],
    ),
    Case(
        "China's new yuan loans totaled 220 billion yuan in October, the central bank said.",
        rows=[R(NEW_LOANS, "level", 2.2e11, "CNY", "exact", "2025-10", "220 billion yuan")],
    ),
    Case(
        "China's outstanding total social financing grew 8.5 percent year on year at the end of October.",
        rows=[R(TSF, "yoy_pct", 8.5, "percent", "exact", "2025-10-31", "8.5 percent")],
    ),
    Case(
        "China's surveyed urban unemployment rate stood at 5.1 percent in October, down from 5.2 "
        "percent in September.",
        rows=[
            R(UNEMPLOYMENT, "level", 5.1, "percent", "exact", "2025-10", "5.1 percent"),
            R(UNEMPLOYMENT, "level", 5.2, "percent", "exact", "2025-09", "5.2 percent"),
        ],
    ),
    Case(
        "10月份，全国城镇调查失业率为5.1%，比上月下降0.1个百分点。",
        rows=[
            R(UNEMPLOYMENT, "level", 5.1, "percent", "exact", "2025-10", "5.1%"),
            R(UNEMPLOYMENT, "pp_change", -0.1, "percent", "exact", "2025-10", "0.1个百分点"),
        ],
    ),
    Case(
        "The U.S. unemployment rate rose to 4.1 percent in October, the Labor Department said.",
        rows=[
            R(
                UNEMPLOYMENT,
                "level",
                4.1,
                "percent",
                "exact",
                "2025-10",
                "4.1 percent",
                ref_area="US",
            )
        ],
    ),
    Case(
        "China's per capita disposable income reached 31,941 yuan in the first three quarters, "
        "up 5.1 percent year on year.",
        rows=[
            R(INCOME, "level", 31941.0, "CNY", "exact", P9M, "31,941 yuan"),
            R(INCOME, "yoy_pct", 5.1, "percent", "exact", P9M, "5.1 percent"),
        ],
    ),
    Case(
        "前三季度，全国居民人均可支配收入31941元，同比名义增长5.1%。",
        rows=[
            R(INCOME, "level", 31941.0, "CNY", "exact", P9M, "31941元"),
            R(INCOME, "yoy_pct", 5.1, "percent", "exact", P9M, "5.1%"),
        ],
    ),
    Case(
        "Investment in real estate development in China dropped 14.7 percent year on year to 7.36 trillion "
        "yuan in the first 10 months.",
        rows=[
            R(PROPERTY, "yoy_pct", -14.7, "percent", "exact", P10M, "14.7 percent"),
            R(PROPERTY, "level", 7.36e12, "CNY", "exact", P10M, "7.36 trillion yuan"),
        ],
    ),
    Case(
        "1—10月份，全国房地产开发投资73563亿元，同比下降14.7%；其中，住宅投资56578亿元，下降14.0%。",
        rows=[
            R(PROPERTY, "level", 7.3563e12, "CNY", "exact", P10M, "73563亿元"),
            R(PROPERTY, "yoy_pct", -14.7, "percent", "exact", P10M, "14.7%"),
            R(RESIDENTIAL, "level", 5.6578e12, "CNY", "exact", P10M, "56578亿元"),
            R(RESIDENTIAL, "yoy_pct", -14.0, "percent", "exact", P10M, "14.0%"),
        ],
    ),
    Case(
        "China's value added of the tertiary industry came to 54.9 trillion yuan in the first three "
        "quarters, up 5.4 percent year on year.",
        rows=[
            R(TERTIARY, "level", 5.49e13, "CNY", "exact", P9M, "54.9 trillion yuan"),
            R(TERTIARY, "yoy_pct", 5.4, "percent", "exact", P9M, "5.4 percent"),
        ],
    ),
    Case(
        "China's grain output reached 706.5 million tonnes in 2024, up 1.6 percent from the "
        "previous year.",
        published="2025-01-17",
        rows=[
            R(GRAIN, "level", 7.065e11, "kg", "exact", "2024", "706.5 million tonnes"),
            R(GRAIN, "yoy_pct", 1.6, "percent", "exact", "2024", "1.6 percent"),
        ],
    ),
    Case(
        "上半年，猪牛羊禽肉产量4291万吨，比上年同期增长2.0%。",
        rows=[
            R(
                "macro.agriculture.meat_output",
                "level",
                4.291e10,
                "kg",
                "exact",
                "2025-S1",
                "4291万吨",
            ),
            R(
                "macro.agriculture.meat_output",
                "yoy_pct",
                2.0,
                "percent",
                "exact",
                "2025-S1",
                "2.0%",
            ),
        ],
    ),
]
NO_ROW = [
    # counts that are no economic statistic, though the sentence has a period and a change
    Case("China's top leader said 1,200 delegates attended the congress in October."),
    Case("The panda center counted 58 pandas in October, up 3 percent from a year earlier."),
    # a policy rate is no money aggregate
    Case("The one-year loan prime rate was kept at 3.0 percent in October."),
    # the M2 of a sentence with no period at all: never guessed
    Case("M2 grew 8.2 percent, analysts said."),
    # M2 as the whole of a ratio is no M2 figure
    Case("China's M2 stood at 210 percent of GDP at the end of 2024, a ratio economists watch."),
]
BARE_COUNTS = [  # econstats.reader.bare_figures (was a known gap)
    Case(
        "U.S. nonfarm payrolls increased by 150,000 in October, the Labor Department said.",
        rows=[
            R(
                "macro.labour.nonfarm_payrolls",
                "abs_change",
                150000.0,
                "count",
                "exact",
                "2025-10",
                "150,000",
                ref_area="US",
            )
        ],
        note="a bare count with no unit word ('150,000'), read in a payroll sentence",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + BARE_COUNTS, ids=case_id)
def test_macro_breadth(case):
    assert rows_of(case, "macro" if case.rows else None) == case.rows
