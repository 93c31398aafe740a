"""Counts of vehicles as results releases write them: a count noun with its kind before it
("108,796 electric vehicles", "552,076 NEVs") is the count's unit (vocab/units.csv), and a
phrasal verb ending in a qualifier word ("handed over 108,796") qualifies nothing
(vocab/qualifiers.csv). Share prices, price targets, ages, dates and keys handed over give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "China's Xiaomi Corporation reported results on Tuesday. Xiaomi Auto handed over 108,796 "
        "electric vehicles in the third quarter of 2025.",
        published="2025-11-20",
        rows=[
            R(
                "company.deliveries",
                "level",
                108796.0,
                "count",
                "exact",
                "2025-Q3",
                "108,796 electric vehicles",
                entity="Xiaomi",
            ),
        ],
    ),
    Case(
        "China's BYD Company Limited reported results. In the first quarter of 2025 BYD sold "
        "552,076 NEVs, up 92.81 percent year on year.",
        published="2025-11-20",
        rows=[
            R(
                "company.units_sold",
                "level",
                552076.0,
                "count",
                "exact",
                "2025-Q1",
                "552,076 NEVs",
                entity="BYD Company Limited",
            ),
            R(
                "company.units_sold",
                "yoy_pct",
                92.81,
                "percent",
                "exact",
                "2025-Q1",
                "92.81 percent",
                entity="BYD Company Limited",
            ),
        ],
    ),
]
NO_ROW = [
    Case(
        "China's BYD Company Limited reported results. Its shares rose 3 percent to HK$100 on "
        "Tuesday, and analysts set a price target of HK$120 for 2026.",
        published="2025-11-20",
    ),
    Case(
        "China's BYD Company Limited reported results. Wang Chuanfu, 59, handed over the keys to "
        "20 EVs to a school on March 3, 2025.",
        published="2025-11-20",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_company_counts(case):
    assert rows_of(case, "company" if case.rows else None) == case.rows
