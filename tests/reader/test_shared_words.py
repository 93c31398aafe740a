"""Words listed before a subject that share the rest of its phrase (issue 13): in "Central and
local governments took in X and Y, respectively", "Central" stands for "central government took
in", a subject of its own, so the "respectively" rule pairs X with it (before, the local
governments took both and the second was a repeat). A listed word makes a subject only where it
and the rest of the phrase are a term of the topic (plurals and possessives aside); "tax and
local government revenue" makes none ("tax government revenue" is no term).

A percent with a change noun and "in" before a subject is that subject's figure: "compared to a
1.9 percent increase in local government expenditure" (before, it took the clause's subject, the
central government's spending, and was dropped as its earlier value with no period).

A broader subject after a comma and a name's possessive opens a statement of its own: "With
tax income growing far more slowly, China's fiscal revenue growth slowed to 3.8 percent" is
fiscal revenue's (before, the narrower tax income held the clause); a broader subject after the
figure's amount ("collected X in fiscal revenue, down 0.8 percent") or in an appositive still
leaves the figure to the narrower one."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "China said on Monday: In the first half, central and local governments took in 4.77 "
        "trillion yuan and 5.76 trillion yuan in fiscal revenue, down 12.7 percent and 7.9 percent, "
        "respectively.",
        published="2022-07-14",
        rows=[
            R(
                "fiscal.revenue.central",
                "level",
                4.77e12,
                "CNY",
                "exact",
                "2022-S1",
                "4.77 trillion yuan",
            ),
            R(
                "fiscal.revenue.local",
                "level",
                5.76e12,
                "CNY",
                "exact",
                "2022-S1",
                "5.76 trillion yuan",
            ),
            R(
                "fiscal.revenue.central",
                "yoy_pct",
                -12.7,
                "percent",
                "exact",
                "2022-S1",
                "12.7 percent",
            ),
            R(
                "fiscal.revenue.local",
                "yoy_pct",
                -7.9,
                "percent",
                "exact",
                "2022-S1",
                "7.9 percent",
            ),
        ],
        note="'Central and local governments': the plural of 'central government took in'",
    ),
    Case(
        "China said on Monday: In the first half, central and local government revenue grew "
        "3.1 percent and 2.4 percent, respectively.",
        published="2025-07-14",
        rows=[
            R(
                "fiscal.revenue.central",
                "yoy_pct",
                3.1,
                "percent",
                "exact",
                "2025-S1",
                "3.1 percent",
            ),
            R("fiscal.revenue.local", "yoy_pct", 2.4, "percent", "exact", "2025-S1", "2.4 percent"),
        ],
    ),
    Case(
        "China said on Monday: In the first half, central and local fiscal expenditure rose 4.1 "
        "percent and 5.2 percent, respectively.",
        published="2025-07-14",
        rows=[
            R(
                "fiscal.expenditure.central",
                "yoy_pct",
                4.1,
                "percent",
                "exact",
                "2025-S1",
                "4.1 percent",
            ),
            R(
                "fiscal.expenditure.local",
                "yoy_pct",
                5.2,
                "percent",
                "exact",
                "2025-S1",
                "5.2 percent",
            ),
        ],
    ),
    Case(
        "China said on Monday: In October, urban and rural retail sales grew 2.9 percent and 3.2 "
        "percent, respectively.",
        rows=[
            R("retail.sales.urban", "yoy_pct", 2.9, "percent", "exact", "2025-10", "2.9 percent"),
            R("retail.sales.rural", "yoy_pct", 3.2, "percent", "exact", "2025-10", "3.2 percent"),
        ],
    ),
]

REJECT = [
    Case(
        "China said on Monday: In the first half, non-tax and local government revenue rose 3.1 "
        "percent, 2.4 percent and 1 percent.",
        published="2025-07-14",
        rows=[
            R("fiscal.revenue.local", "yoy_pct", 3.1, "percent", "exact", "2025-S1", "3.1 percent"),
        ],
        note="'non-tax government revenue' is no term: no subject of its own",
    ),
    Case(
        "BEIJING -- Some 300 and 500 delegates from central and local governments attended the "
        "meeting in 2025.",
        note="counts of delegates: no figure, whatever the listed words",
    ),
    Case(
        "BEIJING -- On March 5 and 6, central and local government officials met for 3 days.",
        note="dates and durations: nothing",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_shared_words(case):
    assert rows_of(case) == case.rows


CHANGE_IN = [
    Case(
        "China said on Monday: Spending by the central government rose 8.1 percent year on year in "
        "the first 11 months, compared to a 1.9 percent increase in local government expenditure.",
        published="2024-12-16",
        rows=[
            R(
                "fiscal.expenditure.central",
                "yoy_pct",
                8.1,
                "percent",
                "exact",
                "2024-01-01/P11M",
                "8.1 percent",
            ),
            R(
                "fiscal.expenditure.local",
                "yoy_pct",
                1.9,
                "percent",
                "exact",
                "2024-01-01/P11M",
                "1.9 percent",
            ),
        ],
    ),
    Case(
        "China's GDP grew 5.2 percent in the third quarter, driven by a 4.5 percent rise in retail "
        "sales.",
        published="2025-10-20",
        rows=[
            R("macro.gdp", "yoy_pct", 5.2, "percent", "exact", "2025-Q3", "5.2 percent"),
            R("retail.sales", "yoy_pct", 4.5, "percent", "exact", "2025-Q3", "4.5 percent"),
        ],
    ),
    Case(
        "China's exports rose 5 percent in October, compared with a 3 percent increase in "
        "September.",
        rows=[
            R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-10", "5 percent"),
            R("trade.exports", "yoy_pct", 3.0, "percent", "exact", "2025-09", "3 percent"),
        ],
        note="'increase in September': a period, no subject; the earlier value of exports",
    ),
    Case(
        "China's retail sales grew 3 percent in October, a 20 percent share in total consumption.",
        rows=[R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-10", "3 percent")],
        note="'share in' is no change noun: the 20 percent names no subject after it",
    ),
]


@pytest.mark.parametrize("case", CHANGE_IN, ids=case_id)
def test_percent_change_in_subject(case):
    assert rows_of(case) == case.rows


OPENERS = [
    Case(
        "With the economy under downward pressure and tax income growing far more slowly, "
        "China's fiscal revenue growth slowed to 3.8 percent in 2019.",
        published="2020-02-10",
        rows=[R("fiscal.revenue", "yoy_pct", 3.8, "percent", "exact", "2019", "3.8 percent")],
    ),
    Case(
        "China's central government collected 8.19 trillion yuan in fiscal revenue, down 0.8 "
        "percent year on year in the first ten months.",
        rows=[
            R(
                "fiscal.revenue.central",
                "level",
                8.19e12,
                "CNY",
                "exact",
                "2025-01-01/P10M",
                "8.19 trillion yuan",
            ),
            R(
                "fiscal.revenue.central",
                "yoy_pct",
                -0.8,
                "percent",
                "exact",
                "2025-01-01/P10M",
                "0.8 percent",
            ),
        ],
    ),
    Case(
        "China's value-added tax revenue, the single biggest source of fiscal income, rose 1.3 "
        "percent year on year in 2019.",
        published="2020-02-10",
        rows=[
            R("fiscal.revenue.tax.vat", "yoy_pct", 1.3, "percent", "exact", "2019", "1.3 percent")
        ],
    ),
    Case(
        "China's tax revenue, fiscal revenue's largest part, rose 1 percent in 2019.",
        published="2020-02-10",
        rows=[R("fiscal.revenue.tax", "yoy_pct", 1.0, "percent", "exact", "2019", "1 percent")],
        note="no name's possessive after the comma: the narrower subject keeps its clause",
    ),
    Case(
        "With tax income growing slowly, China's 300 delegates met on March 5, 2019.",
        published="2020-02-10",
        note="delegates and a date: nothing",
    ),
]


@pytest.mark.parametrize("case", OPENERS, ids=case_id)
def test_broader_subject_opening_a_statement(case):
    assert rows_of(case) == case.rows
