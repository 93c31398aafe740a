"""An anaphor after a reporting clause stands for the subject of the sentence before
(anaphora.REPORTING): "Data showed the figure was up $20 billion", "Official data showed that the
amount rose", "The central bank said the total rose". Reserves are holdings
(vocab/anaphor_heads.csv): "The holdings rose by 160,000 ounces" after gold reserves. A pronoun
after a reporting clause is the reporter's ("The central bank said it earned"), and a noun that
stands for no subject ("the team") takes none."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

FX = "macro.fx_reserves"
LEAD = "China's foreign exchange reserves stood at $3.245 trillion at the end of March. "
LEVEL = R(FX, "level", 3.245e12, "USD", "exact", "2024-03-31", "$3.245 trillion")
CHANGE = R(FX, "abs_change", 2e10, "USD", "exact", "2024-03", "$20 billion")

CASES = [
    Case(
        LEAD + "Data showed the figure was up $20 billion from the end of February.",
        published="2024-04-12",
        rows=[LEVEL, CHANGE],
    ),
    Case(
        LEAD + "Official data showed that the amount rose by $20 billion from the end of February.",
        published="2024-04-12",
        rows=[LEVEL, CHANGE],
    ),
    Case(
        LEAD + "The central bank said the total rose by $20 billion from the end of February.",
        published="2024-04-12",
        rows=[LEVEL, CHANGE],
    ),
    Case(
        "China's gold reserves stood at 72.74 million ounces at the end of March. The holdings "
        "rose by 160,000 ounces from the end of February.",
        published="2024-04-12",
        rows=[
            R(
                "macro.gold_reserves",
                "level",
                7.274e7,
                "XAU",
                "exact",
                "2024-03-31",
                "72.74 million ounces",
            ),
            R(
                "macro.gold_reserves",
                "abs_change",
                1.6e5,
                "XAU",
                "exact",
                "2024-03",
                "160,000 ounces",
            ),
        ],
    ),
    Case(
        LEAD + "The central bank said it earned 20 billion yuan in 2023.",
        published="2024-04-12",
        rows=[LEVEL],
        note="'it' after a reporting clause is the reporter",
    ),
    Case(
        "China's exports rose 5 percent in March. The ministry said that the team won 40 gold "
        "medals.",
        published="2024-04-12",
        rows=[R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2024-03", "5 percent")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_reported_anaphors(case: Case) -> None:
    assert rows_of(case) == case.rows
