"""The period a story carries (econstats.reader.story): tables of texts in, exact rows out (issue 13).

A year-less phrase repeated in a story names the period it named first, whatever year a
background sentence or a comparison base stated in between; "January and February" is one
two-month period; "April 2017 to September 2017" one range; "during the six-month period"
takes the story's period.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

S1 = "2024-S1"
ACCEPT = [
    Case(
        "上半年,全国一般公共预算收入115913亿元,同比下降2.8%。\n\n"
        "这主要是2022年制造业中小微企业部分缓税在2023年前几个月入库、抬高了基数。\n\n"
        "上半年,全国税收收入94080亿元,同比下降5.6%。",
        published="2024-07-22",
        rows=[
            R("fiscal.revenue", "level", 1.15913e13, "CNY", "exact", S1, "115913亿元"),
            R("fiscal.revenue", "yoy_pct", -2.8, "percent", "exact", S1, "2.8%"),
            R("fiscal.revenue.tax", "level", 9.408e12, "CNY", "exact", S1, "94080亿元"),
            R("fiscal.revenue.tax", "yoy_pct", -5.6, "percent", "exact", S1, "5.6%"),
        ],
        note="a background year between two statements of 'the first half' changes nothing",
    ),
    Case(
        "China's fiscal revenue rose 5 percent in the first half of 2023.\n\n"
        "That compares with a rise of 2 percent in the same period of 2019.\n\n"
        "In the first half, fiscal spending rose 3.9 percent.",
        published="2023-07-20",
        rows=[
            R("fiscal.revenue", "yoy_pct", 5.0, "percent", "exact", "2023-S1", "5 percent"),
            R("fiscal.revenue", "yoy_pct", 2.0, "percent", "exact", "2019-S1", "2 percent"),
            R("fiscal.expenditure", "yoy_pct", 3.9, "percent", "exact", "2023-S1", "3.9 percent"),
        ],
        note="a year stated in between ('That compares with': the subject before, at its own "
        "period) does not move a later 'first half'",
    ),
    Case(
        "China's fiscal revenue rose 13.3 percent in the first six months of 2023.\n\n"
        "The ministry said fiscal spending rose 3.9 percent year on year to 13.39 trillion yuan "
        "during the six-month period.",
        published="2023-07-20",
        rows=[
            R("fiscal.revenue", "yoy_pct", 13.3, "percent", "exact", "2023-S1", "13.3 percent"),
            R("fiscal.expenditure", "yoy_pct", 3.9, "percent", "exact", "2023-S1", "3.9 percent"),
            R(
                "fiscal.expenditure",
                "level",
                1.339e13,
                "CNY",
                "exact",
                "2023-S1",
                "13.39 trillion yuan",
            ),
        ],
    ),
    Case(
        "China's retail sales rose 33.8% in January and February.",
        published="2021-03-15",
        rows=[R("retail.sales", "yoy_pct", 33.8, "percent", "exact", "2021-01-01/P2M", "33.8%")],
    ),
    Case(
        "UK public sector net borrowing fell by 2.5 billion pounds to 32.5 billion pounds in "
        "April 2017 to September 2017.",
        published="2017-10-20",
        rows=[
            R(
                "fiscal.borrowing",
                "abs_change",
                -2.5e9,
                "GBP",
                "exact",
                "2017-04-01/P6M",
                "2.5 billion pounds",
                ref_area="GB",
            ),
            R(
                "fiscal.borrowing",
                "level",
                3.25e10,
                "GBP",
                "exact",
                "2017-04-01/P6M",
                "32.5 billion pounds",
                ref_area="GB",
            ),
        ],
    ),
    Case(
        "Last year China's fiscal expenditure rose 3.6%, down from 5.4% in 2023.",
        published="2025-01-24",
        rows=[
            R("fiscal.expenditure", "yoy_pct", 3.6, "percent", "exact", "2024", "3.6%"),
            R("fiscal.expenditure", "yoy_pct", 5.4, "percent", "exact", "2023", "5.4%"),
        ],
        note="a period stated after another figure is that figure's",
    ),
    Case(
        "China's fiscal revenue rose 3 percent and fiscal spending 5 percent in October.",
        published="2025-11-17",
        rows=[
            R("fiscal.revenue", "yoy_pct", 3.0, "percent", "exact", "2025-10", "3 percent"),
            R("fiscal.expenditure", "yoy_pct", 5.0, "percent", "exact", "2025-10", "5 percent"),
        ],
        note="a period closing the sentence still holds for all its figures",
    ),
]
NO_ROW = [
    # two months each with its own figure are no two-month period, and no subject: nothing
    Case("The surveyed urban unemployment rate was 5.4% in January and 5.5% in February."),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_story_periods(case):
    assert rows_of(case) == case.rows
