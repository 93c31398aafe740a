"""National-accounts concepts beside GDP (gross value added, household and government
consumption, gross fixed capital formation: schema/indicators.csv macro.gdp.gva,
.household_consumption, .government_consumption, .gross_fixed_capital_formation) and the economy a wire story's dateline names when its text names
none (vocab/datelines.csv: "TOKYO, March 21 (Reuters) -"). A budget's spending stays fiscal."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CASES = [
    (
        "NEW DELHI, May 30 - Gross value added (GVA) rose 6.8% in the January-March quarter.",
        "2025-05-30",
        [("macro.gdp.gva", "yoy_pct", 6.8, "2025-Q1", "IN")],
    ),
    (
        "BERLIN - Household consumption grew by 0.3% in 2024, and state consumption expenditure "
        "rose 2.6%.",
        "2025-01-15",
        [
            ("macro.gdp.household_consumption", "yoy_pct", 0.3, "2024", "DE"),
            ("macro.gdp.government_consumption", "yoy_pct", 2.6, "2024", "DE"),
        ],
    ),
    (
        "Prices ease\n\nTOKYO, March 21 (Reuters) - Core consumer prices rose 3.0% in February "
        "from a year earlier.",
        "2025-03-21",
        [("prices.cpi.core", "yoy_pct", 3.0, "2025-02", "JP")],
    ),
    (
        "LONDON, Nov 13 (Reuters) - Britain's economy grew by just 0.1% in the third quarter. "
        "Household spending increased by 0.2%.",
        "2025-11-13",
        [
            ("macro.gdp", "qoq_pct", 0.1, "2025-Q3", "GB"),
            ("macro.gdp.household_consumption", "qoq_pct", 0.2, "2025-Q3", "GB"),
        ],
    ),
    (  # household spending's contribution to growth is a contribution, not its growth
        "BEIJING - China's GDP grew 5 per cent in 2025. Household spending remained central, "
        "contributing 52 per cent to the expansion.",
        "2026-01-19",
        [
            ("macro.gdp", "yoy_pct", 5.0, "2025", "CN"),
            ("macro.gdp.contribution", "share_pct", 52.0, "2025", "CN"),
        ],
    ),
    (  # a budget's spending, no national-accounts consumption
        "BERLIN - Government spending on defence rose 5% in 2024.",
        "2025-01-15",
        [("fiscal.expenditure", "yoy_pct", 5.0, "2024", "DE")],
    ),
    (  # a city in the text is no dateline
        "Shares listed in Tokyo rose 3.0% in February.",
        "2025-03-21",
        [],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_national_accounts(text: str, published: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, published)))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["ref_area"])
        for r in result["rows"]
    ]
    assert found == expected
