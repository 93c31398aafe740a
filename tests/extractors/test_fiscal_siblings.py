"""Deficit and deficit ratio: money said of the ratio is the deficit's, a percent of GDP said of
the deficit is the ratio (unit_terms.by_unit); a change said after a conversion in brackets is
the change of the amount before it (measures.past_restatement)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

Y26 = "2026"
ACCEPT = [
    Case(
        "China's deficit-to-GDP ratio for this year is set at around 4 percent, 230 billion yuan "
        "($33.3 billion) more than last year.",
        published="2026-03-05",
        rows=[
            R(
                "fiscal.deficit.gdp_ratio",
                "share_pct",
                4.0,
                "percent",
                "approximately",
                Y26,
                "around 4 percent",
                status="target",
            ),
            R(
                "fiscal.deficit",
                "abs_change",
                2.3e11,
                "CNY",
                "exact",
                Y26,
                "230 billion yuan",
                status="target",
            ),
            R(
                "fiscal.deficit",
                "abs_change",
                3.33e10,
                "USD",
                "exact",
                Y26,
                "$33.3 billion",
                status="target",
            ),
        ],
    ),
    Case(
        "China lowered its fiscal deficit target for 2026 to 2.6 percent of GDP.",
        published="2026-03-05",
        rows=[
            R("fiscal.deficit.gdp_ratio", "share_pct", 2.6, "percent", "exact", Y26, "2.6 percent"),
        ],
    ),
    Case(
        "China's budget deficit for 2025 came to 1.2 trillion yuan, or 3.0 percent of GDP.",
        published="2026-03-05",
        rows=[
            R("fiscal.deficit", "level", 1.2e12, "CNY", "exact", "2025", "1.2 trillion yuan"),
            R(
                "fiscal.deficit.gdp_ratio",
                "share_pct",
                3.0,
                "percent",
                "exact",
                "2025",
                "3.0 percent",
            ),
        ],
    ),
    Case(
        "China's fiscal revenue reached 250 billion yuan ($35 billion) in 2025, up 5 percent.",
        published="2026-03-05",
        rows=[
            R("fiscal.revenue", "level", 2.5e11, "CNY", "exact", "2025", "250 billion yuan"),
            R("fiscal.revenue", "level", 3.5e10, "USD", "exact", "2025", "$35 billion"),
            R("fiscal.revenue", "yoy_pct", 5.0, "percent", "exact", "2025", "5 percent"),
        ],
    ),
]
NO_ROW = [
    # a policy rate is no deficit ratio, a bond's yield no deficit
    Case("The central bank cut its policy rate to 2.5 percent in 2025.", published="2026-03-05"),
    Case(
        "The yield on the 10-year treasury bond fell to 1.8 percent in 2025.",
        published="2026-03-05",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_deficit_siblings(case):
    assert rows_of(case, "fiscal" if case.rows else None) == case.rows
