"""Commodity prices: a level of a commodity's price ("454,000 yuan a ton", "$82 a
barrel") is a prices.commodity figure with the commodity as breakdown, named by "X prices",
"price of X", "spot X" (extractors/prices.terms.csv). A bare change of it ("jumped by nearly 4%")
is no year-on-year change, so it is not published under the statistics' default (over a span, "down
almost 20% during May", it is the change since the span began: econstats.reader.span_prices); share prices,
stock indices, counts and the CPI's own categories are not commodity prices."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

C = "prices.commodity"

ACCEPT = [
    Case(
        "SMM data showed that in China, praseodymium-neodymium alloy prices jumped by nearly 4% "
        "from late March to 454,000 yuan a ton by the end of May.",
        published="2024-06-20",
        rows=[R(C, "level", 454000.0, "CNY", "exact", "2024-05-31", "454,000 yuan")],
    ),
    Case(
        "Chinese soymeal slumped, with spot soymeal at the crushing hub of Rizhao down almost 20% "
        "during May to 3,670 yuan ($515.53) a tonne.",
        published="2023-06-07",
        rows=[
            # the change over May, against the end of April (econstats.reader.span_prices)
            R(
                C,
                "pct_change",
                -20.0,
                "percent",
                "at_most",
                "2023-05",
                "almost 20%",
                base_period="2023-04-30/2023-04-30",
            ),
            R(C, "level", 3670.0, "CNY", "exact", "2023-05", "3,670 yuan"),
            R(C, "level", 515.53, "USD", "exact", "2023-05", "$515.53"),
        ],
    ),
    Case(
        "In China, iron ore prices averaged 820 yuan per tonne in March.",
        published="2024-04-10",
        rows=[R(C, "level", 820.0, "CNY", "exact", "2024-03", "820 yuan")],
    ),
    Case(
        "China's consumer prices rose 0.2 percent year on year in May, while pork prices fell 3 "
        "percent.",
        published="2024-06-12",
        rows=[
            R("prices.cpi", "yoy_pct", 0.2, "percent", "exact", "2024-05", "0.2 percent"),
            R("prices.cpi.pork", "yoy_pct", -3.0, "percent", "exact", "2024-05", "3 percent"),
        ],
    ),
]

REJECT = [
    Case("Share prices in Shanghai rose 2% in May.", published="2024-06-10"),
    Case("Its shares closed at HK$6.74 on Tuesday, up 3%.", published="2024-06-10"),
    Case("Copper prices rose 3% in May.", published="2024-06-10"),  # a bare change: not yoy
    Case("The zoo bought 56 tonnes of rice for its 12 pandas in 2023.", published="2024-06-10"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_commodity_prices(case: Case) -> None:
    assert rows_of(case) == case.rows
