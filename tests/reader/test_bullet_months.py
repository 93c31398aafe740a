"""A month that opens a bullet ("* May exports up 35.9% y/y, up 36.2% m/m") is the bullet's
period, as it is at a sentence's start (vocab/period_grammar.txt month_attributive: after a
bullet mark "*", "•", "·" or "-" at a line's start). Before, the bullet's figures took the story's
period (or none). A month inside a line after a dash is no bullet's; counts of medals give no
row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

BULLETS = (
    "China May rare earth exports jump 36% y/y on restocking\n\n"
    "* May exports up 35.9% y/y, up 36.2% m/m\n"
    "* Jan-May exports up 14.3% y/y\n"
    "• May imports up 2.7% y/y, up 4.6% m/m\n"
    "- January-May imports down 14.3% y/y\n"
)

CASES = [
    Case(
        BULLETS,
        published="2024-06-07",
        rows=[
            R("trade.exports", "yoy_pct", 35.9, "percent", "exact", "2024-05", "35.9%"),
            R("trade.exports", "mom_pct", 36.2, "percent", "exact", "2024-05", "36.2%"),
            R("trade.exports", "yoy_pct", 14.3, "percent", "exact", "2024-01-01/P5M", "14.3%"),
            R("trade.imports", "yoy_pct", 2.7, "percent", "exact", "2024-05", "2.7%"),
            R("trade.imports", "mom_pct", 4.6, "percent", "exact", "2024-05", "4.6%"),
            R("trade.imports", "yoy_pct", -14.3, "percent", "exact", "2024-01-01/P5M", "14.3%"),
        ],
    ),
    Case("* May medals: the team won 12, up 3 from April", published="2024-06-07"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
