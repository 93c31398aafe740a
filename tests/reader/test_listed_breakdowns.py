"""Categories listed in one subject's modifier, and bare numbers listed before the figure whose
unit they share (econstats.reader.listed_breakdowns, econstats.reader.listed_numbers): "一二三线城市…分别收窄
0.2、0.4和0.5个百分点" is three figures, one per city tier; "二三线城市…均收窄0.4个百分点" is one
figure of each of two tiers; a tier named alone is a breakdown ("一线城市": first-tier cities), and
second-hand home prices are a series of their own (prices.second_hand_homes). Numbers listed
without 分别/"respectively" (years, ages, medals) give no row, and "平均" (average) is no "均"."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document


def rows(case: Case) -> list[tuple]:
    """(indicator, breakdown, measure, value, period, value_text) of each published row."""
    found = extract_document(doc_of(case))["rows"]
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in found
    ]


NEW, USED = "prices.new_homes", "prices.second_hand_homes"
T1, T2, T3 = "first-tier cities", "second-tier cities", "third-tier cities"

ACCEPT = [
    Case(
        "8月份70個大中城市中,一二三線城市新建商品住宅銷售價格按年降幅比7月分別收窄0.2、0.4和0.5個百分點;"
        "二三線城市二手住宅銷售價格按年降幅均收窄0.4個百分點。",
        published="2025-09-16",
        rows=[
            (NEW, T1, "pp_change", 0.2, "2025-08", "0.2"),
            (NEW, T2, "pp_change", 0.4, "2025-08", "0.4"),
            (NEW, T3, "pp_change", 0.5, "2025-08", "0.5個百分點"),
            (USED, T2, "pp_change", 0.4, "2025-08", "0.4個百分點"),
            (USED, T3, "pp_change", 0.4, "2025-08", "0.4個百分點"),
        ],
        note="the 70-city release in traditional Chinese (明報)",
    ),
    Case(
        "8月份,一线、二线和三线城市新建商品住宅销售价格同比分别下降1.2%、2.3%和3.1%。",
        published="2025-09-16",
        rows=[
            (NEW, T1, "yoy_pct", -1.2, "2025-08", "1.2%"),
            (NEW, T2, "yoy_pct", -2.3, "2025-08", "2.3%"),
            (NEW, T3, "yoy_pct", -3.1, "2025-08", "3.1%"),
        ],
    ),
    Case(
        "8月份,一线城市新建商品住宅销售价格同比下降1.2%;二线城市二手住宅销售价格同比下降4.5%,"
        "三线城市二手住宅销售价格同比下降5.1%。",
        published="2025-09-16",
        rows=[
            (NEW, T1, "yoy_pct", -1.2, "2025-08", "1.2%"),
            (USED, T2, "yoy_pct", -4.5, "2025-08", "4.5%"),
            (USED, T3, "yoy_pct", -5.1, "2025-08", "5.1%"),
        ],
    ),
    Case(
        "8月份,70个大中城市新建商品住宅销售价格同比下降2.5%。",
        published="2025-09-16",
        rows=[(NEW, None, "yoy_pct", -2.5, "2025-08", "2.5%")],
        note="the 70 cities are no tier: no breakdown",
    ),
]

NO_ROW = [
    Case(
        "8月份,三名运动员的年龄分别为25、30和35岁,分别获得3、4和5枚奖牌。",
        published="2025-09-16",
        rows=[],
        note="ages and medals listed: no row",
    ),
    Case(
        "2024年,大熊猫数量分别在2023、2024和2025年增加3、4和5只。",
        published="2025-09-16",
        rows=[],
        note="years listed, pandas counted: no row",
    ),
    Case(
        "8月份,一二线城市新建商品住宅销售价格平均上涨0.4%。",
        published="2025-09-16",
        rows=[(NEW, "一二线城市", "yoy_pct", 0.4, "2025-08", "0.4%")],
        note="'平均' (average) is no '均': one figure of both tiers together, kept as written",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=lambda c: c.text[:50])
def test_listed_breakdowns(case: Case) -> None:
    assert rows(case) == case.rows
