"""A company's products installed by their users (装车量: power batteries installed in vehicles,
in kWh) are company.installation_volume, beside its shipments and its market share; before, the
figure took the market share named after it ('装车量达109.3 GWh,国内市占率为42.75%') and was
rejected, or was unclaimed. A product's share of the shipments is a share_pct of them. Counts
of other things installed make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document

CATL = "宁德时代(300750.SZ)发布三季报。"

ACCEPT = [
    (
        CATL + "1-9月,宁德时代动力电池累计装车量达109.3 GWh,国内市占率为42.75%。",
        "2023-10-19",
        [
            ("company.installation_volume", "level", 1.093e8, "kWh", "2023-01-01/P9M", "109.3 GWh"),
            ("company.market_share", "share_pct", 42.75, "percent", "2023-01-01/P9M", "42.75%"),
        ],
    ),
    (
        CATL + "宁德时代今年1-8月动力电池累计装车量54.7 GWh,排名全球第二,增速达111.1%。",
        "2023-10-19",
        [
            ("company.installation_volume", "level", 5.47e7, "kWh", "2023-01-01/P8M", "54.7 GWh"),
            (
                "company.installation_volume",
                "yoy_pct",
                111.1,
                "percent",
                "2023-01-01/P8M",
                "111.1%",
            ),
        ],
    ),
    (
        "China's Contemporary Amperex Technology (300750.SZ) said its battery installations reached 54.7 GWh in "
        "the first eight months of 2023.",
        "2023-10-19",
        [("company.installation_volume", "level", 5.47e7, "kWh", "2023-01-01/P8M", "54.7 GWh")],
    ),
]

# a product's share of the company's shipments: a share_pct of company.shipments, the product
# its breakdown ('动力电池在出货量中的占比约80%')
SHARES = [
    (
        CATL + "3、Q3锂电池出货量约180GWh,环比增长约20%,动力电池在出货量中的占比约80%。",
        "2025-10-20",
        [
            ("company.shipment_volume", "level", 1.8e8, "kWh", "2025-Q3", "约180GWh"),
            ("company.shipments", "qoq_pct", 20.0, "percent", "2025-Q3", "约20%"),
            ("company.shipments", "share_pct", 80.0, "percent", "2025-Q3", "约80%"),
        ],
    ),
]

# no row: medals, pandas, delegates, dates and ages beside an installation word
REJECT = [
    "今年1-8月,该基地共安装监控设备300台,繁育大熊猫12只。",
    "本届运动会共有代表2977名,装车量统计于2023年9月30日完成。",
    "China's team won 38 gold medals after the installation of a new coach, aged 45, in 2023.",
]


def rows(text: str, published: str) -> list[tuple]:
    result = extract_document(doc_of(Case(text, published)))
    return [
        (r["indicator"], r["measure"], r["value"], r["unit"], r["period"], r["value_text"])
        for r in result["rows"]
    ]


@pytest.mark.parametrize(
    ("text", "published", "expected"), ACCEPT + SHARES, ids=lambda v: str(v)[:40]
)
def test_installations(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize("text", REJECT, ids=lambda v: str(v)[:40])
def test_no_row(text: str) -> None:
    assert rows(text, "2023-10-19") == []
