"""PBOC and MOF releases compare a flow with the year before in one word after it: "比上年同期多
3.83万亿元", "同比多4.07万亿元", "同比少增" (more or less than a year earlier: a change, never the
level, vocab/changes.csv); net government bond financing is a part of total social financing
(政府债券净融资); and a stock's change against a month end written before it ("较9月末上升
0.14%") is over the month between (mom_pct), against the end of last year ("比上年末增长5.2%") a
change against that day. A number after 多 that is no comparison ("多个", "多达") stays no
change."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

TSF = "macro.money.social_financing.new"
CASES = [
    (
        "前十个月社会融资规模增量累计为30.9万亿元，比上年同期多3.83万亿元。其中，政府债券净融资11.95万"
        "亿元，同比多4.07万亿元。",
        [
            (TSF, "level", 3.09e13, "2025-01-01/P10M", None),
            (TSF, "abs_change", 3.83e12, "2025-01-01/P10M", None),
            (
                "macro.money.social_financing.government_bonds",
                "level",
                1.195e13,
                "2025-01-01/P10M",
                None,
            ),
            (
                "macro.money.social_financing.government_bonds",
                "abs_change",
                4.07e12,
                "2025-01-01/P10M",
                None,
            ),
        ],
    ),
    (
        "前十个月出口退税11380亿元，同比少1433亿元。",
        [
            ("fiscal.export_tax_rebates", "level", 1.138e12, "2025-01-01/P10M", None),
            ("fiscal.export_tax_rebates", "abs_change", -1.433e11, "2025-01-01/P10M", None),
        ],
    ),
    (
        "10月末，我国外汇储备规模为33433亿美元，较9月末上升0.14%。",
        [
            ("macro.fx_reserves", "level", 3.3433e12, "2025-10-31", None),
            ("macro.fx_reserves", "mom_pct", 0.14, "2025-10", None),
        ],
    ),
    (
        "9月末，广义货币(M2)余额335.13万亿元，比上年末增长5.2%。",
        [
            ("macro.money.m2", "level", 3.3513e14, "2025-09-30", None),
            ("macro.money.m2", "pct_change", 5.2, "2025-09-30", "2024-12-31"),
        ],
    ),
    (  # 多 before a count of provinces: no figure of a concept, no change
        "前十个月出口退税11380亿元，多达20个省份出口增长。",
        [("fiscal.export_tax_rebates", "level", 1.138e12, "2025-01-01/P10M", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=lambda v: str(v)[:24])
def test_zh_money_changes(text: str, expected: list[tuple]) -> None:
    result = extract_document(doc_of(Case(text, "2025-11-14")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["period"])
        + (str(r["base_period_start"]) if r["base_period_start"] else None,)
        for r in result["rows"]
    ]
    assert found == expected
