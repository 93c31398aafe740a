"""A company's segments, product lines, IPs and markets are categories of its indicators (the
`breakdown`), and its adjusted (non-GAAP, non-IFRS) figures are indicators of their own: neither
is a repeat of the company total (issue 13, company repeats). Sentences in, exact rows out."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document
from econstats.reader.segments import en_breakdown, zh_breakdown

Q3 = "2025-Q3"
MEITUAN = (
    "China's Meituan (3690.HK) has published figures for the three months to September 30, 2025. "
)
JD = "JD.com (JD) has published figures for the three months to September 30, 2025. "
TENCENT = "騰訊控股（0700）公布截至2025年9月30日止第三季業績。"
POP_MART = "泡泡瑪特（9992）昨公布截至2025年6月30日止中期業績。"
MOUTAI = "贵州茅台(600519)对外发布2021年年度报告。"


def company_rows(case: Case) -> list[tuple]:
    """(indicator, breakdown, measure, value, period) of the company rows, in text order."""
    rows = extract_document(doc_of(case))["rows"]
    return [
        (row["indicator"], row["breakdown"], row["measure"], row["value"], row["period"])
        for row in rows
        if row["topic"] == "company"
    ]


ACCEPT = [
    Case(
        MEITUAN + "Revenue rose 2.0% to RMB95.49 billion in the third quarter of 2025. "
        "Revenue at the Core Local Commerce segment fell 2.8% to RMB67.45 billion in the third "
        "quarter of 2025.",
        published="2025-11-28",
        rows=[
            ("company.revenue", None, "yoy_pct", 2.0, Q3),
            ("company.revenue", None, "level", 9.549e10, Q3),
            ("company.revenue", "core local commerce", "yoy_pct", -2.8, Q3),
            ("company.revenue", "core local commerce", "level", 6.745e10, Q3),
        ],
    ),
    Case(
        JD + "Net revenues were RMB299.1 billion for the third quarter of 2025. "
        "The JD Retail segment net revenues were RMB250.6 billion for the third quarter of 2025.",
        published="2025-11-13",
        rows=[
            ("company.revenue", None, "level", 2.991e11, Q3),
            ("company.revenue", "jd retail", "level", 2.506e11, Q3),
        ],
    ),
    Case(
        JD + "Diluted net income per ADS was RMB3.39 for the third quarter of 2025. "
        "On a non-GAAP basis, diluted net income per ADS was RMB3.73 for the third quarter of 2025.",
        published="2025-11-13",
        rows=[
            ("company.eps", None, "level", 3.39, Q3),
            ("company.eps.adjusted", None, "level", 3.73, Q3),
        ],
    ),
    Case(
        JD + "Adjusted operating income was RMB1.2 billion for the third quarter of 2025, and "
        "adjusted diluted earnings per share came to RMB1.86.",
        published="2025-11-13",
        rows=[
            ("company.operating_profit.adjusted", None, "level", 1.2e9, Q3),
            ("company.eps.adjusted", None, "level", 1.86, Q3),
        ],
    ),
    Case(
        TENCENT + "第三季收入為1,928.7億元，按年增15%。業務分部方面，增值服務業務收入按年增長16%，"
        "至959億元；國際市場遊戲收入為208億元，增長43%。",
        published="2025-11-14",
        rows=[
            ("company.revenue", None, "level", 1.9287e11, Q3),
            ("company.revenue", None, "yoy_pct", 15.0, Q3),
            ("company.revenue", "增值服務業務", "yoy_pct", 16.0, Q3),
            ("company.revenue", "增值服務業務", "level", 9.59e10, Q3),
            ("company.revenue", "國際市場遊戲", "level", 2.08e10, Q3),
            ("company.revenue", "國際市場遊戲", "yoy_pct", 43.0, Q3),
        ],
    ),
    Case(
        POP_MART
        + "上半年收入138.76億元。MOLLY上半年收入錄得13.57億元；線上收入按年增長212.2%至29.37億元。",
        published="2025-08-20",
        rows=[
            ("company.revenue", None, "level", 1.3876e10, "2025-S1"),
            ("company.revenue", "molly", "level", 1.357e9, "2025-S1"),
            ("company.revenue", "online", "yoy_pct", 212.2, "2025-S1"),
            ("company.revenue", "online", "level", 2.937e9, "2025-S1"),
        ],
    ),
    Case(
        MOUTAI
        + "公司2021年营收为1061.9亿元,净利润为524.6亿元。其他系列酒营收为125.95亿元,同比增长26.06%。",
        published="2022-03-31",
        rows=[
            ("company.revenue", None, "level", 1.0619e11, "2021"),
            ("company.net_profit", None, "level", 5.246e10, "2021"),
            ("company.revenue", "其他系列酒", "level", 1.2595e10, "2021"),
            ("company.revenue", "其他系列酒", "yoy_pct", 26.06, "2021"),
        ],
    ),
]

ACCEPT += [
    Case(
        POP_MART
        + "MOLLY上半年收入錄得13.57億元，佔總收入9.8%；SKULLPANDA收入12.21億元，佔總收入8.8%。"
        "其中美洲市場期內收入勁升11倍，佔集團總收入的比例由去年同期的4%大幅提升12.3個百分點至16.3%。",
        published="2025-08-20",
        rows=[
            ("company.revenue", "molly", "level", 1.357e9, "2025-S1"),
            ("company.revenue", "molly", "share_pct", 9.8, "2025-S1"),
            ("company.revenue", "skullpanda", "level", 1.221e9, "2025-S1"),
            ("company.revenue", "skullpanda", "share_pct", 8.8, "2025-S1"),
            # 去年同期的4%: the 4%'s own period (a possessive period, econstats.reader.period_bases)
            ("company.revenue", "美洲市場", "share_pct", 4.0, "2024-S1"),
            ("company.revenue", "美洲市場", "pp_change", 12.3, "2025-S1"),
            ("company.revenue", "美洲市場", "share_pct", 16.3, "2025-S1"),
        ],
    ),
]

ACCEPT += [
    Case(
        MEITUAN + "Revenue rose 2.0% to RMB95.49 billion in the third quarter of 2025. "
        "The New Initiatives segment, by contrast, saw a 15.9% rise in revenue to RMB28.04 "
        "billion in the third quarter of 2025.",
        published="2025-11-28",
        rows=[
            ("company.revenue", None, "yoy_pct", 2.0, Q3),
            ("company.revenue", None, "level", 9.549e10, Q3),
            ("company.revenue", "new initiatives", "yoy_pct", 15.9, Q3),
            ("company.revenue", "new initiatives", "level", 2.804e10, Q3),
        ],
    ),
]

ACCEPT += [
    Case(
        "騰訊控股（0700）今日發表2025年第三季業績，期內按非國際財務報告（Non-IFRS）準則計算的權益持有人應佔溢利705.5億元，按年增18%。"
        "按國際財務報告準則計，公司權益持有人應佔盈利631.3億元，按年增19%。",
        published="2025-11-14",
        rows=[
            ("company.net_profit.adjusted", None, "level", 7.055e10, Q3),
            ("company.net_profit.adjusted", None, "yoy_pct", 18.0, Q3),
            ("company.net_profit.attributable", None, "level", 6.313e10, Q3),
            ("company.net_profit.attributable", None, "yoy_pct", 19.0, Q3),
        ],
    ),
]

ACCEPT += [
    Case(
        JD + "Net income attributable to the Company's ordinary shareholders was RMB5.3 billion "
        "for the third quarter of 2025. Non-GAAP2 net income attributable to the Company's "
        "ordinary shareholders came to RMB5.8 billion for the third quarter of 2025.",
        published="2025-11-13",
        rows=[
            ("company.net_profit.attributable", None, "level", 5.3e9, Q3),
            ("company.net_profit.adjusted", None, "level", 5.8e9, Q3),
        ],
    ),
]

ACCEPT += [
    # a store count is a company metric (company.stores), a stock at the quarter's end
    Case(
        JD + "The JD Retail segment operates 2,000 stores across China.",
        published="2025-11-13",
        rows=[("company.stores", "jd retail", "level", 2000.0, "2025-09-30")],
    ),
]

REJECT = [
    Case(JD + "The JD Retail segment hosted 2,000 guests at its gala.", published="2025-11-13"),
    Case(JD + "JD.com shares closed at HK$130.5 on Friday.", published="2025-11-13"),
    Case(POP_MART + "MOLLY IP收入大幅增長，SKULLPANDA收入亦有上升。", published="2025-08-20"),
]


@pytest.mark.parametrize("case", ACCEPT + REJECT, ids=lambda case: case.text[-50:])
def test_company_segments(case):
    assert company_rows(case) == case.rows


@pytest.mark.parametrize(
    "before, breakdown",
    [
        ("增值服務業務", "增值服務業務"),
        ("遊戲方面，本土市場遊戲", "本土市場遊戲"),
        ("系列酒实现", "系列酒"),
        ("MOLLY上半年", "molly"),
        ("SKULLPANDA", "skullpanda"),
        ("当中零售店", "零售店"),
        ("国内", "domestic"),
        ("海外", "overseas"),
        # no category: the company, a period, a total, a verb, a unit or a count after a number
        ("公司2021年", None),
        ("第三季公司", None),
        ("集團總", None),
        ("贵州茅台", None),
        ("茅台2021年营收首破千亿 ", None),
        ("第三季斥資211億港元", None),
        ("共有5個IP各自", None),
        ("上半年非國際財務報告準則", None),
        ("第三季", None),
        ("每股基本", None),
        ("主营业务", None),
        ("扣除", None),
        ("茅台酒和系列酒分别实现", None),
        ("据此推算直销渠道的", "直销渠道"),
        ("按非國際財務報告（Non-IFRS）準則計算的", None),
        ("仍然是集團最主要的", None),
    ],
)
def test_chinese_modifier_breakdowns(before, breakdown):
    assert zh_breakdown(before) == breakdown


@pytest.mark.parametrize(
    "before, breakdown",
    [
        ("The Cloud Intelligence business's ", "cloud intelligence"),
        ("In the quarter, the JD Retail segment ", "jd retail"),
        ("The segment's ", None),
        ("Its ", None),
        ("In the third quarter, ", None),
        ("The company's cloud business ", "cloud"),
    ],
)
def test_english_segment_breakdowns(before, breakdown):
    assert en_breakdown(before) == breakdown
