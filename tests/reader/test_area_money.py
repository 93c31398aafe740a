"""A money amount said of the floor area sold is the sales value (extractors/macro.terms.csv lists
the floor-area phrases a second time under macro.property.sales; econstats.reader.unit_terms picks the
row of the figure's unit kind): "the area of sold new commercial properties declined 12.6 percent
to around CNY8.4 trillion". Square metres and percents stay the floor area's; a count is neither."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

SOLD, SALES = "macro.property.floor_area_sold", "macro.property.sales"

CASES = [
    Case(
        "In China, the area of sold new commercial properties declined 12.6 percent to around "
        "CNY8.4 trillion last year, the National Bureau of Statistics said.",
        published="2026-02-02",
        rows=[
            R(SOLD, "yoy_pct", -12.6, "percent", "exact", "2025", "12.6 percent"),
            R(SALES, "level", 8.4e12, "CNY", "approximately", "2025", "around CNY8.4 trillion"),
        ],
        note="the Yicai story",
    ),
    Case(
        "In 2025, the area of sold new commercial properties in China declined 12.6 percent to 880 "
        "million square meters.",
        published="2026-02-02",
        rows=[
            R(SOLD, "yoy_pct", -12.6, "percent", "exact", "2025", "12.6 percent"),
            R(SOLD, "level", 8.8e8, "m2", "exact", "2025", "880 million square meters"),
        ],
    ),
    Case(
        "In 2025, the floor area of new commercial buildings sold in China was shown to 30 delegates "
        "and 2 pandas.",
        published="2026-02-02",
        rows=[],
        note="counts of delegates and pandas: no row",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_area_money(case: Case) -> None:
    assert rows_of(case) == case.rows
