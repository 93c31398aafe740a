"""Transport and tourism figures over spans of days, single days and visitors' origins.

Sentences in, exact rows out: "from November 1 to 11" (period kind "days"), "on Nov. 11 alone"
(a single day), "mainland visitors" / "內地客" (where visitors come from, not the economy
measured: a Hong Kong story's bare 元 stays the Hong Kong dollar). And rejections: train and
flight numbers, a film's running time, a cinema's seats, accident casualties, pandas at a zoo.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

PARCELS = "transport.parcels"
PER_VISITOR = "transport.tourism.spending_per_visitor"

ACCEPT = [
    # People's Daily Online, 2020-11-12 (a span of days without a year: the published year)
    Case(
        "Postal and express delivery enterprises across China handled a total of 3.965 billion "
        "parcels from November 1 to 11, monitoring data from the State Post Bureau showed.",
        published="2020-11-12",
        rows=[R(PARCELS, "level", 3.965e9, "count", "exact", "2020-11-01/P11D", "3.965 billion")],
    ),
    Case(
        "China's express firms handled 675 million parcels on Nov. 11 alone, the State Post "
        "Bureau said.",
        published="2020-11-12",
        rows=[R(PARCELS, "level", 6.75e8, "count", "exact", "2020-11-11", "675 million")],
    ),
    Case(
        "China's express delivery volume from Nov. 11 to Nov. 16 reached 2.97 billion packages.",
        published="2020-11-20",
        rows=[R(PARCELS, "level", 2.97e9, "count", "exact", "2020-11-11/P6D", "2.97 billion")],
    ),
    # Yahoo News Hong Kong, 2025-09-15: mainland visitors' spending in Hong Kong, in HKD
    Case(
        "香港旅遊發展局調查指，今年第二季過夜內地客的旅客人均消費為4900元。",
        published="2025-09-15",
        rows=[R(PER_VISITOR, "level", 4900.0, "HKD", "exact", "2025-Q2", "4900元", ref_area="HK")],
    ),
]

REJECT = [
    Case("Train G1234 from Beijing to Shanghai departs at 10:05 from November 1 to 11."),
    Case("Flight CA1831 was delayed by 45 minutes on Nov. 11 alone."),
    Case("The film runs 138 minutes and opened in 8,000 cinemas on Nov. 11."),
    Case("The new cinema has 1,200 seats and opened from November 1 to 11 for previews."),
    Case("A bus accident killed 12 people and injured 30 on the highway on November 11."),
    Case("The zoo received two giant pandas from November 1 to 11, its keepers said."),
    Case("The rate rose from January 5 to 8 percent, the central bank said."),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accept(case: Case) -> None:
    assert rows_of(case, "transport") == case.rows


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_reject(case: Case) -> None:
    assert rows_of(case, "transport") == []
