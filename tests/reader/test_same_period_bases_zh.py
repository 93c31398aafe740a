"""'比2019年同期增长10.2%': a change against the same period of a stated year (issue 13).

Holiday and tourism releases compare with the pre-pandemic year: "全国国内出游7.65亿人次，同比增长
5.9%，比2019年同期增长10.2%". Before, a Chinese base was the figure's own only when it named
this year, so the 10.2% was read as a year on year change and the repeats rule dropped it as a
second statement of the 5.9%. A Chinese same-period base with a stated year now gives the change
against that period (pct_change, as "from the same period in 2019" did in English); a year
before the figure's own is a year on year change, and "比去年同期" stays year on year.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

TRIPS = "transport.tourism.domestic_trips"
HOLIDAY = "2024-10-01/P7D"
LEVEL = R(TRIPS, "level", 765e6, "count", "exact", HOLIDAY, "7.65亿人次")
OPENING = "2024年国庆假期，全国国内出游7.65亿人次，"


def pct(measure: str, value: float, text: str, base: str | None = None) -> R:
    return R(TRIPS, measure, value, "percent", "exact", HOLIDAY, text, base_period=base)


BASE_2019 = "2019-10-01/2019-10-07"

CASES = [
    Case(
        OPENING + "同比增长5.9%，比2019年同期增长10.2%。",
        published="2024-10-08",
        rows=[LEVEL, pct("yoy_pct", 5.9, "5.9%"), pct("pct_change", 10.2, "10.2%", BASE_2019)],
    ),
    Case(
        OPENING + "较2019年同期增长10.2%。",
        published="2024-10-08",
        rows=[LEVEL, pct("pct_change", 10.2, "10.2%", BASE_2019)],
    ),
    Case(
        OPENING + "与2019年同期相比增长10.2%。",
        published="2024-10-08",
        rows=[LEVEL, pct("pct_change", 10.2, "10.2%", BASE_2019)],
    ),
    Case(
        OPENING + "比2023年同期增长5.9%。",
        published="2024-10-08",
        rows=[LEVEL, pct("yoy_pct", 5.9, "5.9%")],
        note="the same period a year before: year on year",
    ),
    Case(
        "2024年前三季度，全国一般公共预算收入比去年同期增长1.2%。",
        published="2024-10-18",
        rows=[R("fiscal.revenue", "yoy_pct", 1.2, "percent", "exact", "2024-01-01/P9M", "1.2%")],
    ),
    # no row: counts that are no statistics
    Case("2024年国庆假期，我国运动员获得金牌12枚，比2019年同期增加5枚。", published="2024-10-08"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_chinese_same_period_bases(case):
    assert rows_of(case) == case.rows
