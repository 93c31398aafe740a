"""A status phrase in brackets governs its aside only (econstats.reader.status_asides): in a headline
"China Jan-Feb industrial output +7.0% y/y (expected 5.0%), retail sales +5.5% (5.2% exp)" the
5.5% is actual, so the body's "expected +5.2%" is a forecast of its own instead of the
headline's repeat; where the aside closes, the status in force before it comes back ("are
expected to rise 5% in 2025 (...) and 4% in 2026": both forecasts). Medals give no row."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

HEADLINE = (
    "China Jan-Feb industrial output +7.0% y/y (expected 5.0%), retail sales +5.5% (5.2% exp)\n\n"
    "Four headline indicators out of China today, from the National Bureau of Statistics.\n\n"
    "Retail sales y/y +5.5%, a beat\n"
    "  • expected +5.2%, prior +7.4%\n"
)

CASES = [
    Case(
        HEADLINE,
        published="2024-03-18",
        rows=[
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                7.0,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "7.0%",
            ),
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                5.0,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "5.0%",
                status="forecast",
            ),
            R("retail.sales", "yoy_pct", 5.5, "percent", "exact", "2024-01-01/P2M", "5.5%"),
            R(
                "retail.sales",
                "yoy_pct",
                5.2,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "5.2%",
                status="forecast",
            ),
            R("retail.sales", "yoy_pct", 7.4, "percent", "exact", "2023-12", "7.4%"),
        ],
    ),
    Case(
        "China's industrial output rose 7.0% y/y in January-February (expected 5.0%), and retail "
        "sales rose 5.5% in the period.",
        published="2024-03-18",
        rows=[
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                7.0,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "7.0%",
            ),
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                5.0,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "5.0%",
                status="forecast",
            ),
            R("retail.sales", "yoy_pct", 5.5, "percent", "exact", "2024-01-01/P2M", "5.5%"),
        ],
    ),
    Case(
        "China's exports are expected to rise 5% in 2025 (after 3% growth in 2024) and 4% in 2026.",
        published="2025-03-05",
        rows=[
            R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025", "5%", status="forecast"),
            R("trade.exports", "yoy_pct", 4.0, "percent", "exact", "2026", "4%", status="forecast"),
        ],
        note="the status before the aside governs the figures after it",
    ),
    Case("The team won 12 medals (expected 10), and 5 more on Sunday.", published="2024-03-18"),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_rows(case: Case) -> None:
    assert rows_of(case) == case.rows
