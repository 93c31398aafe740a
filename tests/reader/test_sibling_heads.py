"""Siblings that leave out the head noun (sibling_heads.with_sibling_heads): "採礦業增加值增長1.6%,
製造業增長6.7%" gives manufacturing its 6.7%, "鲜菜价格下降2.4%,鲜果下降1.0%" fresh fruit its 1.0%;
a clause whose opening words make no term with the head (同比, 其中), a count or a city names
nothing new."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

IVA = "macro.industrial_value_added"

ACCEPT = [
    Case(
        "2024年一季度,全國規模以上工業增加值同比增長6.1%。分三大門類看,採礦業增加值增長1.6%,"
        "製造業增長6.7%。",
        published="2024-04-17",
        rows=[
            R(IVA, "yoy_pct", 6.1, "percent", "exact", "2024-Q1", "6.1%"),
            R(IVA + ".mining", "yoy_pct", 1.6, "percent", "exact", "2024-Q1", "1.6%"),
            R(IVA + ".manufacturing", "yoy_pct", 6.7, "percent", "exact", "2024-Q1", "6.7%"),
        ],
    ),
    Case(
        "2024年12月份,全国居民消费价格同比上涨0.1%。食品中,鲜菜价格上涨0.5%,鲜果下降3.0%。",
        published="2025-01-09",
        rows=[
            R("prices.cpi", "yoy_pct", 0.1, "percent", "exact", "2024-12", "0.1%"),
            R("prices.cpi.fresh_vegetables", "yoy_pct", 0.5, "percent", "exact", "2024-12", "0.5%"),
            R("prices.cpi.fresh_fruit", "yoy_pct", -3.0, "percent", "exact", "2024-12", "3.0%"),
        ],
    ),
]

REJECT = [
    # the clause after names no sibling: its figure stays the subject's (a change of its rate)
    Case(
        "2024年一季度,採礦業增加值同比增長1.6%,同比加快0.5個百分點。",
        published="2024-04-17",
        rows=[
            R(IVA + ".mining", "yoy_pct", 1.6, "percent", "exact", "2024-Q1", "1.6%"),
            R(IVA + ".mining", "pp_change", 0.5, "percent", "exact", "2024-Q1", "0.5個百分點"),
        ],
    ),
    Case("2024年,成都大熊猫基地新增12只大熊猫,重庆新增3只。", published="2025-01-09"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_sibling_heads(case: Case) -> None:
    assert rows_of(case) == case.rows
