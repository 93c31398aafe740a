"""One figure said of each listed item with "均" (distributive.with_distributed): "教育文化娱乐、
医疗保健价格均上涨0.9%" gives a row for each item; a list without "均", a "分别" list, a city
ending in 都 and counts are no such statement."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "2024年12月份,全国居民消费价格同比上涨0.1%。其中,教育文化娱乐、医疗保健价格均上涨0.9%。",
        published="2025-01-09",
        rows=[
            R("prices.cpi", "yoy_pct", 0.1, "percent", "exact", "2024-12", "0.1%"),
            R("prices.cpi.health_care", "yoy_pct", 0.9, "percent", "exact", "2024-12", "0.9%"),
            R(
                "prices.cpi.education_culture_recreation",
                "yoy_pct",
                0.9,
                "percent",
                "exact",
                "2024-12",
                "0.9%",
            ),
        ],
    ),
    Case(
        "2024年12月份,全国居民消费价格环比持平。其中,生活用品及服务、交通通信价格均上涨0.3%。",
        published="2025-01-09",
        rows=[
            R(
                "prices.cpi.transport_communication",
                "mom_pct",
                0.3,
                "percent",
                "exact",
                "2024-12",
                "0.3%",
            ),
            R(
                "prices.cpi.household_goods_services",
                "mom_pct",
                0.3,
                "percent",
                "exact",
                "2024-12",
                "0.3%",
            ),
        ],
    ),
]

REJECT = [
    # no 均: the figure is the last item's only
    Case(
        "2024年12月份,全国居民消费价格同比上涨0.1%。其中,教育文化娱乐、医疗保健价格上涨0.9%。",
        published="2025-01-09",
        rows=[
            R("prices.cpi", "yoy_pct", 0.1, "percent", "exact", "2024-12", "0.1%"),
            R("prices.cpi.health_care", "yoy_pct", 0.9, "percent", "exact", "2024-12", "0.9%"),
        ],
    ),
    Case("成都、重庆大熊猫基地均为12只大熊猫。", published="2025-01-09"),
    Case("2024年,成都、重庆代表团均获得3枚金牌。", published="2025-01-09"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_distributive(case: Case) -> None:
    assert rows_of(case) == case.rows
