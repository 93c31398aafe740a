"""Fiscal years that do not follow the calendar, as economies other than China's write them: a
year across two calendar years ("2024-25", "2024/25", "fiscal 2024-25", "FY2024-25") runs April
to March, and "the fiscal year that ended in March" is the twelve months to that March. Two
years that do not follow each other ("2019-24") are a range, no period."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

FY25 = "2024-04-01/P12M"

CASES = [
    (
        "NEW DELHI - For the fiscal year that ended in March, India's economy expanded 6.5%, "
        "compared with 9.2% in the previous year.",
        [("macro.gdp", "yoy_pct", 6.5, FY25), ("macro.gdp", "yoy_pct", 9.2, "2023-04-01/P12M")],
    ),
    (
        "NEW DELHI - India's fiscal deficit for 2024/25 was 4.8% of GDP, lower than the "
        "government's target of 4.9%.",
        [
            ("fiscal.deficit.gdp_ratio", "share_pct", 4.8, FY25),
            ("fiscal.deficit.gdp_ratio", "share_pct", 4.9, FY25),
        ],
    ),
    (
        "NEW DELHI - In nominal terms, India's GDP stood at Rs 330.68 lakh crore in 2024-25.",
        [("macro.gdp", "level", 3.3068e14, FY25)],
    ),
    ("NEW DELHI - India's GDP grew 6.5% in fiscal 2024-25.", [("macro.gdp", "yoy_pct", 6.5, FY25)]),
    ("NEW DELHI - India's exports rose 5% in 2019-24.", []),  # a range of years: no period
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[12:52])
def test_fiscal_years(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-05-30")))
    found = [(r["indicator"], r["measure"], r["value"], r["period"]) for r in result["rows"]]
    assert found == expected
