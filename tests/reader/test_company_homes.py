"""A company's home economy for figures read before its currency: a results release that opens
with deliveries, margins and growth rates and names its reporting currency only later (RMB, yen)
gives those figures the currency's economy (econstats.reader.company_homes); a release whose only
currency is one of many economies (US dollars) gives them none, and they stay unpublished."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

Q3 = "2025-Q3"
NIO = (
    "NIO Inc., a leading player in the global smart electric vehicle market, today published "
    "unaudited results for its third quarter, which ended on September 30, 2025.\n\n"
    "Vehicle deliveries were 87,071 vehicles in the third quarter of 2025, up "
    "40.8% from the third quarter of 2024.\n\n"
    "Gross margin was 13.9% in the third quarter of 2025.\n\n"
    "Total revenues were RMB21,793.9 million in the third quarter of 2025."
)
ACCEPT = [
    Case(
        NIO,
        published="2025-11-25",
        rows=[
            R(
                "company.deliveries",
                "level",
                87071.0,
                "count",
                "exact",
                Q3,
                "87,071 vehicles",
                entity="NIO",
            ),
            R("company.deliveries", "yoy_pct", 40.8, "percent", "exact", Q3, "40.8%", entity="NIO"),
            R(
                "company.gross_margin",
                "share_pct",
                13.9,
                "percent",
                "exact",
                Q3,
                "13.9%",
                entity="NIO",
            ),
            R(
                "company.revenue",
                "level",
                2.17939e10,
                "CNY",
                "exact",
                Q3,
                "RMB21,793.9 million",
                entity="NIO",
            ),
        ],
    ),
    Case(
        "Sony Group Corporation today announced its consolidated results for the third quarter "
        "of 2025.\n\nGross margin was 28.1% in the third quarter of 2025.\n\n"
        "Total revenues were 3,100 billion yen in the third quarter of 2025.",
        published="2025-11-11",
        rows=[
            R(
                "company.gross_margin",
                "share_pct",
                28.1,
                "percent",
                "exact",
                Q3,
                "28.1%",
                entity="Sony Group",
                ref_area="JP",
            ),
            R(
                "company.revenue",
                "level",
                3.1e12,
                "JPY",
                "exact",
                Q3,
                "3,100 billion yen",
                entity="Sony Group",
                ref_area="JP",
            ),
        ],
    ),
]
NO_ROW = [
    # dollars are many economies' currency: a home is never guessed from them
    Case(
        "Acme Motors Inc. today published unaudited results for its third quarter.\n\n"
        "Vehicle deliveries were 87,071 in the third quarter of 2025.\n\n"
        "Total revenues were US$2,697.3 million in the third quarter of 2025.",
        published="2025-11-25",
    ),
    # a share price, a price target, a date: no company figure, whatever its home
    Case(
        "NIO Inc. today published unaudited results for its third quarter.\n\n"
        "Its shares closed at US$6.12 on November 25, 2025, and analysts set a price target "
        "of US$8.",
        published="2025-11-25",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_company_homes(case):
    assert rows_of(case, "company" if case.rows else None) == case.rows
