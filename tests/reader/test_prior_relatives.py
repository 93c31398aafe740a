"""An earlier value whose relative period ("seen last month", "last year") names the very period
of the figure it is compared with is counted from that figure's period (econstats.reader.prior_relatives):
in a December story about November, "than the 2.4 percent seen last month" is October's. Where the
relative period is another than the figure's, or the earlier value is another indicator's, nothing
moves."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "In November China's non-food items cost 2.1-percent more than a year before, a slower rise "
        "than the 2.4 percent seen last month.",
        published="2018-12-09",
        rows=[
            R("prices.cpi.non_food", "yoy_pct", 2.1, "percent", "exact", "2018-11", "2.1-percent"),
            R("prices.cpi.non_food", "yoy_pct", 2.4, "percent", "exact", "2018-10", "2.4 percent"),
        ],
        note="the Xinhua CPI story: before, the 2.4 percent was November's and dropped as a repeat",
    ),
    Case(
        "China's CPI rose 2.2 percent in 2024, slower than the 2.5 percent seen last year.",
        published="2025-01-09",
        rows=[
            R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2024", "2.2 percent"),
            R("prices.cpi", "yoy_pct", 2.5, "percent", "exact", "2023", "2.5 percent"),
        ],
    ),
    Case(
        "China's CPI rose 2.2 percent in October, slower than the 2.5 percent seen last month.",
        published="2018-12-09",
        rows=[
            R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2018-10", "2.2 percent"),
            R("prices.cpi", "yoy_pct", 2.5, "percent", "exact", "2018-11", "2.5 percent"),
        ],
        note="last month (November) is not the figure's month: read from the publication date",
    ),
    Case(
        "China's CPI rose 2.2 percent in November, faster than the 1.8 percent of GDP growth seen "
        "last month, when 30 pandas and 12 medals were counted.",
        published="2018-12-09",
        rows=[R("prices.cpi", "yoy_pct", 2.2, "percent", "exact", "2018-11", "2.2 percent")],
        note="another indicator's earlier value is not moved; pandas and medals give no row",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_prior_relatives(case: Case) -> None:
    assert rows_of(case) == case.rows
