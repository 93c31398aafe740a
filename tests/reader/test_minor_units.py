"""Cents are a hundredth of a dollar (vocab/minor_units.csv, vocab/currencies.csv): "average
hourly earnings rose by 11 cents, or 0.4 percent, to $28.11" is a change of 0.11 dollars. An
amount alone in brackets right after a percent change restates that change
(continuations.inherits_sign): "climbed 0.4 percent m-o-m (11 cents) to $28.11", "fell 0.2
percent ($1.1 billion)". Before, a number before "cents" was no figure, and a bracketed amount
after a percent was read as a level. Share prices, coins and tickets in cents still give no row."""

from __future__ import annotations

from decimal import Decimal

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.figures import find_raw_figures

EARNINGS = "macro.labour.average_hourly_earnings"

ACCEPT = [
    Case(
        "U.S. hourly earnings for private-sector workers climbed 0.4 percent m-o-m (11 cents) to "
        "$28.11 in August.",
        published="2019-09-06",
        rows=[
            R(
                EARNINGS,
                "mom_pct",
                0.4,
                "percent",
                "exact",
                "2019-08",
                "0.4 percent",
                ref_area="US",
            ),
            R(EARNINGS, "abs_change", 0.11, "USD", "exact", "2019-08", "11 cents", ref_area="US"),
            R(EARNINGS, "level", 28.11, "USD", "exact", "2019-08", "$28.11", ref_area="US"),
        ],
    ),
    Case(
        "Average hourly earnings rose by 11 cents to $28.11 in August, the U.S. Labor Department "
        "said.",
        published="2019-09-06",
        rows=[
            R(EARNINGS, "abs_change", 0.11, "USD", "exact", "2019-08", "11 cents", ref_area="US"),
            R(EARNINGS, "level", 28.11, "USD", "exact", "2019-08", "$28.11", ref_area="US"),
        ],
    ),
    Case(
        "U.S. hourly earnings fell 0.2 percent m-o-m (5 cents) in August.",
        published="2019-09-06",
        rows=[
            R(
                EARNINGS,
                "mom_pct",
                -0.2,
                "percent",
                "exact",
                "2019-08",
                "0.2 percent",
                ref_area="US",
            ),
            R(EARNINGS, "abs_change", -0.05, "USD", "exact", "2019-08", "5 cents", ref_area="US"),
        ],
        note="the bracketed amount shares the fall's sign",
    ),
]

NO_ROW = [
    Case("Shares of Apple rose 11 cents to $208.50 on Friday.", published="2019-09-06"),
    Case(
        "The U.S. Mint produced 25-cent coins, and each costs 9 cents to make.",
        published="2019-09-06",
    ),
    Case("Tickets cost 50 cents each, and the team won 11 medals.", published="2019-09-06"),
    Case("The 75-year-old won 3 gold medals (2 of them in 1996).", published="2019-09-06"),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_minor_units(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("text", "figures"),
    [
        ("rose 11 cents", [(Decimal("0.11"), "USD", "11 cents")]),
        ("EPS of 45 US cents", [(Decimal("0.45"), "USD", "45 US cents")]),
        ("1 cent", [(Decimal("0.01"), "USD", "1 cent")]),
        (
            "up 5 per cent and 5 percent",
            [(Decimal(5), "percent", "5 per cent")] + [(Decimal(5), "percent", "5 percent")],
        ),
        ("50 centimetres, 25-cent coins", []),
    ],
)
def test_cents_are_hundredths(text: str, figures: list[tuple[Decimal, str, str]]) -> None:
    found = [(f.value, f.unit, text[f.start : f.end]) for f in find_raw_figures(text)]
    assert found == figures
