"""The part an 'of which' clause singles out before its figures ('其中以美洲市場增幅最大，淨增19間至41
間') is the breakdown of those figures (econstats.reader.leading_parts): before, they took the whole's
subject and the repeats rule dropped them as the same observation as the whole's figures. A period
('其中以5月最高'), a verb or a part that names a concept of its own singles out no part; counts of
other things (medals, pandas, delegates) make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

POPMART = "泡泡瑪特（9992）昨公布中期業績。"
ANTA = "安踏体育(2020.HK)发布中期业绩。"

ACCEPT = [
    (
        POPMART + "截至今年6月底，泡泡瑪特經營571家門店，上半年淨增40間，其中以美洲市場增幅最大，"
        "淨增19間至41間。",
        "2025-08-20",
        [
            ("company.stores", None, "level", 571.0, "2025-06-30", "571家"),
            ("company.stores", None, "abs_change", 40.0, "2025-S1", "40間"),
            ("company.stores", "美洲市場", "abs_change", 19.0, "2025-S1", "19間"),
            ("company.stores", "美洲市場", "level", 41.0, "2025-06-30", "41間"),
        ],
    ),
    (
        ANTA + "截至6月底,公司门店共有1万家,上半年净增200家,其中以华东地区为主,净增120家。",
        "2025-08-20",
        [
            ("company.stores", None, "level", 1e4, "2025-06-30", "1万家"),
            ("company.stores", None, "abs_change", 200.0, "2025-S1", "200家"),
            ("company.stores", "华东地区", "abs_change", 120.0, "2025-S1", "120家"),
        ],
    ),
    (
        "国家统计局数据显示,8月份社会消费品零售总额增长3.4%,其中以通讯器材类增长最快,增长14.6%。",
        "2025-09-15",
        [
            ("retail.sales", None, "yoy_pct", 3.4, "2025-08", "3.4%"),
            ("retail.sales", "通讯器材类", "yoy_pct", 14.6, "2025-08", "14.6%"),
        ],
    ),
    (  # a period singles out no part: the whole's figure at that month
        "国家统计局数据显示,前8个月社会消费品零售总额增长4.6%,其中以8月最低,增长3.4%。",
        "2025-09-15",
        [
            ("retail.sales", None, "yoy_pct", 4.6, "2025-01-01/P8M", "4.6%"),
            ("retail.sales", None, "yoy_pct", 3.4, "2025-08", "3.4%"),
        ],
    ),
]

# no row: counts of other things, whatever part they single out
REJECT = [
    ("本届运动会中国代表团获得金牌201枚,其中以田径最多,获得38枚。", "2023-10-08", "38枚"),
    ("今年以来,该基地共繁育大熊猫20只,其中以雌性为主,共12只。", "2024-05-01", "12只"),
    ("大会共有代表2977名,其中以基层代表增幅最大,增加50名。", "2024-03-01", "50名"),
]


def rows(text: str, published: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, published)))
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize(("text", "published", "expected"), ACCEPT, ids=lambda v: str(v)[:40])
def test_leading_parts(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published", "figure"), REJECT, ids=lambda v: str(v)[:40])
def test_no_part(text: str, published: str, figure: str) -> None:
    assert rows(text, published) == []
    assert figure not in [row[-1] for row in rows(text, published)]
