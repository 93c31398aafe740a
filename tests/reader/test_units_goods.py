"""Retail sales of goods by units above designated size (the goods part of their sales, catering
left out: breakdown "goods"), apart from the total those units "accounted for"; and "the same
units" (vocab/anaphors.csv) naming the holders of the subject before again. Counts, dates and
thresholds stay no figure."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

UNITS = "retail.sales.above_designated_size"


def units(value: float, text: str, period: str, measure: str = "level") -> R:
    unit = "CNY" if measure == "level" else "percent"
    row = R(UNITS, measure, value, unit, "exact", period, text)
    return row


CASES = [
    Case(
        "China's units above designated size accounted for 1,141.9 billion yuan of retail sales"
        " in July 2018. Goods sold at retail by units above designated size came to 1,065.5"
        " billion yuan in July, up by 5.7 percent year-on-year. For January to July, the same"
        " units sold goods worth 7,597.9 billion yuan, up by 7.3 percent year-on-year.",
        published="2018-08-14",
        rows=[
            units(1141.9e9, "1,141.9 billion yuan", "2018-07"),
            units(1065.5e9, "1,065.5 billion yuan", "2018-07"),
            units(5.7, "5.7 percent", "2018-07", "yoy_pct"),
            units(7597.9e9, "7,597.9 billion yuan", "2018-01-01/P7M"),
            units(7.3, "7.3 percent", "2018-01-01/P7M", "yoy_pct"),
        ],
    ),
    Case(
        "2024年1-6月，全国限额以上单位商品零售额8.6万亿元，同比增长3.2%。",
        published="2024-07-15",
        rows=[
            units(8.6e12, "8.6万亿元", "2024-S1"),
            units(3.2, "3.2%", "2024-S1", "yoy_pct"),
        ],
    ),
    # a threshold in a definition, a date and a count of units: no figure
    Case(
        "In China, units above designated size are those with annual sales of at least 20 million"
        " yuan. On July 1, 2018, the same units numbered 56 thousand outlets in 31 provinces.",
        published="2018-08-14",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_units_goods(case: Case) -> None:
    assert rows_of(case) == case.rows
