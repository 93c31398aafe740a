"""A period inside a comparison is the base of a change, never the figure's period (issue 13).

"0.4 percentage point lower than in the same period last year", "up by 3.5% on August 2014",
"below the rate for 2018", "與2023年四季度相比", "比7月底": the words around the phrase
(vocab/period_comparisons.csv) make it what the figure is compared with, whatever its lead ("in"
states a period, "than in" a base). It is neither the figure's period nor its story's; a change
against the same period a year before is year on year, against the quarter or month right before
quarter on quarter or month on month. A sentence whose only period is a base gives its figures
no period: they are rejected (period-unresolved), never given the base.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

from econstats.reader.lexicon import load_vocab
from econstats.reader.period_bases import comparison_role
from econstats.reader.periods import find_periods


def gdp(measure: str, value: float, period: str, text: str, indicator: str = "macro.gdp") -> R:
    return R(indicator, measure, value, "percent", "exact", period, text)


ACCEPT = [
    Case(
        "China's GDP grew 6.4 percent year on year in the first quarter. That pace matched the "
        "fourth quarter last year; it was 0.4 percentage point lower than in the same period "
        "last year. Value added of the primary industry came to 876.9 billion yuan, up 2.7 "
        "percent year on year.",
        published="2019-04-17",
        rows=[
            gdp("yoy_pct", 6.4, "2019-Q1", "6.4 percent"),
            gdp("pp_change", -0.4, "2019-Q1", "0.4 percentage point"),
            R(
                "macro.gdp.primary_industry",
                "level",
                876.9e9,
                "CNY",
                "exact",
                "2019-Q1",
                "876.9 billion yuan",
            ),
            gdp("yoy_pct", 2.7, "2019-Q1", "2.7 percent", "macro.gdp.primary_industry"),
        ],
        note="the bases of the second sentence are not the story's period: the third keeps Q1",
    ),
    Case(
        "German exports rose 5.1% in August 2015. Exports to the EU countries were up by 3.5% "
        "on August 2014.",
        published="2015-10-09",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                5.1,
                "percent",
                "exact",
                "2015-08",
                "5.1%",
                ref_area="DE",
            ),
            R(
                "trade.exports",
                "yoy_pct",
                3.5,
                "percent",
                "exact",
                "2015-08",
                "3.5%",
                counterpart_area="EU",
                ref_area="DE",
            ),
        ],
        note="'on' right after a figure is a comparison; against a year before: year on year",
    ),
    Case(
        "China's GDP grew 1.6 percent in the first quarter of 2024 compared with the fourth "
        "quarter of 2023.",
        published="2024-04-16",
        rows=[gdp("qoq_pct", 1.6, "2024-Q1", "1.6 percent")],
        note="a change against the quarter right before is quarter on quarter",
    ),
    Case(
        "一季度，国内生产总值同比增长5.3%，与2023年四季度相比环比增长1.6%。",
        published="2024-04-16",
        rows=[
            gdp("yoy_pct", 5.3, "2024-Q1", "5.3%"),
            gdp("qoq_pct", 1.6, "2024-Q1", "1.6%"),
        ],
        note="与…相比 is a base, and a Chinese base is the next figure's, not the 5.3%'s",
    ),
    Case(
        "Motor cars recorded the biggest rise in EU imports from China in 2023 (36.7% more than "
        "in 2022).",
        published="2024-03-01",
        rows=[
            R(
                "trade.imports",
                "yoy_pct",
                36.7,
                "percent",
                "exact",
                "2023",
                "36.7%",
                counterpart_area="CN",
            )
        ],
    ),
    Case(
        "South Korea's current account surplus was $13.47 billion in September, above August's "
        "$9.15 billion.",
        published="2025-11-07",
        rows=[
            R(
                "trade.current_account",
                "level",
                13.47e9,
                "USD",
                "exact",
                "2025-09",
                "$13.47 billion",
                ref_area="KR",
            ),
            R(
                "trade.current_account",
                "level",
                9.15e9,
                "USD",
                "exact",
                "2025-08",
                "$9.15 billion",
                ref_area="KR",
            ),
        ],
        note="a possessive period is its own value's, even after a comparison word",
    ),
]


def cn(indicator: str, measure: str, value: float, unit: str, period: str, text: str) -> R:
    return R(indicator, measure, value, unit, "exact", period, text)


# year-less months: "June by itself", "at February-end", and a month whose year the sentence's
# first period took from the published date: the latest such month begun by then
MONTHS = [
    Case(
        "China's total social financing climbed to 5.17 trillion yuan in January from 1.72 "
        "trillion yuan in December.",
        published="2021-02-10",
        rows=[
            cn(
                "macro.money.social_financing.new",
                "level",
                5.17e12,
                "CNY",
                "2021-01",
                "5.17 trillion yuan",
            ),
            cn(
                "macro.money.social_financing.new",
                "level",
                1.72e12,
                "CNY",
                "2020-12",
                "1.72 trillion yuan",
            ),
        ],
        note="December takes January's year, which is the published one: the December before",
    ),
    Case(
        "China's M2 money supply was 240 trillion yuan at the end of December.",
        published="2021-02-10",
        rows=[cn("macro.money.m2", "level", 2.4e14, "CNY", "2020-12-31", "240 trillion yuan")],
    ),
    Case(
        "China's exports are expected to rise 5% in December.",
        published="2021-02-10",
        rows=[R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2021-12", "5%", "forecast")],
        note="a forecast may be for a December still to come",
    ),
    Case(
        "China's fiscal revenue rose 10.6 percent in the first half. June by itself saw fiscal "
        "revenue grow 3.5 percent year-on-year to 1.77 trillion yuan.",
        published="2018-07-16",
        rows=[
            cn("fiscal.revenue", "yoy_pct", 10.6, "percent", "2018-S1", "10.6 percent"),
            cn("fiscal.revenue", "yoy_pct", 3.5, "percent", "2018-06", "3.5 percent"),
            cn("fiscal.revenue", "level", 1.77e12, "CNY", "2018-06", "1.77 trillion yuan"),
        ],
        note="'June by itself' / 'June alone' is a month period without a lead",
    ),
    Case(
        "China's foreign exchange reserves stood at $3.2 trillion at February-end.",
        published="2021-03-10",
        rows=[cn("macro.fx_reserves", "level", 3.2e12, "USD", "2021-02-28", "$3.2 trillion")],
    ),
    Case("China's exports may by itself rise 5%.", published="2021-02-10", note="'may': a verb"),
    Case(
        "China's retail sales rose 7.5 percent to 9,842.5 billion yuan in the first four months "
        "of 2020. By type of consumption, April retail sales of goods stood at 2,587.1 billion "
        "yuan, down 4.6 percent year on year.",
        published="2020-05-15",
        rows=[
            cn("retail.sales", "yoy_pct", 7.5, "percent", "2020-01-01/P4M", "7.5 percent"),
            cn("retail.sales", "level", 9.8425e12, "CNY", "2020-01-01/P4M", "9,842.5 billion yuan"),
            cn("retail.sales.goods", "level", 2.5871e12, "CNY", "2020-04", "2,587.1 billion yuan"),
            cn("retail.sales.goods", "yoy_pct", -4.6, "percent", "2020-04", "4.6 percent"),
        ],
        note="a capitalised month before its noun ('April retail sales') is the month, not the "
        "year to date stated before",
    ),
    Case(
        "China's July exports fell 3 percent.",
        published="2024-08-08",
        rows=[cn("trade.exports", "yoy_pct", -3.0, "percent", "2024-07", "3 percent")],
    ),
]

# a period that only explains a change, and a possessive period: neither is a nearby figure's
OWNERS = [
    Case(
        "上半年，个人所得税收入下降5.7%，主要受去年年中提高个人所得税专项附加扣除标准政策的"
        "翘尾减收等影响。",
        published="2024-07-22",
        rows=[
            cn(
                "fiscal.revenue.tax.individual_income",
                "yoy_pct",
                -5.7,
                "percent",
                "2024-S1",
                "5.7%",
            )
        ],
        note="受去年…影响 explains the fall: the figure keeps the first half",
    ),
    Case(
        "前三季度，全国一般公共预算收入16.3万亿元，同比增长5%，已经超过去年全年的15万亿元。",
        published="2023-10-20",
        rows=[
            cn("fiscal.revenue", "level", 16.3e12, "CNY", "2023-01-01/P9M", "16.3万亿元"),
            cn("fiscal.revenue", "yoy_pct", 5.0, "percent", "2023-01-01/P9M", "5%"),
            cn("fiscal.revenue", "level", 15e12, "CNY", "2022", "15万亿元"),
        ],
        note="去年全年的15万亿元: the period is the 15万亿元's, never the 5%'s",
    ),
    Case(
        "1至8月份，房地產開發投資6.0309萬億元，按年下降12.9%，跌幅較今年1至7月份的12%擴大；"
        "其中，住宅投資4.6382萬億元，下降11.9%。",
        published="2025-09-16",
        rows=[
            cn(
                "macro.property.investment",
                "level",
                6.0309e12,
                "CNY",
                "2025-01-01/P8M",
                "6.0309萬億元",
            ),
            cn("macro.property.investment", "yoy_pct", -12.9, "percent", "2025-01-01/P8M", "12.9%"),
            cn("macro.property.investment", "yoy_pct", -12.0, "percent", "2025-01-01/P7M", "12%"),
            cn(
                "macro.property.investment.residential",
                "level",
                4.6382e12,
                "CNY",
                "2025-01-01/P8M",
                "4.6382萬億元",
            ),
            cn(
                "macro.property.investment.residential",
                "yoy_pct",
                -11.9,
                "percent",
                "2025-01-01/P8M",
                "11.9%",
            ),
        ],
        note="1至7月份的12%: January-July is the 12%'s, not the residential figures'",
    ),
]

# a possessive period is its value's own, even after a comparison word, and no one else's
OWNERS += [
    Case(
        "2021年，全国一般公共预算收入20.25万亿元，相比2020年的18.29万亿元，同比增长10.7%。",
        published="2022-01-28",
        rows=[
            cn("fiscal.revenue", "level", 20.25e12, "CNY", "2021", "20.25万亿元"),
            cn("fiscal.revenue", "level", 18.29e12, "CNY", "2020", "18.29万亿元"),
            cn("fiscal.revenue", "yoy_pct", 10.7, "percent", "2021", "10.7%"),
        ],
        note="相比2020年的18.29万亿元: 2020 is the 18.29万亿元's period, not a base",
    ),
    Case(
        "South Korea's exports rose to $67.27 billion in September from August's $56.44 billion.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "level",
                67.27e9,
                "USD",
                "exact",
                "2025-09",
                "$67.27 billion",
                ref_area="KR",
            ),
            R(
                "trade.exports",
                "level",
                56.44e9,
                "USD",
                "exact",
                "2025-08",
                "$56.44 billion",
                ref_area="KR",
            ),
        ],
    ),
]

# a same-period phrase that states a period is the period before it moved to its year
SAME = [
    Case(
        "In H1 China's accumulated fiscal deficit stood at 726.1 billion yuan, down from 917.7 "
        "billion yuan in the same period of 2017.",
        published="2018-07-16",
        rows=[
            cn("fiscal.deficit", "level", 726.1e9, "CNY", "2018-S1", "726.1 billion yuan"),
            cn("fiscal.deficit", "level", 917.7e9, "CNY", "2017-S1", "917.7 billion yuan"),
        ],
        note="the first half of 2017, never the whole of 2017",
    ),
    Case(
        "China's fiscal revenue rose 10.6 percent in the first half. In the same period last "
        "year, fiscal revenue was 9.4 trillion yuan.",
        published="2018-07-16",
        rows=[
            cn("fiscal.revenue", "yoy_pct", 10.6, "percent", "2018-S1", "10.6 percent"),
            cn("fiscal.revenue", "level", 9.4e12, "CNY", "2017-S1", "9.4 trillion yuan"),
        ],
        note="the story's period, a year before",
    ),
    Case(
        "In the same period last year, China's fiscal revenue was 9.4 trillion yuan.",
        published="2018-07-16",
        note="the same as no period stated before: unresolved, never the whole of last year",
    ),
]

# a stock's day stated last gives way, for a flow, to the span stated before it
SPANS = [
    Case(
        "China's fiscal revenue rose 5 percent in the first half. M2 stood at 305 trillion yuan "
        "at the end of June. Fiscal spending rose 3 percent. M2 grew 6.2 percent.",
        published="2024-07-22",
        rows=[
            cn("fiscal.revenue", "yoy_pct", 5.0, "percent", "2024-S1", "5 percent"),
            cn("macro.money.m2", "level", 3.05e14, "CNY", "2024-06-30", "305 trillion yuan"),
            cn("fiscal.expenditure", "yoy_pct", 3.0, "percent", "2024-S1", "3 percent"),
            cn("macro.money.m2", "yoy_pct", 6.2, "percent", "2024-06-30", "6.2 percent"),
        ],
        note="fiscal spending, a flow, takes the first half, not the end of June",
    ),
]

REJECT = [
    Case(
        "外汇储备规模为33387亿美元，较8月末上升165亿美元。",
        published="2025-10-09",
        note="the only period is the base (较8月末): period-unresolved, never August",
    ),
    Case(
        "Exports were up by 3.5% on August 2014.",
        published="2015-10-09",
        note="a base alone gives the figure no period",
    ),
    Case("The country won 40 gold medals, 2 more than in 2021.", published="2024-08-12"),
    Case(
        "The central bank kept its policy rate at 3.1 percent, above the 2023 level.",
        published="2024-08-12",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + MONTHS + OWNERS + SAME + SPANS + REJECT, ids=case_id)
def test_comparison_periods_are_bases(case):
    assert rows_of(case) == case.rows


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        ("0.4 point lower than in the same period last year", ["base"]),
        ("up 5.3% compared with that in the same period of 2019", ["base"]),
        ("0.2 percentage point below the rate for 2018", ["base"]),
        ("up by 3.5% on August 2014", ["base"]),
        ("That pace matched the fourth quarter last year", ["base"]),
        ("與2023年四季度相比", ["base"]),
        ("比7月底减少", ["base"]),
        ("相较于去年同期", ["base"]),
        ("sales in the fourth quarter of last year", ["period"]),
        ("reported on the first quarter of 2024", ["period"]),
        ("above August's $9.15 billion", ["period"]),
        ("2023年四季度，GDP增长", ["period"]),
        ("June by itself saw", ["period"]),
        ("In May alone, sales rose", ["period"]),
        ("the tariff may alone cut exports", []),
        ("reserves at February-end", ["period"]),
        ("By area, July retail sales of goods", ["period"]),
        ("He will march on", []),
        ("Since July retail sales rose", []),
        ("the third of July", []),
        ("fell 3 percent due to last year", ["background"]),
        ("主要受去年年中提高", ["background"]),
        ("已经超过去年全年水平", ["base"]),
        ("已经超过去年全年的307亿元", ["period"]),
        ("相比2020年的1.32亿元", ["period"]),
        ("compared with 2019's level", ["base"]),
    ],
)
def test_roles_of_period_phrases(text, roles):
    assert [m.role for m in find_periods(text)] == roles


def test_comparison_words_are_words():
    columns = ("phrase", "side", "after_figure", "language", "role")
    rows = load_vocab("period_comparisons", columns)
    assert all(row["phrase"].strip() == row["phrase"] for row in rows)
    assert {row["side"] for row in rows} <= {"before", "after"}
    assert {row["after_figure"] for row in rows} <= {"yes", "no"}
    assert {row["role"] for row in rows} == {"base", "background"}
    assert comparison_role("lower than in 2022", 11, 18) == "base"
