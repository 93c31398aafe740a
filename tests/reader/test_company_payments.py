"""A company's cash paid out for one purpose (付款, company.payments) has what it pays for as its
breakdown, the category written right before 付款 (segments.zh_breakdown), also for the next item
of a list after an amount ('媒體內容付款49億元及租賃負債付款19億元': lease liabilities); capital
expenditure paid (資本開支付款) stays company.capex. Before, each payment of the list took the
capex subject before it and the repeats rule dropped them. Counts of other things paid for, dates
and share prices make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

TENCENT = "騰訊（0700）昨公布第三季業績。"

ACCEPT = [
    (
        TENCENT + "第三季公司自由現金流為585億元，即經營活動所產生的現金淨額853億元，扣除資本開支"
        "付款200億元、媒體內容付款49億元及租賃負債付款19億元後的結果。",
        [
            ("company.free_cash_flow", None, 5.85e10, "585億元"),
            ("company.operating_cash_flow", None, 8.53e10, "853億元"),
            ("company.capex", None, 2e10, "200億元"),
            ("company.payments", "media content", 4.9e9, "49億元"),
            ("company.payments", "lease liabilities", 1.9e9, "19億元"),
        ],
    ),
    (
        "腾讯(0700.HK)发布三季报。第三季度,公司资本开支付款200亿元,媒体内容付款49亿元。",
        [
            ("company.capex", None, 2e10, "200亿元"),
            ("company.payments", "media content", 4.9e9, "49亿元"),
        ],
    ),
]

REJECT = [
    TENCENT + "第三季公司向200名員工付款，於2025年9月30日完成。",
    TENCENT + "騰訊股價全日微跌0.2%，報656港元，全日成交額112.8億港元。付款日期為10月5日。",
    "本届运动会付款购买金牌38枚,大熊猫12只,代表2977名。",
]


def rows(text: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, "2025-11-14")))
    return [(r["indicator"], r["breakdown"], r["value"], r["value_text"]) for r in result["rows"]]


@pytest.mark.parametrize("text, expected", ACCEPT, ids=lambda v: str(v)[:40])
def test_payments(text: str, expected: list[tuple]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[:40])
def test_no_row(text: str) -> None:
    assert rows(text) == []
