"""A part named by a bare category after 'of which' (econstats.reader.bare_parts): '其中,城市上涨0.1%' is
the urban part of the whole before the opener; a category inside a subject of its own, a figure
after a semicolon, or no whole before the opener gives no such part."""

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


CASES = [
    Case(
        "2024年12月份,全国居民消费价格同比上涨0.1%。其中,城市上涨0.1%,农村持平;食品价格下降0.5%。",
        published="2025-01-09",
        rows=[
            ("prices.cpi", None, "yoy_pct", 0.1, "2024-12", "0.1%"),
            ("prices.cpi", "urban", "yoy_pct", 0.1, "2024-12", "0.1%"),
            ("prices.cpi.food", None, "yoy_pct", -0.5, "2024-12", "0.5%"),
        ],
        note="the NBS CPI release: the urban figure is no repeat of the national one",
    ),
    Case(
        "2024年12月份,全国居民消费价格同比上涨0.2%,其中,城市上涨0.1%,农村上涨0.4%。",
        published="2025-01-09",
        rows=[
            ("prices.cpi", None, "yoy_pct", 0.2, "2024-12", "0.2%"),
            ("prices.cpi", "urban", "yoy_pct", 0.1, "2024-12", "0.1%"),
            ("prices.cpi", "rural", "yoy_pct", 0.4, "2024-12", "0.4%"),
        ],
    ),
    Case(
        "2024年12月份,全国居民消费价格同比上涨0.2%。其中,有3只大熊猫和25名代表,城市代表团获得5枚奖牌。",
        published="2025-01-09",
        rows=[("prices.cpi", None, "yoy_pct", 0.2, "2024-12", "0.2%")],
        note="pandas, delegates and medals after the opener: no part, no row",
    ),
    Case(
        "8月份,一线城市二手住宅销售价格环比下降1.0%,二线城市下降0.6%,三线城市下降0.7%。",
        published="2025-09-16",
        rows=[
            ("prices.second_hand_homes", "first-tier cities", "mom_pct", -1.0, "2025-08", "1.0%"),
            ("prices.second_hand_homes", "second-tier cities", "mom_pct", -0.6, "2025-08", "0.6%"),
            ("prices.second_hand_homes", "third-tier cities", "mom_pct", -0.7, "2025-08", "0.7%"),
        ],
        note="siblings of a category (sibling_parts), month on month carried (carried_steps)",
    ),
    Case(
        "2024年,全国城镇居民人均可支配收入54188元,增长4.6%;农村居民人均可支配收入23119元,增长6.6%。",
        published="2025-01-17",
        rows=[
            (
                "macro.labour.disposable_income_per_capita.urban",
                None,
                "level",
                54188.0,
                "2024",
                "54188元",
            ),
            (
                "macro.labour.disposable_income_per_capita.urban",
                None,
                "yoy_pct",
                4.6,
                "2024",
                "4.6%",
            ),
            (
                "macro.labour.disposable_income_per_capita.rural",
                None,
                "level",
                23119.0,
                "2024",
                "23119元",
            ),
            (
                "macro.labour.disposable_income_per_capita.rural",
                None,
                "yoy_pct",
                6.6,
                "2024",
                "6.6%",
            ),
        ],
        note="a category inside a subject of its own is that subject's",
    ),
    Case(
        "12月份,居民消费价格指数为102.3。其中,城市为2024年12月31日。",
        published="2025-01-09",
        rows=[],
        note="a date after the category is no figure",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.text[:50])
def test_bare_parts(case: Case) -> None:
    assert rows(case) == case.rows
