"""Apparent oil demand (macro.energy.oil_demand): a data note's "Apparent Oil Demand +6.1% y/y",
a wire's "apparent oil demand rose 3.2% to 61.5 million tonnes", "原油表观消费量". Bare "oil
demand" is often the world's (in barrels a day): no row; nor counts, dates or prices."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

OIL = "macro.energy.oil_demand"

ACCEPT = [
    Case(
        "China data, March 18, 2024\n"
        "Industrial Production y/y +7.0% in January-February, a beat\n"
        "Apparent Oil Demand +6.1% y/y",
        published="2024-03-18",
        rows=[
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                7.0,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "7.0%",
            ),
            R(OIL, "yoy_pct", 6.1, "percent", "exact", "2024-01-01/P2M", "6.1%"),
        ],
    ),
    Case(
        "China's apparent oil demand rose 3.2% year on year to 61.5 million tonnes in July.",
        published="2024-08-18",
        rows=[
            R(OIL, "yoy_pct", 3.2, "percent", "exact", "2024-07", "3.2%"),
            R(OIL, "level", 61.5e9, "kg", "exact", "2024-07", "61.5 million tonnes"),
        ],
    ),
    Case(
        "国家统计局数据显示，2024年中国原油表观消费量同比增长1.8%。",
        published="2025-02-18",
        rows=[R(OIL, "yoy_pct", 1.8, "percent", "exact", "2024", "1.8%")],
    ),
]

REJECT = [
    Case(
        "Global oil demand will rise 1.2 million barrels per day in 2025, the IEA said.",
        "2025-01-15",
    ),
    Case(
        "Oil demand talks: 56 delegates met on March 3, 2025; Brent traded at $72.5.", "2025-03-04"
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_oil_demand(case: Case) -> None:
    assert rows_of(case) == case.rows
