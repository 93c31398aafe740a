"""A phrase whose money figure in a company's results is another topic's indicator
(vocab/unit_siblings.csv, econstats.reader.unit_siblings): 'Vehicle sales were RMB19,202.3 million' in a
carmaker's report is its revenue from vehicles, with its conversion and its change; counted in
units, or owned by an economy or an industry ("China's vehicle sales"), or in a document that
names no company, vehicle sales stay the economy's (or are no row at all)."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

NIO = (
    "NIO Inc. (NYSE: NIO) today announced its unaudited financial results for the third quarter "
    "ended September 30, 2025. Total revenues were RMB21,793.9 million. "
)

ACCEPT = [
    (
        NIO + "Vehicle sales were RMB19,202.3 million (US$2,697.3 million) in the third quarter "
        "of 2025, representing an increase of 15.0% from the third quarter of 2024.",
        [
            ("company.revenue", None, "level", 21793900000.0, "2025-Q3", "RMB21,793.9 million"),
            (
                "company.revenue",
                "vehicles",
                "level",
                19202300000.0,
                "2025-Q3",
                "RMB19,202.3 million",
            ),
            ("company.revenue", "vehicles", "level", 2697300000.0, "2025-Q3", "US$2,697.3 million"),
            ("company.revenue", "vehicles", "yoy_pct", 15.0, "2025-Q3", "15.0%"),
        ],
    ),
    (  # units sold in the economy stay the economy's, even in a company's document
        NIO
        + "China's vehicle sales rose 5% to 2.8 million units in October, the association said.",
        [
            ("company.revenue", None, "level", 21793900000.0, "2025-Q3", "RMB21,793.9 million"),
            ("macro.industry.vehicle_sales", None, "yoy_pct", 5.0, "2025-10", "5%"),
            ("macro.industry.vehicle_sales", None, "level", 2.8e6, "2025-10", "2.8 million units"),
        ],
    ),
]

# money of an economy's or an industry's vehicle sales is no company's revenue (and no row)
REJECT = [
    NIO + "China's vehicle sales reached 2 trillion yuan in the first ten months of 2025.",
    NIO + "The industry's vehicle sales reached 2 trillion yuan in the first ten months of 2025.",
    "China's vehicle sales were 1.2 trillion yuan in 2024, the association said.",
]


def rows(text: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, "2025-11-25")))
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize(("text", "expected"), ACCEPT, ids=lambda v: str(v)[120:160])
def test_company_sibling(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[-60:-20])
def test_no_company_sibling(text: str) -> None:
    assert "trillion yuan" not in " ".join(row[-1] for row in rows(text))
