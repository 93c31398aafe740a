"""An earlier value said with its own period gets that period, never the figure's (issue 13).

"compared to an operating profit of RMB13.69 billion the same period last year", "swung from a
positive RMB14.53 billion a year ago to negative ...", "from $280 billion in the same month a year
earlier": the words right after the value (econstats.reader.earlier_values.YEAR_BEFORE) put it a year
before the period it is compared with, even when it comes first in its sentence. An earlier
value whose period nobody says is not guessed.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.cues import last_cue
from econstats.reader.earlier_values import near, year_before

INTRO = (
    "Meituan (3690.HK) has published unaudited figures covering the three months to September "
    "30, 2025. Over the quarter, the group's revenues grew by 2.0% year over year to RMB95.49 "
    "billion (from RMB93.58 billion). "
)


def cny(indicator: str, value: float, period: str, text: str) -> R:
    return R(indicator, "level", value, "CNY", "exact", period, text, entity="Meituan")


HEAD = [
    R("company.revenue", "yoy_pct", 2.0, "percent", "exact", "2025-Q3", "2.0%", entity="Meituan"),
    cny("company.revenue", 95.49e9, "2025-Q3", "RMB95.49 billion"),
    cny("company.revenue", 93.58e9, "2024-Q3", "RMB93.58 billion"),
]

ACCEPT = [
    Case(
        INTRO + "The company booked an operating loss of RMB19.76 billion compared to an "
        "operating profit of RMB13.69 billion the same period last year.",
        published="2025-11-28",
        rows=HEAD
        + [
            cny("company.operating_profit", -19.76e9, "2025-Q3", "RMB19.76 billion"),
            cny("company.operating_profit", 13.69e9, "2024-Q3", "RMB13.69 billion"),
        ],
        note="an article and three words between 'compared to' and the earlier value",
    ),
    Case(
        INTRO + "Adjusted EBITDA swung from a positive RMB14.53 billion a year ago to RMB4.84 "
        "billion.",
        published="2025-11-28",
        rows=HEAD
        + [
            cny("company.ebitda", 14.53e9, "2024-Q3", "RMB14.53 billion"),
            cny("company.ebitda", 4.84e9, "2025-Q3", "RMB4.84 billion"),
        ],
        note="the earlier value comes first in its sentence: its period is still said",
    ),
    Case(
        "China's exports in August rose to $300 billion from $280 billion in the same month a "
        "year earlier.",
        published="2025-09-08",
        rows=[
            R("trade.exports", "level", 300e9, "USD", "exact", "2025-08", "$300 billion"),
            R("trade.exports", "level", 280e9, "USD", "exact", "2024-08", "$280 billion"),
        ],
    ),
    Case(
        "China's retail sales in August grew from 3.4 trillion yuan a year ago to 3.6 trillion "
        "yuan.",
        published="2025-09-15",
        rows=[
            R("retail.sales", "level", 3.4e12, "CNY", "exact", "2024-08", "3.4 trillion yuan"),
            R("retail.sales", "level", 3.6e12, "CNY", "exact", "2025-08", "3.6 trillion yuan"),
        ],
    ),
    Case(
        "China's retail sales in August grew from 3.4 trillion yuan to 3.6 trillion yuan.",
        published="2025-09-15",
        rows=[
            R("retail.sales", "level", 3.6e12, "CNY", "exact", "2025-08", "3.6 trillion yuan"),
        ],
        note="'from' a value whose period nobody says: no row for it, no guessed period",
    ),
    Case(
        "国家统计局数据显示，8月份社会消费品零售总额由去年同期的3.4万亿元增至3.6万亿元。",
        published="2025-09-15",
        rows=[
            R("retail.sales", "level", 3.4e12, "CNY", "exact", "2024-08", "3.4万亿元"),
            R("retail.sales", "level", 3.6e12, "CNY", "exact", "2025-08", "3.6万亿元"),
        ],
    ),
    Case(
        "China's new yuan loans leapt to 3.5 trillion yuan in January, "
        "up from 1.26 trillion yuan the previous month.",
        published="2021-02-10",
        rows=[
            R(
                "macro.money.loans.new",
                "level",
                3.5e12,
                "CNY",
                "exact",
                "2021-01",
                "3.5 trillion yuan",
            ),
            R(
                "macro.money.loans.new",
                "level",
                1.26e12,
                "CNY",
                "exact",
                "2020-12",
                "1.26 trillion yuan",
            ),
        ],
        note="'the previous month': a month before January, across the year",
    ),
    Case(
        "China's exports in August rose to $300 billion from $280 billion a month earlier.",
        published="2025-09-08",
        rows=[
            R("trade.exports", "level", 300e9, "USD", "exact", "2025-08", "$300 billion"),
            R("trade.exports", "level", 280e9, "USD", "exact", "2025-07", "$280 billion"),
        ],
    ),
    Case(
        "China's fiscal revenue rose to 120 billion yuan in the third quarter from 114.3 billion "
        "yuan the previous quarter.",
        published="2025-10-20",
        rows=[
            R("fiscal.revenue", "level", 1.2e11, "CNY", "exact", "2025-Q3", "120 billion yuan"),
            R("fiscal.revenue", "level", 1.143e11, "CNY", "exact", "2025-Q2", "114.3 billion yuan"),
        ],
    ),
    Case(
        "China's retail sales in the first half grew to 3.6 trillion yuan from 3.4 trillion yuan "
        "the previous month.",
        published="2025-07-15",
        rows=[
            R("retail.sales", "level", 3.6e12, "CNY", "exact", "2025-S1", "3.6 trillion yuan"),
        ],
        note="a month before a half year is no period: not guessed",
    ),
    Case("The number of giant pandas at the zoo grew from 5 the previous month to 7 in August."),
    Case("The central bank cut its policy rate to 3.1% in August from 3.45% the previous month."),
    Case("The number of giant pandas at the zoo grew from 5 a year ago to 7 in August."),
    Case("China won 40 gold medals, compared to 38 medals a year earlier."),
    Case("Tencent's shares rose from HK$300 a year ago to HK$420 on Monday."),
    Case("The central bank cut its policy rate from 3.45% a year ago to 3.1% in August."),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_earlier_values_get_their_period(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("before", "after", "earlier"),
    [
        (" compared to an operating profit of ", " the same period last year.", True),
        (" swung from a positive ", " a year ago to", True),
        (" from ", " in the same month of last year", True),
        (" up from ", " in the previous quarter", False),
        (" from ", " in July", False),
        (" compared with the 12 gold medals and ", " medals last year", False),
    ],
)
def test_said_earlier_values(before, after, earlier):
    assert (near(last_cue(before), before) and year_before(after)) is earlier
