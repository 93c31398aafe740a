"""A percent figure written as a level beside a money, count or physical subject: a growth rate
("fiscal revenue growth slowed to 3.8 percent", "the growth rate was 6.5 percent") is the
subject's yoy_pct, a share ("equivalent to 87.2% of GDP", "margin stood at 27.4%") its
share_pct (measures.with_reading, extract.as_rate); with no such word, or a benchmark distance
("3.1% above the forecast"), or a part of another whole ("5% of shoppers"), no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.cues import rate_reading

ACCEPT = [
    Case(
        "China's fiscal revenue growth slowed to 3.8 percent in 2019, missing the target of 5 "
        "percent.",
        published="2020-01-20",
        rows=[
            R("fiscal.revenue", "yoy_pct", 3.8, "percent", "exact", "2019", "3.8 percent"),
            R("fiscal.revenue", "yoy_pct", 5.0, "percent", "exact", "2019", "5 percent", "target"),
        ],
    ),
    Case(
        "Growth of China's broad M2 money supply was 12.7% in March, down from 12.9% in February.",
        published="2023-04-12",
        rows=[
            R("macro.money.m2", "yoy_pct", 12.7, "percent", "exact", "2023-03-31", "12.7%"),
            R("macro.money.m2", "yoy_pct", 12.9, "percent", "exact", "2023-02-28", "12.9%"),
        ],
        note="M2 is a stock (vocab/stocks.csv): its growth in a month is at the month's end",
    ),
    Case(
        "In 2023, China's retail sales of consumer goods reached 47.1 trillion yuan; in real terms "
        "the growth rate was 6.5 percent.",
        published="2024-01-20",
        rows=[
            R("retail.sales", "level", 4.71e13, "CNY", "exact", "2023", "47.1 trillion yuan"),
            R("retail.sales", "yoy_pct", 6.5, "percent", "exact", "2023", "6.5 percent"),
        ],
    ),
    Case(
        "At the end of September 2017, the UK's public sector net debt stood at £1,785.3 billion, "
        "equivalent to 87.2% of gross domestic product.",
        published="2017-10-20",
        rows=[
            R(
                "fiscal.debt",
                "level",
                1.7853e12,
                "GBP",
                "exact",
                "2017-09-30",
                "£1,785.3 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.debt",
                "share_pct",
                87.2,
                "percent",
                "exact",
                "2017-09-30",
                "87.2%",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "一季度GDP增5.3%。",
        published="2024-04-16",
        rows=[R("macro.gdp", "yoy_pct", 5.3, "percent", "exact", "2024-Q1", "5.3%")],
    ),
]

NO_ROW = [  # the percent figure gives no row (the other figures of the sentence are kept)
    Case(
        "China's retail sales were 4 trillion yuan in October, and 5% of shoppers paid by card.",
        rows=[R("retail.sales", "level", 4e12, "CNY", "exact", "2025-10", "4 trillion yuan")],
        note="a share of another whole (shoppers): retail sales have no share measure",
    ),
    Case(
        "China kept the one-year loan prime rate at 3.45 percent in October, while new loans were "
        "500 billion yuan.",
        rows=[
            R("macro.money.loans.new", "level", 5e11, "CNY", "exact", "2025-10", "500 billion yuan")
        ],
        note="a policy rate is no growth rate of loans",
    ),
    Case(
        "China's exports rose 5% in October; exports growth was the fastest in Asia, 3.1% above "
        "the forecast.",
        rows=[R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-10", "5%")],
        note="a distance from a benchmark is no growth rate",
    ),
    Case(
        "China won 40 gold medals at the Games, 20% of all golds.",
        rows=[],
    ),
    Case(
        "China's fiscal revenue grew 6.2 percent in 2018, while the growth of expenditure "
        "contributed 52 percent to the deficit.",
        published="2019-01-20",
        rows=[R("fiscal.revenue", "yoy_pct", 6.2, "percent", "exact", "2018", "6.2 percent")],
        note="a contribution is a share, and fiscal revenue has none: not a growth rate",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_rates(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("before", "after", "reading"),
    [
        ("fiscal revenue growth slowed to ", " in 2019", ("growth", 1)),
        ("Growth in outstanding TSF eased to a six-month low of ", " in January", ("growth", 1)),
        ("retail sales rose 5 percent, faster than the ", " pace of October", ("growth", 1)),
        ("outstanding TSF was quicker than the ", " annual rate", ("growth", 1)),
        ("市场原先预期增幅为", "。", ("growth", 1)),
        ("降幅为", "", ("growth", -1)),
        ("net debt stood at £1.8 trillion, equivalent to ", " of GDP", ("share", 0)),
        ("这一板块贡献了公司", "的营收", ("share", 0)),
        ("Adjusted EBITDA margin stood at ", ".", ("share", 0)),
        ("研发费用率", ",同比上升0.27pct", ("share", 0)),
        ("the contribution of consumption to growth was ", "", ("share", 0)),
        ("retail sales were ", " in May", ("", 0)),
        ("growth was the fastest in Asia, ", " above the forecast", ("", 0)),
        ("GDP growth beat forecasts by ", " higher than expected", ("", 0)),
    ],
)
def test_rate_reading(before: str, after: str, reading: tuple[str, int]) -> None:
    assert rate_reading(before, after) == reading
