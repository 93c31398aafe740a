"""A figure's status (econstats.reader.cues.Statuses): tables of texts in, exact rows out (issue 13).

A status phrase before a figure governs it; a figure that opens its clause as the subject of a
verb after it ("4.4 trillion yuan of special bonds will be issued") takes that verb's status;
plans, proposals and quotas are targets (the gold convention: budgets, plans, goals, targets);
a later clause's status phrase ("and is expected to grow 4% next year") leaves the figures
before it actual.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

Y25 = "2025"
ACCEPT = [
    Case(
        "China's government work report was published on Wednesday.\n\n"
        "A total of 1.3 trillion yuan of ultra-long special treasury bonds will be issued "
        "this year.",
        published="2025-03-05",
        rows=[
            R(
                "fiscal.bonds.treasury_special",
                "level",
                1.3e12,
                "CNY",
                "exact",
                Y25,
                "1.3 trillion yuan",
                "target",
            ),
        ],
        note="a figure opening its clause takes the status of the verb after it",
    ),
    Case(
        "In China, 4.4 trillion yuan of local government special-purpose bonds will be issued "
        "in 2025.",
        published="2025-03-05",
        rows=[
            R(
                "fiscal.bonds.local.special",
                "level",
                4.4e12,
                "CNY",
                "exact",
                Y25,
                "4.4 trillion yuan",
                "target",
            ),
        ],
    ),
    Case(
        "China's government work report proposes to issue 4.4 trillion yuan of local government "
        "special bonds this year.",
        published="2025-03-05",
        rows=[
            R(
                "fiscal.bonds.local.special",
                "level",
                4.4e12,
                "CNY",
                "exact",
                Y25,
                "4.4 trillion yuan",
                "target",
            ),
        ],
        note="a proposal is a plan: target",
    ),
    Case(
        "China's retail sales rose 3.0 percent in 2024, and are expected to grow 4 percent "
        "in 2025.",
        published="2025-01-17",
        rows=[
            R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2024", "3.0 percent"),
            R("retail.sales", "yoy_pct", 4.0, "percent", "exact", Y25, "4 percent", "forecast"),
        ],
        note="the status phrase of the second clause governs its own figure only",
    ),
    Case(
        "China's retail sales rose 3.0 percent in 2024 and are expected to grow 4 percent in 2025.",
        published="2025-01-17",
        rows=[
            R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2024", "3.0 percent"),
            R("retail.sales", "yoy_pct", 4.0, "percent", "exact", Y25, "4 percent", "forecast"),
        ],
        note="a figure after its clause's own verb takes nothing from a later phrase",
    ),
]

REJECT = [
    Case(
        "About 2,900 delegates will attend the session of China's legislature in 2025.",
        published="2025-03-05",
        note="a count of delegates is no statistic, whatever its status",
    ),
    Case(
        "China's one-year loan prime rate is expected to be cut to 3.0 percent in 2025.",
        published="2025-01-17",
        note="a policy rate is no statistic",
    ),
    Case(
        "Tencent shares will open at 400 Hong Kong dollars on Monday.",
        published="2025-01-17",
        note="a share price is no statistic",
    ),
]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_status_accepted(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_status_rejected(case):
    assert rows_of(case) == []
