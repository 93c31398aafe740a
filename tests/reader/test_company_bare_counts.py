"""A company's rides and deliveries printed as bare numbers grouped in thousands ("Weekly fully
driverless rides exceeded 250,000 in October", "Vehicle deliveries were 87,071 in the third
quarter") are figures of the sentence's indicator (vocab/bare_counts.csv, as nonfarm payrolls):
before, a number with no unit was never read. Only a number grouped in thousands and followed by
no noun of its own counts: years, ages, dates, share prices and counts of other things (medals,
pandas, delegates, robotaxis) make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

BAIDU = "Baidu (BIDU US) reported its third-quarter results for 2025 in Beijing, China. "
NIO = "NIO Inc. (NYSE: NIO), a Chinese smart electric vehicle maker, published its results. "

ACCEPT = [
    (
        BAIDU + "Weekly fully driverless rides exceeded 250,000 in October.",
        [("company.rides", "level", 250000.0, "2025-10", "exceeded 250,000")],
    ),
    (
        NIO + "Vehicle deliveries were 87,071 in the third quarter of 2025, representing an "
        "increase of 40.8% from the third quarter of 2024.",
        [
            ("company.deliveries", "level", 87071.0, "2025-Q3", "87,071"),
            ("company.deliveries", "yoy_pct", 40.8, "2025-Q3", "40.8%"),
        ],
    ),
]

REJECT = [
    BAIDU + "Its fleet of 1,000 robotaxis gave rides in 12 cities in October.",
    BAIDU + "Rides began on October 1, 2,025 days after the unit was founded in 2020.",
    NIO + "Deliveries of its ET9, priced at 788,000, began when the founder was aged 50.",
    "China won 1,234 medals and bred 2,000 pandas; 2,977 delegates attended in March.",
]


def rows(text: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, "2025-11-25")))
    return [
        (r["indicator"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize(("text", "expected"), ACCEPT, ids=lambda v: str(v)[:40])
def test_bare_company_counts(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[:40])
def test_no_row(text: str) -> None:
    assert rows(text) == []
