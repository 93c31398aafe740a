"""Percent figures that only continue a change, shares of a plan, and figures on another basis.

- continuations.inherits_sign: a percent with no cue of its own continues the change before it
  across the previous figure's short tail ("fell 16 percent in 2024, 13.2 percent in 2023"), in
  brackets ("rose 3 percent (2.9 percent in real terms)") or as the percent of a money change
  ("rose by 60 billion yuan, or 2.4 percent", "年增600億元或24.9%"); a share ("30 percent of
  the total") or a clause with its own subject and verb is no continuation.
- vocab/changes.csv: "widened"/"narrowed" and headline present tenses ("Profit Surges 130%");
  vocab/cues.csv: "making up 98 percent of" is a share, not the change word "up".
- plan_shares.plan_share: a percent of a budget or target is the amount's share_pct, its plan
  the breakdown ("53.2 percent of the annual budget", "占预算数的83.5%").
- rate_changes.allows: a part of a whole (schema/indicators.csv part_of) has a share_pct
  ("the tertiary industry ... accounting for 60.2 per cent of overall growth").
- figure_bases.figure_basis: "in real terms", "at constant currency", "按固定匯率計算" make a
  breakdown, so the nominal and the adjusted figure are two rows, not a repeat.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

ACCEPT = [
    Case(
        "China's local government income from land sales fell 16 percent in 2024, 13.2 percent "
        "in 2023, and 23 percent in 2022.",
        published="2025-02-10",
        rows=[
            R(
                "fiscal.funds.revenue.land_sales",
                "yoy_pct",
                -16.0,
                "percent",
                "exact",
                "2024",
                "16 percent",
            ),
            R(
                "fiscal.funds.revenue.land_sales",
                "yoy_pct",
                -13.2,
                "percent",
                "exact",
                "2023",
                "13.2 percent",
            ),
            R(
                "fiscal.funds.revenue.land_sales",
                "yoy_pct",
                -23.0,
                "percent",
                "exact",
                "2022",
                "23 percent",
            ),
        ],
    ),
    Case(
        "China's per capita disposable income of rural residents was 15,705 yuan in the first "
        "three quarters, up 7.6 percent in nominal terms and 7.3 percent in real terms.",
        published="2023-10-18",
        rows=[
            R(
                "macro.labour.disposable_income_per_capita.rural",
                "level",
                15705.0,
                "CNY",
                "exact",
                "2023-01-01/P9M",
                "15,705 yuan",
            ),
            R(
                "macro.labour.disposable_income_per_capita.rural",
                "yoy_pct",
                7.6,
                "percent",
                "exact",
                "2023-01-01/P9M",
                "7.6 percent",
            ),
            R(
                "macro.labour.disposable_income_per_capita.rural",
                "yoy_pct",
                7.3,
                "percent",
                "exact",
                "2023-01-01/P9M",
                "7.3 percent",
            ),
        ],
    ),
    Case(
        "China's retail sales rose 3 percent in October (2.9 percent in real terms).",
        published="2025-11-13",
        rows=[
            R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-10", "3 percent"),
            R("retail.sales", "yoy_pct", 2.9, "percent", "exact", "2025-10", "2.9 percent"),
        ],
    ),
    Case(
        "China's fiscal revenue rose by 60 billion yuan, or 2.4 percent, in October.",
        published="2025-11-13",
        rows=[
            R("fiscal.revenue", "abs_change", 6e10, "CNY", "exact", "2025-10", "60 billion yuan"),
            R("fiscal.revenue", "yoy_pct", 2.4, "percent", "exact", "2025-10", "2.4 percent"),
        ],
    ),
    Case(
        "台灣10月營所稅實徵3012億元，年增600億元或24.9%。",
        published="2025-11-10",
        rows=[
            R(
                "fiscal.revenue.tax.corporate_income",
                "level",
                3.012e11,
                "TWD",
                "exact",
                "2025-10",
                "3012億元",
                ref_area="TW",
            ),
            R(
                "fiscal.revenue.tax.corporate_income",
                "abs_change",
                6e10,
                "TWD",
                "exact",
                "2025-10",
                "600億元",
                ref_area="TW",
            ),
            R(
                "fiscal.revenue.tax.corporate_income",
                "yoy_pct",
                24.9,
                "percent",
                "exact",
                "2025-10",
                "24.9%",
                ref_area="TW",
            ),
        ],
    ),
    Case(
        "China's general public budget expenditure reached 10.5 trillion yuan in the first half, "
        "53.2 percent of the budget.",
        published="2018-07-18",
        rows=[
            R(
                "fiscal.expenditure",
                "level",
                1.05e13,
                "CNY",
                "exact",
                "2018-S1",
                "10.5 trillion yuan",
            ),
            R(
                "fiscal.expenditure",
                "share_pct",
                53.2,
                "percent",
                "exact",
                "2018-S1",
                "53.2 percent",
            ),
        ],
    ),
    Case(
        "今年前10个月，全国税收收入2.9万亿元，占预算数的83.5%。",
        published="2025-11-10",
        rows=[
            R(
                "fiscal.revenue.tax",
                "level",
                2.9e12,
                "CNY",
                "exact",
                "2025-01-01/P10M",
                "2.9万亿元",
            ),
            R(
                "fiscal.revenue.tax",
                "share_pct",
                83.5,
                "percent",
                "exact",
                "2025-01-01/P10M",
                "83.5%",
            ),
        ],
    ),
    Case(  # period_grammar plan_whole: "全年預算數的" is the plan's year, not the figure's period
        "累計前10月，台灣全國賦稅收入達3兆2884億元，較去年同期微減0.2%，占累計分配預算數的97.8%、"
        "全年預算數的86.5%。",
        published="2025-11-10",
        rows=[
            R(
                "fiscal.revenue.tax",
                "level",
                3.2884e12,
                "TWD",
                "exact",
                "2025-01-01/P10M",
                "3兆2884億元",
                ref_area="TW",
            ),
            R(
                "fiscal.revenue.tax",
                "yoy_pct",
                -0.2,
                "percent",
                "exact",
                "2025-01-01/P10M",
                "0.2%",
                ref_area="TW",
            ),
            R(
                "fiscal.revenue.tax",
                "share_pct",
                97.8,
                "percent",
                "exact",
                "2025-01-01/P10M",
                "97.8%",
                ref_area="TW",
            ),
            R(
                "fiscal.revenue.tax",
                "share_pct",
                86.5,
                "percent",
                "exact",
                "2025-01-01/P10M",
                "86.5%",
                ref_area="TW",
            ),
        ],
    ),
    Case(
        "China's general public budget expenditure reached 10.5 trillion yuan in the first half, "
        "53.2 percent of the annual budget.",
        published="2018-07-18",
        rows=[
            R(
                "fiscal.expenditure",
                "level",
                1.05e13,
                "CNY",
                "exact",
                "2018-S1",
                "10.5 trillion yuan",
            ),
            R(
                "fiscal.expenditure",
                "share_pct",
                53.2,
                "percent",
                "exact",
                "2018-S1",
                "53.2 percent",
            ),
        ],
    ),
    Case(
        "China's exports slumped 7 percent in May.",
        published="2025-06-09",
        rows=[R("trade.exports", "yoy_pct", -7.0, "percent", "exact", "2025-05", "7 percent")],
    ),
    Case(
        "China's trade surplus narrowed 12 percent in May to 80 billion dollars.",
        published="2025-06-09",
        rows=[
            R("trade.balance", "yoy_pct", -12.0, "percent", "exact", "2025-05", "12 percent"),
            R("trade.balance", "level", 8e10, "USD", "exact", "2025-05", "80 billion dollars"),
        ],
    ),
]

LAST_YEAR = [  # vocab/comparisons.csv + measures.percent_change: "from last year" is yoy
    Case(
        "China's domestic tourist trips reached 126 million during the Qingming holiday, up 6.3 "
        "percent from last year.",
        published="2025-04-07",
        rows=[
            R(
                "transport.tourism.domestic_trips",
                "level",
                1.26e8,
                "count",
                "exact",
                "2025-04-04/P3D",
                "126 million",
            ),
            R(
                "transport.tourism.domestic_trips",
                "yoy_pct",
                6.3,
                "percent",
                "exact",
                "2025-04-04/P3D",
                "6.3 percent",
            ),
        ],
    ),
    Case(
        "China's retail sales fell 4.8 percent in January-November 2020 compared to last year.",
        published="2020-12-15",
        rows=[
            R("retail.sales", "yoy_pct", -4.8, "percent", "exact", "2020-01-01/P11M", "4.8 percent")
        ],
    ),
]

PART_SHARES = [  # rate_changes.allows: a part (indicators.csv part_of) has a share of its whole
    Case(
        "Among sectors, China's tertiary industry expanded by 5.4 per cent to 80.89 trillion yuan "
        "in 2025, accounting for 60.2 per cent of overall growth.",
        published="2026-01-20",
        rows=[
            R(
                "macro.gdp.tertiary_industry",
                "yoy_pct",
                5.4,
                "percent",
                "exact",
                "2025",
                "5.4 per cent",
            ),
            R(
                "macro.gdp.tertiary_industry",
                "level",
                8.089e13,
                "CNY",
                "exact",
                "2025",
                "80.89 trillion yuan",
            ),
            R(
                "macro.gdp.tertiary_industry",
                "share_pct",
                60.2,
                "percent",
                "exact",
                "2025",
                "60.2 per cent",
            ),
        ],
    ),
    Case(
        "In May, China's tax revenue made up 82 percent of fiscal revenue.",
        published="2025-06-09",
        rows=[
            R("fiscal.revenue.tax", "share_pct", 82.0, "percent", "exact", "2025-05", "82 percent")
        ],
    ),
]

NO_ROW = [  # the percent after the first figure gives no row of its own change
    Case(
        "China's exports rose 5 percent in May, and the unemployment rate was 5.1 percent.",
        published="2025-06-09",
        rows=[
            R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-05", "5 percent"),
            R(
                "macro.labour.unemployment_rate",
                "level",
                5.1,
                "percent",
                "exact",
                "2025-05",
                "5.1 percent",
            ),
        ],
        note="a clause with its own subject and verb: the rate's level, no continued change",
    ),
    Case(
        "China's retail sales rose 5 percent in May, 30 percent of it online.",
        published="2025-06-09",
        rows=[R("retail.sales", "yoy_pct", 5.0, "percent", "exact", "2025-05", "5 percent")],
        note="a share of the whole is no continued change (and retail sales have no share)",
    ),
    Case(
        "China won 40 gold medals at the Games in 2024, and 20 percent of them in swimming.",
        published="2025-06-09",
        rows=[],
        note="medals: no statistic",
    ),
    Case(
        "China's retail sales rose 5 percent in May (gross margin 12 percent at retailers).",
        published="2025-06-09",
        rows=[R("retail.sales", "yoy_pct", 5.0, "percent", "exact", "2025-05", "5 percent")],
        note="a rate noun in the brackets: a figure of its own, no continued change",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + LAST_YEAR + PART_SHARES + NO_ROW, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("text", "published", "breakdowns"),
    [
        (
            "China's retail sales rose 3 percent in October (2.9 percent in real terms).",
            "2025-11-13",
            {"3 percent": None, "2.9 percent": "real"},
        ),
        (
            "10月份，中国社会消费品零售总额增长3%，扣除价格因素实际增长2.9%。",
            "2025-11-15",
            {"3%": None, "2.9%": "real"},
        ),
        (
            "China's general public budget expenditure reached 10.5 trillion yuan in the first "
            "half, 53.2 percent of the budget.",
            "2018-07-18",
            {"10.5 trillion yuan": None, "53.2 percent": "share of budget"},
        ),
    ],
)
def test_breakdowns(text: str, published: str, breakdowns: dict[str, str | None]) -> None:
    rows = extract_document(doc_of(Case(text, published=published)))["rows"]
    found = {row["value_text"]: row["breakdown"] for row in rows}
    assert {k: found.get(k, "missing") for k in breakdowns} == breakdowns


@pytest.mark.parametrize(
    ("text", "published", "kept"),
    [
        (  # US$0.7 billion is 0.65 to 0.75 billion: 7.07 to 8.15 yuan a dollar holds 7.16
            "Beijing, China: in the third quarter of 2025, JD.com's net income attributable to "
            "ordinary shareholders was RMB5.3 billion (US$0.7 billion).",
            "2025-11-13",
            True,
        ),
        (  # converted at the rate of December 2020 (6.55), not the period's average (6.93)
            "China's total retail sales of consumer goods reached 35.14 trillion yuan ($5.36 "
            "trillion) in January-November 2020, down 4.8 percent from a year earlier.",
            "2020-12-15",
            True,
        ),
        (  # a scale misread stays rejected: 31.25 trillion yuan is no $4.46 billion
            "In the first eight months of 2024, retail sales in China rose by 3.4 percent "
            "year-on-year to 31.25 trillion yuan ($4.46 billion).",
            "2024-09-29",
            False,
        ),
    ],
)
def test_stated_conversions(text: str, published: str, kept: bool) -> None:
    """usd.conversion_finding: the printed numbers' rounding widens the tolerance, and the
    publication day's rate is the other rate an article may have converted at."""
    result = extract_document(doc_of(Case(text, published=published)))
    assert [check["ok"] for check in result["conversions"]] == [kept]
    rejected = [r.reason for r in result["rejections"] if r.reason == "fx-implied-rate-off"]
    assert len(rejected) == (0 if kept else 2)
