"""A level word standing apart from the concept: "local governments saw fiscal revenue expand",
"fiscal revenue of local governments", "local fiscal revenue", "urban retail sales of consumer
goods", "retail sales of consumer goods in rural areas", "rural sales" (vocabulary in
extractors/fiscal.terms.csv and extractors/retail.terms.csv): the figure is the level's
(fiscal.revenue.local, retail.sales.rural ...), never the national total dropped as its repeat.
Counts of delegates, staff and medals beside the same words give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "China's Ministry of Finance said the central government collected 8.93 trillion yuan in "
        "fiscal revenue in 2019, up 4.5 percent year on year, while local governments saw fiscal "
        "revenue expand 3.2 percent to 10.11 trillion yuan.",
        published="2020-01-20",
        rows=[
            R(
                "fiscal.revenue.central",
                "level",
                8.93e12,
                "CNY",
                "exact",
                "2019",
                "8.93 trillion yuan",
            ),
            R("fiscal.revenue.central", "yoy_pct", 4.5, "percent", "exact", "2019", "4.5 percent"),
            R("fiscal.revenue.local", "yoy_pct", 3.2, "percent", "exact", "2019", "3.2 percent"),
            R(
                "fiscal.revenue.local",
                "level",
                1.011e13,
                "CNY",
                "exact",
                "2019",
                "10.11 trillion yuan",
            ),
        ],
    ),
    Case(
        "In the first half of 2018, China's fiscal revenue of local governments grew 8 percent to "
        "5.44 trillion yuan.",
        published="2018-07-12",
        rows=[
            R("fiscal.revenue.local", "yoy_pct", 8.0, "percent", "exact", "2018-S1", "8 percent"),
            R(
                "fiscal.revenue.local",
                "level",
                5.44e12,
                "CNY",
                "exact",
                "2018-S1",
                "5.44 trillion yuan",
            ),
        ],
    ),
    Case(
        "China's local fiscal revenue rose 2.1 percent to 6.2 trillion yuan in the first half of "
        "2023.",
        published="2023-07-20",
        rows=[
            R("fiscal.revenue.local", "yoy_pct", 2.1, "percent", "exact", "2023-S1", "2.1 percent"),
            R(
                "fiscal.revenue.local",
                "level",
                6.2e12,
                "CNY",
                "exact",
                "2023-S1",
                "6.2 trillion yuan",
            ),
        ],
    ),
    Case(
        "In 2023, China's fiscal expenditure of local governments rose 5.1 percent to 23.6 "
        "trillion yuan.",
        published="2024-02-01",
        rows=[
            R(
                "fiscal.expenditure.local",
                "yoy_pct",
                5.1,
                "percent",
                "exact",
                "2023",
                "5.1 percent",
            ),
            R(
                "fiscal.expenditure.local",
                "level",
                2.36e13,
                "CNY",
                "exact",
                "2023",
                "23.6 trillion yuan",
            ),
        ],
    ),
    Case(
        "For January to July 2018, China's urban retail sales of consumer goods came to 18,048.0 "
        "billion yuan, up by 9.1 percent year-on-year, and rural sales to 3,027.2 billion yuan, "
        "up by 10.4 percent.",
        published="2018-08-14",
        rows=[
            R(
                "retail.sales.urban",
                "level",
                1.8048e13,
                "CNY",
                "exact",
                "2018-01-01/P7M",
                "18,048.0 billion yuan",
            ),
            R(
                "retail.sales.urban",
                "yoy_pct",
                9.1,
                "percent",
                "exact",
                "2018-01-01/P7M",
                "9.1 percent",
            ),
            R(
                "retail.sales.rural",
                "level",
                3.0272e12,
                "CNY",
                "exact",
                "2018-01-01/P7M",
                "3,027.2 billion yuan",
            ),
            R(
                "retail.sales.rural",
                "yoy_pct",
                10.4,
                "percent",
                "exact",
                "2018-01-01/P7M",
                "10.4 percent",
            ),
        ],
    ),
    Case(
        "China's retail sales of consumer goods in rural areas rose 8.0 percent in 2023 to 6.4 "
        "trillion yuan.",
        published="2024-01-17",
        rows=[
            R("retail.sales.rural", "yoy_pct", 8.0, "percent", "exact", "2023", "8.0 percent"),
            R("retail.sales.rural", "level", 6.4e12, "CNY", "exact", "2023", "6.4 trillion yuan"),
        ],
    ),
]

NO_ROW = [
    Case("China's local governments sent 3,000 delegates to the meeting in 2023.", "2024-01-17"),
    Case("China's rural sales staff numbered 1,200 in 2023, aged 35 on average.", "2024-01-17"),
    Case("China's local governments won 12 medals in 2023.", "2024-01-17"),
    Case(
        "On July 12, 2018, China's local fiscal revenue officials met in Beijing.",
        published="2018-07-20",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_levels(case: Case) -> None:
    assert rows_of(case) == case.rows
