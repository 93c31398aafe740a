"""Which stated period is a figure's (issue 13, ninth round): tables of sentences in, exact rows out.

A month followed by a count ("8月70個大中城市") is still the month; a period a figure is said to be
"the same as" ("跌幅與7月相同", "the same as in July") is a base; a half-width semicolon parts
Chinese clauses ("CPI上漲1.67%;預測明年…": next year is the next clause's); a year-less phrase
repeated names the latest period of its shape the story named, not a historical aside ("2014年
第三季度…曾…"); a sentence with no figure that states an earlier year ("tax refunds returned to
normal in the second half of 2022") is background, and the story keeps its period; "自2022年上市
以来" is a date in the past, no period; a period after the figure and a comma opens the next
clause ("10月出口增长5%,11月增长6%"); a conversion takes the period of what it restates; periods
listed for figures listed "respectively" pair up; "the largest for any September" is September;
"of the budget planned for the full year" is no period; "its 2025 government deficit ratio"
states 2025; a year-less phrase named with a year earlier in its sentence names that period.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.periods import find_periods

HOMES = "prices.new_homes"
FX = "macro.fx_reserves"
SPEND = "transport.tourism.spending_per_visitor"
MOUTAI = "Kweichow Moutai"
SEMICOLON = (
    "主計總處預測今年每人GDP為3萬8748美元,CPI上漲1.67%;預測明年每人GDP為4萬951美元,CPI上漲1.61%。"
)
ACCEPT = [
    Case(
        "內地8月70個大中城市新建商品住宅價格按年跌2.5%,跌幅較7月的2.8%收窄,按月則跌0.3%,跌幅與7月相同。",
        published="2025-09-16",
        rows=[
            R(HOMES, "yoy_pct", -2.5, "percent", "exact", "2025-08", "2.5%"),
            R(HOMES, "yoy_pct", -2.8, "percent", "exact", "2025-07", "2.8%"),
            R(HOMES, "mom_pct", -0.3, "percent", "exact", "2025-08", "0.3%"),
        ],
        note="8月 before a count of cities is the month; 與7月相同 is what the 0.3% is compared with",
    ),
    Case(
        "China's consumer price index rose 0.3 percent in August from a year earlier, the same as "
        "in July.",
        published="2025-09-12",
        rows=[R("prices.cpi", "yoy_pct", 0.3, "percent", "exact", "2025-08", "0.3 percent")],
        note="'the same as in July' is a base",
    ),
    Case(
        SEMICOLON,
        published="2025-11-28",
        rows=[
            R(
                "macro.gdp_per_capita",
                "level",
                38748.0,
                "USD",
                "exact",
                "2025",
                "3萬8748美元",
                "forecast",
                ref_area="TW",
            ),
            R(
                "prices.cpi",
                "yoy_pct",
                1.67,
                "percent",
                "exact",
                "2025",
                "1.67%",
                "forecast",
                ref_area="TW",
            ),
            R(
                "macro.gdp_per_capita",
                "level",
                40951.0,
                "USD",
                "exact",
                "2026",
                "4萬951美元",
                "forecast",
                ref_area="TW",
            ),
            R(
                "prices.cpi",
                "yoy_pct",
                1.61,
                "percent",
                "exact",
                "2026",
                "1.61%",
                "forecast",
                ref_area="TW",
            ),
        ],
        note="明年 after ';' is the next clause's, never the 1.67%'s",
    ),
    Case(
        "贵州茅台(600519.SH)2025年第三季度实现营收390.64亿元。在上一轮周期的底部,贵州茅台2014年"
        "第三季度归母净利润曾出现负增长。第三季度,茅台酒实现营收349.24亿元,同比增长约7.3%。",
        published="2025-10-30",
        rows=[
            R(
                "company.revenue",
                "level",
                3.9064e10,
                "CNY",
                "exact",
                "2025-Q3",
                "390.64亿元",
                entity=MOUTAI,
            ),
            R(
                "company.revenue",
                "level",
                3.4924e10,
                "CNY",
                "exact",
                "2025-Q3",
                "349.24亿元",
                entity=MOUTAI,
            ),
            R(
                "company.revenue",
                "yoy_pct",
                7.3,
                "percent",
                "approximately",
                "2025-Q3",
                "约7.3%",
                entity=MOUTAI,
            ),
        ],
        note="a bare 第三季度 is the latest third quarter the story named, not 2014's",
    ),
    Case(
        "贵州茅台(600519.SH)前三季度实现营收1284.54亿元。茅台1935自2022年上市以来价格持续下行。"
        "截至三季度末,贵州茅台合同负债余额为77.49亿元,同比减少约22%。",
        published="2025-10-30",
        rows=[
            R(
                "company.revenue",
                "level",
                1.28454e11,
                "CNY",
                "exact",
                "2025-01-01/P9M",
                "1284.54亿元",
                entity=MOUTAI,
            ),
            R(
                "company.contract_liabilities",
                "level",
                7.749e9,
                "CNY",
                "exact",
                "2025-09-30",
                "77.49亿元",
                entity=MOUTAI,
            ),
            R(
                "company.contract_liabilities",
                "yoy_pct",
                -22.0,
                "percent",
                "approximately",
                "2025-09-30",
                "约22%",
                entity=MOUTAI,
            ),
        ],
        note="自2022年上市以来 gives the story no year",
    ),
    Case(
        "China's fiscal revenue increased 13.3 percent year on year in the first six months of "
        "2023. He cautioned that tax refunds returned to normal levels in the second half of 2022. "
        "The ministry said fiscal spending rose 3.9 percent year on year to 13.39 trillion yuan "
        "during the six-month period.",
        published="2023-07-20",
        rows=[
            R("fiscal.revenue", "yoy_pct", 13.3, "percent", "exact", "2023-S1", "13.3 percent"),
            R("fiscal.expenditure", "yoy_pct", 3.9, "percent", "exact", "2023-S1", "3.9 percent"),
            R(
                "fiscal.expenditure",
                "level",
                1.339e13,
                "CNY",
                "exact",
                "2023-S1",
                "13.39 trillion yuan",
            ),
        ],
        note="a figure-free sentence about 2022 is background: the six-month period is H1 2023",
    ),
]
ACCEPT += [
    Case(
        "10月出口增长5%,11月增长6%。",
        published="2025-12-10",
        rows=[
            R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-10", "5%"),
            R("trade.exports", "yoy_pct", 6.0, "percent", "exact", "2025-11", "6%"),
        ],
        note="a period after the figure and a comma opens the next clause: 11月 is the 6%'s",
    ),
    Case(
        "July saw a decrease of US$25.187 billion (RM106.2 billion) in Malaysia's foreign "
        "exchange reserves, August an increase of US$29.919 billion (RM126.1 billion).",
        published="2025-10-08",
        rows=[
            R(
                FX,
                "abs_change",
                -2.5187e10,
                "USD",
                "exact",
                "2025-07",
                "US$25.187 billion",
                ref_area="MY",
            ),
            R(
                FX,
                "abs_change",
                -1.062e11,
                "MYR",
                "exact",
                "2025-07",
                "RM106.2 billion",
                ref_area="MY",
            ),
            R(
                FX,
                "abs_change",
                2.9919e10,
                "USD",
                "exact",
                "2025-08",
                "US$29.919 billion",
                ref_area="MY",
            ),
            R(
                FX,
                "abs_change",
                1.261e11,
                "MYR",
                "exact",
                "2025-08",
                "RM126.1 billion",
                ref_area="MY",
            ),
        ],
        note="a conversion takes the period of what it restates",
    ),
    Case(
        "香港旅遊發展局數據顯示,在 2018 年,過夜旅客人均消費為 6600 元,去年跌至 5500 元。",
        published="2025-02-20",
        rows=[
            R(SPEND, "level", 6600.0, "HKD", "exact", "2018", "6600 元", ref_area="HK"),
            R(SPEND, "level", 5500.0, "HKD", "exact", "2024", "5500 元", ref_area="HK"),
        ],
        note="去年 after the 6600 and a comma is the 5500's",
    ),
]
# periods listed for figures listed "respectively" (econstats.reader.respective_periods)
ACCEPT += [
    Case(
        "根據主計總處統計,2023年及2024年經濟成長率分別修正為1.08%(原統計為1.12%)及5.27%(4.84%)。",
        published="2025-11-28",
        rows=[
            R("macro.gdp", "yoy_pct", 1.08, "percent", "exact", "2023", "1.08%", ref_area="TW"),
            R("macro.gdp", "yoy_pct", 5.27, "percent", "exact", "2024", "5.27%", ref_area="TW"),
        ],
        note="the n-th figure is the n-th year's",
    ),
    Case(
        "宁德时代(300750.SZ)预计2025-2026年EPS分别为15.03元、18.55元,对应PE分别为24倍、20倍。",
        published="2025-10-21",
        rows=[
            R(
                "company.eps",
                "level",
                15.03,
                "CNY",
                "exact",
                "2025",
                "15.03元",
                "forecast",
                entity="CATL",
            ),
            R(
                "company.eps",
                "level",
                18.55,
                "CNY",
                "exact",
                "2026",
                "18.55元",
                "forecast",
                entity="CATL",
            ),
        ],
        note="2025-2026年 lists two years; PE multiples are no figures",
    ),
    Case(
        "China's exports rose 3.1% and 4.2% in May and June respectively.",
        published="2022-07-10",
        rows=[
            R("trade.exports", "yoy_pct", 3.1, "percent", "exact", "2022-05", "3.1%"),
            R("trade.exports", "yoy_pct", 4.2, "percent", "exact", "2022-06", "4.2%"),
        ],
        note="'in May and June' lists two months when the figures are listed respectively",
    ),
    Case(
        "China's exports rose 3.1% in May and June.",
        published="2022-07-10",
        rows=[R("trade.exports", "yoy_pct", 3.1, "percent", "exact", "2022-05-01/P2M", "3.1%")],
        note="with no 'respectively', May and June is one span",
    ),
    Case(
        "上半年,我国出口、进口分别增长7.2%和下降2.7%。",
        published="2025-07-14",
        rows=[
            R("trade.exports", "yoy_pct", 7.2, "percent", "exact", "2025-S1", "7.2%"),
            R("trade.imports", "yoy_pct", -2.7, "percent", "exact", "2025-S1", "2.7%"),
        ],
        note="分别 over subjects, one period: both figures are the first half's",
    ),
]
ACCEPT += [
    Case(
        "South Korea's goods account surplus came to $14.24 billion, the second-largest for any "
        "September after 2017's $14.52 billion. Exports reached $67.27 billion, up 9.6 percent "
        "from a year earlier and more than $6.3 billion higher than August's $56.44 billion.",
        published="2025-11-07",
        rows=[
            R(
                "trade.balance",
                "level",
                1.424e10,
                "USD",
                "exact",
                "2025-09",
                "$14.24 billion",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "level",
                6.727e10,
                "USD",
                "exact",
                "2025-09",
                "$67.27 billion",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "yoy_pct",
                9.6,
                "percent",
                "exact",
                "2025-09",
                "9.6 percent",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "abs_change",
                6.3e9,
                "USD",
                "at_least",
                "2025-09",
                "more than $6.3 billion",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "level",
                5.644e10,
                "USD",
                "exact",
                "2025-08",
                "$56.44 billion",
                ref_area="KR",
            ),
        ],
        note="a record 'for any September' is September's figure, and the story's month; "
        "'more than $6.3 billion higher than August's' is September's change",
    ),
]
ACCEPT += [
    Case(
        "China's fiscal revenue rose 12.8 percent in the first half of 2018. Fiscal spending in "
        "the period climbed 7.8 percent to 11.16 trillion yuan, or 53.2 percent of the budget "
        "planned for the full year.",
        published="2018-07-16",
        rows=[
            R("fiscal.revenue", "yoy_pct", 12.8, "percent", "exact", "2018-S1", "12.8 percent"),
            R("fiscal.expenditure", "yoy_pct", 7.8, "percent", "exact", "2018-S1", "7.8 percent"),
            R(
                "fiscal.expenditure",
                "level",
                1.116e13,
                "CNY",
                "exact",
                "2018-S1",
                "11.16 trillion yuan",
            ),
            R(
                "fiscal.expenditure",
                "share_pct",
                53.2,
                "percent",
                "exact",
                "2018-S1",
                "53.2 percent",
            ),
        ],
        note="'of the budget planned for the full year' names the whole of a share, no period",
    ),
]
# a year before an economic noun ("its 2025 government deficit ratio", "the 2023 quota")
DEFICIT = "fiscal.deficit"
ACCEPT += [
    Case(
        "Chinese Premier Li Qiang said China has set its 2025 government deficit ratio at around "
        "4%, 1 percentage point higher than last year, with the deficit size reaching 5.66 "
        "trillion yuan — an increase of 1.6 trillion yuan from the previous year.",
        published="2025-03-05",
        rows=[
            R(
                DEFICIT + ".gdp_ratio",
                "share_pct",
                4.0,
                "percent",
                "approximately",
                "2025",
                "around 4%",
                "target",
            ),
            R(
                DEFICIT + ".gdp_ratio",
                "pp_change",
                1.0,
                "percent",
                "exact",
                "2025",
                "1 percentage point",
                "target",
            ),
            R(DEFICIT, "level", 5.66e12, "CNY", "exact", "2025", "5.66 trillion yuan", "target"),
            R(DEFICIT, "abs_change", 1.6e12, "CNY", "exact", "2025", "1.6 trillion yuan", "target"),
        ],
        note="'its 2025 government deficit ratio' states 2025",
    ),
    Case(
        "China has set the 2023 quota for special bond issuance by local governments at 3.8 "
        "trillion yuan, up from 3.65 trillion yuan last year.",
        published="2023-03-20",
        rows=[
            R(
                "fiscal.bonds.local.special",
                "level",
                3.8e12,
                "CNY",
                "exact",
                "2023",
                "3.8 trillion yuan",
                "target",
            ),
            R(
                "fiscal.bonds.local.special",
                "level",
                3.65e12,
                "CNY",
                "exact",
                "2022",
                "3.65 trillion yuan",
                "target",
            ),
        ],
        note="the 2023 quota is the year's, never the publication month",
    ),
    Case(
        "China's exports rose 5% in March, the fastest since the 2008 financial crisis.",
        published="2023-04-15",
        rows=[R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2023-03", "5%")],
        note="a crisis's year is no period",
    ),
]
# a year-less phrase named earlier in its sentence with a year names that period again
ACCEPT += [
    Case(
        "台灣主計總處表示,普發現金的效益反映在去年第4季及今年第1季,對第4季GDP的影響達1個百分點。",
        published="2026-02-10",
        rows=[
            R(
                "macro.gdp.contribution",
                "pp_change",
                1.0,
                "percent",
                "exact",
                "2025-Q4",
                "1個百分點",
                ref_area="TW",
            ),
        ],
        note="第4季 after 去年第4季及今年第1季 is last year's, not the year of the phrase before it",
    ),
    Case(
        "China's exports rose 5% in the fourth quarter of 2024 and grew 3% in the first quarter "
        "of 2025, while fourth-quarter imports rose 2%.",
        published="2026-02-10",
        rows=[
            R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2024-Q4", "5%"),
            R("trade.exports", "yoy_pct", 3.0, "percent", "exact", "2025-Q1", "3%"),
            R("trade.imports", "yoy_pct", 2.0, "percent", "exact", "2024-Q4", "2%"),
        ],
        note="'fourth-quarter' repeats the fourth quarter of 2024",
    ),
]
NO_ROW = [
    Case(
        "內地8月70個大中城市中有56個城市新房價格按月下跌。",
        published="2025-09-16",
        note="counts of cities",
    ),
    Case("自2019年上市以来,公司股价上涨了300%。", published="2025-10-30", note="a share price"),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_background_periods(case: Case) -> None:
    assert rows_of(case) == case.rows


# text -> the period phrases it states (role "period")
PHRASES = [
    ("內地8月70個大中城市", ["8月"]),
    ("8月20日起实施", []),
    ("10月1日至7日", ["10月1日至7日"]),
    ("该产品自2022年上市以来价格持续下行", []),
    ("自今年以来", []),
    ("2025年8月份", ["2025年8月份"]),
    ("the highest for any September", ["for any September"]),
    ("any September 1 deadline", []),
    ("53.2 percent of the budget planned for the full year", []),
    ("the quota for the full year", ["for the full year"]),
    ("its 2025 government deficit ratio", ["2025"]),
    ("the 2008 financial crisis", []),
    ("after the 2022 Winter Olympics", []),
    ("the 2025 Nobel prize", []),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES, ids=[t for t, _ in PHRASES])
def test_stated_phrases(text: str, expected: list[str]) -> None:
    assert [m.text for m in find_periods(text) if m.role == "period"] == expected
