"""A company's sales or delivery target ("has cut its 2025 sales target by 16% to 4.6 million
vehicles", "2025年销量目标为550万辆") is a target (status) of its units sold or deliveries: before,
the figure took a subject named later in the sentence ("exports") and was rejected. Targets of
other things (medals, pandas, delegates) and an analyst's target price make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

ACCEPT = [
    (
        "BYD (002594.SZ) has cut its 2025 sales target by 16% to 4.6 million vehicles, though it "
        "still expects exports of its EVs to double, China's largest automaker said.",
        [("company.units_sold", "level", 4.6e6, "2025", "target", "4.6 million vehicles")],
    ),
    (
        "比亚迪(002594.SZ)公告,公司2025年销量目标为550万辆。",
        [("company.units_sold", "level", 5.5e6, "2025", "target", "550万辆")],
    ),
    (
        "China's Li Auto (LI US) raised its 2025 delivery target to 400,000 vehicles.",
        [("company.deliveries", "level", 4e5, "2025", "target", "400,000 vehicles")],
    ),
]

REJECT = [
    "China's sports team set a 2025 target of 38 gold medals and a sales target for 12 pandas.",
    "China's party congress had a target of 2,977 delegates in 2025.",
    "NetEase (NTES US): Target Price US$164.00, Current Price US$133.95, up 22.4%.",
]


def rows(text: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, "2025-10-30")))
    return [
        (r["indicator"], r["measure"], r["value"], r["period"], r["status"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize("text, expected", ACCEPT, ids=lambda v: str(v)[:40])
def test_targets(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[:40])
def test_no_row(text: str) -> None:
    assert rows(text) == []
