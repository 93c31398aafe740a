"""A flow "as of" a day runs from the start of the month or year its sentence names to that day
(econstats.reader.to_date); a stock at a day stays at the day, a flow on a day with no start stays."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "As of June 21, China's monthly local government bond issuance exceeded 594 billion yuan.",
        published="2019-06-25",
        rows=[
            R(
                "fiscal.bonds.local",
                "level",
                5.94e11,
                "CNY",
                "at_least",
                "2019-06-01/P21D",
                "exceeded 594 billion yuan",
            ),
        ],
    ),
    Case(
        "As of June 21, China had issued 1.2 trillion yuan of local government bonds this year.",
        published="2019-06-25",
        rows=[
            R(
                "fiscal.bonds.local",
                "level",
                1.2e12,
                "CNY",
                "exact",
                "2019-01-01/P172D",
                "1.2 trillion yuan",
            ),
        ],
    ),
]
NO_ROW = [
    # no figure of a statistic: a bond's yield, a policy rate, a date
    Case(
        "As of June 21, the yield on China's 10-year bond was 3.2 percent this year.",
        published="2019-06-25",
    ),
    Case(
        "As of June 21, the central bank kept its policy rate at 4.35 percent this month.",
        published="2019-06-25",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_flow_to_date(case):
    assert rows_of(case, "fiscal" if case.rows else None) == case.rows
