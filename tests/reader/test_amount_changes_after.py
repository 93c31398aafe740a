"""An amount followed by its own change word ("$6.3 billion higher than August's") is a change
even where an earlier figure's comparison cue stands in the gap before it ("up 9.6 percent from a
year earlier and more than $6.3 billion higher than ..."): the "from" leads the percent, not the
amount (econstats.reader.measures.with_measure). An amount with no change word of its own stays a
level; counts of medals and share prices give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "South Korea's exports reached $67.27 billion in September, up 9.6 percent from a year "
        "earlier and more than $6.3 billion higher than August's $56.44 billion.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "level",
                6.727e10,
                "USD",
                "exact",
                "2025-09",
                "$67.27 billion",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "yoy_pct",
                9.6,
                "percent",
                "exact",
                "2025-09",
                "9.6 percent",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "abs_change",
                6.3e9,
                "USD",
                "at_least",
                "2025-09",
                "more than $6.3 billion",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "level",
                5.644e10,
                "USD",
                "exact",
                "2025-08",
                "$56.44 billion",
                ref_area="KR",
            ),
        ],
    ),
    Case(
        "Japan's exports fell to 6.2 trillion yen in October, down 3 percent from a year earlier "
        "and 300 billion yen lower than in September.",
        published="2025-11-20",
        rows=[
            R(
                "trade.exports",
                "level",
                6.2e12,
                "JPY",
                "exact",
                "2025-10",
                "6.2 trillion yen",
                ref_area="JP",
            ),
            R(
                "trade.exports",
                "yoy_pct",
                -3.0,
                "percent",
                "exact",
                "2025-10",
                "3 percent",
                ref_area="JP",
            ),
            R(
                "trade.exports",
                "abs_change",
                -3e11,
                "JPY",
                "exact",
                "2025-10",
                "300 billion yen",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "China's imports rose 5 percent from a year earlier to 200 billion dollars in October.",
        published="2025-11-07",
        rows=[
            R("trade.imports", "yoy_pct", 5.0, "percent", "exact", "2025-10", "5 percent"),
            R("trade.imports", "level", 2e11, "USD", "exact", "2025-10", "200 billion dollars"),
        ],
        note="no change word after the amount: a level",
    ),
    Case("Britain won 65 medals in Paris, up 2 from Tokyo and 12 more than in Rio."),
    Case(
        "Shares of Samsung rose 3 percent from a year earlier and 2,000 won higher than on Monday."
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
