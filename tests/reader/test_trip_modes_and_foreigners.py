"""Trips by mode in the passive ("14.5 million trips were made by rail") and inbound trips by
foreigners ("China received 23.85 million foreign visitors", "外国人入境2921.8万人次",
"入境外国人"), breakdown "foreigners" of inbound trips, and spending per trip beside the total
("average spending per trip", 人均花费: before, a repeat of the total) (issue 13). Counts of visitors at an event,
medals won by tourists, give no row.
"""

from __future__ import annotations

import pytest
from cases import Case, case_id, doc_of

from econstats.dataset.document import extract_document

INBOUND = "transport.tourism.cross_border_trips.inbound"

CASES = [
    (
        Case(
            "During China's 2024 National Day holiday, 14.5 million trips were made by rail, and "
            "2.1 million trips were made by air.",
            published="2024-10-08",
        ),
        [
            ("transport.passenger_trips", "level", 14.5e6, "rail"),
            ("transport.passenger_trips", "level", 2.1e6, "air"),
        ],
    ),
    (
        Case(
            "In the first three quarters of 2024, China received 23.85 million foreign visitors, "
            "up 78.6 percent.",
            published="2024-10-18",
        ),
        [(INBOUND, "level", 23.85e6, "foreigners"), (INBOUND, "yoy_pct", 78.6, "foreigners")],
    ),
    (
        Case("2024年，外国人入境2921.8万人次，同比增长82.9%。", published="2025-01-14"),
        [(INBOUND, "level", 29.218e6, "foreigners"), (INBOUND, "yoy_pct", 82.9, "foreigners")],
    ),
    (
        Case("2024年，全国各口岸入境外国人2921.8万人次。", published="2025-01-14"),
        [(INBOUND, "level", 29.218e6, "foreigners")],
    ),
    (
        Case(
            "China's domestic tourism spending in 2024 reached 5.75 trillion yuan, while average "
            "spending per trip was 1,025 yuan.",
            published="2025-02-10",
        ),
        [
            ("transport.tourism.spending", "level", 5.75e12, None),
            ("transport.tourism.spending_per_visitor", "level", 1025.0, None),
        ],
    ),
    (
        Case("2024年，国内游客出游总花费5.75万亿元，人均花费1025元。", published="2025-02-10"),
        [
            ("transport.tourism.spending", "level", 5.75e12, None),
            ("transport.tourism.spending_per_visitor", "level", 1025.0, None),
        ],
    ),
    # no row
    (
        Case(
            "In 2024, 300 foreign visitors attended China's expo, and 12 foreign tourists won "
            "medals.",
            published="2025-01-14",
        ),
        [],
    ),
    (Case("In 2024, the 3 trips made by rail took 12 hours.", published="2025-01-14"), []),
]


@pytest.mark.parametrize(("case", "rows"), CASES, ids=[case_id(c) for c, _ in CASES])
def test_modes_and_foreigners(case, rows):
    found = extract_document(doc_of(case))["rows"]
    assert [(r["indicator"], r["measure"], r["value"], r["breakdown"]) for r in found] == rows
