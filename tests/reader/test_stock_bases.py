"""A change of a stock "from the end of February" is over the days since that day
(stocks.since_base): "from the end of <month or year>" was blocked as a "since" phrase and gave
no base, so the change was dated to the stock's day. The change restated as a percent between the
amount and its base ("rose by $20 billion, or 0.6 percent, from the end of February") no longer
hides the base, and a percent change over days that are no whole month or quarter is the stock's
day against its base day ("0.6 percent from the beginning of 2019" at the end of September:
base_period January 1; it was rejected as base-period-unresolved)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.periods import find_periods

FX = "macro.fx_reserves"

ACCEPT = [
    Case(
        "China's foreign exchange reserves rose by $20 billion, or 0.6 percent, from the end of "
        "February to $3.245 trillion at the end of March.",
        published="2024-04-12",
        rows=[
            R(FX, "abs_change", 2e10, "USD", "exact", "2024-03", "$20 billion"),
            R(FX, "mom_pct", 0.6, "percent", "exact", "2024-03", "0.6 percent"),
            R(FX, "level", 3.245e12, "USD", "exact", "2024-03-31", "$3.245 trillion"),
        ],
    ),
    Case(
        "China's foreign exchange reserves stood at $3.245 trillion at the end of March, up $20 "
        "billion from the end of February.",
        published="2024-04-12",
        rows=[
            R(FX, "level", 3.245e12, "USD", "exact", "2024-03-31", "$3.245 trillion"),
            R(FX, "abs_change", 2e10, "USD", "exact", "2024-03", "$20 billion"),
        ],
    ),
    Case(
        "China's foreign exchange reserves came in at 3.09 trillion U.S. dollars at the end of "
        "September. The amount increased by 19.7 billion U.S. dollars, or 0.6 percent, from the "
        "end of 2018.",
        published="2019-10-07",
        rows=[
            R(FX, "level", 3.09e12, "USD", "exact", "2019-09-30", "3.09 trillion U.S. dollars"),
            R(
                FX,
                "abs_change",
                1.97e10,
                "USD",
                "exact",
                "2019-01-01/P9M",
                "19.7 billion U.S. dollars",
            ),
            R(
                FX,
                "pct_change",
                0.6,
                "percent",
                "exact",
                "2019-09-30",
                "0.6 percent",
                base_period="2018-12-31/2018-12-31",
            ),
        ],
    ),
    Case(
        "China's foreign exchange reserves came in at 3.09 trillion U.S. dollars at the end of "
        "September. The amount increased by 19.7 billion U.S. dollars, or 0.6 percent from the "
        "beginning of 2019, the State Administration of Foreign Exchange said.",
        published="2019-10-07",
        rows=[
            R(FX, "level", 3.09e12, "USD", "exact", "2019-09-30", "3.09 trillion U.S. dollars"),
            R(
                FX,
                "abs_change",
                1.97e10,
                "USD",
                "exact",
                "2019-01-01/P9M",
                "19.7 billion U.S. dollars",
            ),
            R(
                FX,
                "pct_change",
                0.6,
                "percent",
                "exact",
                "2019-09-30",
                "0.6 percent",
                base_period="2019-01-01/2019-01-01",
            ),
        ],
        note="'the beginning of 2019' is January 1 (period_grammar start_of_year): from that day",
    ),
    Case(
        "截至3月末，我国外汇储备规模为32457亿美元，较年初下降335亿美元。",
        published="2024-04-12",
        rows=[
            R(FX, "level", 3.2457e12, "USD", "exact", "2024-03-31", "32457亿美元"),
            R(FX, "abs_change", -3.35e10, "USD", "exact", "2024-Q1", "335亿美元"),
        ],
    ),
    Case(
        "China's foreign exchange reserves grew for several months in a row from January to June; "
        "July saw a decrease of US$25.187 billion, August an increase of US$29.919 billion, and "
        "September an increase of US$16.5 billion.",
        published="2025-10-07",
        rows=[
            R(FX, "abs_change", -2.5187e10, "USD", "exact", "2025-07", "US$25.187 billion"),
            R(FX, "abs_change", 2.9919e10, "USD", "exact", "2025-08", "US$29.919 billion"),
            R(FX, "abs_change", 1.65e10, "USD", "exact", "2025-09", "US$16.5 billion"),
        ],
        note="a list's last item after ', and' names its month (period_grammar month_attributive)",
    ),
]

NO_ROW = [
    Case(
        "Since the end of February, the team has won 40 gold medals and 3 pandas were born.",
        published="2024-04-12",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_stock_bases(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("up $20 billion from the end of February", [("the end of February", "base")]),
        ("From the end of February, the bank cut rates", [("the end of February", "base")]),
        ("up $60 billion from the end of last year", [("the end of last year", "base")]),
        ("since the end of February", []),
        (
            "down $33.5 billion from the beginning of the year",
            [("the beginning of the year", "base")],
        ),
        ("较年初下降335亿美元", [("年初", "base")]),
        ("年初以来增加5万亿元, since the start of 2025", []),
        ("At the start of the year, the bank set a target", []),
        ("sales from January to March rose 5%", [("from January to March", "period")]),
    ],
)
def test_from_the_end_of_is_a_base(text: str, mentions: list[tuple[str, str]]) -> None:
    assert [(m.text, m.role) for m in find_periods(text)] == mentions
