"""A period stated in a bulleted list item is the item's own (econstats.reader.item_periods): the next
item, stating none, takes the period stated before the list ("3Q 2025 highlights"), not the
month an aside of the item before named. The item's own figures keep its period. Counts of
other things in a list (medals, pandas, delegates), dates and share prices make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

BAIDU = "Baidu (BIDU) Q3 2025 Earnings Report, Beijing, China\n\nMobile Ecosystem\n"

ACCEPT = [
    (
        BAIDU + "  • In October, Apollo Go's weekly fully driverless rides exceeded 250,000.\n"
        "  • Baidu App MAUs reached 708M, up 1% YoY.\n",
        [
            ("company.rides", "level", 250000.0, "2025-10", "exceeded 250,000"),
            ("company.users.monthly_active", "level", 7.08e8, "2025-Q3", "708M"),
            ("company.users.monthly_active", "yoy_pct", 1.0, "2025-Q3", "1%"),
        ],
    ),
    (  # a sentence that is no list item carries its period on
        BAIDU + "In October, Apollo Go's weekly fully driverless rides exceeded 250,000. "
        "Baidu App MAUs reached 708M, up 1% YoY.\n",
        [
            ("company.rides", "level", 250000.0, "2025-10", "exceeded 250,000"),
            ("company.users.monthly_active", "level", 7.08e8, "2025-10", "708M"),
            ("company.users.monthly_active", "yoy_pct", 1.0, "2025-10", "1%"),
        ],
    ),
]

REJECT = [
    "China's team, 2025\n  • In October, it won 38 gold medals.\n  • It bred 12 pandas, up 1%.\n",
    "Party congress, Beijing, China\n  • On October 5, 2,977 delegates met.\n"
    "  • Baidu shares closed at US$133.95, up 1%.\n",
]


def rows(text: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, "2025-11-18")))
    return [
        (r["indicator"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize("text, expected", ACCEPT, ids=lambda v: str(v)[:40])
def test_item_periods(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[:40])
def test_no_row(text: str) -> None:
    assert rows(text) == []
