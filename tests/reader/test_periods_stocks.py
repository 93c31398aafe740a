"""Periods of stocks and of forecasts (issue 13): tables of texts in, exact rows out.

A stock (money outstanding, reserves, debt, floor area awaiting sale: vocab/stocks.csv) is read at
a day: "M2 rose 12.7% in March" is M2 at 2023-03-31, its level and growth on a year earlier
alike; a change over the month ("reserves rose by $16.5 billion in September") stays the month's
flow, and so does a stock's subject that says it is new ("the quota for new debt"). A statistics
office's forecast (预估, 預測) may be for a period after the publication date: a forecast, not a
period-after-publication rejection; an actual figure for a year not over is still rejected.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.core.codelist import load_indicators
from econstats.reader.lexicon import load_vocab
from econstats.reader.stocks import stock_indicators

ACCEPT = [
    Case(
        "China's M2 money supply rose 12.7% year on year in March, the central bank said.",
        published="2023-04-12",
        rows=[R("macro.money.m2", "yoy_pct", 12.7, "percent", "exact", "2023-03-31", "12.7%")],
        note="the growth of a stock in a month is its growth at the month's end",
    ),
    Case(
        "Outstanding yuan loans in China grew 11.6% in February from a year earlier.",
        published="2023-03-10",
        rows=[R("macro.money.loans", "yoy_pct", 11.6, "percent", "exact", "2023-02-28", "11.6%")],
    ),
    Case(
        "China's M0, the cash in circulation, fell by 3.9 percent year on year to 8.96 trillion "
        "yuan last month.",
        published="2021-02-10",
        rows=[
            R("macro.money.m0", "yoy_pct", -3.9, "percent", "exact", "2021-01-31", "3.9 percent"),
            R(
                "macro.money.m0",
                "level",
                8.96e12,
                "CNY",
                "exact",
                "2021-01-31",
                "8.96 trillion yuan",
            ),
        ],
        note="'last month' against the published date, then its last day",
    ),
    Case(
        "6月末，广义货币(M2)余额305.02万亿元，同比增长6.2%。",
        published="2024-07-12",
        rows=[
            R("macro.money.m2", "level", 3.0502e14, "CNY", "exact", "2024-06-30", "305.02万亿元"),
            R("macro.money.m2", "yoy_pct", 6.2, "percent", "exact", "2024-06-30", "6.2%"),
        ],
    ),
    Case(
        "China's foreign exchange reserves stood at $3.3387 trillion at the end of September.",
        published="2025-10-09",
        rows=[
            R(
                "macro.fx_reserves",
                "level",
                3.3387e12,
                "USD",
                "exact",
                "2025-09-30",
                "$3.3387 trillion",
            )
        ],
    ),
    Case(
        "China's government debt stood at 70 trillion yuan in 2024.",
        published="2025-03-01",
        rows=[R("fiscal.debt", "level", 7e13, "CNY", "exact", "2024-12-31", "70 trillion yuan")],
        note="a stock in a year: at the year's end",
    ),
    Case(
        "China's foreign exchange reserves rose by $16.5 billion in September.",
        published="2025-10-09",
        rows=[
            R(
                "macro.fx_reserves",
                "abs_change",
                1.65e10,
                "USD",
                "exact",
                "2025-09",
                "$16.5 billion",
            )
        ],
        note="a change of a stock over a month is the month's flow",
    ),
    Case(
        "China's new yuan loans totaled 3.58 trillion yuan in January.",
        published="2021-02-10",
        rows=[
            R(
                "macro.money.loans.new",
                "level",
                3.58e12,
                "CNY",
                "exact",
                "2021-01",
                "3.58 trillion yuan",
            )
        ],
        note="new loans are a flow, no stock",
    ),
    Case(
        "China's quota for new local government debt is 3.08 trillion yuan for 2019.",
        published="2019-06-25",
        rows=[
            R(
                "fiscal.debt",
                "level",
                3.08e12,
                "CNY",
                "exact",
                "2019",
                "3.08 trillion yuan",
                "target",
            )
        ],
        note="'new' debt is debt issued in the period: the year's flow, not its last day",
    ),
    Case(
        "海关总署预估今年中国出口值3.5万亿美元。",
        published="2025-11-28",
        rows=[
            R("trade.exports", "level", 3.5e12, "USD", "exact", "2025", "3.5万亿美元", "forecast")
        ],
        note="预估: a forecast for this year, which has not ended",
    ),
    Case(
        "海关总署預測明年中國出口值3.6萬億美元。",
        published="2025-11-28",
        rows=[
            R("trade.exports", "level", 3.6e12, "USD", "exact", "2026", "3.6萬億美元", "forecast")
        ],
        note="預測 (traditional): a forecast for next year",
    ),
]

NO_ROW = [
    Case(
        "More than 3,000 delegates attended the meeting at the end of March, the central bank said.",
        published="2025-04-01",
        note="a count of people at a date: no figure of a stock",
    ),
    Case(
        "中国出口值今年达3.5万亿美元。",
        published="2025-11-28",
        note="an actual figure for a year not over: period-after-publication, no row",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_stock_and_forecast_periods(case):
    assert rows_of(case) == case.rows


def test_stocks_are_indicators_of_the_codelist():
    codes = load_indicators()
    assert stock_indicators() <= set(codes)
    assert not {code for code in stock_indicators() if code.endswith(".new")}


def test_stock_flow_words_are_words():
    assert all(
        row["phrase"].strip() == row["phrase"] for row in load_vocab("stock_flows", ("phrase",))
    )
