"""A growth rate "0.6 percent higher than" another moves by 0.6 points (econstats.reader.rate_points):
the rate noun is the subject right before the figure ("that growth rate was", "the pace of
growth was") and a comparison right after it ("higher than", "slower than"). Sales "0.6 percent
higher" stay a change of sales; a win rate or a count of medals gives no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ONLINE = "retail.sales.online"
JAN_OCT = "2020-01-01/2020-10-31"

CASES = [
    Case(
        "China's online retail sales amounted to 10.53 trillion yuan in January-November, a "
        "year-on-year increase of 11.5 percent; that growth rate was 0.6 percent higher than in "
        "the January to October period.",
        published="2020-12-15",
        rows=[
            R(ONLINE, "level", 1.053e13, "CNY", "exact", "2020-01-01/P11M", "10.53 trillion yuan"),
            R(ONLINE, "yoy_pct", 11.5, "percent", "exact", "2020-01-01/P11M", "11.5 percent"),
            R(
                ONLINE,
                "pp_change",
                0.6,
                "percent",
                "exact",
                "2020-01-01/P11M",
                "0.6 percent",
                base_period=JAN_OCT,
            ),
        ],
    ),
    Case(
        "China's online retail sales rose 11.5 percent in January-November, and the growth rate "
        "was 0.6 percent lower than in January-October.",
        published="2020-12-15",
        rows=[
            R(ONLINE, "yoy_pct", 11.5, "percent", "exact", "2020-01-01/P11M", "11.5 percent"),
            R(
                ONLINE,
                "pp_change",
                -0.6,
                "percent",
                "exact",
                "2020-01-01/P11M",
                "0.6 percent",
                base_period=JAN_OCT,
            ),
        ],
    ),
    Case(
        "China's exports rose 5.3 percent in May from a year earlier, 0.6 percent higher than "
        "economists had forecast.",
        published="2025-06-09",
        rows=[R("trade.exports", "yoy_pct", 5.3, "percent", "exact", "2025-05", "5.3 percent")],
        note="no rate noun before the 0.6: not read as points",
    ),
    Case("The team's win rate was 6 percent higher than last season."),
    Case("The team won 12 medals, and its medal rate was 3 percent higher than in 2020."),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
