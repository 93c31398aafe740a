"""Earlier values listed together ("compared with negative 2.7% for the same period of 2023 and
14.0% for the second quarter of 2024", econstats.reader.prior_lists): each is an earlier value with its
own period, the figure before them keeps the story's period, and the story keeps its period for
the next bullet. A margin written as negative is below zero (vocab/level_signs.csv)."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

LEAD = (
    "GUANGZHOU, China, Nov. 19, 2024 -- XPeng Inc. today announced its unaudited financial "
    "results for the three months ended September 30, 2024.\n"
)
GM, NP = "company.gross_margin", "company.net_profit"

CASES = [
    (
        LEAD + "- Gross margin was 15.3%, compared with negative 2.7% for the same period of 2023 "
        "and 14.0% for the second quarter of 2024.\n"
        "- Net loss was RMB1.81 billion, compared with RMB3.89 billion for the same period of "
        "2023.",
        [
            (GM, "share_pct", 15.3, "2024-Q3", "15.3%"),
            (GM, "share_pct", -2.7, "2023-Q3", "2.7%"),
            (GM, "share_pct", 14.0, "2024-Q2", "14.0%"),
            (NP, "level", -1.81e9, "2024-Q3", "RMB1.81 billion"),
            (NP, "level", -3.89e9, "2023-Q3", "RMB3.89 billion"),
        ],
    ),
    (  # a list of earlier readings, each with its month
        "China's consumer price index rose 2.1% year on year in May, up from 1.8% in April and "
        "1.5% in March.",
        [
            ("prices.cpi", "yoy_pct", 2.1, "2025-05", "2.1%"),
            ("prices.cpi", "yoy_pct", 1.8, "2025-04", "1.8%"),
            ("prices.cpi", "yoy_pct", 1.5, "2025-03", "1.5%"),
        ],
    ),
    (  # "after gaining": the earlier reading, with its month
        "U.S. nonfarm payrolls increased by 143,000 jobs in May. Average hourly earnings rose "
        "0.5% after gaining 0.3% in April.",
        [
            ("macro.labour.nonfarm_payrolls", "abs_change", 143000.0, "2025-05", "143,000 jobs"),
            ("macro.labour.average_hourly_earnings", "mom_pct", 0.5, "2025-05", "0.5%"),
            ("macro.labour.average_hourly_earnings", "mom_pct", 0.3, "2025-04", "0.3%"),
        ],
    ),
    (  # "the corresponding period of 2023" is the same quarter a year before: year on year
        LEAD + "- Total deliveries of vehicles were 46,533 for the third quarter of 2024, an "
        "increase of 15.1% from 40,008 in the corresponding period of 2023.",
        [
            ("company.deliveries", "level", 46533.0, "2024-Q3", "46,533"),
            ("company.deliveries", "yoy_pct", 15.1, "2024-Q3", "15.1%"),
            ("company.deliveries", "level", 40008.0, "2023-Q3", "40,008"),
        ],
    ),
    (  # "narrower than a 2.3% slide in April": a comparative's "than a" leads the earlier
        # value (vocab/cues.csv), a fall named after it; the next sentence keeps May
        "China's producer price index fell 2.1% year-on-year in May, narrower than a 2.3% "
        "slide in April. Food prices dropped 2.9%.",
        [
            ("prices.ppi", "yoy_pct", -2.1, "2025-05", "2.1%"),
            ("prices.ppi", "yoy_pct", -2.3, "2025-04", "2.3%"),
            ("prices.cpi.food", "yoy_pct", -2.9, "2025-05", "2.9%"),
        ],
    ),
    (
        "China's imports fell 1.4% in May, less than the 2% drop in April.",
        [
            ("trade.imports", "yoy_pct", -1.4, "2025-05", "1.4%"),
            ("trade.imports", "yoy_pct", -2.0, "2025-04", "2%"),
        ],
    ),
    (  # rejected as a list: "and imports fell 3%" is a new statement, not an earlier value
        "China's exports rose 5% to 2.3 trillion yuan in May from 2.2 trillion yuan a year "
        "earlier and imports fell 3%.",
        [
            ("trade.exports", "yoy_pct", 5.0, "2025-05", "5%"),
            ("trade.exports", "level", 2.3e12, "2025-05", "2.3 trillion yuan"),
            ("trade.exports", "level", 2.2e12, "2024-05", "2.2 trillion yuan"),
            ("trade.imports", "yoy_pct", -3.0, "2025-05", "3%"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[:40])
def test_prior_lists(text: str, expected: list[tuple]) -> None:
    result = extract_document(
        doc_of(Case(text, "2025-06-10" if "XPeng" not in text else "2024-11-19"))
    )
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]
    assert found == expected
