"""Balances as news writes them: the current account's parts listed as "the balances of trade
in goods including ... services (-€6.7bn) ... and secondary income (-€2.8bn)" are signed
balances (extractors/trade.terms.csv; before, trade.total, whose negative levels were
rejected), and "the surplus" after a trade balance is that balance again, with a pluperfect verb
too ("In August 2014, the surplus had been +€13.9bn": vocab/anaphor_heads.csv,
vocab/subject_verbs.csv). "The deficit" after a balance is no balance (its sign is the other),
and a surplus of goals, a count of medals or a share price gives no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

DE = {"ref_area": "DE"}

CASES = [
    Case(
        "The German current account of the balance of payments recorded a surplus of €12.3bn "
        "in August 2015. The figure reflects the balances of trade in goods including "
        "supplementary trade items (+€16.2bn), services (-€6.7bn), primary income (+€5.6bn) "
        "and secondary income (-€2.8bn).",
        published="2015-10-08",
        rows=[
            R(
                "trade.current_account",
                "level",
                1.23e10,
                "EUR",
                "exact",
                "2015-08",
                "€12.3bn",
                **DE,
            ),
            R("trade.balance", "level", 1.62e10, "EUR", "exact", "2015-08", "€16.2bn", **DE),
            R("trade.balance", "level", -6.7e9, "EUR", "exact", "2015-08", "-€6.7bn", **DE),
            R("trade.balance", "level", 5.6e9, "EUR", "exact", "2015-08", "€5.6bn", **DE),
            R("trade.balance", "level", -2.8e9, "EUR", "exact", "2015-08", "-€2.8bn", **DE),
        ],
    ),
    Case(
        "The German foreign trade balance closed with a surplus of €15.3bn in August 2015. In "
        "August 2014, the surplus had been +€13.9bn.",
        published="2015-10-08",
        rows=[
            R("trade.balance", "level", 1.53e10, "EUR", "exact", "2015-08", "€15.3bn", **DE),
            R("trade.balance", "level", 1.39e10, "EUR", "exact", "2014-08", "€13.9bn", **DE),
        ],
    ),
    Case(
        "The German foreign trade balance showed a deficit of €1.3bn in August 2015. In August "
        "2014, the deficit had been €3.9bn.",
        published="2015-10-08",
        rows=[R("trade.deficit", "level", 1.3e9, "EUR", "exact", "2015-08", "€1.3bn", **DE)],
        note="the deficit after a balance is not read as the balance: its sign is the other",
    ),
    Case(
        "The German foreign trade balance closed with a surplus of €15.3bn in August 2015. In "
        "the final, the surplus of goals had been 3.",
        published="2015-10-08",
        rows=[R("trade.balance", "level", 1.53e10, "EUR", "exact", "2015-08", "€15.3bn", **DE)],
    ),
    Case("Germany won 12 medals in 2015, and the balance of medals had been 4 in 2014."),
    Case("Siemens shares had been 95 euros in August 2014 and closed at 88 euros on Friday."),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
