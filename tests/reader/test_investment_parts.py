"""Manufacturing and infrastructure investment: parts (breakdowns) of fixed-asset investment, not
of the property investment named before them ("Real estate investment declined by 2.7%, whereas
investment in manufacturing rose by 12.2.% and in infrastructure by 6.5%"); a sibling's own noun
replaces the category the shared subject names (own_nouns); a stray dot before the percent sign
("12.2.%", a typo real pages keep) is the percent (figures). Dates, versions and counts stay no
figure."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

FAI = "macro.fixed_asset_investment"
PROPERTY = "macro.property.investment"
P = "2022-01-01/P4M"

CASES = [
    Case(
        "China's statistics bureau said on Monday that in the first four months of the year, real"
        " estate investment declined by 2.7%, whereas investment in manufacturing rose by 12.2.%"
        " and in infrastructure by 6.5%.",
        published="2022-05-16",
        rows=[
            R(PROPERTY, "yoy_pct", -2.7, "percent", "exact", P, "2.7%"),
            R(FAI, "yoy_pct", 12.2, "percent", "exact", P, "12.2.%"),
            R(FAI, "yoy_pct", 6.5, "percent", "exact", P, "6.5%"),
        ],
    ),
    Case(
        "2024年1-6月，全国固定资产投资同比增长3.9%，其中制造业投资增长9.5%，基础设施投资增长5.4%。",
        published="2024-07-15",
        rows=[
            R(FAI, "yoy_pct", 3.9, "percent", "exact", "2024-S1", "3.9%"),
            R(FAI, "yoy_pct", 9.5, "percent", "exact", "2024-S1", "9.5%"),
            R(FAI, "yoy_pct", 5.4, "percent", "exact", "2024-S1", "5.4%"),
        ],
    ),
    # a date, a version and counts with a stray dot: no figure
    Case("China's pandas numbered 56. On 3.5.2022 the zoo opened version 2.0.", "2022-05-16"),
    Case("China's infrastructure investment forum drew 300 delegates on May 3.", "2022-05-16"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_investment_parts(case: Case) -> None:
    assert rows_of(case) == case.rows


def test_breakdowns() -> None:
    rows = extract_document(doc_of(CASES[0]))["rows"]
    assert [row["breakdown"] for row in rows] == [None, "manufacturing", "infrastructure"]
