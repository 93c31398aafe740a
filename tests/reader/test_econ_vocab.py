"""General economic-news vocabulary (extractors/*.terms.csv, schema/indicators.csv): GDP as
'total output', value added by sector, the contribution of consumption to growth, rural and
urban per capita income, border crossings (入境/出境), net cash injection, interbank and repo
rates, the UK net cash requirement, nighttime-tourism visitors. Rejected: counts that are not
these figures (medals, pandas, ages, share prices, policy rates)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "China's GDP grew 5 per cent in 2025. Total output rose to a record high of 140.19 "
        "trillion yuan.",
        published="2026-01-19",
        rows=[
            R("macro.gdp", "yoy_pct", 5.0, "percent", "exact", "2025", "5 per cent"),
            R("macro.gdp", "level", 1.4019e14, "CNY", "exact", "2025", "140.19 trillion yuan"),
        ],
    ),
    Case(
        "2019年春节期间全国边检机关共查验出入境人员1253.3万人次。其中,入境622.2万人次,"
        "同比增长9.51%;出境631.1万人次,同比增长12.48%。",
        published="2019-02-11",
        rows=[
            R(
                "transport.tourism.cross_border_trips",
                "level",
                12533000.0,
                "count",
                "exact",
                "2019-02-04/P7D",
                "1253.3万人次",
            ),
            R(
                "transport.tourism.cross_border_trips.inbound",
                "level",
                6222000.0,
                "count",
                "exact",
                "2019-02-04/P7D",
                "622.2万人次",
            ),
            R(
                "transport.tourism.cross_border_trips.inbound",
                "yoy_pct",
                9.51,
                "percent",
                "exact",
                "2019-02-04/P7D",
                "9.51%",
            ),
            R(
                "transport.tourism.cross_border_trips.outbound",
                "level",
                6311000.0,
                "count",
                "exact",
                "2019-02-04/P7D",
                "631.1万人次",
            ),
            R(
                "transport.tourism.cross_border_trips.outbound",
                "yoy_pct",
                12.48,
                "percent",
                "exact",
                "2019-02-04/P7D",
                "12.48%",
            ),
        ],
    ),
    Case(
        "一季度,分三大門類看,採礦業增加值增長1.6%。",
        published="2024-04-16",
        rows=[
            R(
                "macro.industrial_value_added.mining",
                "yoy_pct",
                1.6,
                "percent",
                "exact",
                "2024-Q1",
                "1.6%",
            ),
        ],
    ),
    Case(
        "上半年,农业(种植业)增加值同比增长3.6%。",
        published="2021-07-15",
        rows=[R("macro.gdp.agriculture", "yoy_pct", 3.6, "percent", "exact", "2021-S1", "3.6%")],
    ),
    Case(
        "6月份银行间人民币市场同业拆借月加权平均利率为1.87%,质押式债券回购月加权平均利率为1.89%。",
        published="2024-07-12",
        rows=[
            R("macro.money.interbank_rate", "level", 1.87, "percent", "exact", "2024-06", "1.87%"),
            R("macro.money.repo_rate", "level", 1.89, "percent", "exact", "2024-06", "1.89%"),
        ],
    ),
]

REJECT = [
    Case("In 2025 China's athletes won 40 gold medals; total output of steel rose 2 per cent."),
    Case("入境大厅里,12岁的男孩和3只大熊猫合影。", published="2019-02-11"),
    Case("The central bank kept its policy rate at 3.1 percent in June.", published="2024-07-12"),
    Case("Shares of the IT sector leader fell to 12.5 yuan on Monday.", published="2025-11-17"),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accepted(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_rejected(case: Case) -> None:
    assert rows_of(case) == []
