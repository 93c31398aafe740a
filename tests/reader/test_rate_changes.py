"""Changes of a rate (econstats.reader.rate_changes): a change in percentage points is a row of any
subject that has a rate (a growth rate or a share) for the points to move; points follow the
direction of the rate ("a decline 7.4 percentage points smaller" is +7.4, "回落5.6个百分点" is
-5.6); "环比" (read month on month) said of a quarter's figure is quarter on quarter; a percent
under a term naming a growth rate is that rate; a printed plus before a percent is a rise ("retail
sales +5.5%"), year on year unless "m/m" or another comparison follows. Points of a subject with
no rate, and counts, dates, ages, share prices or policy rates beside them, give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.rate_changes import whole_quarter

ACCEPT = [
    Case(
        "China's retail sales fell 7.5 percent year on year in April, a decline 8.3 percentage "
        "points smaller.",
        published="2020-05-15",
        rows=[
            R("retail.sales", "yoy_pct", -7.5, "percent", "exact", "2020-04", "7.5 percent"),
            R(
                "retail.sales",
                "pp_change",
                8.3,
                "percent",
                "exact",
                "2020-04",
                "8.3 percentage points",
            ),
        ],
    ),
    Case(
        "China's retail sales of consumer goods fell 7.5 percent year on year in April, the decline "
        "narrowing by 8.3 percentage points.",
        published="2020-05-15",
        rows=[
            R("retail.sales", "yoy_pct", -7.5, "percent", "exact", "2020-04", "7.5 percent"),
            R(
                "retail.sales",
                "pp_change",
                8.3,
                "percent",
                "exact",
                "2020-04",
                "8.3 percentage points",
            ),
        ],
    ),
    Case(
        "上半年国内生产总值532167亿元，同比增长12.7%，比一季度回落5.6个百分点。",
        published="2021-07-15",
        rows=[
            R("macro.gdp", "level", 5.32167e13, "CNY", "exact", "2021-S1", "532167亿元"),
            R("macro.gdp", "yoy_pct", 12.7, "percent", "exact", "2021-S1", "12.7%"),
            R("macro.gdp", "pp_change", -5.6, "percent", "exact", "2021-S1", "5.6个百分点"),
        ],
    ),
    Case(
        "China's fiscal deficit ratio for 2018 is set at 2.6 percent, down 0.4 percentage points "
        "from last year.",
        published="2018-03-05",
        rows=[
            R(
                "fiscal.deficit.gdp_ratio",
                "share_pct",
                2.6,
                "percent",
                "exact",
                "2018",
                "2.6 percent",
                "target",
            ),
            R(
                "fiscal.deficit.gdp_ratio",
                "pp_change",
                -0.4,
                "percent",
                "exact",
                "2018",
                "0.4 percentage points",
                "target",
            ),
        ],
    ),
]

RATE_TERMS = [  # a term naming a growth rate (measures: yoy only): its percent is that rate
    Case(
        "主計總處預測，台灣今年經濟成長率為7.37%。",
        published="2025-11-28",
        rows=[
            R(
                "macro.gdp",
                "yoy_pct",
                7.37,
                "percent",
                "exact",
                "2025",
                "7.37%",
                "forecast",
                ref_area="TW",
            ),
        ],
    ),
]

PLUS = [
    Case(
        "China's January-February retail sales +5.5% (5.2% expected).",
        published="2024-03-18",
        rows=[R("retail.sales", "yoy_pct", 5.5, "percent", "exact", "2024-01-01/P2M", "5.5%")],
    ),
    Case(
        "China's retail sales rose 3.7 per cent to 50.12 trillion yuan in 2025, with online sales "
        "(+8.6 per cent) leading.",
        published="2026-01-20",
        rows=[
            R("retail.sales", "yoy_pct", 3.7, "percent", "exact", "2025", "3.7 per cent"),
            R("retail.sales", "level", 5.012e13, "CNY", "exact", "2025", "50.12 trillion yuan"),
            R("retail.sales.online", "yoy_pct", 8.6, "percent", "exact", "2025", "8.6 per cent"),
        ],
    ),
    Case(
        "China's exports +7.1% m/m in March.",
        published="2024-04-15",
        rows=[R("trade.exports", "mom_pct", 7.1, "percent", "exact", "2024-03", "7.1%")],
    ),
]

NO_ROW = [
    Case("BABA +0.73% in Hong Kong trading.", published="2024-03-18", rows=[]),
    Case("Call +86 10 6512 3456 for China's retail sales data.", published="2024-03-18", rows=[]),
    Case("The central bank cut the policy rate by 0.25 percentage points in May.", rows=[]),
    Case("The team won 12 medals, 3 more than in 2021, and the panda turned 4.", rows=[]),
]


@pytest.mark.parametrize("case", ACCEPT + RATE_TERMS + PLUS + NO_ROW, ids=case_id)
def test_rate_changes(case: Case) -> None:
    assert rows_of(case) == case.rows


def test_whole_quarter() -> None:
    from datetime import date

    assert whole_quarter(date(2024, 1, 1), date(2024, 3, 31))
    assert not whole_quarter(date(2024, 1, 1), date(2024, 6, 30))
    assert not whole_quarter(date(2024, 3, 1), date(2024, 3, 31))
