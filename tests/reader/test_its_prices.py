"""A price named by its holder's possessive (its_prices.with_its_prices): "Pork kept getting
cheaper in November, its price down 1.1 percent" is pork prices; a holder that is no prices term,
or opening words that are no holder, give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "China's consumer prices rose 2.2 percent in November 2018. "
        "Pork kept getting cheaper in November, its price down 1.1 percent year on year, a drag "
        "of 0.03 percentage points on CPI growth.",
        published="2018-12-09",
        rows=[
            R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2018-11", "2.2 percent"),
            R("prices.cpi.pork", "yoy_pct", -1.1, "percent", "exact", "2018-11", "1.1 percent"),
            R(
                "prices.cpi.pork",
                "pp_change",
                -0.03,
                "percent",
                "exact",
                "2018-11",
                "0.03 percentage points",
            ),
        ],
    ),
    Case(
        "China's consumer prices rose 2.8% in September 2022 from a year earlier. Pork did much "
        "of the work: its prices rose 36% year on year.",
        published="2022-10-14",
        rows=[
            R("prices.cpi", "yoy_pct", 2.8, "percent", "exact", "2022-09", "2.8%"),
            R("prices.cpi.pork", "yoy_pct", 36.0, "percent", "exact", "2022-09", "36%"),
        ],
    ),
]

REJECT = [
    Case(
        "Food delivery firm Meituan cut its prices by 10 percent in November 2018.",
        published="2018-12-09",
    ),
    Case("The company raised its prices by 5 percent in 2023.", published="2024-01-09"),
    Case(
        "The zoo kept its 12 pandas indoors in 2023; their price is not known.",
        published="2024-01-09",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_its_prices(case: Case) -> None:
    assert rows_of(case) == case.rows
