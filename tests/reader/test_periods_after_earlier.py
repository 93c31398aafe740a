"""An earlier value's own period follows it: "in January, following an upwardly revised 154.55
billion yen (1.40 billion U.S. dollars) deficit in December" is December's, though "in January"
stands nearer (figure_periods.StatedPeriods.nearest: for an earlier value, the period after it
in its clause wins over the one before, which is the figure it is compared with), and "faster
than the 4.3 percent pace of October" states October (vocab/period_grammar.txt month_of_rate:
"of" a month after pace, rate, growth, reading or figure). Before, both were rejected as
earlier values whose period is not said. A comparison's "on" may follow an aside in brackets
("an increase of £44.9 billion (or a decrease of 0.4 percentage points as a ratio of GDP) on
September 2016": period_bases.FIGURE_END), so September 2016 is the base of both, not their
period; and "from" right after a change ("increased by 7.8 percent from September 2019") opens
its base, where elsewhere "from September 2019" is a "since" phrase that states no period
(vocab/period_grammar.txt since). Medals and share prices give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

JP = {"ref_area": "JP"}

CASES = [
    Case(
        "Japan's trade gap amounted to 1.31 trillion yen (11.88 billion U.S. dollars) in January, "
        "following an upwardly revised 154.55 billion yen (1.40 billion U.S. dollars) deficit in "
        "December.",
        published="2020-02-20",
        rows=[
            R(
                "trade.deficit",
                "level",
                1.31e12,
                "JPY",
                "exact",
                "2020-01",
                "1.31 trillion yen",
                **JP,
            ),
            R(
                "trade.deficit",
                "level",
                1.188e10,
                "USD",
                "exact",
                "2020-01",
                "11.88 billion U.S. dollars",
                **JP,
            ),
            R(
                "trade.deficit",
                "level",
                1.5455e11,
                "JPY",
                "exact",
                "2019-12",
                "154.55 billion yen",
                **JP,
            ),
            R(
                "trade.deficit",
                "level",
                1.4e9,
                "USD",
                "exact",
                "2019-12",
                "1.40 billion U.S. dollars",
                **JP,
            ),
        ],
    ),
    Case(
        "China's social retail sales rose 5 percent year-on-year in November, faster than the 4.3 "
        "percent pace of October, and industrial added value jumped 7 percent in November, up "
        "from 6.9 percent growth in October.",
        published="2020-12-15",
        rows=[
            R("retail.sales", "yoy_pct", 5.0, "percent", "exact", "2020-11", "5 percent"),
            R("retail.sales", "yoy_pct", 4.3, "percent", "exact", "2020-10", "4.3 percent"),
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                7.0,
                "percent",
                "exact",
                "2020-11",
                "7 percent",
            ),
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                6.9,
                "percent",
                "exact",
                "2020-10",
                "6.9 percent",
            ),
        ],
    ),
    Case(
        "China's exports rose 4.8 percent in May from a year earlier, following an 8.1 percent "
        "rise in April.",
        published="2025-06-09",
        rows=[
            R("trade.exports", "yoy_pct", 4.8, "percent", "exact", "2025-05", "4.8 percent"),
            R("trade.exports", "yoy_pct", 8.1, "percent", "exact", "2025-04", "8.1 percent"),
        ],
    ),
    Case(
        "Excluding both public sector banks and the Bank of England, UK public sector net debt "
        "stood at £1,637.8 billion at the end of September 2017, equivalent to 80.0% of GDP, "
        "which was an increase of £44.9 billion (or a decrease of 0.4 percentage points as a "
        "ratio of GDP) on September 2016.",
        published="2017-10-20",
        rows=[
            R(
                "fiscal.debt",
                "level",
                1.6378e12,
                "GBP",
                "exact",
                "2017-09-30",
                "£1,637.8 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.debt",
                "share_pct",
                80.0,
                "percent",
                "exact",
                "2017-09-30",
                "80.0%",
                ref_area="GB",
            ),
            R(
                "fiscal.debt",
                "abs_change",
                4.49e10,
                "GBP",
                "exact",
                "2017-09-30",
                "£44.9 billion",
                ref_area="GB",
            ),
            R(
                "fiscal.debt",
                "pp_change",
                -0.4,
                "percent",
                "exact",
                "2017-09-30",
                "0.4 percentage points",
                ref_area="GB",
            ),
        ],
        note="'on September 2016' after an aside in brackets is the base, never the period",
    ),
    Case(
        "Britain won 64 medals (or 20 more than planned) on September 2016 at the Paralympics.",
        published="2016-09-20",
    ),
    Case(
        "China's retail sales rose 4.4 percent year on year in September, and increased by 7.8 "
        "percent from September 2019.",
        published="2021-10-18",
        rows=[
            R("retail.sales", "yoy_pct", 4.4, "percent", "exact", "2021-09", "4.4 percent"),
            R(
                "retail.sales",
                "pct_change",
                7.8,
                "percent",
                "exact",
                "2021-09",
                "7.8 percent",
                base_period="2019-09-01/2019-09-30",
            ),
        ],
        note="'from' right after a change is its base, no 'since' phrase (period_grammar since)",
    ),
    Case(
        "The team won 5 more medals from May 2023 to May 2025, up 10 percent from May 2023.",
        published="2025-06-09",
    ),
    Case("The team won 5 medals in May, following 3 medals in April.", published="2025-06-09"),
    Case(
        "Alibaba's shares rose 3 percent in May, following a 2 percent fall in April.",
        published="2025-06-09",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
