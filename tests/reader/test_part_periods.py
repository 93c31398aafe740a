"""A sentence that opens with "其中" ("of which") and states a period states a part of the story's
period ("上半年…。其中，二季度增长9.0%。"): the sentences after it keep the story's period
(figure_periods.PART_OPENING), so summer grain output after it is the first half's, not the
second quarter's. A sentence that states a period without "其中" sets the story's period as
before. Counts and dates after "其中" stay no figure."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

IVA = "macro.industrial_value_added"
GRAIN = "macro.agriculture.grain_output"
LEAD = "国家统计局发布数据。上半年，全国规模以上工业增加值同比增长15.9%。"


def grain(period: str) -> list[R]:
    return [
        R(GRAIN, "level", 145.82e9, "kg", "exact", period, "14582万吨"),
        R(GRAIN, "yoy_pct", 2.1, "percent", "exact", period, "2.1%"),
    ]


CASES = [
    Case(
        LEAD + "其中，二季度增长9.0%。全国夏粮总产量14582万吨，增长2.1%。",
        published="2021-07-15",
        rows=grain("2021-S1"),
    ),
    # no "其中": the second quarter is the story's period from here on
    Case(
        LEAD + "二季度增长9.0%。全国夏粮总产量14582万吨，增长2.1%。",
        published="2021-07-15",
        rows=grain("2021-Q2"),
    ),
    # counts, dates and ages after "其中": no figure
    Case(
        LEAD + "其中，6月18日新生大熊猫3只，饲养员年龄35岁。",
        published="2021-07-15",
        rows=[R(IVA, "yoy_pct", 15.9, "percent", "exact", "2021-S1", "15.9%")],
    ),
]


@pytest.mark.parametrize("case", CASES[:2], ids=case_id)
def test_part_periods(case: Case) -> None:
    assert [row for row in rows_of(case) if row.indicator == GRAIN] == case.rows


@pytest.mark.parametrize("case", CASES[2:], ids=case_id)
def test_no_figures_after_part_opening(case: Case) -> None:
    assert rows_of(case) == case.rows
