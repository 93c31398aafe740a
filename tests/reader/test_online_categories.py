"""The food, clothing and daily-use parts of online retail sales of physical goods (吃类、穿类、
用类商品): "在实物商品网上零售额中，吃类、用类商品分别增长16.0%、6.3%，穿类下降1.6%" gives each its
own breakdown (items sharing the head "类商品": vocab/shared_heads.csv), not three repeats of
the whole. Dates, counts and ages stay no figure."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ONLINE = "retail.sales.online_physical_goods"
P = "2022-01-01/P5M"

CASES = [
    Case(
        "1—5月份，全国实物商品网上零售额42718亿元，增长5.6%。在实物商品网上零售额中，吃类、"
        "用类商品分别增长16.0%、6.3%，穿类下降1.6%。",
        published="2022-06-15",
        rows=[
            R(ONLINE, "level", 4271.8e9, "CNY", "exact", P, "42718亿元"),
            R(ONLINE, "yoy_pct", 5.6, "percent", "exact", P, "5.6%"),
            R(ONLINE, "yoy_pct", 16.0, "percent", "exact", P, "16.0%"),
            R(ONLINE, "yoy_pct", 6.3, "percent", "exact", P, "6.3%"),
            R(ONLINE, "yoy_pct", -1.6, "percent", "exact", P, "1.6%"),
        ],
    ),
    # a count of diners, a date and an age: no figure
    Case(
        "2022年6月15日，吃类餐厅接待顾客56人，老板年龄45岁。",
        published="2022-06-15",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_online_categories(case: Case) -> None:
    assert rows_of(case) == case.rows


def test_breakdowns() -> None:
    from cases import doc_of

    from econstats.dataset.document import extract_document

    rows = extract_document(doc_of(CASES[0]))["rows"]
    assert [row["breakdown"] for row in rows][2:] == ["food", "daily-use goods", "clothing"]
