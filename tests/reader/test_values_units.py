"""Values as news writes them: change words of budgets and comparisons ("raised ... by 7.6
percent", "較去年高約27%"), rate nouns ("the decline was 9.1 percent", "經濟成長率"), Chinese
qualifiers in both scripts (約, 超過, 接近, 不到), and what stays no figure (pandas, medals,
ceilings)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "China has raised its budget for general public expenditure this year by 7.6 percent to "
        "21 trillion yuan.",
        published="2025-03-06",
        rows=[
            R(
                "fiscal.expenditure",
                "yoy_pct",
                7.6,
                "percent",
                "exact",
                "2025",
                "7.6 percent",
                "target",
            ),
            R(
                "fiscal.expenditure",
                "level",
                2.1e13,
                "CNY",
                "exact",
                "2025",
                "21 trillion yuan",
                "target",
            ),
        ],
        note="'raised ... by' is a rise (vocab/changes.csv)",
    ),
    Case(
        "In April, China's retail sales of consumer goods fell 7.5 percent year on year; in real "
        "terms, the decline was 9.1 percent.",
        published="2020-05-15",
        rows=[
            R("retail.sales", "yoy_pct", -7.5, "percent", "exact", "2020-04", "7.5 percent"),
            R("retail.sales", "yoy_pct", -9.1, "percent", "exact", "2020-04", "9.1 percent"),
        ],
        note="a percent level of 'the decline' is a fall (vocab/rates.csv)",
    ),
    Case(
        "香港今年國慶黃金周平均每日內地旅客入境人次約17萬,較去年國慶黃金周高約27%。",
        published="2024-10-08",
        rows=[
            R(
                "transport.tourism.visitor_arrivals.mainland",
                "level",
                170000.0,
                "count",
                "approximately",
                "2024-10-01/P7D",
                "約17萬",
                ref_area="HK",
            ),
            R(
                "transport.tourism.visitor_arrivals.mainland",
                "yoy_pct",
                27.0,
                "percent",
                "approximately",
                "2024-10-01/P7D",
                "約27%",
                ref_area="HK",
            ),
        ],
        note="約 is the traditional 约; '較...高' is higher than the base by",
    ),
    Case(
        "台灣2024年經濟成長5.27%，出口衰退3.1%。",
        published="2025-02-28",
        rows=[
            R("macro.gdp", "yoy_pct", 5.27, "percent", "exact", "2024", "5.27%", ref_area="TW"),
            R("trade.exports", "yoy_pct", -3.1, "percent", "exact", "2024", "3.1%", ref_area="TW"),
        ],
        note="Taiwan press: 成長 grew, 衰退 contracted",
    ),
    Case(
        "主計總處表示，2024年經濟成長率為5.27%。",
        published="2025-02-28",
        rows=[R("macro.gdp", "yoy_pct", 5.27, "percent", "exact", "2024", "5.27%", ref_area="TW")],
    ),
    Case(
        "2024年，中国社会消费品零售总额接近48万亿元。",
        published="2025-01-20",
        rows=[R("retail.sales", "level", 4.8e13, "CNY", "at_most", "2024", "接近48万亿元")],
    ),
]

FALLS = [  # a rate read as a fall is negative, for rate terms too (rate_changes.rate_term)
    Case(
        "內地8月70個大中城市新建商品住宅價格按年跌2.5%,跌幅較7月的2.8%收窄,按月則跌0.3%",
        published="2025-09-15",
        rows=[
            R("prices.new_homes", "yoy_pct", -2.5, "percent", "exact", "2025-08", "2.5%"),
            R("prices.new_homes", "yoy_pct", -2.8, "percent", "exact", "2025-07", "2.8%"),
            R("prices.new_homes", "mom_pct", -0.3, "percent", "exact", "2025-08", "0.3%"),
        ],
    ),
    Case(
        "China's new home prices fell 2.5% year on year in August 2025; the decline was 2.8% in "
        "July.",
        published="2025-09-15",
        rows=[
            R("prices.new_homes", "yoy_pct", -2.5, "percent", "exact", "2025-08", "2.5%"),
            R("prices.new_homes", "yoy_pct", -2.8, "percent", "exact", "2025-07", "2.8%"),
        ],
    ),
]

BASES = [  # a change against a stated base, for any term with a year-on-year rate
    Case(
        "In January-February 2021, China's value-added industrial output rose 35.1% year on "
        "year. That is a 16.9% growth compared with the level in the same period of 2019.",
        published="2021-03-15",
        rows=[
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                35.1,
                "percent",
                "exact",
                "2021-01-01/P2M",
                "35.1%",
            ),
            R(
                "macro.industrial_value_added",
                "pct_change",
                16.9,
                "percent",
                "exact",
                "2021-01-01/P2M",
                "16.9%",
                base_period="2019-01-01/2019-02-28",
            ),
        ],
    ),
]

VOLUMES = [  # a weight under "imports"/"出口" is the trade volume (unit_terms.by_unit)
    Case(
        "China's rare earth exports rose in May 2024. Over the January-May period, total imports "
        "dropped 14.3% on year to 62,589.2 tons, the figures showed.",
        published="2024-06-20",
        rows=[
            R("trade.imports", "yoy_pct", -14.3, "percent", "exact", "2024-01-01/P5M", "14.3%"),
            R(
                "trade.imports_volume",
                "level",
                62589200.0,
                "kg",
                "exact",
                "2024-01-01/P5M",
                "62,589.2 tons",
            ),
        ],
    ),
    Case(
        "2024年5月，中国出口钢材962万吨，进口大豆1000万吨。",
        published="2024-06-20",
        rows=[
            R("trade.exports_volume", "level", 9.62e9, "kg", "exact", "2024-05", "962万吨"),
            R("trade.imports_volume.soybeans", "level", 1e10, "kg", "exact", "2024-05", "1000万吨"),
        ],
    ),
]

LABELS = [  # data-release labels: "expected +5.2%, prior +7.4%", "(prior quarter: 148%)"
    Case(
        "China's retail sales grew 5.5% year on year in January-February 2024 (expected +5.2%, "
        "prior +7.4%).",
        published="2024-03-18",
        rows=[
            R("retail.sales", "yoy_pct", 5.5, "percent", "exact", "2024-01-01/P2M", "5.5%"),
            R(
                "retail.sales",
                "yoy_pct",
                5.2,
                "percent",
                "exact",
                "2024-01-01/P2M",
                "5.2%",
                "forecast",
            ),
            R("retail.sales", "yoy_pct", 7.4, "percent", "exact", "2023-12", "7.4%"),
        ],
        note="'prior' is the previous release's reading: December's, before a January-February one",
    ),
    Case(
        "China's exports rose 8.3% year on year in October 2025 (prior month: 6.1%).",
        published="2025-11-07",
        rows=[
            R("trade.exports", "yoy_pct", 8.3, "percent", "exact", "2025-10", "8.3%"),
            R("trade.exports", "yoy_pct", 6.1, "percent", "exact", "2025-09", "6.1%"),
        ],
        note="'prior month' is the month before's reading, never a second October figure",
    ),
]

EARLIER_CHANGES = [  # an earlier value written as a change ("after a 159,000 gain in July")
    Case(
        "US nonfarm payrolls increased by 130,000 in August 2019, after a downwardly revised "
        "159,000 gain in July.",
        published="2019-09-06",
        rows=[
            R(
                "macro.labour.nonfarm_payrolls",
                "abs_change",
                130000.0,
                "count",
                "exact",
                "2019-08",
                "130,000",
                ref_area="US",
            ),
            R(
                "macro.labour.nonfarm_payrolls",
                "abs_change",
                159000.0,
                "count",
                "exact",
                "2019-07",
                "159,000",
                ref_area="US",
            ),
        ],
    ),
    Case(
        "China's exports rose by 20 billion U.S. dollars in January 2025, after a 5 billion U.S. "
        "dollar drop in December.",
        published="2025-02-10",
        rows=[
            R(
                "trade.exports",
                "abs_change",
                2e10,
                "USD",
                "exact",
                "2025-01",
                "20 billion U.S. dollars",
            ),
            R(
                "trade.exports",
                "abs_change",
                -5e9,
                "USD",
                "exact",
                "2024-12",
                "5 billion U.S. dollar",
            ),
        ],
    ),
    Case(
        "China's exports rose by 20 billion U.S. dollars in January 2025, compared with 300 "
        "billion U.S. dollars in December.",
        published="2025-02-10",
        rows=[
            R(
                "trade.exports",
                "abs_change",
                2e10,
                "USD",
                "exact",
                "2025-01",
                "20 billion U.S. dollars",
            ),
            R(
                "trade.exports",
                "level",
                3e11,
                "USD",
                "exact",
                "2024-12",
                "300 billion U.S. dollars",
            ),
        ],
        note="an earlier value with no change word is a level",
    ),
    Case(
        "US nonfarm payrolls increased by 130,000 in August 2019; the survey sampled 60,000 "
        "households.",
        published="2019-09-06",
        rows=[
            R(
                "macro.labour.nonfarm_payrolls",
                "abs_change",
                130000.0,
                "count",
                "exact",
                "2019-08",
                "130,000",
                ref_area="US",
            ),
        ],
        note="a sample size is no payroll count",
    ),
]

CONTINUED = [  # a figure continuing the change before it past an adverb (continuations.TAIL)
    Case(
        "In 2023, per capita disposable income of China's rural residents reached 21,691 yuan, "
        "increasing 7.7 percent nominally and 7.6 percent in real terms.",
        published="2024-01-17",
        rows=[
            R(
                "macro.labour.disposable_income_per_capita.rural",
                "level",
                21691.0,
                "CNY",
                "exact",
                "2023",
                "21,691 yuan",
            ),
            R(
                "macro.labour.disposable_income_per_capita.rural",
                "yoy_pct",
                7.7,
                "percent",
                "exact",
                "2023",
                "7.7 percent",
            ),
            R(
                "macro.labour.disposable_income_per_capita.rural",
                "yoy_pct",
                7.6,
                "percent",
                "exact",
                "2023",
                "7.6 percent",
            ),
        ],
    ),
    Case(
        "In 2023, China's exports fell 4.6 percent annually, and 30 pandas were born.",
        published="2024-01-17",
        rows=[R("trade.exports", "yoy_pct", -4.6, "percent", "exact", "2023", "4.6 percent")],
        note="a count after the adverb is no continuation: pandas are no figure",
    ),
]

WORDS = [  # numbers written in words (econstats.reader.word_figures)
    Case(
        "China's GDP grew around five percent last year.",
        published="2025-03-10",
        rows=[
            R(
                "macro.gdp",
                "yoy_pct",
                5.0,
                "percent",
                "approximately",
                "2024",
                "around five percent",
            ),
        ],
        note="a line with no digit at all is read too",
    ),
    Case(
        "2019年春节期间，中国出境游人次同比增长三成。",
        published="2019-02-11",
        rows=[
            R(
                "transport.tourism.cross_border_trips.outbound",
                "yoy_pct",
                30.0,
                "percent",
                "exact",
                "2019-02-04/P7D",
                "三成",
            ),
        ],
        note="三成 is three tenths: 30 percent",
    ),
    Case(
        "China's exports rose twenty-five per cent to two billion U.S. dollars in January 2025.",
        published="2025-02-10",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                25.0,
                "percent",
                "exact",
                "2025-01",
                "twenty-five per cent",
            ),
            R("trade.exports", "level", 2e9, "USD", "exact", "2025-01", "two billion U.S. dollars"),
        ],
    ),
    Case(
        "China's retail sales grew five percent in January 2025, while the growth of online sales "
        "was two percentage points faster.",
        published="2025-02-10",
        rows=[
            R("retail.sales", "yoy_pct", 5.0, "percent", "exact", "2025-01", "five percent"),
            R(
                "retail.sales.online",
                "pp_change",
                2.0,
                "percent",
                "exact",
                "2025-01",
                "two percentage points",
            ),
        ],
    ),
    Case(
        "On a daily basis during the Qingming holiday of 2025, exits and entries through China's "
        "ports exceeded two million, reflecting a 19.7 percent increase from a year earlier.",
        published="2025-04-08",
        rows=[
            R(
                "transport.tourism.cross_border_trips",
                "level",
                2e6,
                "count",
                "at_least",
                "2025-04-04/P3D",
                "exceeded two million",
            ),
            R(
                "transport.tourism.cross_border_trips",
                "yoy_pct",
                19.7,
                "percent",
                "exact",
                "2025-04-04/P3D",
                "19.7 percent",
            ),
        ],
    ),
    Case(
        "2024年中国国内生产总值首次突破百万亿元。",
        published="2025-02-10",
        rows=[R("macro.gdp", "level", 1e14, "CNY", "at_least", "2024", "突破百万亿元")],
        note="a numeral-less scale before a currency: 百万亿元 is 100 trillion yuan",
    ),
]

NO_ROW = [
    Case(
        "In 2024, China's industrial output rose 5.8%, and one in five of its enterprises was "
        "private; two of its cities grew.",
        published="2025-02-10",
        rows=[
            R("macro.industrial_value_added", "yoy_pct", 5.8, "percent", "exact", "2024", "5.8%")
        ],
        note="number words before no unit are no figures",
    ),
    Case(
        "China won forty gold medals in 2024; two million people watched the final and nine "
        "percent of them were children.",
        rows=[],
    ),
    Case("2024年中国一成不变的政策下，单位:亿元，数千亿元的资金，每百万元营收。", rows=[]),
    Case("The decline in the number of pandas in China was 3 percent in 2024.", rows=[]),
    Case("中国代表团在巴黎奥运会获得金牌约40枚，比上届高约5%。", published="2024-08-12", rows=[]),
    Case("今年中国居民消费价格涨幅最高3%。", published="2025-03-06", rows=[]),
    Case("他将近60岁，在2024年超過30次到訪香港。", rows=[]),
]


@pytest.mark.parametrize(
    "case",
    ACCEPT + FALLS + BASES + VOLUMES + LABELS + EARLIER_CHANGES + CONTINUED + WORDS + NO_ROW,
    ids=case_id,
)
def test_values(case: Case) -> None:
    assert rows_of(case) == case.rows
