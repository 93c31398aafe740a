"""An earlier value followed by the value it went to ('adjusted net profit went from a positive
RMB12.83 billion to negative RMB16.01 billion') is compared with that value, of its own subject,
not with the figure of another concept before it in the sentence (econstats.reader.earlier_values.
leads_to): with no period of its own it is not guessed (before, it took the period of the value
it went to, and the repeats rule dropped that one). One whose words say 'a year ago' lies a year
before, and so does one after a change year on year ('rose 2.0%': prior_months)."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

LEAD = "Meituan (3690.HK) has published figures covering the three months to September 30, 2025. "
EBITDA = (
    "Adjusted EBITDA swung from a positive RMB14.53 billion a year ago to negative RMB14.84 billion"
)

CASES = [
    (
        LEAD + EBITDA + ", and adjusted net profit went from a positive RMB12.83 billion to "
        "negative RMB16.01 billion this quarter.",
        [
            ("company.ebitda", "level", 1.453e10, "2024-Q3", "RMB14.53 billion"),
            ("company.ebitda", "level", -1.484e10, "2025-Q3", "RMB14.84 billion"),
            ("company.net_profit.adjusted", "level", -1.601e10, "2025-Q3", "RMB16.01 billion"),
        ],
    ),
    (
        LEAD + "Revenue rose 2.0% to RMB95.49 billion, and operating profit fell from RMB1.5 "
        "billion to RMB1.2 billion.",
        [
            ("company.revenue", "yoy_pct", 2.0, "2025-Q3", "2.0%"),
            ("company.revenue", "level", 9.549e10, "2025-Q3", "RMB95.49 billion"),
            ("company.operating_profit", "level", 1.5e9, "2024-Q3", "RMB1.5 billion"),
            ("company.operating_profit", "level", 1.2e9, "2025-Q3", "RMB1.2 billion"),
        ],
    ),
    (
        LEAD + EBITDA + ".",
        [
            ("company.ebitda", "level", 1.453e10, "2024-Q3", "RMB14.53 billion"),
            ("company.ebitda", "level", -1.484e10, "2025-Q3", "RMB14.84 billion"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[90:130])
def test_from_to(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-11-28")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]
    assert found == expected


# a label of the reading before, with its unit ('prior quarter: 148%', vocab/release_labels.csv):
# the reading of the period before the figure's, by its own length
def test_prior_quarter_label() -> None:
    text = (
        "Baidu Inc. (NASDAQ: BIDU) reported results for the third quarter ended September 30, "
        "2025 in Beijing, China. Apollo Go provided 3.1M fully driverless rides in Q3, with YoY "
        "growth jumping to 212% (prior quarter: 148%)."
    )
    result = extract_document(doc_of(Case(text, "2025-11-18")))
    found = [(r["measure"], r["value_text"], r["period"]) for r in result["rows"]]
    assert found == [
        ("level", "3.1M", "2025-Q3"),
        ("yoy_pct", "212%", "2025-Q3"),
        ("yoy_pct", "148%", "2025-Q2"),
    ]
