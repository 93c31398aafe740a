"""The parts of a company's figure after 'of which' (其中) named by a bare noun and no concept of
their own ('研发人员659人,其中博士53人,硕士153人') are breakdowns of the whole, each its own
observation (econstats.reader.company_parts); before, each took the whole's concept and the repeats
rule dropped them. An earlier value written without its unit ('由2020年的513增长至659人') takes the
new value's (econstats.reader.bare_earlier). A clause that names a period, a change or a share before
its figure ('其中第三季度', '同比增长', '占比') names no part; counts of other things make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

MOUTAI = "贵州茅台(600519.SH)发布2021年年报。"
CATL = "宁德时代(300750.SZ)发布三季报。"
POPMART = "泡泡玛特(9992.HK)发布中期业绩。"

ACCEPT = [
    (
        MOUTAI + "2021年,公司研发人员659人,其中博士53人,硕士153人;30岁以下134人、30-40岁371人。",
        "2022-03-31",
        [
            ("company.employees", "r&d", "level", 659.0, "2021", "659人"),
            ("company.employees", "r&d, 博士", "level", 53.0, "2021", "53人"),
            ("company.employees", "r&d, 硕士", "level", 153.0, "2021", "153人"),
            ("company.employees", "r&d, 30岁以下", "level", 134.0, "2021", "134人"),
            ("company.employees", "r&d, 30-40岁", "level", 371.0, "2021", "371人"),
        ],
    ),
    (
        MOUTAI + "2021年,研发人员也由2020年的513增长至659人,其中博士53人。",
        "2022-03-31",
        [
            ("company.employees", "r&d", "level", 513.0, "2020", "513"),
            ("company.employees", "r&d", "level", 659.0, "2021", "659人"),
            ("company.employees", "r&d, 博士", "level", 53.0, "2021", "53人"),
        ],
    ),
    (
        MOUTAI + "2021年,公司净利润由2020年的466.97增长至524.6亿元。",
        "2022-03-31",
        [
            ("company.net_profit", None, "level", 4.6697e10, "2020", "466.97"),
            ("company.net_profit", None, "level", 5.246e10, "2021", "524.6亿元"),
        ],
    ),
    (
        POPMART + "截至6月底,公司门店571家,其中直营店400家,加盟店171家。",
        "2025-08-20",
        [
            ("company.stores", None, "level", 571.0, "2025-06-30", "571家"),
            ("company.stores", "直营店", "level", 400.0, "2025-06-30", "400家"),
            ("company.stores", "加盟店", "level", 171.0, "2025-06-30", "171家"),
        ],
    ),
    (  # a period after 其中 is the whole at another period, no part
        CATL + "2025年前三季度,公司实现营业收入1000亿元,其中第三季度300亿元。",
        "2025-10-20",
        [
            ("company.revenue", None, "level", 1e11, "2025-01-01/P9M", "1000亿元"),
            ("company.revenue", None, "level", 3e10, "2025-Q3", "300亿元"),
        ],
    ),
    (  # a change after 其中 is the whole's change, no part
        CATL + "2025年前三季度,公司营业收入1000亿元,其中同比增长9%。",
        "2025-10-20",
        [
            ("company.revenue", None, "level", 1e11, "2025-01-01/P9M", "1000亿元"),
            ("company.revenue", None, "yoy_pct", 9.0, "2025-01-01/P9M", "9%"),
        ],
    ),
    (  # a part that names its own concept keeps it (econstats.reader.segments)
        CATL + "2025年前三季度,公司实现营业收入1000亿元,其中境外收入300亿元。",
        "2025-10-20",
        [
            ("company.revenue", None, "level", 1e11, "2025-01-01/P9M", "1000亿元"),
            ("company.revenue", "overseas", "level", 3e10, "2025-01-01/P9M", "300亿元"),
        ],
    ),
]

# no part, no row: a share, a change, another unit after 其中; counts of other things; ages
REJECT = [
    (POPMART + "截至6月底,公司门店571家,其中直营店占比70%。", "2025-08-20", "70%"),
    (MOUTAI + "2021年,公司研发人员659人,平均年龄30岁。", "2022-03-31", "30岁"),
    ("今年以来,该基地共繁育大熊猫20只,其中雌性12只。", "2024-05-01", "12只"),
    ("本届运动会中国代表团获得金牌201枚,其中田径38枚。", "2023-10-08", "38枚"),
    ("代表团由2019年的300增长至350名代表。", "2024-03-01", "300"),
]


def rows(text: str, published: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, published)))
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize(("text", "published", "expected"), ACCEPT, ids=lambda v: str(v)[:40])
def test_company_parts(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published", "figure"), REJECT, ids=lambda v: str(v)[:40])
def test_no_part(text: str, published: str, figure: str) -> None:
    assert figure not in [row[-1] for row in rows(text, published)]


# 超 right before a figure is 'over' (vocab/qualifiers.csv): the headline's rounded '净利超300亿元'
# is at least 300, and the body's exact 311 is the figure kept; 超市 and 超额 qualify nothing
QUALIFIED = [
    ("宁德时代(300750.SZ)前三季度净利超300亿元。", "超300亿元", "at_least"),
    ("截至6月底,永辉超市门店300家。", "300家", None),
    ("公司超额完成目标,全年营收300亿元。", "300亿元", None),
]


@pytest.mark.parametrize(("text", "value_text", "qualifier"), QUALIFIED, ids=lambda v: str(v)[:20])
def test_over_qualifier(text: str, value_text: str, qualifier: str | None) -> None:
    from econstats.reader.cues import find_qualifier

    head = text[: text.index(value_text.lstrip("超"))]
    found = find_qualifier(head)
    assert (found[0] if found else None) == qualifier
