"""A change said right after the two values it compares (econstats.reader.span_changes): the change
from the first value's period to the second's, not a year-on-year change of the first's.

Sentences in, exact rows out; and changes that keep their own reading.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

SPEND = "transport.tourism.spending_per_visitor"
Y2018 = "2018-01-01/2018-12-31"

ACCEPT = [
    # Yahoo News Hong Kong, 2025-09-15
    Case(
        "香港旅發局指,內地過夜客人均消費由 2018 年的 7000 元跌至去年的 5000 元,跌 28.6%。",
        published="2025-09-15",
        rows=[
            R(SPEND, "level", 7000.0, "HKD", "exact", "2018", "7000 元", ref_area="HK"),
            R(SPEND, "level", 5000.0, "HKD", "exact", "2024", "5000 元", ref_area="HK"),
            R(
                SPEND,
                "pct_change",
                -28.6,
                "percent",
                "exact",
                "2024",
                "28.6%",
                ref_area="HK",
                base_period=Y2018,
            ),
        ],
    ),
    Case(
        "Per capita visitor spending in Hong Kong was HK$6,600 in 2018 and HK$5,500 in 2024, "
        "a drop of 16.7 percent.",
        published="2025-09-15",
        rows=[
            R(SPEND, "level", 6600.0, "HKD", "exact", "2018", "HK$6,600", ref_area="HK"),
            R(SPEND, "level", 5500.0, "HKD", "exact", "2024", "HK$5,500", ref_area="HK"),
            R(
                SPEND,
                "pct_change",
                -16.7,
                "percent",
                "exact",
                "2024",
                "16.7 percent",
                ref_area="HK",
                base_period=Y2018,
            ),
        ],
    ),
    # a year before: year on year, of the second value's year
    Case(
        "Per capita visitor spending in Hong Kong was HK$5,000 in 2023 and HK$5,500 in 2024, "
        "up 10 percent.",
        published="2025-09-15",
        rows=[
            R(SPEND, "level", 5000.0, "HKD", "exact", "2023", "HK$5,000", ref_area="HK"),
            R(SPEND, "level", 5500.0, "HKD", "exact", "2024", "HK$5,500", ref_area="HK"),
            R(SPEND, "yoy_pct", 10.0, "percent", "exact", "2024", "10 percent", ref_area="HK"),
        ],
    ),
]

# a change with a comparison of its own, or of another subject, keeps its reading
KEEP = [
    Case(
        "China's retail sales rose from 30 trillion yuan in 2018 to 48 trillion yuan in 2024, up "
        "3.5 percent year on year.",
        published="2025-09-15",
        rows=[
            R("retail.sales", "level", 3e13, "CNY", "exact", "2018", "30 trillion yuan"),
            R("retail.sales", "level", 4.8e13, "CNY", "exact", "2024", "48 trillion yuan"),
            R("retail.sales", "yoy_pct", 3.5, "percent", "exact", "2024", "3.5 percent"),
        ],
    ),
    Case(
        "China's exports rose from 2.5 trillion dollars in 2018 to 3.6 trillion dollars in 2024, "
        "and imports grew 2 percent.",
        published="2025-09-15",
        rows=[
            R("trade.exports", "level", 2.5e12, "USD", "exact", "2018", "2.5 trillion dollars"),
            R("trade.exports", "level", 3.6e12, "USD", "exact", "2024", "3.6 trillion dollars"),
            R("trade.imports", "yoy_pct", 2.0, "percent", "exact", "2024", "2 percent"),
        ],
    ),
]


@pytest.mark.parametrize("case", ACCEPT + KEEP, ids=case_id)
def test_span_changes(case: Case) -> None:
    assert rows_of(case) == case.rows
