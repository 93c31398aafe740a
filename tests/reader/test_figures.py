"""Figures of a sentence: number + scale + unit (find_raw_figures), then qualifier, sign, measure,
base and restatement (build_figures, with the sentence's period mentions).

A row is (value_text, value, unit, qualifier, measure, base_year, base, restates): value is the
signed canonical Decimal (a fall is negative), base is the text of a concrete base-period
mention ("compared with 2019"), restates the index of the figure a currency conversion restates.
Status (expected, target) is not part of a figure; see cues.Statuses.
Sentences come from seeds/ where marked; the rest are written like them (# synthetic).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

import pytest
from cases import case_id, strict_xfail

from econstats.reader import periods
from econstats.reader.figures import find_raw_figures
from econstats.reader.lexicon import load_vocab, phrase_pattern
from econstats.reader.measures import build_figures


class Case(NamedTuple):
    text: str
    rows: list[tuple]
    note: str = ""


def R(  # noqa: N802 (a table row)
    value_text: str,
    value: str,
    unit: str,
    qualifier: str = "exact",
    measure: str = "level",
    *,
    base_year: int | None = None,
    base: str | None = None,
    restates: int | None = None,
) -> tuple:
    return (value_text, Decimal(value), unit, qualifier, measure, base_year, base, restates)


def pct(value_text: str, value: str, measure: str = "yoy_pct", qualifier: str = "exact") -> tuple:
    """A percent figure: most rows of the table."""
    return R(value_text, value, "percent", qualifier, measure)


def rows_of(text: str, offset: int = 0) -> list[tuple]:
    """build_figures(text, offset, find_raw_figures(text, offset), find_periods(text, offset))."""
    raws = find_raw_figures(text, offset)
    mentions = periods.find_periods(text, offset)
    rows = []
    for figure in build_figures(text, offset, raws, mentions):
        assert text[figure.start - offset : figure.end - offset] == figure.value_text
        base = figure.base.text if figure.base is not None else None
        assert figure.base_year_offset is None or figure.measure == "pct_change"
        rows.append(
            (
                figure.value_text,
                figure.value,
                figure.unit,
                figure.qualifier,
                figure.measure,
                figure.base_year,
                base,
                figure.restates,
            )
        )
    return rows


SEEDS = [
    # seeds/001_40eeacbf8687f7d6.txt (fiscal story)
    Case(
        "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
        "(about 2.63 trillion U.S. dollars) in the first 10 months of 2025, according to data "
        "released by the Ministry of Finance on Monday.",
        [
            pct("0.8 percent", "0.8"),
            R("nearly 18.65 trillion yuan", "18.65e12", "CNY", "at_most"),
            R("about 2.63 trillion U.S. dollars", "2.63e12", "USD", "approximately", restates=1),
        ],
    ),
    Case(
        "The central government collected approximately 8.19 trillion yuan in fiscal revenue "
        "during this period, which was down 0.8 percent year on year, while local governments "
        "collected 10.46 trillion yuan, up 2.1 percent.",
        [
            R("approximately 8.19 trillion yuan", "8.19e12", "CNY", "approximately"),
            pct("0.8 percent", "-0.8"),
            R("10.46 trillion yuan", "10.46e12", "CNY"),
            pct("2.1 percent", "2.1"),
        ],
    ),
    Case(
        "In the first 10 months, China's tax revenue totaled 15.34 trillion yuan, an increase of "
        "1.7 percent year on year.",
        [R("15.34 trillion yuan", "15.34e12", "CNY"), pct("1.7 percent", "1.7")],
    ),
    Case(
        "The country's non-tax revenue decreased by 3.1 percent to 3.31 trillion yuan during this "
        "period.",
        [pct("3.1 percent", "-3.1"), R("3.31 trillion yuan", "3.31e12", "CNY")],
    ),
    Case(
        "China's fiscal expenditure expanded 2 percent year on year to 22.58 trillion yuan during "
        "the first 10 months of 2025.",
        [pct("2 percent", "2"), R("22.58 trillion yuan", "22.58e12", "CNY")],
    ),
    Case(
        "Spending on education came in at roughly 3.41 trillion yuan, up 4.7 percent year on year.",
        [
            R("roughly 3.41 trillion yuan", "3.41e12", "CNY", "approximately"),
            pct("4.7 percent", "4.7"),
        ],
    ),
    Case(
        "Science and technology expenditure totaled 784.7 billion yuan -- an increase of 5.7 "
        "percent.",
        [R("784.7 billion yuan", "784.7e9", "CNY"), pct("5.7 percent", "5.7")],
    ),
    Case(
        "Spending on social security and employment, meanwhile, came in at 3.77 trillion yuan "
        "during this period, up 9.3 percent.",
        [R("3.77 trillion yuan", "3.77e12", "CNY"), pct("9.3 percent", "9.3")],
    ),
    Case("China's fiscal revenue up 0.8 pct in first 10 months", [pct("0.8 pct", "0.8")]),
    # seeds/001 (Kling story)
    Case(
        '"Since June 2024, Kling has grown its global user base to over 45 million.',
        [R("over 45 million", "45e6", "count", "at_least")],
    ),
    Case(
        "In the second quarter of 2025, Kling's revenue exceeded 250 million yuan (about 35.09 "
        'million U.S. dollars)," said Wang Ruoxuan, senior product operations manager of Kling AI.',
        [
            R("exceeded 250 million yuan", "250e6", "CNY", "at_least"),
            R("about 35.09 million U.S. dollars", "35.09e6", "USD", "approximately", restates=0),
        ],
    ),
    Case(
        "According to data, the event has attracted over 600 million views as of September 5.",
        [R("over 600 million", "600e6", "count", "at_least")],
    ),
    # seeds/000_b10aee10baf3644e.txt (travel, retail and trade stories)
    Case(
        "The transport sector is expected to handle 1.94 billion passenger trips nationwide during "
        "the holidays, with a daily average of 277 million trips.",
        [
            R("1.94 billion passenger trips", "1.94e9", "count"),
            R("277 million trips", "277e6", "count"),
        ],
    ),
    Case(
        "The daily average would be up 0.7 percent year-on-year and 19.4 percent compared with the "
        "same period in 2019, Vice Minister of Transport Li Yang said at a press conference on "
        "Friday.",
        [
            pct("0.7 percent", "0.7"),
            R("19.4 percent", "19.4", "percent", "exact", "pct_change", base_year=2019),
        ],
    ),
    Case(
        "Bookings for natural scenic spots accounted for 29.6 percent of the total orders and "
        "remained the top choice for family tours.",
        [pct("29.6 percent", "29.6", "share_pct")],
    ),
    Case(
        "It is expected that the proportion of self-driving trips during the National Day holidays "
        "will exceed 80 percent, reaching 1.526 billion trips, Li said.",
        [
            pct("80 percent", "80", "share_pct", "at_least"),
            R("1.526 billion trips", "1.526e9", "count"),
        ],
    ),
    Case(
        "He also anticipated a rising demand for medium- and long-distance travel, as the average "
        "travel distance during the holidays is estimated to increase by about 30 percent compared "
        "with the three-day Mid-Autumn Festival break.",
        [
            R(
                "about 30 percent",
                "30",
                "percent",
                "approximately",
                "pct_change",
                base="compared with the three-day Mid-Autumn Festival break",
            )
        ],
    ),
    Case(
        "In the first eight months of 2024, retail sales rose by 3.4 percent year-on-year to 31.25 "
        "trillion yuan ($4.46 trillion), according to data from the National Bureau of Statistics "
        "(NBS).",
        [
            pct("3.4 percent", "3.4"),
            R("31.25 trillion yuan", "31.25e12", "CNY"),
            R("$4.46 trillion", "4.46e12", "USD", restates=1),
        ],
    ),
    Case(
        "Online sales remained a bright spot, rising by 8.9 percent year-on-year to 9.63 trillion "
        "yuan.",
        [pct("8.9 percent", "8.9"), R("9.63 trillion yuan", "9.63e12", "CNY")],
    ),
    Case(
        "Amid Canada-provoked trade tensions which Chinese experts said have negatively impacted "
        "bilateral ties, trade between China and Canada dropped by 0.5 percent year-on-year in the "
        "first eight months this year to $57.66 billion, reversing the 2.4 percent growth seen in "
        "the first seven months, customs data showed in earlier September.",
        [
            pct("0.5 percent", "-0.5"),
            R("$57.66 billion", "57.66e9", "USD"),
            pct("2.4 percent", "2.4"),
        ],
    ),
    # seeds/002, seeds/003
    Case(
        "Frugal Shanghai Couple Leaves US$690,000 to Save 455 Children With Heart Disease",
        [R("US$690,000", "690000", "USD")],
    ),
    Case("睇住賞HIZERO F100 仿生潔地機(價值HK$3,980)", [R("HK$3,980", "3980", "HKD")]),
]

# Every change word of vocab/changes.csv in sentences written like the seeds (synthetic).
CHANGES = [
    Case("Exports rose 5.2 percent year on year in October.", [pct("5.2 percent", "5.2")]),
    Case(
        "Revenue rose by 20 percent to 5 billion yuan.",
        [pct("20 percent", "20"), R("5 billion yuan", "5e9", "CNY")],
    ),
    Case("Sales are expected to rise 5 percent this year.", [pct("5 percent", "5")]),
    Case("Wages posted a rise of 3 percent.", [pct("3 percent", "3")]),
    Case("Prices have risen 3 percent since January.", [pct("3 percent", "3")]),
    Case("Online sales remained strong, rising 8.9 percent.", [pct("8.9 percent", "8.9")]),
    Case(
        "Industrial output increased 6.1 percent from a year earlier.", [pct("6.1 percent", "6.1")]
    ),
    Case(
        "Revenue increased by 180 billion yuan.",
        [R("180 billion yuan", "180e9", "CNY", measure="abs_change")],
    ),
    Case("Imports kept increasing, increasing 4 percent in May.", [pct("4 percent", "4")]),
    Case("Retail sales were up 3.2% in October.", [pct("3.2%", "3.2")]),
    Case("Output was up by 3 percent from a month earlier.", [pct("3 percent", "3", "mom_pct")]),
    Case("The economy grew 5.3 percent in the first quarter.", [pct("5.3 percent", "5.3")]),
    Case("Sales grew by 8 percent quarter on quarter.", [pct("8 percent", "8", "qoq_pct")]),
    Case("Output is forecast to grow 4.5 percent in 2025.", [pct("4.5 percent", "4.5")]),
    Case("Revenue has grown 12 percent this year.", [pct("12 percent", "12")]),
    Case("The sector kept growing, growing 6 percent in June.", [pct("6 percent", "6")]),
    Case("Analysts forecast growth of 5 percent.", [pct("5 percent", "5")]),
    Case(
        "Manufacturing expanded 0.4 percent month on month.", [pct("0.4 percent", "0.4", "mom_pct")]
    ),
    Case("Output expanded by 2 percent over the previous year.", [pct("2 percent", "2")]),
    Case("The economy is projected to expand 4.5 percent.", [pct("4.5 percent", "4.5")]),
    Case("The index posted an expansion of 2.1 percent.", [pct("2.1 percent", "2.1")]),
    Case(
        "Car sales climbed 12 percent y-o-y to 2.5 million units.",
        [pct("12 percent", "12"), R("2.5 million units", "2.5e6", "count")],
    ),
    Case("Sales climbed by 7 percent compared to a year earlier.", [pct("7 percent", "7")]),
    Case("Profits jumped 18.3 percent yoy.", [pct("18.3 percent", "18.3")]),
    Case("Imports jumped by 15 percent m-o-m.", [pct("15 percent", "15", "mom_pct")]),
    Case(
        "Sales surged 40 percent, while costs soared 25 percent.",
        [pct("40 percent", "40"), pct("25 percent", "25")],
    ),
    Case("Car sales surged by 20 percent mom.", [pct("20 percent", "20", "mom_pct")]),
    Case("Prices edged up 0.2 percent in September.", [pct("0.2 percent", "0.2")]),
    Case("The yuan gained 0.3 pct in the week.", [pct("0.3 pct", "0.3")]),
    Case("Services recorded a gain of 4 percent.", [pct("4 percent", "4")]),
    Case("The index advanced 1.1 percent.", [pct("1.1 percent", "1.1")]),
    Case(
        "Imports fell 3.7 percent year-on-year to 2.1 trillion yuan.",
        [pct("3.7 percent", "-3.7"), R("2.1 trillion yuan", "2.1e12", "CNY")],
    ),
    Case("Profits fell by 9.2 percent from a year ago.", [pct("9.2 percent", "-9.2")]),
    Case("Prices are expected to fall 1 percent.", [pct("1 percent", "-1")]),
    Case("Exports suffered a fall of 2 percent.", [pct("2 percent", "-2")]),
    Case("Investment has fallen 2 percent.", [pct("2 percent", "-2")]),
    Case("Home prices kept falling, falling 0.3 percent in June.", [pct("0.3 percent", "-0.3")]),
    Case(
        "Property investment declined 10.2 percent from a year earlier.",
        [pct("10.2 percent", "-10.2")],
    ),
    Case(
        "Sales declined by 1.1 percent compared with a year earlier.", [pct("1.1 percent", "-1.1")]
    ),
    Case("Exports are forecast to decline 2 percent.", [pct("2 percent", "-2")]),
    Case("There was a decline of 2.1 percent in imports.", [pct("2.1 percent", "-2.1")]),
    Case("The yuan kept declining, declining 0.5 percent.", [pct("0.5 percent", "-0.5")]),
    Case("Non-tax revenue decreased 3.1 percent.", [pct("3.1 percent", "-3.1")]),
    Case(
        "Profit decreased by 1.2 billion yuan from a year earlier to 5 billion yuan.",
        [
            R("1.2 billion yuan", "-1.2e9", "CNY", measure="abs_change"),
            R("5 billion yuan", "5e9", "CNY"),
        ],
    ),
    Case("Costs are set to decrease 1 percent.", [pct("1 percent", "-1")]),
    Case("Margins saw a decrease of 2 percent.", [pct("2 percent", "-2")]),
    Case("Imports were down 1.2% from the previous month.", [pct("1.2%", "-1.2", "mom_pct")]),
    Case("Exports were down by 4 percent in August.", [pct("4 percent", "-4")]),
    Case("Exports dropped 7.5 percent in August.", [pct("7.5 percent", "-7.5")]),
    Case(
        "Deposits dropped by 200 billion yuan.",
        [R("200 billion yuan", "-200e9", "CNY", measure="abs_change")],
    ),
    Case("Profits could drop 3 percent next year.", [pct("3 percent", "-3")]),
    Case("Bookings saw a drop of 5 percent.", [pct("5 percent", "-5")]),
    Case("The index slipped 0.3 percent month-on-month.", [pct("0.3 percent", "-0.3", "mom_pct")]),
    Case("The won slid 1.2 percent.", [pct("1.2 percent", "-1.2")]),
    Case("The trade surplus shrank 12 percent.", [pct("12 percent", "-12")]),
    Case("The economy shrank by 0.4 percent.", [pct("0.4 percent", "-0.4")]),
    Case("The surplus has shrunk 4 percent.", [pct("4 percent", "-4")]),
    Case("The economy contracted 0.5 percent in the quarter.", [pct("0.5 percent", "-0.5")]),
    Case("Orders contracted by 2.3 percent.", [pct("2.3 percent", "-2.3")]),
    Case("Output saw a contraction of 1 percent.", [pct("1 percent", "-1")]),
    Case("Consumer prices edged down 0.1 percent.", [pct("0.1 percent", "-0.1")]),
    Case(
        "Output plunged 15 percent and orders slumped 9 percent.",
        [pct("15 percent", "-15"), pct("9 percent", "-9")],
    ),
    Case("Shares tumbled 8 per cent.", [pct("8 per cent", "-8")]),
    Case("Exports posted negative growth of 2 percent.", [pct("2 percent", "-2")]),
    Case("Exports posted a negative growth of 2 percent.", [pct("2 percent", "-2")]),
    # a change noun after the figure: "the 2.4 percent growth"
    Case(
        "The 2.4 percent growth seen in the first seven months was reversed.",
        [pct("2.4 percent", "2.4")],
    ),
    Case("Exports posted a 5 percent increase in October.", [pct("5 percent", "5")]),
    Case("a 10 percent rise in wages", [pct("10 percent", "10")]),
    Case("The service sector recorded a 5 percent gain.", [pct("5 percent", "5")]),
    Case("Bookings saw a 40 percent jump.", [pct("40 percent", "40")]),
    Case("a 9 percent expansion in capacity", [pct("9 percent", "9")]),
    Case("Revenue saw a 12 percent decline.", [pct("12 percent", "-12")]),
    Case("a 1 percent decrease in costs", [pct("1 percent", "-1")]),
    Case("a 3 percent drop in sales", [pct("3 percent", "-3")]),
    Case("a 4 percent fall in output", [pct("4 percent", "-4")]),
    Case("Output recorded a 0.3 percent contraction.", [pct("0.3 percent", "-0.3")]),
    Case(
        "Exports posted a 5 percent increase in shipments to $300 billion.",
        [pct("5 percent", "5"), R("$300 billion", "300e9", "USD")],
    ),
    Case(
        "The figure marked a 4 percent rise from the previous month.",
        [pct("4 percent", "4", "mom_pct")],
    ),
    Case("Exports rose 7.1% m/m in March.", [pct("7.1%", "7.1", "mom_pct")]),
    Case("GDP grew 1.6% q/q in the first quarter.", [pct("1.6%", "1.6", "qoq_pct")]),
    # a verb's base form after "to", "would", "could" (forecasts): a change, not a level
    Case(
        "Retail sales were forecast to climb 0.4%, and the CPI would advance 0.2%.",
        [pct("0.4%", "0.4"), pct("0.2%", "0.2")],
    ),
    Case(
        "Prices could climb by 1.5% and output may gain 0.6%.",
        [pct("1.5%", "1.5"), pct("0.6%", "0.6")],
    ),
    Case(
        "Payrolls are seen to jump 3.1% while wages edge up 0.2%.",
        [pct("3.1%", "3.1"), pct("0.2%", "0.2")],
    ),
    # a part taking points off growth (econstats.reader.growth_contributions): a fall
    Case(
        "Net exports knocked 0.2 percentage point off growth, with domestic demand subtracting "
        "0.1 point.",
        [
            R("0.2 percentage point", "-0.2", "percent", "exact", "pp_change"),
            R("0.1 point", "-0.1", "index", "exact", "abs_change"),
        ],
    ),
    Case(
        "Inventories subtracted 0.3 percentage point from growth, knocking 0.1 point off it again.",
        [
            R("0.3 percentage point", "-0.3", "percent", "exact", "pp_change"),
            R("0.1 point", "-0.1", "index", "exact", "abs_change"),
        ],
    ),
    Case(
        "Weaker trade shaved 0.2 percentage point off GDP growth, shaving another 0.1 point.",
        [
            R("0.2 percentage point", "-0.2", "percent", "exact", "pp_change"),
            R("0.1 point", "-0.1", "index", "exact", "abs_change"),
        ],
    ),
    # PBOC releases: a flow compared with the year before, by more (多增) or less (少增)
    Case(
        "人民币贷款增加14.97万亿元，同比多增3.2万亿元；住户贷款同比少增1200亿元。",
        [
            R("14.97万亿元", "14970000000000.00", "CNY", "exact", "abs_change"),
            R("3.2万亿元", "3200000000000.0", "CNY", "exact", "abs_change"),
            R("1200亿元", "-120000000000", "CNY", "exact", "abs_change"),
        ],
    ),
    Case(
        "企业存款同比多减5000亿元，政府存款同比少减800亿元。",
        [
            R("5000亿元", "-500000000000", "CNY", "exact", "abs_change"),
            R("800亿元", "80000000000", "CNY", "exact", "abs_change"),
        ],
    ),
    Case(
        "Inflation should tick up 0.1% and rents inch up 0.3%.",
        [pct("0.1%", "0.1"), pct("0.3%", "0.3")],
    ),
    Case(
        "Exports may rebound 4.0% while imports slip 1.2%.",
        [pct("4.0%", "4.0"), pct("1.2%", "-1.2")],
    ),
    Case(
        "Shipments could slide 2.5% and stocks edge down 0.4%.",
        [pct("2.5%", "-2.5"), pct("0.4%", "-0.4")],
    ),
    Case(
        "Margins may tick down 0.3%, inventories inch down 0.1% and output shrink 0.8%.",
        [pct("0.3%", "-0.3"), pct("0.1%", "-0.1"), pct("0.8%", "-0.8")],
    ),
]

# Chinese: NBS and MOF release wording (synthetic sentences in their style)
CHINESE = [
    Case("社会消费品零售总额同比增长3.4%。", [pct("3.4%", "3.4")]),
    Case("全国一般公共预算收入同比下降0.5%。", [pct("0.5%", "-0.5")]),
    Case("价格下降0.5%。", [pct("0.5%", "-0.5")]),
    Case(
        "前10个月，全国一般公共预算收入186490亿元，同比增长0.8%。",
        [R("186490亿元", "18.649e12", "CNY"), pct("0.8%", "0.8")],
    ),
    Case(
        "税收收入153364亿元，同比增长1.7%；非税收入33126亿元，同比下降3.1%。",
        [
            R("153364亿元", "15.3364e12", "CNY"),
            pct("1.7%", "1.7"),
            R("33126亿元", "3.3126e12", "CNY"),
            pct("3.1%", "-3.1"),
        ],
    ),
    Case(
        "全国网上零售额达到9.63万亿元，增长8.9%。",
        [R("9.63万亿元", "9.63e12", "CNY"), pct("8.9%", "8.9")],
    ),
    Case("出口同比增长5.2%，进口同比下降1.2%。", [pct("5.2%", "5.2"), pct("1.2%", "-1.2")]),
    Case("销售额比上年同期增长12.5％。", [pct("12.5％", "12.5")]),  # full-width percent sign
    Case("CPI环比上涨0.2%。", [pct("0.2%", "0.2", "mom_pct")]),
    Case("CPI上涨0.2%，PPI下跌2.8%。", [pct("0.2%", "0.2"), pct("2.8%", "-2.8")]),
    Case("城镇调查失业率上升0.1个百分点。", [pct("0.1个百分点", "0.1", "pp_change")]),
    Case(
        "同比增长12.7%，比一季度回落5.6个百分点。",
        [pct("12.7%", "12.7"), pct("5.6个百分点", "-5.6", "pp_change")],
    ),
    Case("制造业增速比上月回升0.3个百分点。", [pct("0.3个百分点", "0.3", "pp_change")]),
    Case("出口增速放缓0.5个百分点。", [pct("0.5个百分点", "-0.5", "pp_change")]),
    # a slide, a drop, a shrinking and a cut are falls; a climb is a rise
    Case("系列酒营收同比下滑约34%。", [pct("约34%", "-34", qualifier="approximately")]),
    Case("营收下滑12%，利润下挫8%。", [pct("12%", "-12"), pct("8%", "-8")]),
    Case("出口同比萎缩5%，進口萎縮3%。", [pct("5%", "-5"), pct("3%", "-3")]),
    Case("开支缩减4%，成本縮減2%。", [pct("4%", "-4"), pct("2%", "-2")]),
    Case(
        "营收同比攀升12%，利润上扬5%，毛利上揚3%。",
        [pct("12%", "12"), pct("5%", "5"), pct("3%", "3")],
    ),
    Case(
        "Pork prices fell 1.1 percent, a drag of 0.03 percentage points on CPI growth.",
        [pct("1.1 percent", "-1.1"), pct("0.03 percentage points", "-0.03", "pp_change")],
    ),
    # vocab/comparisons.csv: "from last year" is a year-on-year change, not one on a base period
    Case(
        "Trips rose 6.3 percent from last year, spending rose 5 percent over last year, "
        "revenue fell 2 percent compared with last year and output rose 1 percent compared to "
        "last year.",
        [
            pct("6.3 percent", "6.3"),
            pct("5 percent", "5"),
            pct("2 percent", "-2"),
            pct("1 percent", "1"),
        ],
    ),
    # vocab/changes.csv: widen/narrow (an amount's change) and headline present tenses
    Case(
        "Net profit widened 130 percent, the deficit widened by 12 percent and the loss is "
        "widening 3 percent as the gap widens 2 percent.",
        [
            pct("130 percent", "130"),
            pct("12 percent", "12"),
            pct("3 percent", "3"),
            pct("2 percent", "2"),
        ],
    ),
    Case(
        "The surplus narrowed 12 percent, the loss narrowed by 30 percent and the gap narrows "
        "4 percent.",
        [pct("12 percent", "-12"), pct("30 percent", "-30"), pct("4 percent", "-4")],
    ),
    Case(
        "Profit Surges 130%, Sales Jumps 5%, Revenue Soars 9%, Output Climbs 2%.",
        [pct("130%", "130"), pct("5%", "5"), pct("9%", "9"), pct("2%", "2")],
    ),
    Case(
        "Exports Slumps 7%, Imports Plunges 6%, Output Tumbles 5%, Sales Sinks 4%, Yuan Slides 1%.",
        [pct("7%", "-7"), pct("6%", "-6"), pct("5%", "-5"), pct("4%", "-4"), pct("1%", "-1")],
    ),
    Case(
        "利润增加20亿元，成本减少5%。",
        [R("20亿元", "2e9", "CNY", measure="abs_change"), pct("5%", "-5")],
    ),
    Case(
        "商品房销售面积652,939万平方米，下降1.3%。",
        [R("652,939万平方米", "6529390000", "m2"), pct("1.3%", "-1.3")],
    ),
    Case("跨区域人员流动量超过19亿人次。", [R("超过19亿人次", "1.9e9", "count", "at_least")]),
    Case("日均约2.77亿人次。", [R("约2.77亿人次", "277e6", "count", "approximately")]),
    Case(  # 約有/约有 (there were about): the qualifier of the count after it
        "國慶日當日約有22萬人次訪港，首日约有18万人次，次日大約有19萬人次，末日大约有17万人次。",
        [
            R("約有22萬人次", "22e4", "count", "approximately"),
            R("约有18万人次", "18e4", "count", "approximately"),
            R("大約有19萬人次", "19e4", "count", "approximately"),
            R("大约有17万人次", "17e4", "count", "approximately"),
        ],
    ),
    Case("销售额近1000亿元。", [R("近1000亿元", "100e9", "CNY", "at_most")]),
    Case("收入逾50亿元。", [R("逾50亿元", "5e9", "CNY", "at_least")]),
    Case("净利超300亿元。", [R("超300亿元", "30e9", "CNY", "at_least")]),  # 超过, short
    Case("增长１２.５％", [pct("１２.５％", "12.5")]),  # full-width digits
    # traditional Chinese and Hong Kong usage (按年 / 按月 / 按季, 漲 / 跌)
    Case("零售總額同比增長4.7%，出口減少3.1%。", [pct("4.7%", "4.7"), pct("3.1%", "-3.1")]),
    Case("價格按年跌2.5%，按月漲0.3%。", [pct("2.5%", "-2.5"), pct("0.3%", "0.3", "mom_pct")]),
    Case("CPI環比上漲0.2%。", [pct("0.2%", "0.2", "mom_pct")]),
    Case("GDP增長5.3%，按季增長1.6%。", [pct("5.3%", "5.3"), pct("1.6%", "1.6", "qoq_pct")]),
]

# Levels, comparisons, percentage points, shares, bases (synthetic unless marked)
MEASURES = [
    Case(
        "Retail sales totaled 4.1 trillion yuan in October.",
        [R("4.1 trillion yuan", "4.1e12", "CNY")],
    ),
    Case("Retail sales totalled 4.1 trillion yuan.", [R("4.1 trillion yuan", "4.1e12", "CNY")]),
    Case("Revenue reached 1.2 trillion yuan.", [R("1.2 trillion yuan", "1.2e12", "CNY")]),
    Case("The deficit stood at 3.8 trillion yuan.", [R("3.8 trillion yuan", "3.8e12", "CNY")]),
    Case("Exports hit a record 3.4 trillion yuan.", [R("3.4 trillion yuan", "3.4e12", "CNY")]),
    Case("Revenue came in at 2.5 billion yuan.", [R("2.5 billion yuan", "2.5e9", "CNY")]),
    Case("The total amounted to 900 million yuan.", [R("900 million yuan", "900e6", "CNY")]),
    Case(
        "A total of 1.2 million vehicles were sold.", [R("1.2 million vehicles", "1.2e6", "count")]
    ),
    Case(
        "China's GDP expanded by 5.2 percent year on year to 126 trillion yuan.",
        [pct("5.2 percent", "5.2"), R("126 trillion yuan", "126e12", "CNY")],
    ),
    Case("Exports were up 4.3% y/y.", [pct("4.3%", "4.3")]),
    Case("Exports rose 6 percent from the previous year.", [pct("6 percent", "6")]),
    Case("Exports rose 6 percent from a year ago.", [pct("6 percent", "6")]),
    Case("The figure jumped by 50 percent on an annual basis.", [pct("50 percent", "50")]),
    Case("Sales rose 4 percent from the previous month.", [pct("4 percent", "4", "mom_pct")]),
    Case("GDP grew 1.1 percent qoq.", [pct("1.1 percent", "1.1", "qoq_pct")]),
    Case("GDP grew 1.3 percent q-o-q.", [pct("1.3 percent", "1.3", "qoq_pct")]),
    Case("GDP expanded 1.0 percent quarter-on-quarter.", [pct("1.0 percent", "1.0", "qoq_pct")]),
    Case(
        "Exports climbed by 3 percent from the previous quarter.",
        [pct("3 percent", "3", "qoq_pct")],
    ),
    Case("Sales rose year-on-year by 5 percent.", [pct("5 percent", "5")]),
    Case("Sales saw a year-on-year increase of 5 percent.", [pct("5 percent", "5")]),
    Case(
        "The CPI rose 0.2 percent month-on-month and 0.4 percent year-on-year.",
        [pct("0.2 percent", "0.2", "mom_pct"), pct("0.4 percent", "0.4")],
    ),
    Case(
        "Exports rose 5.1 percent and 6.2 percent in September and October respectively.",
        [pct("5.1 percent", "5.1"), pct("6.2 percent", "6.2")],
    ),
    Case(
        "Exports rose 3% while imports fell 2%.",
        [pct("3%", "3"), pct("2%", "-2")],
    ),
    Case(
        "Sales rose 7 percent in October, up from 5 percent in September.",
        [pct("7 percent", "7"), pct("5 percent", "5")],
    ),
    Case(
        "The unemployment rate rose 0.2 percentage points to 5.3 percent.",
        [pct("0.2 percentage points", "0.2", "pp_change"), pct("5.3 percent", "5.3", "level")],
    ),
    Case(
        "The share fell 1.5 percentage points.", [pct("1.5 percentage points", "-1.5", "pp_change")]
    ),
    Case(
        "The ratio was down 0.3 percentage point.",
        [pct("0.3 percentage point", "-0.3", "pp_change")],
    ),
    Case("The rate edged up 0.1 pct points.", [pct("0.1 pct points", "0.1", "pp_change")]),
    Case("The gap widened by 2 ppts.", [pct("2 ppts", "2", "pp_change")]),
    Case(
        "Online sales accounted for 27.3 percent of total retail sales.",
        [pct("27.3 percent", "27.3", "share_pct")],
    ),
    Case("Services accounting for 55 percent of GDP.", [pct("55 percent", "55", "share_pct")]),
    Case("The deficit was 4 percent of GDP.", [pct("4 percent", "4", "level")]),  # a ratio level
    Case(
        "Sales rose 19.4 percent compared with the same period in 2019.",
        [R("19.4 percent", "19.4", "percent", measure="pct_change", base_year=2019)],
    ),
    Case(
        "Revenue rose 8 percent compared with the same period of 2023.",
        [R("8 percent", "8", "percent", measure="pct_change", base_year=2023)],
    ),
    Case(
        "Trips rose 10 percent over the same period of 2023.",
        [R("10 percent", "10", "percent", measure="pct_change", base_year=2023)],
    ),
    Case(
        "Trips rose 3 percent compared with the same period last year.",
        [pct("3 percent", "3")],  # the same period a year earlier is year on year
    ),
    Case(
        "Sales rose 5 percent from the same period a year earlier.",
        [pct("5 percent", "5")],
    ),
    Case(
        "Sales rose 5 percent compared with 2019.",
        [R("5 percent", "5", "percent", measure="pct_change", base="compared with 2019")],
    ),
    Case(
        "Sales rose 12 percent versus 2019.",
        [R("12 percent", "12", "percent", measure="pct_change", base="versus 2019")],
    ),
]

QUALIFIERS = [
    Case(
        "Trade reached about 10 billion dollars.",
        [R("about 10 billion dollars", "10e9", "USD", "approximately")],
    ),
    Case(
        "Revenue was around 3 billion yuan.",
        [R("around 3 billion yuan", "3e9", "CNY", "approximately")],
    ),
    Case(
        "The project cost roughly 5 billion yuan.",
        [R("roughly 5 billion yuan", "5e9", "CNY", "approximately")],
    ),
    Case(
        "Sales of approximately 2 million units were reported.",
        [R("approximately 2 million units", "2e6", "count", "approximately")],
    ),
    Case(
        "The total reached some 2 million tourists.",
        [R("some 2 million tourists", "2e6", "count", "approximately")],
    ),
    Case(
        "An estimated 500 million tourists traveled.",
        [R("An estimated 500 million tourists", "500e6", "count", "approximately")],
    ),
    Case(
        "Revenue reached nearly 18.65 trillion yuan.",
        [R("nearly 18.65 trillion yuan", "18.65e12", "CNY", "at_most")],
    ),
    Case(
        "Spending reached almost 3 trillion yuan.",
        [R("almost 3 trillion yuan", "3e12", "CNY", "at_most")],
    ),
    Case(
        "The company has close to 10 million users.",
        [R("close to 10 million users", "10e6", "count", "at_most")],
    ),
    Case("Losses were under 1 billion yuan.", [R("under 1 billion yuan", "1e9", "CNY", "at_most")]),
    Case(
        "The deal is worth less than 5 million dollars.",
        [R("less than 5 million dollars", "5e6", "USD", "at_most")],
    ),
    Case(
        "Subsidies of up to 20,000 yuan are offered.",
        [R("up to 20,000 yuan", "20000", "CNY", "at_most")],
    ),
    Case(
        "The fine is no more than 500,000 yuan.",
        [R("no more than 500,000 yuan", "500000", "CNY", "at_most")],
    ),
    Case(
        "The app has over 45 million users.",
        [R("over 45 million users", "45e6", "count", "at_least")],
    ),
    Case(
        "The firm has more than 1,000 customers.",
        [R("more than 1,000 customers", "1000", "count", "at_least")],
    ),
    Case(
        "Sales were above 3 million units.",
        [R("above 3 million units", "3e6", "count", "at_least")],
    ),
    Case(
        "Revenue reached at least 2 billion yuan.",
        [R("at least 2 billion yuan", "2e9", "CNY", "at_least")],
    ),
    Case(
        "The platform has upwards of 5 million subscribers.",
        [R("upwards of 5 million subscribers", "5e6", "count", "at_least")],
    ),
    Case(
        "Revenue exceeded 250 million yuan.",
        [R("exceeded 250 million yuan", "250e6", "CNY", "at_least")],
    ),
    Case(
        "Sales surpassed 1 trillion yuan.",
        [R("surpassed 1 trillion yuan", "1e12", "CNY", "at_least")],
    ),
    Case(
        "Revenue topped 10 billion yuan.", [R("topped 10 billion yuan", "10e9", "CNY", "at_least")]
    ),
    Case(
        "Spending exceeding 2 trillion yuan was approved.",
        [R("exceeding 2 trillion yuan", "2e12", "CNY", "at_least")],
    ),
    # after a modal the verb is the forecast, not part of the figure (qualifiers.csv)
    Case("The share will exceed 80 percent.", [pct("80 percent", "80", "share_pct", "at_least")]),
    Case(
        "Sales are expected to surpass 5 trillion yuan.",
        [R("5 trillion yuan", "5e12", "CNY", "at_least")],
    ),
    # a phrasal verb ending in a qualifier word qualifies nothing (qualifiers.csv); a count noun
    # with its kind before it is the count's unit (units.csv)
    Case(
        "Xiaomi Auto handed over 108,796 electric vehicles.",
        [R("108,796 electric vehicles", "108796", "count")],
    ),
    Case("The dealer hands over 5,000 cars.", [R("5,000 cars", "5000", "count")]),
    Case("It is handing over 2,000 vehicles.", [R("2,000 vehicles", "2000", "count")]),
    Case("Stores turned over 3 billion yuan.", [R("3 billion yuan", "3e9", "CNY")]),
    Case("The fund took over 20 billion yuan of assets.", [R("20 billion yuan", "20e9", "CNY")]),
    Case("BYD sold 552,076 NEVs.", [R("552,076 NEVs", "552076", "count")]),
    Case(
        "It sold 9,000 EVs and 1,000 electric cars.",
        [R("9,000 EVs", "9000", "count"), R("1,000 electric cars", "1000", "count")],
    ),
    Case(
        "Sales of new energy vehicles hit 1,000 new energy vehicles.",
        [R("1,000 new energy vehicles", "1000", "count")],
    ),
    Case(
        "Revenue is expected to top 1 trillion yuan.",
        [R("1 trillion yuan", "1e12", "CNY", "at_least")],
    ),
    Case(
        "Revenue increased by over 5 percent.", [pct("over 5 percent", "5", qualifier="at_least")]
    ),
    Case(
        "Revenue rose by nearly 10 percent year on year.",
        [pct("nearly 10 percent", "10", qualifier="at_most")],
    ),
]

RESTATEMENTS = [
    Case(
        "Revenue was 31.25 trillion yuan ($4.46 trillion).",
        [
            R("31.25 trillion yuan", "31.25e12", "CNY"),
            R("$4.46 trillion", "4.46e12", "USD", restates=0),
        ],
    ),
    Case(
        "The deal is worth 250 million yuan, or about $35 million.",
        [
            R("250 million yuan", "250e6", "CNY"),
            R("about $35 million", "35e6", "USD", "approximately", restates=0),
        ],
    ),
    Case(
        "The fund holds 1 billion euros, equivalent to 7.8 billion yuan.",
        [R("1 billion euros", "1e9", "EUR"), R("7.8 billion yuan", "7.8e9", "CNY", restates=0)],
    ),
    Case(
        "The loan of 5 billion yuan, equal to about $700 million, was approved.",
        [
            R("5 billion yuan", "5e9", "CNY"),
            R("about $700 million", "700e6", "USD", "approximately", restates=0),
        ],
    ),
    Case(
        "Sales totaled 31.25 trillion yuan （4.46万亿美元）.",
        [
            R("31.25 trillion yuan", "31.25e12", "CNY"),
            R("4.46万亿美元", "4.46e12", "USD", restates=0),
        ],
    ),
    Case(
        "Revenue fell 5 percent to 100 million yuan ($14 million).",
        [
            pct("5 percent", "-5"),
            R("100 million yuan", "100e6", "CNY"),
            R("$14 million", "14e6", "USD", restates=1),
        ],
    ),
    Case(
        "Deposits decreased by 500 billion yuan ($70 billion).",
        [
            R("500 billion yuan", "-500e9", "CNY", measure="abs_change"),
            R("$70 billion", "-70e9", "USD", measure="abs_change", restates=0),
        ],
    ),
    # two amounts in different currencies joined by "and" are no restatement
    Case(
        "The project cost 5 billion yuan and $1 billion in foreign loans.",
        [R("5 billion yuan", "5e9", "CNY"), R("$1 billion", "1e9", "USD")],
    ),
]

CHANGES_MORE = [
    Case("Retail sales rises 2 percent in most months.", [pct("2 percent", "2")]),
    Case("Output increases 4 percent when demand recovers.", [pct("4 percent", "4")]),
    Case("Credit grows 8 percent a year.", [pct("8 percent", "8")]),
    Case("Prices went up 1.5 percent in May.", [pct("1.5 percent", "1.5")]),
    Case("Exports rebounded 7 percent in March.", [pct("7 percent", "7")]),
    Case("Imports rebounded by 2.5 percent in April.", [pct("2.5 percent", "2.5")]),
    Case("Consumption picked up 3.1 percent in June.", [pct("3.1 percent", "3.1")]),
    Case("Investment accelerated 4.2 percent in the quarter.", [pct("4.2 percent", "4.2")]),
    Case("Core inflation inched up 0.1 percent.", [pct("0.1 percent", "0.1")]),
    Case("The index ticked up 0.3 percent.", [pct("0.3 percent", "0.3")]),
    Case("Stocks rallied 2 percent on Friday.", [pct("2 percent", "2")]),
    Case("Output falls 3 percent in a typical winter.", [pct("3 percent", "-3")]),
    Case("Demand drops 4 percent after the holiday.", [pct("4 percent", "-4")]),
    Case("Profit declines 6 percent when prices fall.", [pct("6 percent", "-6")]),
    Case("Output decreases 2 percent in slow years.", [pct("2 percent", "-2")]),
    Case("Prices went down 0.4 percent in July.", [pct("0.4 percent", "-0.4")]),
    Case(
        "Chinese fiscal revenue dipped 1.3 pct in the first half of 2024.", [pct("1.3 pct", "-1.3")]
    ),
    Case("Imports dipped by 0.8 percent in August.", [pct("0.8 percent", "-0.8")]),
    Case("Analysts saw a dip 2 percent lower in sales.", [pct("2 percent", "-2")]),
    Case("Factory-gate deflation eased 0.2 percent in June.", [pct("0.2 percent", "-0.2")]),
    Case("Growth eased by 0.5 percent in the quarter.", [pct("0.5 percent", "-0.5")]),
    Case("Demand softened 1 percent in September.", [pct("1 percent", "-1")]),
    Case("The rate inched down 0.1 percent.", [pct("0.1 percent", "-0.1")]),
    Case("The index ticked down 0.2 percent.", [pct("0.2 percent", "-0.2")]),
    Case("Shares sank 5 percent on Monday.", [pct("5 percent", "-5")]),
    Case("Home prices retreated 0.7 percent in October.", [pct("0.7 percent", "-0.7")]),
    # a change named after its figure ("narrower than a 2.3% slide in September")
    Case("Exports posted a 3 percent slide in May.", [pct("3 percent", "-3")]),
    Case("Over the year, wages have risen by 3.2 percent.", [pct("3.2 percent", "3.2")]),
    Case("Over the past year, prices rose 2 percent.", [pct("2 percent", "2")]),
    Case("Over the last year, rents rose 4 percent.", [pct("4 percent", "4")]),
    Case("Prices rose 3 percent over the past 12 months.", [pct("3 percent", "3")]),
    Case("Rents rose 5 percent over the last 12 months.", [pct("5 percent", "5")]),
    Case("Prices were up 3 percent on the year in May.", [pct("3 percent", "3")]),
    Case("Sales suffered a 4 percent slump in June.", [pct("4 percent", "-4")]),
    Case("Output saw a 1.2 percent tumble in July.", [pct("1.2 percent", "-1.2")]),
    Case("Prices posted a 0.5 percent retreat in May.", [pct("0.5 percent", "-0.5")]),
    Case("Investment recorded a 2 percent downturn in 2024.", [pct("2 percent", "-2")]),
    Case("Imports showed a 0.6 percent dip in April.", [pct("0.6 percent", "-0.6")]),
    Case("Exports posted a 5 percent climb in May.", [pct("5 percent", "5")]),
    Case("Sales posted a 2 percent advance in June.", [pct("2 percent", "2")]),
    Case("Output saw a 3 percent rebound in March.", [pct("3 percent", "3")]),
    Case("Lending saw a 0.4 percent pickup in May.", [pct("0.4 percent", "0.4")]),
    Case("Prices saw a 0.1 percent uptick in June.", [pct("0.1 percent", "0.1")]),
    Case("Sales were 10 percent higher than a year earlier in May.", [pct("10 percent", "10")]),
    Case("Sales were 4 percent lower in June.", [pct("4 percent", "-4")]),
    Case("The economy grew at 5.2 percent in 2023.", [pct("5.2 percent", "5.2")]),
    Case("Output expanded at 6 percent in the year.", [pct("6 percent", "6")]),
    Case("Prices rose at 2 percent a year.", [pct("2 percent", "2")]),
    Case("Lending increased at 9 percent in 2024.", [pct("9 percent", "9")]),
    Case("Trade kept growing at 4 percent.", [pct("4 percent", "4")]),
    Case("Services kept expanding at 7 percent.", [pct("7 percent", "7")]),
    Case(
        "Revenue rose to 5 billion yuan, up from 4 billion yuan.",
        [R("5 billion yuan", "5e9", "CNY"), R("4 billion yuan", "4e9", "CNY")],
    ),
    Case("Profit increased from 2 billion yuan.", [R("2 billion yuan", "2e9", "CNY")]),
    Case(
        "Growth was 5.2 percent, compared with 5.5 percent a year earlier.",
        [pct("5.2 percent", "5.2", "level"), pct("5.5 percent", "5.5", "level")],
    ),
    Case(
        "Output rose 5 percent, compared to 4 percent in May.",
        [pct("5 percent", "5"), pct("4 percent", "4")],
    ),
    Case(
        "Sales rose 6 percent versus 5 percent in May.",
        [pct("6 percent", "6"), pct("5 percent", "5")],
    ),
    Case(
        "Growth hit 5 percent in June, slowing from 5.3 percent in May.",
        [pct("5 percent", "5", "level"), pct("5.3 percent", "5.3", "level")],
    ),
    Case(
        "Output rose 6 percent in June, accelerating from 5 percent in May.",
        [pct("6 percent", "6"), pct("5 percent", "5")],
    ),
]

RATES = [  # issue 13: headline verbs, arrows, comparisons with an earlier reading (# synthetic)
    Case(
        "一季度GDP增5.3%，高於預期的4.6%和前值5.2%。",
        [pct("5.3%", "5.3"), pct("4.6%", "4.6"), pct("5.2%", "5.2")],
        note="bare 增 right before the figure; the expectation and the previous reading (前值) "
        "take the measure of the figure before",
    ),
    Case(
        "10月全國賦稅收入年增19.3%，前10月較去年同期微減0.2%。",
        [pct("19.3%", "19.3"), pct("0.2%", "-0.2")],
    ),
    Case("出口值年減2.1%，进口同比减3.0%。", [pct("2.1%", "-2.1"), pct("3.0%", "-3.0")]),
    Case(
        "中國地區收入82.83億元，按年升135.2%，工业增加值同比降1.2%。",
        [R("82.83億元", "8283000000.00", "CNY"), pct("135.2%", "135.2"), pct("1.2%", "-1.2")],
    ),
    Case(
        "國際市場收入佔比由22.8%增至40.3%，美洲佔比提升12.3個百分點至16.3%。",
        [
            pct("22.8%", "22.8", "share_pct"),
            pct("40.3%", "40.3", "level"),
            R("12.3個百分點", "12.3", "percent", measure="pp_change"),
            pct("16.3%", "16.3", "level"),
        ],
        note="增至/至: the level reached, not a change; both read as shares (extract.as_rate)",
    ),
    Case(
        "翘尾减收等影响;出口退税11380亿元,同比多退1433亿元。",
        [
            R("11380亿元", "1138000000000", "CNY"),
            R("1433亿元", "143300000000", "CNY", measure="abs_change"),
        ],
        note="a one-character change word inside another word (减收) says nothing of the figure; "
        "多退 (rebated more) right before it is a change",
    ),
    Case(
        "关税同比少收120亿元,出口退税同比少退80亿元,个人所得税同比多收50亿元。",
        [
            R("120亿元", "-12000000000", "CNY", measure="abs_change"),
            R("80亿元", "-8000000000", "CNY", measure="abs_change"),
            R("50亿元", "5000000000", "CNY", measure="abs_change"),
        ],
        note="collected or rebated less (少收, 少退) or more (多收): changes, signed",
    ),
    Case(
        "国内增值税61383亿元，同比下降3.3%。",
        [R("61383亿元", "6138300000000", "CNY"), pct("3.3%", "-3.3")],
    ),
    Case(
        "Retail sales extended their recovery in November, climbing by 5 percent, while exports "
        "were climbing 4 percent.",
        [pct("5 percent", "5"), pct("4 percent", "4")],
    ),
    Case(
        "A reduction of around 3.8 percent in energy use per unit of GDP, after a 2.1 percent "
        "reduction last year.",
        [pct("around 3.8 percent", "-3.8", qualifier="approximately"), pct("2.1 percent", "-2.1")],
    ),
    Case(
        "Investment fell by 3.8 per cent, held back by a sharp 17.2 per cent plunge in property "
        "development and a 3 percent surge in mining.",
        [pct("3.8 per cent", "-3.8"), pct("17.2 per cent", "-17.2"), pct("3 percent", "3")],
    ),
    Case(
        "Imports of cars were €3.5 billion, 36.7% more than in 2022, and exports 3% less than a "
        "year earlier.",
        [
            R("€3.5 billion", "3500000000.0", "EUR"),
            # "than in 2022" is a base (period_comparisons.csv): year on year once the
            # figure's period is known to be 2023 (figure_periods.measured_base)
            R("36.7%", "36.7", "percent", measure="pct_change", base="in 2022"),
            pct("3%", "-3"),
        ],
    ),
    Case(
        "Adjusted EBITDA: RMB4.43B (↓49% YoY); cloud revenue RMB4.2B (↑33% YoY).",
        [
            R("RMB4.43B", "4430000000.00", "CNY"),
            pct("49%", "-49"),
            R("RMB4.2B", "4200000000.0", "CNY"),
            pct("33%", "33"),
        ],
    ),
    Case(
        "Retail sales climbed 3.4 percent year-on-year, below a Bloomberg prediction of 3.8 percent.",
        [pct("3.4 percent", "3.4"), pct("3.8 percent", "3.8")],
    ),
    Case(
        "Social retail sales rose 5 percent in November, faster than the 4.3 percent pace of "
        "October.",
        [pct("5 percent", "5"), pct("4.3 percent", "4.3")],
    ),
]

# change words and qualifiers of budgets, comparisons and both Chinese scripts (synthetic)
VALUE_WORDS = [
    Case("The government raised spending by 7.6 percent.", [pct("7.6 percent", "7.6")]),
    Case("The firm lowered its costs by 3 percent.", [pct("3 percent", "-3")]),
    Case(
        "入境人次較去年高約27%，較五一黃金周低3%。",
        [pct("約27%", "27", qualifier="approximately"), pct("3%", "-3")],
        "'較...高/低': higher or lower than the base by; 約 is the traditional 约",
    ),
    Case(
        "出口年成長19.3%，進口衰退2.1%，GDP成長5.27%。",
        [pct("19.3%", "19.3"), pct("2.1%", "-2.1"), pct("5.27%", "5.27")],
        "Taiwan press: 成長 grew, 衰退 contracted",
    ),
    Case(
        "收入大约30亿元，支出大約20億元，利润超過5億元。",
        [
            R("大约30亿元", "3e9", "CNY", "approximately"),
            R("大約20億元", "2e9", "CNY", "approximately"),
            R("超過5億元", "5e8", "CNY", "at_least"),
        ],
    ),
    Case(
        "销售额至少100亿元，投资接近50亿元，出口将近30亿元，進口將近10億元。",
        [
            R("至少100亿元", "1e10", "CNY", "at_least"),
            R("接近50亿元", "5e9", "CNY", "at_most"),
            R("将近30亿元", "3e9", "CNY", "at_most"),
            R("將近10億元", "1e9", "CNY", "at_most"),
        ],
    ),
    Case(
        "增速相差不到1个百分点，利润不足5亿元。",
        [
            R("不到1个百分点", "1", "percent", "at_most", "pp_change"),
            R("不足5亿元", "5e8", "CNY", "at_most"),
        ],
    ),
    Case(
        "零售额首次突破1万亿元，首破5000亿元，营收跨过1000亿元，收入跨過500億元。",
        [
            R("突破1万亿元", "1e12", "CNY", "at_least"),
            R("首破5000亿元", "5e11", "CNY", "at_least"),
            R("跨过1000亿元", "1e11", "CNY", "at_least"),
            R("跨過500億元", "5e10", "CNY", "at_least"),
        ],
    ),
]

ACCEPT = SEEDS + CHANGES + CHANGES_MORE + CHINESE + MEASURES + QUALIFIERS + RESTATEMENTS + RATES
ACCEPT += VALUE_WORDS

NO_ROW = [
    # seeds: numbers that are no figures
    Case(
        "The investigation has commenced in accordance with the Article 36 and Article 37 of "
        "China's Foreign Trade Law, MOFCOM announced.",  # seeds/000
        [],
    ),
    Case(
        "Speaking at the ceremony, Huang Zongde, 93, said that the honor belongs to every member "
        "of the people's armed forces.",  # seeds/000
        [],
    ),
    Case("She died at the age of about 50, aged 93 by some accounts.", []),  # synthetic
    Case("The studio released 10 films this year.", []),  # synthetic
    Case(
        "The 28th Shanghai International Film Festival, which kicked off today, is setting a new "
        "benchmark.",  # seeds/002
        [],
    ),
    Case("Glenn Marshall won the Jury Award in 2024.", []),  # synthetic
    Case(
        "The exhibition also features terracotta figurines from the Sui and Tang dynasties "
        "(581-907), bronzes and porcelain pieces from Qing Dynasty (1644-1911).",  # seeds/000
        [],
    ),
    Case("For details call 021-12345678.", []),  # synthetic
    Case(
        'As of Saturday, searches for "travel during the National Day holidays" had surged 27 '
        "times year-on-year on domestic service apps Meituan and Dianping.",  # seeds/000
        [],
    ),
    Case(
        "The investigation will typically last for three months and comments can be submitted "
        "within 30 days.",  # seeds/000
        [],
    ),
    Case(
        "China is celebrating the 75th anniversary of the founding of the PRC.",  # seeds/000
        [],
    ),
    Case(
        "The exhibition showcases more than 100 authentic artworks, including sculptures.",
        [],  # seeds/000: a bare count without a unit word
    ),
    Case(
        "Outbound flight and hotel bookings covered nearly 1,600 cities in 144 countries and "
        "regions, the company said.",  # seeds/000
        [],
    ),
    Case(
        'Since its establishment, the "Anonymous 64" has posted over 70 updates on social media.',
        [],  # seeds/000
    ),
    Case("an over 2,100-year-old lady", []),  # seeds/000
    Case("a 30-day public consultation", []),  # seeds/000
    Case("The micro drama industry has upgraded to 2.0 version.", []),  # seeds/003
    Case("Three excavations were carried out from 1972 to 1974.", []),  # seeds/000
    Case("The firm is 5m away from the station.", []),  # synthetic: metres, not millions
    Case("Sales doubled in 2024.", []),  # synthetic
    Case("COVID-19 cases fell in the G20 economies.", []),  # synthetic
    Case("the 1:1 replica", []),  # seeds/000
    Case("The temperature was 25 degrees.", []),  # synthetic: no unit of units.csv
    Case("Room 1203, Building 5, No. 8 Road.", []),  # synthetic
]

BUGS_CAUGHT = [
    # qualifiers.csv "exceed": after a modal the verb is not part of value_text
    Case(
        "It is expected that the proportion will exceed 80 percent.",
        [pct("80 percent", "80", "share_pct", "at_least")],
    ),
    # changes.csv "negative growth of": a fall, not a rise
    Case("Imports registered negative growth of 2 percent.", [pct("2 percent", "-2")]),
    # cues.csv "to": the figure after "to" is the level, not a second change
    Case(
        "Retail sales rose by 3.4 percent year-on-year to 31.25 trillion yuan.",
        [pct("3.4 percent", "3.4"), R("31.25 trillion yuan", "31.25e12", "CNY")],
    ),
    # measures.py JOINER: "up 0.7 percent year-on-year and 19.4 percent compared with ..." shares
    # the sign of the first change
    Case(
        "The daily average would be down 0.7 percent year-on-year and 19.4 percent compared with "
        "the same period in 2019.",
        [
            pct("0.7 percent", "-0.7"),
            R("19.4 percent", "-19.4", "percent", measure="pct_change", base_year=2019),
        ],
    ),
    # cues.csv "比重为": '为' (a level cue) after '占...的比重' made the share a level
    Case(
        "实物商品网上零售额为7.6万亿元，占社会消费品零售总额的比重为24.4%。",
        [R("7.6万亿元", "7.6e12", "CNY"), pct("24.4%", "24.4", "share_pct")],
    ),
    Case(
        "The proportion of self-driving trips was 80 percent.",
        [pct("80 percent", "80", "share_pct")],
        note="fixed: "
        + "'was' (level cue) after 'proportion of' wins: measure 'level' instead of share_pct",
    ),
    Case(
        "Revenue rose to 500 million yuan, up from 400 million yuan a year earlier.",
        [R("500 million yuan", "500e6", "CNY"), R("400 million yuan", "400e6", "CNY")],
        note="fixed: " + "'up from X' names the earlier level; gives abs_change +400 million yuan",
    ),
    Case(
        "The jobless rate fell to 5.0 percent, down from 5.3 percent in September.",
        [pct("5.0 percent", "5.0", "level"), pct("5.3 percent", "5.3", "level")],
        note="fixed: " + "'down from X percent' is the earlier rate; gives yoy_pct -5.3",
    ),
    Case(
        "GDP grew 5.2 percent in 2023, down from 5.5 percent in 2022.",
        [pct("5.2 percent", "5.2"), pct("5.5 percent", "5.5")],
        note="fixed: "
        + "'down from 5.5 percent' is the 2022 growth rate (+5.5); gives yoy_pct -5.5",
    ),
    Case(
        "Sales were 10 percent higher than a year earlier.",
        [pct("10 percent", "10")],
        note="fixed: "
        + "'higher than a year earlier' is a change; gives measure 'level' (no cue, no comparison)",
    ),
    Case(
        "Sales were 10 percent lower than a year earlier.",
        [pct("10 percent", "-10")],
        note="fixed: " + "'lower than a year earlier' is a fall; gives +10 with measure 'level'",
    ),
    Case(
        "China's economy grew at 5.2 percent in 2023.",
        [pct("5.2 percent", "5.2")],
        note="fixed: " + "the level cue 'at' after 'grew' wins: measure 'level' instead of yoy_pct",
    ),
    Case(
        "Exports rose 5 percent and imports 3 percent.",
        [pct("5 percent", "5"), pct("3 percent", "3")],
        note="fixed: "
        + "elided verb ('and imports 3 percent'): the second figure gets measure 'level'",
    ),
]

XFAIL = []


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + BUGS_CAUGHT + strict_xfail(XFAIL), ids=case_id)
def test_figures(case: Case) -> None:
    assert rows_of(case.text) == case.rows


def test_offsets_are_document_offsets() -> None:
    text = "Revenue was 31.25 trillion yuan ($4.46 trillion)."
    figures = build_figures(text, 500, find_raw_figures(text, 500), periods.find_periods(text, 500))
    assert [(f.start, f.end, f.value_text) for f in figures] == [
        (512, 531, "31.25 trillion yuan"),
        (533, 547, "$4.46 trillion"),
    ]
    assert rows_of(text, 500) == rows_of(text)


def accepted_text() -> str:
    return "\n".join(case.text for case in ACCEPT + BUGS_CAUGHT)


@pytest.mark.parametrize(
    "table", ["changes", "comparisons", "qualifiers"], ids=lambda name: f"vocab/{name}.csv"
)
def test_every_vocabulary_phrase_has_a_case(table: str) -> None:
    """A phrase added to the vocabulary needs a sentence in this table."""
    text = accepted_text()
    missing = [
        row["phrase"]
        for row in load_vocab(table, ("phrase",))
        if not re.search(phrase_pattern(row["phrase"]), text)
    ]
    assert missing == []
