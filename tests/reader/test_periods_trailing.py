"""A period stated right after an earlier value (issue 13): tables of texts in, exact rows out.

"climbed 0.4 percent to $28.11, after an unrevised 0.3 percent in July": July is the 0.3's,
never the 0.4's nor the $28.11's, nor the story's from there on (figure_periods.StatedPeriods);
"after a", "following a" lead an earlier value (vocab/cues.csv); "since the start of 2025" is no
period (vocab/period_grammar.txt).
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "US employers added 130,000 jobs in August, the Labor Department said.\n\n"
        "Hourly earnings for private-sector workers climbed 0.4 percent (11 cents) to $28.11, "
        "after an unrevised 0.3 percent increase in July.",
        published="2019-09-06",
        rows=[
            R(
                "macro.labour.nonfarm_payrolls",
                "abs_change",
                130000.0,
                "count",
                "exact",
                "2019-08",
                "130,000 jobs",
                ref_area="US",
            ),
            R(
                "macro.labour.average_hourly_earnings",
                "mom_pct",
                0.4,
                "percent",
                "exact",
                "2019-08",
                "0.4 percent",
                ref_area="US",
            ),
            R(
                "macro.labour.average_hourly_earnings",
                "abs_change",
                0.11,
                "USD",
                "exact",
                "2019-08",
                "11 cents",
                ref_area="US",
            ),
            R(
                "macro.labour.average_hourly_earnings",
                "level",
                28.11,
                "USD",
                "exact",
                "2019-08",
                "$28.11",
                ref_area="US",
            ),
            R(
                "macro.labour.average_hourly_earnings",
                "mom_pct",
                0.3,
                "percent",
                "exact",
                "2019-07",
                "0.3 percent",
                ref_area="US",
            ),
        ],
        note="the trailing July is the earlier value's (its own row): the main figures keep the "
        "story's August",
    ),
    Case(
        "China's exports rose 8.1 percent year-on-year in April, following a 12.4 percent rise "
        "in March.",
        published="2025-05-09",
        rows=[
            R("trade.exports", "yoy_pct", 8.1, "percent", "exact", "2025-04", "8.1 percent"),
            R("trade.exports", "yoy_pct", 12.4, "percent", "exact", "2025-03", "12.4 percent"),
        ],
    ),
    Case(
        "In April, China's exports rose 8.1 percent, after a 12.4 percent rise in March.",
        published="2025-05-09",
        rows=[
            R("trade.exports", "yoy_pct", 8.1, "percent", "exact", "2025-04", "8.1 percent"),
            R("trade.exports", "yoy_pct", 12.4, "percent", "exact", "2025-03", "12.4 percent"),
        ],
        note="a period before every figure stays the sentence's",
    ),
    Case(
        "China's exports rose 8.1 percent, after a 12.4 percent rise in March.",
        published="2025-05-09",
        rows=[
            R("trade.exports", "yoy_pct", 12.4, "percent", "exact", "2025-03", "12.4 percent"),
        ],
        note="the 8.1 percent has no period of its own: never the earlier value's March",
    ),
    Case(
        "China's imports, which have been shrinking since the start of 2025, fell 0.2 per cent "
        "year-on-year in April.",
        published="2025-05-09",
        rows=[
            R("trade.imports", "yoy_pct", -0.2, "percent", "exact", "2025-04", "0.2 per cent"),
        ],
        note="'since the start of 2025' is no period",
    ),
]

ACCEPT.append(
    Case(
        "China's imports rose 0.5 percent year-on-year in April, after a 2.1 percent decline "
        "in March.",
        published="2025-05-09",
        rows=[
            R("trade.imports", "yoy_pct", 0.5, "percent", "exact", "2025-04", "0.5 percent"),
            R("trade.imports", "yoy_pct", -2.1, "percent", "exact", "2025-03", "2.1 percent"),
        ],
        note="an earlier change keeps its own sign (measures.with_measure)",
    )
)

REJECT = [
    Case(
        "Imports have been shrinking since the start of 2025, falling 0.2 per cent.",
        published="2025-05-09",
    ),
    Case(
        "China's imports have been shrinking since early 2025, falling 0.2 per cent.",
        published="2025-05-09",
    ),
    Case(
        "After a 3-2 win in March, the team collected 12 medals, and 2 pandas were born after "
        "a 9-month wait.",
        published="2025-05-09",
    ),
    Case(
        "The central bank cut its policy rate to 3.1 percent after a 25 basis point cut in March.",
        published="2025-05-09",
    ),
    Case(
        "Shares of the company closed at $28.11 on Friday, after a 3 percent drop on "
        "October 2, 2025.",
        published="2025-10-10",
    ),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accepted(case: Case) -> None:
    assert rows_of(case) == case.rows, case.note


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_rejected(case: Case) -> None:
    assert rows_of(case) == [], case.note
