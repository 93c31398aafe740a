"""Periods a sentence names that are not the story's: a revision of an earlier release ("Data
for December was revised up to show 307,000 jobs", econstats.reader.revisions) and the twelve months
of an annual rate ("in the 12 months through January", econstats.reader.twelve_months: the rate is
January's, year on year; a level keeps the twelve months); a record's clause ("the fastest pace
since records began in March 1992": vocab/period_grammar.txt since_clause)."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

AHE, NFP = "macro.labour.average_hourly_earnings", "macro.labour.nonfarm_payrolls"

CASES = [
    (  # the revision's December stays its own; the story is still January's
        "U.S. nonfarm payrolls increased by 143,000 jobs in January. Data for December was "
        "revised up to show 307,000 jobs added.\n\nAverage hourly earnings rose 0.5%.",
        [
            (NFP, "abs_change", 143000.0, "2025-01"),
            (AHE, "mom_pct", 0.5, "2025-01"),  # a US month's: on the month before
        ],
    ),
    (  # an annual rate is the month's; the next paragraph keeps the story's month
        "U.S. nonfarm payrolls increased by 143,000 jobs in January. Average hourly earnings rose "
        "4.1% in the 12 months through January.\n\nGovernment employment increased by 32,000 jobs.",
        [
            (NFP, "abs_change", 143000.0, "2025-01"),
            (AHE, "yoy_pct", 4.1, "2025-01"),
            (NFP, "abs_change", 32000.0, "2025-01"),
        ],
    ),
    (  # a record's "since" clause names no period or base of the figure
        "TOKYO - Japan's exports rose 11.4% in January, the fastest pace since records began in "
        "March 1992.",
        [("trade.exports", "yoy_pct", 11.4, "2025-01")],
    ),
    (  # a level over the twelve months keeps them
        "The U.S. trade deficit in the 12 months through January was $918 billion.",
        [("trade.deficit", "level", 9.18e11, "2024-02-01/P12M")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[60:100])
def test_story_periods_news(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-02-07")))
    found = [(r["indicator"], r["measure"], r["value"], r["period"]) for r in result["rows"]]
    assert found == expected
