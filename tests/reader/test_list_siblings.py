"""Siblings listed without the head noun an earlier subject of the sentence named, in a
"respectively" list (econstats.reader.list_siblings): "..., and housing as well as transport and
communication saw rises of 2.4 percent and 1.6 percent, respectively" are CPI housing and transport
and communication. Without "respectively", with items that make no term, or with counts of medals
no sibling is read; "housing prices" alone are no CPI category."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

P = "percent"

CASES = [
    Case(
        "Health care prices in China gained 2.6 percent on a year earlier in November, prices for "
        "education, culture and entertainment were up 2.5 percent, and housing as well as "
        "transport and communication saw rises of 2.4 percent and 1.6 percent, respectively.",
        published="2018-12-09",
        rows=[
            R("prices.cpi.health_care", "yoy_pct", 2.6, P, "exact", "2018-11", "2.6 percent"),
            R(
                "prices.cpi.education_culture_recreation",
                "yoy_pct",
                2.5,
                P,
                "exact",
                "2018-11",
                "2.5 percent",
            ),
            R("prices.cpi.housing", "yoy_pct", 2.4, P, "exact", "2018-11", "2.4 percent"),
            R(
                "prices.cpi.transport_communication",
                "yoy_pct",
                1.6,
                P,
                "exact",
                "2018-11",
                "1.6 percent",
            ),
        ],
        note="the Xinhua CPI story",
    ),
    Case(
        "In November, China's food prices rose 2.5 percent, while clothing and health care rose 1.2 "
        "percent and 2.6 percent, respectively.",
        published="2018-12-09",
        rows=[
            R("prices.cpi.food", "yoy_pct", 2.5, P, "exact", "2018-11", "2.5 percent"),
            R("prices.cpi.clothing", "yoy_pct", 1.2, P, "exact", "2018-11", "1.2 percent"),
            R("prices.cpi.health_care", "yoy_pct", 2.6, P, "exact", "2018-11", "2.6 percent"),
        ],
    ),
    Case(
        "In November, China's food prices rose 2.5 percent, while Tom and Jerry won 3 and 5 "
        "medals, respectively.",
        published="2018-12-09",
        rows=[R("prices.cpi.food", "yoy_pct", 2.5, P, "exact", "2018-11", "2.5 percent")],
        note="no sibling term: medals give no row",
    ),
    Case(
        "In November, housing prices in China rose 3 percent, while 12 pandas were born.",
        published="2018-12-09",
        rows=[],
        note="'housing prices' alone are the prices of homes: no CPI category (no term says it)",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_list_siblings(case: Case) -> None:
    assert rows_of(case) == case.rows
