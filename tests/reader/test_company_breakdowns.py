"""A company figure's category read as written in results announcements, so that a segment's,
a product's or a metric's figure is its own series and no repeat of the company total: a
category right before the concept with no marker word ("Cloud revenue", "Games & related VAS
revenue": econstats.reader.premodifiers), a section heading over bullets ("AI Cloud" then "• Revenue
reached ...": econstats.reader.section_heads), metrics of one concept ("Monthly"/"Annual paying
users"). Each accepted text gives exactly its rows (indicator, breakdown, measure, value,
value_text); each rejected one gives no row of the category (only the total's, or none)."""

from __future__ import annotations

import pytest
from cases import Case, case_id, doc_of

from econstats.dataset.document import extract_document

LEAD = (
    "Alibaba Group Holding (9988.HK) reported results for the quarter ended September 30, 2025.\n"
)
NETEASE = "NetEase (NTES) reported its 3Q25 results for the quarter ended September 30, 2025.\n"
BAIDU = "Baidu (BIDU) reported results for the quarter ended September 30, 2025.\n"


def rows(case: Case) -> list[tuple]:
    found = extract_document(doc_of(case))["rows"]
    return [
        (r["indicator"], r["breakdown"], r["measure"], r["value"], r["value_text"])
        for r in found
        if r["topic"] == "company"
    ]


