"""A change word holds for the figure after it only within its own clause (measures.reaches): a
colon or another clause between them ("Attendance rose strongly as well: 187 million
moviegoers", "kept growing strongly in the quarter, and in October customers passed 700
million") leaves the figure a level, and so does 的 right before the figure ("由2018年的7000元":
2018's 7000 yuan); "录得"/"錄得" (recorded) is a level word of its own. A
change word right before its figure ("rose by 120 billion yuan", "增加1200亿元") still makes a
change; counts of delegates or medals give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.figures import find_raw_figures
from econstats.reader.measures import build_figures
from econstats.reader.periods import find_periods

MEASURES = [
    ("Attendance rose strongly as well: 187 million moviegoers filled cinemas.", ["level"]),
    (
        "Both our user base and shopping frequency kept growing strongly during the third "
        "quarter, and in October our annual active customers passed 700 million.",
        ["level"],
    ),
    ("過夜旅客人次同樣有所增長,錄得 1334 萬人次,按年增長 6.3%。", ["level", "yoy_pct"]),
    (
        "Profitability deteriorated even as sales edged up: the company booked an operating "
        "loss of RMB19.76 billion.",
        ["level"],
    ),
    ("Fiscal revenue rose by 120 billion yuan in 2024.", ["abs_change"]),
    ("Exports climbed 3.2 billion dollars, and imports rose 1.1 billion.", ["abs_change"] * 2),
    ("全国一般公共预算收入增加1200亿元。", ["abs_change"]),
    # a noun's amount (after 的) is a level, whatever change word stands before
    ("跌幅更明顯,由 2018 年的 7000 元跌至去年的 5000 元,跌 28.6%。", ["level", "level", "yoy_pct"]),
    ("Passenger trips rose 3.2 million: 80 million trips were made.", ["abs_change", "level"]),
]


@pytest.mark.parametrize(("text", "measures"), MEASURES, ids=[m[0][:50] for m in MEASURES])
def test_change_words_reach_their_own_clause(text: str, measures: list[str]) -> None:
    figures = build_figures(text, 0, find_raw_figures(text, 0), find_periods(text, 0))
    assert [figure.measure for figure in figures] == measures


CASES = [
    Case(
        "China's passenger trips rose 3.2 million: 80 million trips were made in all in January.",
        published="2025-02-06",
        rows=[
            R(
                "transport.passenger_trips",
                "abs_change",
                3.2e6,
                "count",
                "exact",
                "2025-01",
                "3.2 million",
            ),
            R(
                "transport.passenger_trips",
                "level",
                8e7,
                "count",
                "exact",
                "2025-01",
                "80 million trips",
            ),
        ],
    ),
    Case(
        "春节假期全社会跨区域人员流动量同样有所增长,录得23亿人次,同比增长7.1%。",
        published="2025-02-06",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                2.3e9,
                "count",
                "exact",
                "2025-01-28/P8D",
                "23亿人次",
            ),
            R(
                "transport.passenger_trips",
                "yoy_pct",
                7.1,
                "percent",
                "exact",
                "2025-01-28/P8D",
                "7.1%",
            ),
        ],
    ),
    Case(
        "China's fiscal revenue increased by 120 billion yuan in 2024.",
        published="2025-02-06",
        rows=[
            R("fiscal.revenue", "abs_change", 1.2e11, "CNY", "exact", "2024", "120 billion yuan")
        ],
    ),
    Case(
        "2024年全国一般公共预算收入增加1200亿元。",
        published="2025-02-06",
        rows=[R("fiscal.revenue", "abs_change", 1.2e11, "CNY", "exact", "2024", "1200亿元")],
    ),
    # not economic statistics: no row
    Case("Attendance at the ceremony rose sharply: 1,200 delegates and 300 journalists came."),
    Case("The team kept winning, and in Paris it passed 40 medals."),
    Case("参会人数同样有所增长,录得1200人。"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
