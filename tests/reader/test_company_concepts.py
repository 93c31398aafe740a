"""Company concepts of results announcements beyond revenue and profit (issue 13, round 5):
units sold, volumes in tonnes, shipments, deliveries, customers, peak concurrent players, rides,
buybacks, contract liabilities, receivables, impairments, cash and investments, ROE, employees.
A phrase may name an indicator per unit kind (econstats.reader.unit_terms): "销量" in tonnes is a sales
volume, in vehicles a count of units sold; "回購" in money is the buyback, in shares the count.
Beside them, what is no company figure: tickers' moves, share prices, price targets, ages, a
mall's stores, bonds a company sold, medals."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.entities import company_mentions, full_names

Q3 = "2025-Q3"
PUB = "2025-11-20"
ACCEPT = [
    Case(
        "China's Xiaomi Corporation (1810.HK) reported third-quarter results. Xiaomi sold 43.3 "
        "million smartphones in the third quarter of 2025, up 0.5 percent from a year earlier.",
        PUB,
        [
            R(
                "company.units_sold",
                "level",
                4.33e7,
                "count",
                "exact",
                Q3,
                "43.3 million",
                entity="Xiaomi Corporation",
            ),
            R(
                "company.units_sold",
                "yoy_pct",
                0.5,
                "percent",
                "exact",
                Q3,
                "0.5 percent",
                entity="Xiaomi Corporation",
            ),
        ],
    ),
    Case(
        "China's BYD Company (002594.SZ) released its first-quarter report. In the first quarter "
        "of 2023 BYD sold 552,076 vehicles, up 92.81 percent year-on-year.",
        PUB,
        [
            R(
                "company.units_sold",
                "level",
                552076.0,
                "count",
                "exact",
                "2023-Q1",
                "552,076 vehicles",
                entity="BYD Company",
            ),
            R(
                "company.units_sold",
                "yoy_pct",
                92.81,
                "percent",
                "exact",
                "2023-Q1",
                "92.81 percent",
                entity="BYD Company",
            ),
        ],
    ),
    Case(  # 销量 in tonnes: the sibling row of a physical kind (econstats.reader.unit_terms)
        "贵州茅台(600519.SH)发布2021年年度报告。2021年,茅台酒和系列酒销量分别为3.63万吨、3.02万吨,"
        "分别同比增长5.68%、1.46%。",
        PUB,
        [
            R(
                "company.sales_volume",
                "level",
                3.63e7,
                "kg",
                "exact",
                "2021",
                "3.63万吨",
                entity="Kweichow Moutai",
            ),
            R(
                "company.units_sold",
                "yoy_pct",
                5.68,
                "percent",
                "exact",
                "2021",
                "5.68%",
                entity="Kweichow Moutai",
            ),
        ],
    ),
    Case(  # 回購 in money is the buyback, in shares the count bought back
        "騰訊（0700）今日發表第三季業績。2025年第三季度，騰訊動用211億港元，回購合共3536萬股股份。",
        PUB,
        [
            R(
                "company.buyback",
                "level",
                2.11e10,
                "HKD",
                "exact",
                Q3,
                "211億港元",
                entity="Tencent",
                ref_area="HK",
            ),
            R(
                "company.shares_repurchased",
                "level",
                3.536e7,
                "count",
                "exact",
                Q3,
                "3536萬",
                entity="Tencent",
                ref_area="HK",
            ),
        ],
    ),
    Case(  # a balance-sheet item is a stock: its day
        "宁德时代(300750.SZ)发布三季报。截至2025年三季度末,合同负债406.78亿元,同比增长79.58%。",
        PUB,
        [
            R(
                "company.contract_liabilities",
                "level",
                4.0678e10,
                "CNY",
                "exact",
                "2025-09-30",
                "406.78亿元",
                entity="CATL",
            ),
            R(
                "company.contract_liabilities",
                "yoy_pct",
                79.58,
                "percent",
                "exact",
                "2025-09-30",
                "79.58%",
                entity="CATL",
            ),
        ],
    ),
    Case(
        "China's NetEase, Inc. (NASDAQ: NTES) reported results. Peak concurrent players of "
        "Fantasy Westward Journey Online hit a record 3.58 million in the third quarter of 2025.",
        PUB,
        [
            R(
                "company.players.peak_concurrent",
                "level",
                3.58e6,
                "count",
                "exact",
                Q3,
                "3.58 million",
                entity="NetEase",
            ),
        ],
    ),
    Case(
        "China's Trip.com Group Limited (NASDAQ: TCOM) reported results. The number of "
        "travellers served increased by 7.3% in the third quarter of 2025.",
        PUB,
        [
            R(
                "company.customers",
                "yoy_pct",
                7.3,
                "percent",
                "exact",
                Q3,
                "7.3%",
                entity="Trip.com Group",
            ),
        ],
    ),
    Case(
        "China's Baidu, Inc. (NASDAQ: BIDU) reported results. Apollo Go provided 3.1 million "
        "fully driverless rides in the third quarter of 2025, up 212% year over year.",
        PUB,
        [
            R("company.rides", "level", 3.1e6, "count", "exact", Q3, "3.1 million", entity="Baidu"),
            R("company.rides", "yoy_pct", 212.0, "percent", "exact", Q3, "212%", entity="Baidu"),
        ],
    ),
    Case(
        "Baidu, Inc. (NASDAQ: BIDU) reported results. Cash and investments were RMB296.4 "
        "billion as of September 30, 2025.",
        PUB,
        [
            R(
                "company.cash",
                "level",
                2.964e11,
                "CNY",
                "exact",
                "2025-09-30",
                "RMB296.4 billion",
                entity="Baidu",
            ),
        ],
    ),
    Case(
        "Baidu, Inc. (NASDAQ: BIDU) reported results. Baidu recorded impairment charges of "
        "RMB16.2 billion in the third quarter of 2025.",
        PUB,
        [
            R(
                "company.impairment",
                "level",
                1.62e10,
                "CNY",
                "exact",
                Q3,
                "RMB16.2 billion",
                entity="Baidu",
            ),
        ],
    ),
    Case(
        "贵州茅台(600519.SH)发布2021年年度报告。2021年末公司员工总数达3.2万人。",
        PUB,
        [
            R(
                "company.employees",
                "level",
                32000.0,
                "count",
                "exact",
                "2021-12-31",
                "3.2万人",
                entity="Kweichow Moutai",
            ),
        ],
    ),
    Case(
        "宁德时代(300750.SZ)发布三季报。2025年前三季度ROE为15.60%。",
        PUB,
        [
            R(
                "company.roe",
                "share_pct",
                15.6,
                "percent",
                "exact",
                "2025-01-01/P9M",
                "15.60%",
                entity="CATL",
            ),
        ],
    ),
]
ACCEPT += [
    Case(  # a press release's footnote mark glued to the term
        "NIO Inc. (NYSE: NIO) reported results for the third quarter of 2025, China. Vehicle "
        "marginii was 14.7% in the third quarter of 2025, compared with 13.1% in the third "
        "quarter of 2024.",
        "2025-11-25",
        [
            R(
                "company.gross_margin",
                "share_pct",
                14.7,
                "percent",
                "exact",
                Q3,
                "14.7%",
                entity="NIO",
            ),
            R(
                "company.gross_margin",
                "share_pct",
                13.1,
                "percent",
                "exact",
                "2024-Q3",
                "13.1%",
                entity="NIO",
            ),
        ],
    ),
    Case(  # "708M": a capital M glued to a bare number is a million
        "China's Baidu, Inc. (NASDAQ: BIDU) reported results. Apollo Go provided 3.1M fully "
        "driverless rides in the third quarter of 2025.",
        PUB,
        [R("company.rides", "level", 3.1e6, "count", "exact", Q3, "3.1M", entity="Baidu")],
    ),
    Case(  # the English name of recurring profit
        "China's BYD Company (1211.HK) reported results. Stripping out non-recurring gains and "
        "losses, net profit was RMB 3.57 billion in the first quarter of 2023.",
        PUB,
        [
            R(
                "company.net_profit.recurring",
                "level",
                3.57e9,
                "CNY",
                "exact",
                "2023-Q1",
                "RMB 3.57 billion",
                entity="BYD Company",
            ),
        ],
    ),
]
NO_ROW = [
    Case("Alibaba Group Holding (NYSE: BABA) reported results. - BABA -0.73%", PUB),
    Case("China's Xiaomi Corporation (1810.HK) shares closed at HK$42.5 on Monday.", PUB),
    Case(
        "China's Xiaomi Corporation (1810.HK) said the new mall in Beijing houses 300 stores.", PUB
    ),
    Case("贵州茅台(600519.SH)发布年报。研发人员平均年龄35岁。", PUB),
    Case(
        "Analysts at Morgan Stanley raised their price target on China's BYD Company (1211.HK) "
        "to HK$350.",
        PUB,
    ),
    Case("The average age of China's NIO Inc. (NYSE: NIO) employees is 31 years.", PUB),
    # money a company "sold" is no count of units sold (unit-mismatch)
    Case("China's BYD Company (1211.HK) sold bonds worth 5 billion yuan in 2024.", PUB),
    Case(
        "China won 40 gold medals in 2024, while Xiaomi Corporation (1810.HK) sponsored the team.",
        PUB,
    ),
    Case("China's NIO Inc. (NYSE: NIO) cut its policy rate to 3.1 percent in 2024.", PUB),
    # "3M" is a company, "5m" metres, "2025M" no count
    Case("China's Xiaomi Corporation (1810.HK) and 3M reported results in 2024.", PUB),
    Case("China's BYD Company (1211.HK) built a 5m wall in 2024.", PUB),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_company_concepts(case):
    assert rows_of(case, "company" if case.rows else None) == case.rows


def test_short_name_used_alone_is_the_name():
    """A subsidiary named twice ("Xiaomi Auto") is not the name of the company the text calls
    "Xiaomi" throughout; a short name used alone as often as its full name takes the full one."""
    text = (
        "Xiaomi Auto handed over 108,796 cars. Xiaomi Auto runs 402 stores. Xiaomi sold 43.3 "
        "million smartphones. Xiaomi's revenue rose. Xiaomi earns more abroad."
    )
    assert full_names(["Xiaomi"], text) == {"Xiaomi": "Xiaomi"}
    assert full_names(["Kling"], "Kling AI said ... Kling AI ... Kling's revenue") == {
        "Kling": "Kling AI"
    }


def test_stock_forum_page_names_the_company():
    assert [m.name for m in company_mentions("东方财富网 > 股吧 > 贵州茅台吧(600519)")] == [
        "贵州茅台"
    ]


def test_an_amount_after_of_is_no_company():
    case = Case(
        "China's BYD Company (1211.HK) reported first-quarter results. In the first quarter of "
        "2023, BYD earned a net profit of RMB 4.13 billion.",
        PUB,
    )
    assert [row.entity for row in rows_of(case, "company")] == ["BYD Company"]
