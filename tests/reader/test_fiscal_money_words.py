"""Fiscal and monetary vocabulary of issue 13's tenth round.

- Tax and fee cuts (fiscal.tax_fee_cuts): the revenue a government gives up by policy, a figure
  China's finance ministry reports every year ("tax and fee cuts, which would top 2.3 trillion
  yuan in 2019", "减税降费2.36万亿元"); a count of firms the cuts helped is none.
- "Its growth rate", "Its growth" opening a sentence continue the subject of the sentence before
  (vocab/anaphors.csv): "M1 grew 14.7 percent ... Its growth rate was 6.1 percentage points
  higher than that at the end of December" is M1's; an ordinal or a date after "Its" is none.
- A figure after "higher than" or "lower than" is the earlier value the figure before it is
  compared with (vocab/cues.csv, role prior): its period is its own, never the percent's ("new
  lending 3.5% higher than 3.13 trillion yuan issued in the same month a year earlier": the
  3.5% is March 2023's, the 3.13 trillion March 2022's).
- A figure on a comparable basis ("扣除特殊因素", "可比增长", "on a comparable basis") is its own
  observation beside the plain one (vocab/figure_bases.csv, breakdown "comparable"): "同比下降
  2.8%" and "可比增长1.5%左右" are two, not a repeat.
- An amount of a term that names a change and has no level (measures abs_change only:
  "净投放现金") is that change: "上半年净投放现金4292亿元" (extract.as_change; before, a level the
  term does not have, rejected).
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CUTS = [
    Case(
        "China's ministry blamed the slowdown on the government's tax and fee cuts, which would "
        "top 2.3 trillion yuan in 2019 and were aimed above all at manufacturers.",
        published="2020-01-20",
        rows=[
            R(
                "fiscal.tax_fee_cuts",
                "level",
                2.3e12,
                "CNY",
                "at_least",
                "2019",
                "2.3 trillion yuan",
                "forecast",
            ),
        ],
    ),
    Case(
        "China's new tax and fee cuts totaled 1.8 trillion yuan in the first half, the ministry "
        "said.",
        published="2022-07-14",
        rows=[
            R(
                "fiscal.tax_fee_cuts",
                "level",
                1.8e12,
                "CNY",
                "exact",
                "2022-S1",
                "1.8 trillion yuan",
            )
        ],
    ),
    Case(
        "2019年，全国减税降费2.36万亿元。",
        published="2020-01-20",
        rows=[R("fiscal.tax_fee_cuts", "level", 2.36e12, "CNY", "exact", "2019", "2.36万亿元")],
    ),
    Case(
        "China's tax and fee cuts helped 3 million small firms in 2024.",
        published="2025-01-20",
        note="a count of firms helped: no figure of the cuts",
    ),
]

ITS = [
    Case(
        "China's M1 grew by 14.7 percent year on year at the end of January. Its growth rate was "
        "6.1 percentage points higher than that at the end of December.",
        published="2021-02-10",
        rows=[
            R("macro.money.m1", "yoy_pct", 14.7, "percent", "exact", "2021-01-31", "14.7 percent"),
            R(
                "macro.money.m1",
                "pp_change",
                6.1,
                "percent",
                "exact",
                "2021-01-31",
                "6.1 percentage points",
            ),
        ],
    ),
    Case(
        "China's industrial output rose 5.6 percent year on year in October. Its growth was 0.9 "
        "percentage points lower than in September.",
        published="2025-11-14",
        rows=[
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                5.6,
                "percent",
                "exact",
                "2025-10",
                "5.6 percent",
            ),
            R(
                "macro.industrial_value_added",
                "pp_change",
                -0.9,
                "percent",
                "exact",
                "2025-10",
                "0.9 percentage points",
            ),
        ],
    ),
    Case(
        "China's M1 grew by 14.7 percent year on year at the end of January. Its 75th anniversary "
        "fell on December 1.",
        published="2021-02-10",
        rows=[
            R("macro.money.m1", "yoy_pct", 14.7, "percent", "exact", "2021-01-31", "14.7 percent")
        ],
        note="an anniversary and a date after 'Its': nothing",
    ),
]

THAN = [
    Case(
        "China's new yuan loans were expected at 3.24 trillion yuan in March. That would leave new "
        "lending 3.5% higher than 3.13 trillion yuan issued in the same month a year earlier.",
        published="2023-04-10",
        rows=[
            R(
                "macro.money.loans.new",
                "level",
                3.24e12,
                "CNY",
                "exact",
                "2023-03",
                "3.24 trillion yuan",
                "forecast",
            ),
            R(
                "macro.money.loans.new",
                "yoy_pct",
                3.5,
                "percent",
                "exact",
                "2023-03",
                "3.5%",
                "forecast",
            ),
            R(
                "macro.money.loans.new",
                "level",
                3.13e12,
                "CNY",
                "exact",
                "2022-03",
                "3.13 trillion yuan",
                "actual",  # issued a year earlier: a past value in a forecast sentence
            ),
        ],
    ),
    Case(
        "China's tax revenue in 2024 was 5 percent lower than 18 trillion yuan in 2023.",
        published="2025-01-20",
        rows=[
            R("fiscal.revenue.tax", "yoy_pct", -5.0, "percent", "exact", "2024", "5 percent"),
            R("fiscal.revenue.tax", "level", 18e12, "CNY", "exact", "2023", "18 trillion yuan"),
        ],
    ),
    Case(
        "China's retail sales rose 3 percent in October, higher than 2.9 percent in September.",
        rows=[
            R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-10", "3 percent"),
            R("retail.sales", "yoy_pct", 2.9, "percent", "exact", "2025-09", "2.9 percent"),
        ],
    ),
    Case(
        "China's retail sales were 3 percent higher than a year earlier in October.",
        rows=[R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-10", "3 percent")],
        note="'higher than a year earlier': a comparison, no earlier figure",
    ),
    Case(
        "China's retail sales were higher than on October 1, 2024, when 300 delegates met.",
        note="a date and a count of delegates after 'higher than': nothing",
    ),
]

COMPARABLE = [
    Case(
        "上半年全国一般公共预算收入115913亿元 扣除特殊因素可比增长1.5%左右\n\n中国财政部22日发布的"
        "数据显示,上半年,全国一般公共预算收入115913亿元,同比下降2.8%。扣除特殊因素影响后,上半年全国"
        "收入继续保持恢复性增长态势,可比增长1.5%左右。",
        published="2024-07-22",
        rows=[
            R("fiscal.revenue", "yoy_pct", 1.5, "percent", "exact", "2024-S1", "1.5%"),
            R("fiscal.revenue", "level", 115913e8, "CNY", "exact", "2024-S1", "115913亿元"),
            R("fiscal.revenue", "yoy_pct", -2.8, "percent", "exact", "2024-S1", "2.8%"),
        ],
    ),
    Case(
        "China's fiscal revenue fell 2.8 percent in the first half, but rose 1.5 percent on a "
        "comparable basis.",
        published="2024-07-22",
        rows=[
            R("fiscal.revenue", "yoy_pct", -2.8, "percent", "exact", "2024-S1", "2.8 percent"),
            R("fiscal.revenue", "yoy_pct", 1.5, "percent", "exact", "2024-S1", "1.5 percent"),
        ],
    ),
    Case(
        "中国财政部数据显示,上半年全国一般公共预算收入同比下降2.8%,可比口径下有3个省份增长。",
        published="2024-07-22",
        rows=[R("fiscal.revenue", "yoy_pct", -2.8, "percent", "exact", "2024-S1", "2.8%")],
        note="a count of provinces: no figure",
    ),
]

CHANGE_TERMS = [
    Case(
        "中国人民银行数据显示,6月末流通中货币(M0)余额11.77万亿元,同比增长11.7%。上半年净投放现金4292亿元。",
        published="2024-07-12",
        rows=[
            R("macro.money.m0", "level", 11.77e12, "CNY", "exact", "2024-06-30", "11.77万亿元"),
            R("macro.money.m0", "yoy_pct", 11.7, "percent", "exact", "2024-06-30", "11.7%"),
            R(
                "macro.money.net_cash_injection",
                "abs_change",
                4292e8,
                "CNY",
                "exact",
                "2024-S1",
                "4292亿元",
            ),
        ],
    ),
    Case(
        "中国人民银行数据显示,上半年净投放现金减少3%,共有5家银行参与。",
        published="2024-07-12",
        note="a percent of a change term is no amount; a count of banks: no row",
    ),
]


@pytest.mark.parametrize("case", CUTS + ITS + THAN + COMPARABLE + CHANGE_TERMS, ids=case_id)
def test_fiscal_money_words(case):
    assert rows_of(case) == case.rows
