"""A lead line that states a forecast or a target and ends with a colon ("For the fourth
quarter of 2024, the Company expects:") gives its status to the bullets under it
(econstats.reader.lead_statuses); a lead without one ("Highlights for the quarter:") gives none."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

LEAD = (
    "GUANGZHOU, China, Nov. 19, 2024 -- XPeng Inc. today announced its unaudited financial "
    "results for the three months ended September 30, 2024.\n\n"
)
BULLETS = (
    "- Deliveries of vehicles to be 87,000, an increase of 45.0% year-over-year.\n"
    "- Total revenues to be RMB15.7 billion.\n"
)

CASES = [
    (
        LEAD + "For the fourth quarter of 2024, the Company expects:\n\n" + BULLETS,
        [
            ("company.deliveries", "level", 87000.0, "2024-Q4", "forecast"),
            ("company.deliveries", "yoy_pct", 45.0, "2024-Q4", "forecast"),
            ("company.revenue", "level", 1.57e10, "2024-Q4", "forecast"),
        ],
    ),
    (
        LEAD + "公司预计2024年第四季度:\n" + BULLETS,
        [
            ("company.deliveries", "level", 87000.0, "2024-Q4", "forecast"),
            ("company.deliveries", "yoy_pct", 45.0, "2024-Q4", "forecast"),
            ("company.revenue", "level", 1.57e10, "2024-Q4", "forecast"),
        ],
    ),
    (  # rejected as guidance: a lead that states no forecast
        LEAD + "Highlights for the third quarter of 2024:\n"
        "- Deliveries of vehicles were 46,533, an increase of 15.1% year-over-year.\n",
        [
            ("company.deliveries", "level", 46533.0, "2024-Q3", "actual"),
            ("company.deliveries", "yoy_pct", 15.1, "2024-Q3", "actual"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[170:210])
def test_lead_statuses(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2024-11-19")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["status"]) for r in result["rows"]
    ]
    assert found == expected