REV = "company.revenue"
ACCEPT = [
    Case(
        LEAD + "Revenue rose 5% to RMB247.8 billion. Cloud revenue rose 34% to RMB39.8 billion.",
        published="2025-11-25",
        rows=[
            (REV, None, "yoy_pct", 5.0, "5%"),
            (REV, None, "level", 2.478e11, "RMB247.8 billion"),
            (REV, "cloud", "yoy_pct", 34.0, "34%"),
            (REV, "cloud", "level", 3.98e10, "RMB39.8 billion"),
        ],
    ),
    Case(
        NETEASE + "Total revenue grew by 8% YoY to RMB28.4bn. "
        "Games & related VAS revenue was up by 12% YoY to RMB23.3bn in 3Q25.",
        published="2025-11-20",
        rows=[
            (REV, None, "yoy_pct", 8.0, "8%"),
            (REV, None, "level", 2.84e10, "RMB28.4bn"),
            (REV, "games & related vas", "yoy_pct", 12.0, "12%"),
            (REV, "games & related vas", "level", 2.33e10, "RMB23.3bn"),
        ],
    ),
    Case(
        LEAD + "Revenue was RMB247.8 billion, while international commerce revenue "
        "was RMB34.8 billion.",
        published="2025-11-25",
        rows=[
            (REV, None, "level", 2.478e11, "RMB247.8 billion"),
            (REV, "international commerce", "level", 3.48e10, "RMB34.8 billion"),
        ],
    ),
    Case(
        "Tongcheng Travel (0780.HK) reported results for the quarter ended September 30, 2025. "
        "Monthly paying users increased by 2.8% to 47.7 million. "
        "Annual paying users increased by 8.8% to 252.9 million. Revenue was CNY5,509.1 million.",
        published="2025-11-20",
        rows=[
            ("company.users.paying", "monthly", "yoy_pct", 2.8, "2.8%"),
            ("company.users.paying", "monthly", "level", 4.77e7, "47.7 million"),
            ("company.users.paying", "annual", "yoy_pct", 8.8, "8.8%"),
            ("company.users.paying", "annual", "level", 2.529e8, "252.9 million"),
            (REV, None, "level", 5.5091e9, "CNY5,509.1 million"),
        ],
    ),
    Case(
        BAIDU + "\nKey Points\n"
        "  • Revenue: RMB31.17B, down 7% YoY.\n\n"
        "Quarter Highlights\n\nAI Cloud\n"
        "  • Revenue came to RMB4.2B, up 33% YoY.\n"
        "  • The platform moved to an agent-centric architecture.\n\n"
        "AI Applications\n"
        "  • Revenue reached RMB2.6B, up 6% YoY.\n",
        published="2025-11-18",
        rows=[
            (REV, None, "level", 3.117e10, "RMB31.17B"),
            (REV, None, "yoy_pct", -7.0, "7%"),
            (REV, "ai cloud", "level", 4.2e9, "RMB4.2B"),
            (REV, "ai cloud", "yoy_pct", 33.0, "33%"),
            (REV, "ai applications", "level", 2.6e9, "RMB2.6B"),
            (REV, "ai applications", "yoy_pct", 6.0, "6%"),
        ],
    ),
]
CATL = "宁德时代(300750.SZ)发布三季报。2025年第三季度,公司实现营收1054亿元,同比增长8.28%。"
MOUTAI = "贵州茅台对外发布2021年年度报告。"
TC = "Tongcheng Travel (0780.HK) reported results for the quarter ended September 30, 2025. "
ACCEPT += [
    # the names listed before 分别 at the clause's opening: each figure its own category
    Case(
        CATL + "动力电池和储能电池分别实现营收800亿元、200亿元。",
        published="2025-10-21",
        rows=[
            (REV, None, "level", 1.054e11, "1054亿元"),
            (REV, None, "yoy_pct", 8.28, "8.28%"),
            (REV, "动力电池", "level", 8e10, "800亿元"),
            (REV, "储能电池", "level", 2e10, "200亿元"),
        ],
    ),
    Case(
        MOUTAI + "产量方面,茅台酒和系列酒分别实现产量5.65万吨、2.82万吨。",
        published="2022-03-31",
        rows=[
            ("company.production_volume", "茅台酒", "level", 5.65e7, "5.65万吨"),
            ("company.production_volume", "系列酒", "level", 2.82e7, "2.82万吨"),
        ],
    ),
    Case(
        MOUTAI + "茅台酒和系列酒都只是个位数增长,销量分别为3.63万吨、3.02万吨。",
        published="2022-03-31",
        rows=[
            ("company.sales_volume", "茅台酒", "level", 3.63e7, "3.63万吨"),
            ("company.sales_volume", "系列酒", "level", 3.02e7, "3.02万吨"),
        ],
    ),
]
POPMART = "泡泡瑪特（9992.HK）公布2025年上半年業績。"
ACCEPT += [
    # the category a Chinese sentence opens with ('X方面，'); 'X合計的收入'; 'X在集團總收入中的佔比'
    Case(
        POPMART + "中國地區方面，收入錄得82.83億元，按年升135.2%，不過佔比由去年同期的77.2%下降"
        "至59.7%。三大海外業務地區合計的收入貢獻佔比增至40.3%。LABUBU系在集團總收入中的佔比為"
        "34.7%。",
        published="2025-08-20",
        rows=[
            (REV, "中國地區", "level", 8.283e9, "82.83億元"),
            (REV, "中國地區", "yoy_pct", 135.2, "135.2%"),
            (REV, "中國地區", "share_pct", 77.2, "77.2%"),
            (REV, "中國地區", "share_pct", 59.7, "59.7%"),
            (REV, "三大海外業務地區", "share_pct", 40.3, "40.3%"),
            (REV, "labubu系", "share_pct", 34.7, "34.7%"),
        ],
    ),
]
ACCEPT += [
    # two concepts of one indicator: R&D investment and R&D expenses; cash and short-term
    # investments, each named before its own amount
    Case(
        MOUTAI + "2021年茅台的研发投入为1.9亿元;研发费用6192.32万元。",
        published="2022-03-31",
        rows=[
            ("company.rd_expenses", "investment", "level", 1.9e8, "1.9亿元"),
            ("company.rd_expenses", None, "level", 6.19232e7, "6192.32万元"),
        ],
    ),
    Case(
        "Meituan (3690.HK) reported results for the quarter ended September 30, 2025. As of "
        "September 30, 2025, Meituan held cash and cash equivalents of RMB99.2 billion and "
        "short-term treasury investments of RMB42.1 billion.",
        published="2025-11-28",
        rows=[
            ("company.cash", None, "level", 9.92e10, "RMB99.2 billion"),
            ("company.cash", "short-term investments", "level", 4.21e10, "RMB42.1 billion"),
        ],
    ),
]
ACCEPT += [
    # an acronym glued to its figure; financial expenses apart from selling expenses
    Case(
        "宁德时代(300750.SZ)发布三季报。2025年前三季度ROE15.60%,同比上升0.41pct。"
        "销售费用同比减少77.96%;财务费用同比减少142.41%,财务费用率-2.48%。",
        published="2025-10-21",
        rows=[
            ("company.roe", None, "pp_change", 0.41, "0.41pct"),
            ("company.selling_expenses", None, "yoy_pct", -77.96, "77.96%"),
            ("company.financial_expenses", None, "yoy_pct", -142.41, "142.41%"),
            ("company.financial_expenses", None, "share_pct", -2.48, "-2.48%"),
        ],
    ),
]
XIAOMI = "Xiaomi Corporation (1810.HK) reported results for the quarter ended September 30, 2025. "
ACCEPT += [
    # stores a company runs: a count at the period's end, the count noun its own subject
    Case(
        XIAOMI + "By Sept. 30, Xiaomi Auto was running 402 car sales stores in 119 cities on the "
        "Chinese mainland, plus 209 service outlets in 125 cities.",
        published="2025-11-18",
        rows=[
            ("company.stores", "car sales stores", "level", 402.0, "402 car sales stores"),
            ("company.stores", "service outlets", "level", 209.0, "209 service outlets"),
        ],
    ),
    Case(
        POPMART + "截至今年6月底，泡泡瑪特在全球18個國家經營571家門店，上半年淨增40間。"
        "集團另營運2597台機械人商店。機械人商店銷售收入為6.78億元。",
        published="2025-08-20",
        rows=[
            ("company.stores", None, "level", 571.0, "571家"),
            ("company.stores", None, "abs_change", 40.0, "40間"),
            ("company.stores", "robot shops", "level", 2597.0, "2597台"),
            (REV, "機械人商店", "level", 6.78e8, "6.78億元"),
        ],
    ),
]
ACCEPT += [
    # a bracketed aside between the category and its concept
    Case(
        POPMART
        + "當中以「LABUBU」領軍的THE MONSTERS（精靈天團，下稱「LABUBU系」）收入增至48.14億元。"
        "集團收入為138.76億元。",
        published="2025-08-20",
        rows=[
            (REV, "monsters", "level", 4.814e9, "48.14億元"),
            (REV, None, "level", 1.3876e10, "138.76億元"),
        ],
    ),
]
# a twelve-month figure: the twelve months to the report's period end (period labels)
TRAILING = [
    Case(
        TC + "Annual paying users increased by 8.8% to 252.9 million. "
        "Revenue was CNY5,509.1 million.",
        published="2025-11-20",
        rows=[
            ("company.users.paying", "2024-10-01/P12M", "8.8%"),
            ("company.users.paying", "2024-10-01/P12M", "252.9 million"),
            (REV, "2025-Q3", "CNY5,509.1 million"),
        ],
    ),
    Case(
        TC + "The twelve-month accumulated number of travellers served increased by 7.3% to "
        "2,019.4 million. Revenue was CNY5,509.1 million.",
        published="2025-11-20",
        rows=[
            ("company.customers", "2024-10-01/P12M", "7.3%"),
            ("company.customers", "2024-10-01/P12M", "2,019.4 million"),
            (REV, "2025-Q3", "CNY5,509.1 million"),
        ],
    ),
    # a period stated in the sentence holds: the month's reading of an annual count
    Case(
        "JD.com (JD) reported results for the quarter ended September 30, 2025. Revenue was "
        "RMB299.1 billion. In October the number of our annual active customers passed 700 million.",
        published="2025-11-13",
        rows=[
            (REV, "2025-Q3", "RMB299.1 billion"),
            ("company.customers", "2025-10", "700 million"),
        ],
    ),
]
# the words before the concept qualify the whole, or a verb or number parts them: no category,
# the total's row only (a repeat of the total is dropped)
TOTAL_ONLY = [
    Case(
        LEAD + "Total revenue was RMB247.8 billion. Quarterly revenue was RMB247.8 billion.",
        published="2025-11-25",
        rows=[(REV, None, "level", 2.478e11, "RMB247.8 billion")],
    ),
    Case(
        LEAD + "Net revenues were RMB247.8 billion. The company said its record revenue "
        "was RMB247.8 billion.",
        published="2025-11-25",
        rows=[(REV, None, "level", 2.478e11, "RMB247.8 billion")],
    ),
    Case(
        LEAD + "Strong revenue growth lifted revenue to RMB247.8 billion.",
        published="2025-11-25",
        rows=[(REV, None, "level", 2.478e11, "RMB247.8 billion")],
    ),
    Case(
        LEAD + "Non-GAAP diluted EPS was RMB2.2. Diluted EPS was RMB2.2.",
        published="2025-11-25",
        rows=[
            ("company.eps.adjusted", None, "level", 2.2, "RMB2.2"),
            ("company.eps", None, "level", 2.2, "RMB2.2"),
        ],
    ),
    # an owner, a verb or the company's name before the concept: no category
    Case(
        LEAD + "The segment's operating margin was 9.2%. Alibaba said revenue was "
        "RMB247.8 billion.",
        published="2025-11-25",
        rows=[
            ("company.operating_margin", None, "share_pct", 9.2, "9.2%"),
            (REV, None, "level", 2.478e11, "RMB247.8 billion"),
        ],
    ),
    # headings that name no category: the bullets stay the company total's
    Case(
        BAIDU + "\nFinancial Highlights\n  • Revenue: RMB31.17B.\n\nKey Points\n"
        "  • Revenue came to RMB31.17B.\n\nThird Quarter Results\n  • Revenue was RMB31.17B.\n"
        "\nBaidu\n  • Revenue reached RMB31.17B.\n",
        published="2025-11-18",
        rows=[(REV, None, "level", 3.117e10, "RMB31.17B")],
    ),
    # no company: no company row at all, whatever the words before the concept
    Case("Cloud revenue rose 34% to 39.8 billion yuan in the third quarter of 2025."),
    Case("AI Cloud\n  • Revenue came to 4.2 billion yuan in the third quarter of 2025.\n"),
    # two concepts listed before 分别: no categories, each its own indicator (the total's
    # revenue a repeat); regions with no concept: no row
    Case(
        CATL
        + "营收和净利润分别为1054亿元、185亿元。东部、中部和西部地区分别增长3.1%、4.2%和5.3%。",
        published="2025-10-21",
        rows=[
            (REV, None, "level", 1.054e11, "1054亿元"),
            (REV, None, "yoy_pct", 8.28, "8.28%"),
            ("company.net_profit", None, "level", 1.85e10, "185亿元"),
        ],
    ),
    # names with 都 but no 分别 list: the clause's own subject
    Case(
        CATL + "营收和净利润均创新高,净利润为185亿元。",
        published="2025-10-21",
        rows=[
            (REV, None, "level", 1.054e11, "1054亿元"),
            (REV, None, "yoy_pct", 8.28, "8.28%"),
            ("company.net_profit", None, "level", 1.85e10, "185亿元"),
        ],
    ),
    # a report's heading words ('財務方面，', '盈利能力方面，') and the company name no category
    Case(
        POPMART + "財務方面，收入為138.76億元。盈利能力方面，收入為138.76億元。"
        "公司方面，收入為138.76億元。",
        published="2025-08-20",
        rows=[(REV, None, "level", 1.3876e10, "138.76億元")],
    ),
    # a glued acronym takes no number that is part of a name or a code ("EPS2025E", "Q3")
    Case(
        CATL + "Q3毛利率同比下降。公司推出ROEX3平台。",
        published="2025-10-21",
        rows=[(REV, None, "level", 1.054e11, "1054亿元"), (REV, None, "yoy_pct", 8.28, "8.28%")],
    ),
    # a quantity that cannot turn negative falls by 100% at most: no row for the 142%
    Case(
        CATL + "前三季度销售费用同比减少142%。",
        published="2025-10-21",
        rows=[(REV, None, "level", 1.054e11, "1054亿元"), (REV, None, "yoy_pct", 8.28, "8.28%")],
    ),
    # a change of sales at stores is no count of stores; stores of no company are no row
    Case(XIAOMI + "Sales at its stores rose 4% in the quarter."),
    Case("The city had 402 car sales stores and 209 service outlets at the end of 2024."),
    # counts and dates under a heading are no company figures
    Case(BAIDU + "\nAI Cloud\n  • The unit won 12 medals and hired 300 delegates in 2024.\n"),
]


@pytest.mark.parametrize("case", ACCEPT + TOTAL_ONLY, ids=case_id)
def test_company_breakdowns(case):
    assert rows(case) == case.rows


@pytest.mark.parametrize("case", TRAILING, ids=case_id)
def test_twelve_month_figures(case):
    found = extract_document(doc_of(case))["rows"]
    assert [(r["indicator"], r["period"], r["value_text"]) for r in found] == case.rows


def test_names_with_both_take_no_later_list():
    """'甲、乙价格均上涨0.3%,丙、丁价格分别上涨…': the names before 均 are those of the figure
    before; the later 分别 list is of its own names (partner_lists.both_names)."""
    case = Case(
        "国家统计局1月9日发布数据。2024年12月份，全国居民消费价格同比上涨0.1%。其中,生活用品及服务、"
        "交通通信价格均上涨0.3%,衣着、居住价格分别上涨0.2%和0.1%。",
        published="2025-01-09",
    )
    found = extract_document(doc_of(case))["rows"]
    assert [(r["indicator"], r["value_text"]) for r in found][-2:] == [
        ("prices.cpi.clothing", "0.2%"),
        ("prices.cpi.housing", "0.1%"),
    ]
