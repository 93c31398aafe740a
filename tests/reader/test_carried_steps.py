"""A change on the period before carries to the bare changes after it in its Chinese sentence
(econstats.reader.carried_steps): '鲜菜价格环比下降2.4%,鲜果价格下降1.0%' is two month-on-month changes. A
figure with its own comparison, a year to date after a month, an English sentence, or a term
without the measure keeps its reading."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

P = "percent"

CASES = [
    Case(
        "8月份,鲜菜价格环比下降2.4%,鲜果价格下降1.0%。",
        published="2025-09-10",
        rows=[
            R("prices.cpi.fresh_vegetables", "mom_pct", -2.4, P, "exact", "2025-08", "2.4%"),
            R("prices.cpi.fresh_fruit", "mom_pct", -1.0, P, "exact", "2025-08", "1.0%"),
        ],
    ),
    Case(
        "12月份,食品价格环比下降0.6%,非食品价格上涨0.1%;消费品价格下降0.1%,服务价格上涨0.1%。",
        published="2025-01-09",
        rows=[
            R("prices.cpi.food", "mom_pct", -0.6, P, "exact", "2024-12", "0.6%"),
            R("prices.cpi.non_food", "mom_pct", 0.1, P, "exact", "2024-12", "0.1%"),
            R("prices.cpi.consumer_goods", "mom_pct", -0.1, P, "exact", "2024-12", "0.1%"),
            R("prices.cpi.services", "mom_pct", 0.1, P, "exact", "2024-12", "0.1%"),
        ],
        note="the NBS release: 环比 said once for the list",
    ),
    Case(
        "8月份,鲜菜价格环比下降2.4%,鲜果价格同比下降1.0%。",
        published="2025-09-10",
        rows=[
            R("prices.cpi.fresh_vegetables", "mom_pct", -2.4, P, "exact", "2025-08", "2.4%"),
            R("prices.cpi.fresh_fruit", "yoy_pct", -1.0, P, "exact", "2025-08", "1.0%"),
        ],
        note="its own comparison",
    ),
    Case(
        "8月份,鲜菜价格环比下降2.4%;1-8月份,鲜果价格下降1.0%,3只大熊猫出生。",
        published="2025-09-10",
        rows=[
            R("prices.cpi.fresh_vegetables", "mom_pct", -2.4, P, "exact", "2025-08", "2.4%"),
            R("prices.cpi.fresh_fruit", "yoy_pct", -1.0, P, "exact", "2025-01-01/P8M", "1.0%"),
        ],
        note="a year to date after a month stays year on year; pandas give no row",
    ),
    Case(
        "In August, China's fresh vegetable prices fell 2.4 percent month on month, and fresh fruit "
        "prices fell 1.0 percent.",
        published="2025-09-10",
        rows=[
            R("prices.cpi.fresh_vegetables", "mom_pct", -2.4, P, "exact", "2025-08", "2.4 percent"),
            R("prices.cpi.fresh_fruit", "yoy_pct", -1.0, P, "exact", "2025-08", "1.0 percent"),
        ],
        note="English: not carried",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_carried_steps(case: Case) -> None:
    assert rows_of(case) == case.rows
