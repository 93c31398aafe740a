"""An earlier or an expected value is never a repeat of the figure it is compared with
(measures.with_measure marks it, parse.prior_reading gives it its own key): "up 5 percent from
114.3 billion yuan a year earlier" is a level of the same period a year before (gold
convention), "(from RMB167.2 billion)" after a year-on-year change too; "below a prediction of
3.8 percent" is a forecast of the same period; an earlier value whose period nothing says ("faster
than the 4.3 percent pace") is not published under the figure's period (it would drop the figure
itself as a repeat); a cue that does not lead the figure ("from a year earlier and $6.3 billion
higher") makes no earlier value."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.cues import last_cue
from econstats.reader.measures import near

ACCEPT = [
    Case(
        "China's fiscal revenue rose 5 percent to 120 billion yuan in the first quarter, up from "
        "114.3 billion yuan a year earlier.",
        published="2025-04-20",
        rows=[
            R("fiscal.revenue", "yoy_pct", 5.0, "percent", "exact", "2025-Q1", "5 percent"),
            R("fiscal.revenue", "level", 1.2e11, "CNY", "exact", "2025-Q1", "120 billion yuan"),
            R("fiscal.revenue", "level", 1.143e11, "CNY", "exact", "2024-Q1", "114.3 billion yuan"),
        ],
    ),
    Case(
        "China's retail sales rose 3.4 percent year-on-year in August, below a Bloomberg prediction of 3.8 "
        "percent.",
        published="2025-09-15",
        rows=[
            R("retail.sales", "yoy_pct", 3.4, "percent", "exact", "2025-08", "3.4 percent"),
            R(
                "retail.sales",
                "yoy_pct",
                3.8,
                "percent",
                "exact",
                "2025-08",
                "3.8 percent",
                "forecast",
            ),
        ],
    ),
    Case(
        "China's retail sales rose 5 percent year-on-year in November, faster than the 4.3 percent pace "
        "economists had seen.",
        published="2020-12-15",
        rows=[R("retail.sales", "yoy_pct", 5.0, "percent", "exact", "2020-11", "5 percent")],
        note="the 4.3 percent has no period of its own: not published as November's",
    ),
]

ACCEPT.append(  # was an XFAIL of tests/extractors/test_retail.py
    Case(
        "China's retail sales rose 3 percent year on year in November, missing market "
        "expectations of 4.6 percent, Reuters reported.",
        published="2024-12-16",
        rows=[
            R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2024-11", "3 percent"),
            R(
                "retail.sales",
                "yoy_pct",
                4.6,
                "percent",
                "exact",
                "2024-11",
                "4.6 percent",
                "forecast",
            ),
        ],
    )
)

REJECT = [
    Case("The panda base now houses 56 giant pandas, up from 48 a year earlier.", "2024-05-01"),
    Case("The delegation grew to 120 members in 2024 from 95 a year earlier.", "2024-05-01"),
    Case("Its shares closed at HK$6.74 on Tuesday, up from HK$4.84 a year ago.", "2025-08-20"),
    Case(
        "The central bank cut the policy rate to 3.1 percent from 3.35 percent in 2024.",
        "2024-11-20",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=case_id)
def test_prior_values(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("gap", "leads"),
    [
        (" up from ", True),
        (", compared with a ", True),
        ("高於預期的", True),
        (" up 9.6 percent from a year earlier and more than ", False),
        (" from the third quarter of 2024, while ", False),
    ],
)
def test_cue_leads_figure(gap: str, leads: bool) -> None:
    cue = last_cue(gap)
    assert cue is not None and near(cue, gap) is leads
