"""A holder's possessive inside a subject's phrase (econstats.reader.possessives): "Funds raised by
China's property developers" is the term "funds raised by property developers", "investment in
the country's fixed assets" the term "investment in fixed assets". Other words in its place
keep the phrase from matching; counts, dates and prices stay no figure."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

FUNDS = "macro.property.developer_funds"
FAI = "macro.fixed_asset_investment"
PROPERTY_SALES = "macro.property.sales"

ACCEPT = [
    Case(
        "Funds raised by China's property developers were down 24.1% y/y in January-February.",
        published="2024-03-18",
        rows=[R(FUNDS, "yoy_pct", -24.1, "percent", "exact", "2024-01-01/P2M", "24.1%")],
    ),
    Case(
        "China's statistics bureau said investment in the country's fixed assets rose 3.2 percent"
        " in the first five months.",
        published="2024-06-17",
        rows=[R(FAI, "yoy_pct", 3.2, "percent", "exact", "2024-01-01/P5M", "3.2 percent")],
    ),
    Case(
        "Sales of China’s new commercial buildings fell 5.2 percent in 2024.",
        published="2025-01-17",
        rows=[R(PROPERTY_SALES, "yoy_pct", -5.2, "percent", "exact", "2024", "5.2 percent")],
    ),
    Case(
        "In 2024, funds raised by Hong Kong's property developers fell 5 percent.",
        published="2025-01-17",
        rows=[R(FUNDS, "yoy_pct", -5.0, "percent", "exact", "2024", "5 percent", ref_area="HK")],
    ),
]

REJECT = [
    # another word in the possessive's place: not the term
    Case("Funds raised by foreign property developers rose 12 percent in 2024.", "2025-01-17"),
    # a possessive holder of a count, a date, an age or a share price: no figure
    Case("Investment in China's pandas: 56 giant pandas were born in 2024.", "2025-01-17"),
    Case("Sales of Apple's shares on March 3, 2024 drove the stock to $172.5.", "2024-03-04"),
    Case(
        "Funds raised by China's 80-year-old developers' founders, aged 85, are secret.",
        "2025-01-17",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_inner_possessives(case: Case) -> None:
    assert rows_of(case) == case.rows
