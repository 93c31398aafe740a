"""A share of an earlier level may pass 100 (issue 13, econstats.reader.earlier_levels).

"recovered to 107.7 percent of the 2019 level", "119 percent of pre-pandemic levels": holiday and
tourism stories measure a recovery against 2019, and so do Chinese releases ("恢复至2019年同期的
107.7%": a share, read by cues.rate_reading, of the holiday's own period: the 2019年同期 before
的 is no possessive period of the value, period_bases.possessive). Before, every share above 100 was rejected as
implausible. A share of a whole above 100, and a share of "the number recorded in the same
period in 2019" (a phrase the period grammar may read as the figure's own period), stay
rejected; ratios over 1000 percent too.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

HOLIDAY = "During China's 2024 Spring Festival holiday, "
PERIOD = "2024-02-10/P8D"

CASES = [
    Case(
        HOLIDAY + "domestic tourism spending recovered to 107.7 percent of the 2019 level.",
        published="2024-02-18",
        rows=[
            R(
                "transport.tourism.spending",
                "share_pct",
                107.7,
                "percent",
                "exact",
                PERIOD,
                "107.7 percent",
            )
        ],
    ),
    Case(
        HOLIDAY + "domestic tourist trips reached 119 percent of pre-pandemic levels.",
        published="2024-02-18",
        rows=[
            R(
                "transport.tourism.domestic_trips",
                "share_pct",
                119.0,
                "percent",
                "exact",
                PERIOD,
                "119 percent",
            )
        ],
    ),
    Case(
        HOLIDAY + "domestic tourist trips were 46.2 percent of the 2019 level.",
        published="2024-02-18",
        rows=[
            R(
                "transport.tourism.domestic_trips",
                "share_pct",
                46.2,
                "percent",
                "exact",
                PERIOD,
                "46.2 percent",
            )
        ],
    ),
    Case(
        "2024年春节假期，国内游客出游总花费6326.87亿元，按可比口径恢复至2019年同期的107.7%。",
        published="2024-02-18",
        rows=[
            R(
                "transport.tourism.spending",
                "level",
                632.687e9,
                "CNY",
                "exact",
                PERIOD,
                "6326.87亿元",
            ),
            R(
                "transport.tourism.spending",
                "share_pct",
                107.7,
                "percent",
                "exact",
                PERIOD,
                "107.7%",
            ),
        ],
    ),
    Case(
        "2024年春节假期，国内出游4.74亿人次，恢复至疫情前同期的119.0%。",
        published="2024-02-18",
        rows=[
            R(
                "transport.tourism.domestic_trips",
                "level",
                474e6,
                "count",
                "exact",
                PERIOD,
                "4.74亿人次",
            ),
            R(
                "transport.tourism.domestic_trips",
                "share_pct",
                119.0,
                "percent",
                "exact",
                PERIOD,
                "119.0%",
            ),
        ],
    ),
    Case(
        "2024年，GDP增速恢复至5.2%。",
        published="2025-01-17",
        rows=[R("macro.gdp", "yoy_pct", 5.2, "percent", "exact", "2024", "5.2%")],
        note="no 的 before the figure: a growth rate recovered, no share",
    ),
    # no row
    Case("In 2024, China's online retail sales accounted for 130 percent of total retail sales."),
    Case(
        HOLIDAY + "domestic tourist trips were 119.1 percent of the number recorded in the same "
        "period in 2019.",
        published="2024-02-18",
    ),
    Case(HOLIDAY + "domestic tourist trips reached 1,190 percent of the 2019 level."),
    Case(HOLIDAY + "China's athletes won 130 percent of the 2019 tally of medals."),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_shares_of_earlier_levels(case):
    assert rows_of(case) == case.rows
