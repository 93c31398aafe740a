"""A figure that names its own part of the subject it shares with a figure before it in its
sentence is its own observation, not a repeat (own_nouns.with_own_nouns): the part in brackets
before it ("the services sector (+5.5 per cent)"), after "and in" ("and in infrastructure by
6.5%"), as the subject of its own clause ("and high-tech manufacturing surged by 9.4 per cent")
or after its change noun ("a 17.2 per cent plunge in property development") is its breakdown. A
count printed with its sign is a change ("health care (+24,000 jobs)": rate_changes.printed_plus).
The same value said again, an anaphor ("the figure"), and counts of medals or pandas make no
new row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document


def rows(text: str, published: str) -> list[tuple]:
    """(indicator, breakdown, measure, value, period, value_text) of each row."""
    found = extract_document(doc_of(Case(text, published=published)))["rows"]
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["period"], r["value_text"])
        for r in found
    ]


ACCEPT = [
    (
        "In 2025, China's retail sales rose by 3.7 per cent, with a strong lift from online sales "
        "(+8.6 per cent) and the services sector (+5.5 per cent).",
        "2026-01-20",
        [
            ("retail.sales", None, "yoy_pct", 3.7, "2025", "3.7 per cent"),
            ("retail.sales.online", None, "yoy_pct", 8.6, "2025", "8.6 per cent"),
            ("retail.sales.online", "services sector", "yoy_pct", 5.5, "2025", "5.5 per cent"),
        ],
    ),
    (
        "In the first four months, China's real estate investment declined by 2.7%, whereas "
        "investment in manufacturing rose by 12.2% and in infrastructure by 6.5%.",
        "2022-05-16",
        [
            ("macro.property.investment", None, "yoy_pct", -2.7, "2022-01-01/P4M", "2.7%"),
            (
                "macro.fixed_asset_investment",
                "manufacturing",
                "yoy_pct",
                12.2,
                "2022-01-01/P4M",
                "12.2%",
            ),
            (
                "macro.fixed_asset_investment",
                "infrastructure",
                "yoy_pct",
                6.5,
                "2022-01-01/P4M",
                "6.5%",
            ),
        ],
    ),
    (
        "In 2025, China's industrial output grew a healthy 5.9 per cent, and high-tech "
        "manufacturing surged by 9.4 per cent.",
        "2026-01-20",
        [
            ("macro.industrial_value_added", None, "yoy_pct", 5.9, "2025", "5.9 per cent"),
            (
                "macro.industrial_value_added",
                "high-tech manufacturing",
                "yoy_pct",
                9.4,
                "2025",
                "9.4 per cent",
            ),
        ],
    ),
    (
        "In 2025, China's fixed-asset investment fell by 3.8 per cent, held back by a sharp 17.2 "
        "per cent plunge in property development.",
        "2026-01-20",
        [
            ("macro.fixed_asset_investment", None, "yoy_pct", -3.8, "2025", "3.8 per cent"),
            (
                "macro.fixed_asset_investment",
                "property development",
                "yoy_pct",
                -17.2,
                "2025",
                "17.2 per cent",
            ),
        ],
    ),
    (
        "US private-sector employment went up by 96,000 in August, led by gains in health care "
        "(+24,000 jobs) and financial (+15,000) activities, while mining (-6,000) shed jobs.",
        "2019-09-06",
        [
            (
                "macro.labour.nonfarm_payrolls",
                "private sector",
                "abs_change",
                96000.0,
                "2019-08",
                "96,000",
            ),
            (
                "macro.labour.nonfarm_payrolls",
                "private sector, health care",
                "abs_change",
                24000.0,
                "2019-08",
                "24,000 jobs",
            ),
            (
                "macro.labour.nonfarm_payrolls",
                "private sector, financial",
                "abs_change",
                15000.0,
                "2019-08",
                "+15,000",
            ),
            (
                "macro.labour.nonfarm_payrolls",
                "private sector, mining",
                "abs_change",
                -6000.0,
                "2019-08",
                "-6,000",
            ),
        ],
    ),
    (
        "In September, South Korea's exports rose 12.7 percent from a year earlier, with growth "
        "for semiconductors (22.1 percent), passenger cars (14.0 percent) and chemical products "
        "(10.4 percent).",
        "2025-10-02",
        [
            ("trade.exports", None, "yoy_pct", 12.7, "2025-09", "12.7 percent"),
            ("trade.exports", "semiconductors", "yoy_pct", 22.1, "2025-09", "22.1 percent"),
            ("trade.exports", "passenger cars", "yoy_pct", 14.0, "2025-09", "14.0 percent"),
            ("trade.exports", "chemical products", "yoy_pct", 10.4, "2025-09", "10.4 percent"),
        ],
    ),
    (  # the same value said again is a true repeat
        "China's retail sales rose 4 percent in February, and sales rose 4 percent again in the "
        "month, the NBS said.",
        "2025-03-10",
        [("retail.sales", None, "yoy_pct", 4.0, "2025-02", "4 percent")],
    ),
]

PARTS_AND_PURPOSES = [
    (  # an included part in brackets: the words after it
        "India's gross GST revenue collected in September 2021 stands at Rs 1,17,010 crore, of "
        "which IGST is Rs 60,911 crore (including Rs 29,555 crore collected on import of goods).",
        "2021-10-01",
        [
            ("fiscal.revenue.tax.gst", None, "level", 1.1701e12, "2021-09", "Rs 1,17,010 crore"),
            (
                "fiscal.revenue.tax.gst",
                "integrated gst",
                "level",
                6.0911e11,
                "2021-09",
                "Rs 60,911 crore",
            ),
            (
                "fiscal.revenue.tax.gst",
                "integrated gst, import of goods",
                "level",
                2.9555e11,
                "2021-09",
                "Rs 29,555 crore",
            ),
        ],
    ),
    (  # a purpose after it, in another sentence than the total
        "China will issue 1.3 trillion yuan of ultra-long special treasury bonds in 2025. "
        "Another 300 billion yuan of ultra-long special treasury bonds will go to support the "
        '"old-for-new" consumer goods trade-in scheme.',
        "2025-03-06",
        [
            ("fiscal.bonds.treasury_special", None, "level", 1.3e12, "2025", "1.3 trillion yuan"),
            (
                "fiscal.bonds.treasury_special",
                "old-for-new consumer goods trade-in scheme",
                "level",
                3e11,
                "2025",
                "300 billion yuan",
            ),
        ],
    ),
]

REJECT = [
    (
        "China won 40 gold medals at the Games in 2024, with swimming (+12) and diving (+3) ahead.",
        "2025-03-10",
    ),
    (
        "The Chengdu base now has 250 giant pandas, with cubs (+12) and adults (-3) in 2024.",
        "2025-03-10",
    ),
    ("Apple shares (+3 percent) and the Nasdaq index (+2 percent) gained on Monday.", "2025-03-10"),
    (
        "The Chengdu zoo will spend 300 million yuan in 2025, and 20 million yuan will go to "
        "support its giant pandas (including 5 million yuan spent on bamboo).",
        "2025-03-10",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), ACCEPT + PARTS_AND_PURPOSES, ids=lambda v: str(v)[:50]
)
def test_own_nouns_are_breakdowns(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published"), REJECT, ids=lambda v: str(v)[:50])
def test_own_nouns_of_no_statistic(text: str, published: str) -> None:
    assert rows(text, published) == []


def test_gold_medal_parts_add_no_row() -> None:
    text = (
        "China's retail sales rose 4 percent in February, with the gold medal count (+12) and "
        "pandas (+3) up too."
    )
    assert rows(text, "2025-03-10") == [
        ("retail.sales", None, "yoy_pct", 4.0, "2025-02", "4 percent")
    ]
