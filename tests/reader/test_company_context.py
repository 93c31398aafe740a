"""Company documents as they are written: the company named once in the lead (by a ticker, a
legal suffix or a results verb) is the entity of the bullets that follow; company concepts
(revenues, net income, gross margin, EPS, deliveries, 营收, 归母净利润) name the indicator."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.entities import canonical, company_mentions

Q3 = "2025-Q3"
ACCEPT = [
    Case(
        "NIO Inc., a Chinese electric vehicle maker, today published unaudited results for its third quarter, which ended on "
        "September 30, 2025.\n\nFinancial Highlights\n\n"
        "  • Total revenues were RMB21,793.9 million in the third quarter of 2025.\n"
        "  • Gross margin was 13.9% in the third quarter of 2025.",
        published="2025-11-25",
        rows=[
            R(
                "company.revenue",
                "level",
                2.17939e10,
                "CNY",
                "exact",
                Q3,
                "RMB21,793.9 million",
                entity="NIO",
            ),
            R(
                "company.gross_margin",
                "share_pct",
                13.9,
                "percent",
                "exact",
                Q3,
                "13.9%",
                entity="NIO",
            ),
        ],
    ),
    Case(
        "China's Meituan (3690.HK) has published figures for the three months to September 30, 2025. "
        "Net loss came to RMB18.63 billion in the third quarter of 2025.",
        published="2025-11-28",
        rows=[
            R(
                "company.net_profit",
                "level",
                -1.863e10,
                "CNY",
                "exact",
                Q3,
                "RMB18.63 billion",
                entity="Meituan",
            ),
        ],
    ),
    Case(
        "宁德时代(300750.SZ)发布三季报。2025年第三季度,公司实现营收1054亿元,同比增长8.28%。",
        published="2025-10-21",
        rows=[
            R("company.revenue", "level", 1.054e11, "CNY", "exact", Q3, "1054亿元", entity="CATL"),
            R("company.revenue", "yoy_pct", 8.28, "percent", "exact", Q3, "8.28%", entity="CATL"),
        ],
    ),
]
NO_ROW = [
    # no company named: a company concept is no subject ("revenue" of a government)
    Case("Revenue rose 5 percent to 3 billion yuan in the third quarter of 2025."),
    Case("Gross margin was 13.9% in the third quarter of 2025."),
    # an abbreviation of the words before it is no ticker: no company
    Case(
        "The National Bureau of Statistics (NBS) said on Monday that revenue rose 5 percent "
        "in the third quarter of 2025."
    ),
    Case(
        "Consumer Price Index (CPI) data came out. Profit rose 4 percent in the third quarter "
        "of 2025."
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_company_context(case):
    assert rows_of(case, "company" if case.rows else None) == case.rows


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("JD.com, Inc. (NASDAQ: JD) today reported results.", ["JD.com"]),
        ("Xiaomi [HKG: 1810] closed down 4.7 percent.", ["Xiaomi"]),
        ("China's BYD reports biggest profit drop in over four years", ["BYD"]),
        (
            "Tongcheng Travel Holdings Limited, one of China's leading travel platforms",
            ["Tongcheng Travel Holdings"],
        ),
        ("騰訊（0700）今日發表第三季業績", ["騰訊"]),
        ("3月31日凌晨,贵州茅台对外发布2021年年度报告", ["贵州茅台"]),
        (
            "Alibaba Group Holding, on Tuesday posted a 5 per cent increase in revenue",
            ["Alibaba Group Holding"],
        ),
        # no company: public bodies, abbreviations, days, phone numbers, generic words
        ("the National Bureau of Statistics (NBS) reported revenue", []),
        ("Gross Domestic Product (GDP) grew", []),
        ("The Finance Ministry reported revenue of 3 billion", []),
        ("Joanna Ma\n(852) 3761 8838", []),
        ("公司发布2025年三季报", []),
        ("国家统计局发布报告", []),
        ("9日对外发布业绩报告", []),
    ],
)
def test_company_mentions(text, names):
    assert [mention.name for mention in company_mentions(text)] == names


def test_canonical_names_join_languages():
    assert canonical("騰訊") == canonical("腾讯") == "Tencent"
    assert canonical("BYD Q1") == "BYD"
    assert canonical("Some New Co") == "Some New Co"
