"""Spans the grammar reads and changes of stocks between two days (issue 13).

"this year through May" is January-May, not the twelve months to May. A stock stated at a day
changes over the days since the base its sentence names: "an increase of US$16.5 billion
compared to the end of August" at the end of September is September's flow, "比7月底减少317万
平方米" at the end of August is August's, "up $60 billion from the end of last year" is January to
September. A change with no base day said keeps its day; nothing is guessed.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.periods import find_periods


def usd(measure: str, value: float, period: str, text: str) -> R:
    return R("macro.fx_reserves", measure, value, "USD", "exact", period, text)


RESERVES = "At the end of September, China's foreign exchange reserves stood at $3.34 trillion, "
LEVEL = usd("level", 3.34e12, "2025-09-30", "$3.34 trillion")

ACCEPT = [
    Case(
        "Data released by the State Administration of Foreign Exchange on the 7th showed that as "
        "of the end of September this year, China's foreign exchange reserves stood at US$3.3387 "
        "trillion, an increase of US$16.5 billion compared to the end of August.",
        published="2025-10-08",
        rows=[
            usd("level", 3.3387e12, "2025-09-30", "US$3.3387 trillion"),
            usd("abs_change", 16.5e9, "2025-09", "US$16.5 billion"),
        ],
    ),
    Case(
        "国家统计局数据显示，截至8月底，商品房待售面积7.6169亿平方米，比7月底减少317万平方米。",
        published="2025-09-16",
        rows=[
            R(
                "macro.property.floor_area_for_sale",
                "level",
                761.69e6,
                "m2",
                "exact",
                "2025-08-31",
                "7.6169亿平方米",
            ),
            R(
                "macro.property.floor_area_for_sale",
                "abs_change",
                -3.17e6,
                "m2",
                "exact",
                "2025-08",
                "317万平方米",
            ),
        ],
    ),
    Case(
        RESERVES + "up $60 billion from the end of last year.",
        published="2025-10-08",
        rows=[LEVEL, usd("abs_change", 60e9, "2025-01-01/P9M", "$60 billion")],
        note="'from' right after a figure makes the day a base: January to September",
    ),
    Case(
        RESERVES + "up $16.5 billion from a month earlier.",
        published="2025-10-08",
        rows=[LEVEL, usd("abs_change", 16.5e9, "2025-09-30", "$16.5 billion")],
        note="no base day said: the change keeps the stated day",
    ),
    Case(
        "China's exports this year through May rose 5.2 percent.",
        published="2019-06-25",
        rows=[
            R("trade.exports", "yoy_pct", 5.2, "percent", "exact", "2019-01-01/P5M", "5.2 percent")
        ],
    ),
    Case(
        "China's exports rose 5.2 percent in the 12 months to September.",
        published="2019-10-25",
        rows=[
            R("trade.exports", "yoy_pct", 5.2, "percent", "exact", "2018-10-01/P12M", "5.2 percent")
        ],
    ),
    Case("Year to date, China's exports rose 5.2 percent.", published="2019-06-25"),
    Case("China won 40 gold medals this year through May, up 3 from the end of last year."),
    Case("China's central bank cut its policy rate to 3.1% this year through May."),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_spans_and_stock_changes(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("exports this year through May rose", ["this year through May"]),
        ("so far this year to the end of August", ["so far this year to the end of August"]),
        ("in the year through May", ["in the year through May"]),
        ("rose 5% from January to March", ["from January to March"]),
    ],
)
def test_span_phrases(text, phrases):
    assert [m.text for m in find_periods(text)] == phrases


def test_from_after_a_figure_is_a_base():
    roles = [(m.text, m.role) for m in find_periods("up $60 billion from the end of last year")]
    assert roles == [("the end of last year", "base")]
