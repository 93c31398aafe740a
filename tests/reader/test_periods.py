"""Period phrases: tables of real sentences (seeds/) and marked synthetic ones, published date pinned.

A row is (mention text, role, label, first day, last day) with the mention resolved by
`resolve(spec, None, published)`; role gets "/same" for a same-period phrase (its label is the
year it points to); an anaphor has no label.
"""

from __future__ import annotations

import time
from datetime import date
from typing import NamedTuple

import pytest

from econstats.core.model import Period
from econstats.reader.period_vocab import period_vocab
from econstats.reader.periods import PeriodSpec, find_periods, label_for, move_to_year, resolve

PUBLISHED = date(2025, 11, 17)  # 001_40eeacbf8687f7d6 (fiscal story) was published 2025-11-17


class Case(NamedTuple):
    text: str
    rows: list[tuple]
    published: date | None = PUBLISHED


def R(text, role="period", label=None, start=None, end=None):  # noqa: N802 (a table row)
    return (text, role, label, start, end)


def rows_of(case: Case) -> list[tuple]:
    rows = []
    for mention in find_periods(case.text):
        period = resolve(mention.spec, None, case.published) if mention.spec else None
        role = mention.role + ("/same" if mention.same_period else "")
        if period is None:
            rows.append(R(mention.text, role))
        else:
            rows.append(R(mention.text, role, period.label, str(period.start), str(period.end)))
    return rows


SEED_000 = date(2024, 9, 29)

ACCEPT = [
    # synthetic: day ranges (period kind "days"; an event's dates are a span too, and give no
    # row without a figure: tests/reader/test_period_days.py)
    Case(
        "The conference was held during November 5-7, 2024.",
        [R("during November 5-7, 2024", "period", "2024-11-05/P3D", "2024-11-05", "2024-11-07")],
    ),
    Case(
        "The 2nd Microshort Drama Conference was held during November 5-7 in Linping.",
        [R("during November 5-7", "period", "2025-11-05/P3D", "2025-11-05", "2025-11-07")],
    ),
    # seeds/001_40eeacbf8687f7d6.txt
    Case(
        "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
        "in the first 10 months of 2025, according to data released by the Ministry of Finance.",
        [
            R(
                "in the first 10 months of 2025",
                "period",
                "2025-01-01/P10M",
                "2025-01-01",
                "2025-10-31",
            )
        ],
    ),
    Case(
        "The central government collected approximately 8.19 trillion yuan in fiscal revenue during "
        "this period, which was down 0.8 percent year on year.",
        [R("during this period", "anaphor")],
    ),
    Case(
        "In the first 10 months, China's tax revenue totaled 15.34 trillion yuan.",
        [R("In the first 10 months", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31")],
    ),
    Case(
        "China's fiscal revenue up 0.8 pct in first 10 months",
        [R("in first 10 months", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31")],
    ),
    Case(
        "In the second quarter of 2025, Kling's revenue exceeded 250 million yuan.",
        [R("In the second quarter of 2025", "period", "2025-Q2", "2025-04-01", "2025-06-30")],
    ),
    Case(
        "The event has attracted over 600 million views as of September 5.",
        [R("as of September 5", "period", "2025-09-05", "2025-09-05", "2025-09-05")],
    ),
    # seeds/000_b10aee10baf3644e.txt (published 2024-09-29)
    Case(
        "In the first eight months of 2024, retail sales rose by 3.4 percent year-on-year.",
        [
            R(
                "In the first eight months of 2024",
                "period",
                "2024-01-01/P8M",
                "2024-01-01",
                "2024-08-31",
            )
        ],
        SEED_000,
    ),
    Case(
        "Trade between China and Canada dropped by 0.5 percent year-on-year in the first eight "
        "months this year to $57.66 billion, reversing the 2.4 percent growth seen in the first "
        "seven months, customs data showed in earlier September.",
        [
            R(
                "in the first eight months this year",
                "period",
                "2024-01-01/P8M",
                "2024-01-01",
                "2024-08-31",
            ),
            R("in the first seven months", "period", "2024-01-01/P7M", "2024-01-01", "2024-07-31"),
        ],
        SEED_000,
    ),
    Case(
        "The rising demand for travel during China's week-long National Day holidays starting on "
        "October 1 is expected to inject more vitality into domestic consumption.",
        [
            R(
                "during China's week-long National Day holidays",
                "period",
                "2024-10-01/P7D",
                "2024-10-01",
                "2024-10-07",
            )
        ],
        SEED_000,
    ),
    Case(
        "The daily average would be up 0.7 percent year-on-year and 19.4 percent compared with the "
        "same period in 2019, Vice Minister of Transport Li Yang said.",
        [
            R(
                "compared with the same period in 2019",
                "base/same",
                "2019",
                "2019-01-01",
                "2019-12-31",
            )
        ],
        SEED_000,
    ),
    Case(
        "The average travel distance during the holidays is estimated to increase by about 30 "
        "percent compared with the three-day Mid-Autumn Festival break.",
        [
            R("during the holidays", "anaphor"),
            R(
                "compared with the three-day Mid-Autumn Festival break",
                "base",
                "2024-09-15/P3D",
                "2024-09-15",
                "2024-09-17",
            ),
        ],
        SEED_000,
    ),
    Case(
        'Li highlighted a growing demand for travel during the "golden week."',
        [R("golden week", "period", "2024-10-01/P7D", "2024-10-01", "2024-10-07")],
        SEED_000,
    ),
    Case(
        "Outbound flight and hotel bookings on Qunar for the holiday covered nearly 1,600 cities.",
        [R("for the holiday", "anaphor")],
        SEED_000,
    ),
    Case(
        "NBS spokesperson Liu Aihua said at a separate press conference in September that ...",
        [R("in September", "period", "2024-09", "2024-09-01", "2024-09-30")],
        SEED_000,
    ),
    # synthetic: English phrase shapes
    Case(
        "Retail sales grew 3.5 percent in the first eight months of this year.",  # synthetic
        [
            R(
                "in the first eight months of this year",
                "period",
                "2025-01-01/P8M",
                "2025-01-01",
                "2025-08-31",
            )
        ],
    ),
    Case(
        "Exports rose 6.1 percent in January-October.",  # synthetic
        [R("in January-October", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31")],
    ),
    Case(
        "Imports for Jan-Oct 2025 reached $2.1 trillion.",  # synthetic
        [R("for Jan-Oct 2025", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31")],
    ),
    Case(
        "From January to October, output rose.",  # synthetic
        [R("From January to October", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31")],
    ),
    Case(
        "Between January and October 2024 sales fell.",  # synthetic
        [
            R(
                "Between January and October 2024",
                "period",
                "2024-01-01/P10M",
                "2024-01-01",
                "2024-10-31",
            )
        ],
    ),
    Case(
        "GDP grew 5.2 percent in the first three quarters.",  # synthetic
        [R("in the first three quarters", "period", "2025-01-01/P9M", "2025-01-01", "2025-09-30")],
    ),
    Case(
        "Q1-Q3 profits rose 3 percent.",  # synthetic
        [R("Q1-Q3", "period", "2025-01-01/P9M", "2025-01-01", "2025-09-30")],
    ),
    Case(
        "Growth slowed in the fourth quarter of 2024.",  # synthetic
        [R("in the fourth quarter of 2024", "period", "2024-Q4", "2024-10-01", "2024-12-31")],
    ),
    Case(
        "Revenue in Q3 2025 and in 2024 Q4 beat forecasts.",  # synthetic
        [
            R("in Q3 2025", "period", "2025-Q3", "2025-07-01", "2025-09-30"),
            R("in 2024 Q4", "period", "2024-Q4", "2024-10-01", "2024-12-31"),
        ],
    ),
    Case(
        "The third quarter saw a rebound.",  # synthetic
        [R("The third quarter", "period", "2025-Q3", "2025-07-01", "2025-09-30")],
    ),
    Case(
        "H1 revenue and H1 2024 revenue.",  # synthetic
        [
            R("H1", "period", "2025-S1", "2025-01-01", "2025-06-30"),
            R("H1 2024", "period", "2024-S1", "2024-01-01", "2024-06-30"),
        ],
    ),
    Case(
        "Sales in the first half of 2025 beat the second half.",  # synthetic
        [
            R("in the first half of 2025", "period", "2025-S1", "2025-01-01", "2025-06-30"),
            R("the second half", "period", "2025-S2", "2025-07-01", "2025-12-31"),
        ],
    ),
    Case(
        "In the first six months, output rose; in the first three months it fell.",  # synthetic
        [
            R("In the first six months", "period", "2025-S1", "2025-01-01", "2025-06-30"),
            R("in the first three months", "period", "2025-Q1", "2025-01-01", "2025-03-31"),
        ],
    ),
    Case(
        "October's retail sales rose, as did sales in October 2024 and in Sept.",  # synthetic
        [
            R("October's", "period", "2025-10", "2025-10-01", "2025-10-31"),
            R("in October 2024", "period", "2024-10", "2024-10-01", "2024-10-31"),
            R("in Sept.", "period", "2025-09", "2025-09-01", "2025-09-30"),
        ],
    ),
    Case(
        "Output in September of 2025 rose.",  # synthetic
        [R("in September of 2025", "period", "2025-09", "2025-09-01", "2025-09-30")],
    ),
    Case(
        "Deposits as of the end of June stood at 300 trillion yuan.",  # synthetic
        [R("as of the end of June", "period", "2025-06-30", "2025-06-30", "2025-06-30")],
    ),
    Case(
        "Debt at the end of 2024 and end-June 2025.",  # synthetic
        [
            R("at the end of 2024", "period", "2024-12-31", "2024-12-31", "2024-12-31"),
            R("end-June 2025", "period", "2025-06-30", "2025-06-30", "2025-06-30"),
        ],
    ),
    Case(
        "Reserves as of Sept. 30, 2025 and at the end of the third quarter.",  # synthetic
        [
            R("as of Sept. 30, 2025", "period", "2025-09-30", "2025-09-30", "2025-09-30"),
            R(
                "at the end of the third quarter",
                "period",
                "2025-09-30",
                "2025-09-30",
                "2025-09-30",
            ),
        ],
    ),
    Case(
        "Revenue in 2024 and for the whole of 2023.",  # synthetic
        [
            R("in 2024", "period", "2024", "2024-01-01", "2024-12-31"),
            R("for the whole of 2023", "period", "2023", "2023-01-01", "2023-12-31"),
        ],
    ),
    Case(
        "The whole year of 2024 and full-year 2023 results.",  # synthetic
        [
            R("The whole year of 2024", "period", "2024", "2024-01-01", "2024-12-31"),
            R("full-year 2023", "period", "2023", "2023-01-01", "2023-12-31"),
        ],
    ),
    Case(
        "Sales rose last year and will rise this year.",  # synthetic
        [
            R("last year", "period", "2024", "2024-01-01", "2024-12-31"),
            R("this year", "period", "2025", "2025-01-01", "2025-12-31"),
        ],
    ),
    Case(
        "Spending in the 2024 fiscal year, fiscal year 2023 and FY2022.",  # synthetic
        [
            R("in the 2024 fiscal year", "period", "2024", "2024-01-01", "2024-12-31"),
            R("fiscal year 2023", "period", "2023", "2023-01-01", "2023-12-31"),
            R("FY2022", "period", "2022", "2022-01-01", "2022-12-31"),
        ],
    ),
    Case(
        "Trips during the National Day holiday of 2025 rose.",  # synthetic
        [
            R(
                "during the National Day holiday of 2025",
                "period",
                "2025-10-01/P8D",
                "2025-10-01",
                "2025-10-08",
            )
        ],
    ),
    Case(
        "Box office during the Spring Festival holiday hit a record.",  # synthetic
        [
            R(
                "during the Spring Festival holiday",
                "period",
                "2025-01-28/P8D",
                "2025-01-28",
                "2025-02-04",
            )
        ],
    ),
    Case(
        "Mooncake sales before the Mid-Autumn Festival of 2024.",  # synthetic
        [
            R(
                "the Mid-Autumn Festival of 2024",
                "period",
                "2024-09-15/P3D",
                "2024-09-15",
                "2024-09-17",
            )
        ],
    ),
    Case(
        "Trips rose 5 percent from the same period last year.",  # synthetic
        [R("from the same period last year", "base/same", "2024", "2024-01-01", "2024-12-31")],
    ),
    Case(
        "It was 8 percent above the same period of 2019.",  # synthetic
        [R("the same period of 2019", "base/same", "2019", "2019-01-01", "2019-12-31")],
    ),
    Case(
        "Trips were up 12 percent compared with 2019.",  # synthetic
        [R("compared with 2019", "base", "2019", "2019-01-01", "2019-12-31")],
    ),
    Case(
        "Profits fell in the same period, and in the same period last year they rose.",  # synthetic
        [
            R("in the same period", "anaphor"),
            R("in the same period last year", "period/same", "2024", "2024-01-01", "2024-12-31"),
        ],
    ),
    # synthetic: Chinese, NBS style
    Case(
        "2025年1-10月，全国一般公共预算收入186490亿元。",  # synthetic
        [R("2025年1-10月", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31")],
    ),
    Case(
        "1-10月，税收收入153364亿元；1至9月增长1.5%。",  # synthetic
        [
            R("1-10月", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31"),
            R("1至9月", "period", "2025-01-01/P9M", "2025-01-01", "2025-09-30"),
        ],
    ),
    Case(
        "前三季度国内生产总值比上年同期增长5.2%。",  # synthetic
        [
            R("前三季度", "period", "2025-01-01/P9M", "2025-01-01", "2025-09-30"),
            R("比上年同期", "base/same", "2024", "2024-01-01", "2024-12-31"),
        ],
    ),
    Case(
        "上半年增长5.3%，第二季度增长5.2%。",  # synthetic
        [
            R("上半年", "period", "2025-S1", "2025-01-01", "2025-06-30"),
            R("第二季度", "period", "2025-Q2", "2025-04-01", "2025-06-30"),
        ],
    ),
    Case(
        "2024年全国财政收入增长1.3%，今年和去年相比。",  # synthetic
        [
            R("2024年", "period", "2024", "2024-01-01", "2024-12-31"),
            R("今年", "period", "2025", "2025-01-01", "2025-12-31"),
            R("去年", "base", "2024", "2024-01-01", "2024-12-31"),  # 去年相比: a base
        ],
    ),
    Case(
        "10月份社会消费品零售总额41082亿元；10月同比增长2.9%。",  # synthetic
        [
            R("10月份", "period", "2025-10", "2025-10-01", "2025-10-31"),
            R("10月", "period", "2025-10", "2025-10-01", "2025-10-31"),
        ],
    ),
    Case(
        "前10个月，出口增长；国庆假期全社会跨区域人员流动量较2019年同期增长。",  # synthetic
        [
            R("前10个月", "period", "2025-01-01/P10M", "2025-01-01", "2025-10-31"),
            R("国庆假期", "period", "2025-10-01/P8D", "2025-10-01", "2025-10-08"),
            R("较2019年同期", "base/same", "2019", "2019-01-01", "2019-12-31"),
        ],
    ),
    Case(
        "去年同期为5.0%。截至2025年9月末，M2余额335万亿元。",  # synthetic
        [
            R("去年同期", "base/same", "2024", "2024-01-01", "2024-12-31"),
            R("截至2025年9月末", "period", "2025-09-30", "2025-09-30", "2025-09-30"),
        ],
    ),
    Case(
        "2024年末外汇储备32024亿美元；截至9月5日的数据。",  # synthetic
        [
            R("2024年末", "period", "2024-12-31", "2024-12-31", "2024-12-31"),
            R("截至9月5日", "period", "2025-09-05", "2025-09-05", "2025-09-05"),
        ],
    ),
    Case(
        "今年春节假期和2024年国庆假期。",  # synthetic
        [
            R("今年春节假期", "period", "2025-01-28/P8D", "2025-01-28", "2025-02-04"),
            R("2024年国庆假期", "period", "2024-10-01/P7D", "2024-10-01", "2024-10-07"),
        ],
    ),
    # a year-less phrase without a published date keeps its spec but does not resolve
    Case("in the first seven months", [R("in the first seven months")], None),
    # months and quarters relative to the published one (issue 12 item 10; was a known gap)
    Case(
        "Prices rose 0.2 percent last month.",  # synthetic
        [R("last month", "period", "2025-10", "2025-10-01", "2025-10-31")],
    ),
    Case(
        "Exports are expected to grow next quarter; 上季度出口增长。",  # synthetic
        [
            R("next quarter", "period", "2026-Q1", "2026-01-01", "2026-03-31"),
            R("上季度", "period", "2025-Q3", "2025-07-01", "2025-09-30"),
        ],
    ),
    Case("上月出口增长。", [R("上月", "period", "2025-10", "2025-10-01", "2025-10-31")]),
    Case("last month", [R("last month")], None),  # needs the published date
]

NO_PERIOD = [
    # seeds/000_b10aee10baf3644e.txt and others
    'Amid the peak season of "Golden September and Silver October," observers expect growth.',
    "the rising demand for travel starting on October 1 is expected to inject vitality",
    "the 75th founding anniversary of the People's Republic of China (PRC)",
    "ahead of the 75th anniversary, over the past 75 years",
    "Glenn Marshall won the Jury Award at the 2022 Cannes Short Film Festival.",
    "Some of the most emblematic works on display include Age of Bronze.",
    "an original size version of The Thinker that Rodin made in 1880",
    "Born in Paris in 1840, Rodin is hailed as the father of modern sculpture.",
    "terracotta figurines from the Sui and Tang dynasties (581-907), porcelain from Qing Dynasty "
    "(1644-1911).",
    "during China's Western Han Dynasty (206BC-AD25)",
    "Three excavations on the site were carried out from 1972 to 1974.",
    "in accordance with the Article 36 and Article 37 of China's Foreign Trade Law",
    "The 10 films screened are from various genres.",
    "The 28th Shanghai International Film Festival kicked off today.",
    "BEIJING, Nov. 11, 2024 /PRNewswire/ --",
    "Since June 2024, Kling has grown its global user base to over 45 million.",
    "In late August, China Media Group launched an AI-themed evening gala.",
    "In commemoration of the National Day of Mexican Cinema 2024, the Embassy will screen Cronos",
    "The Film Festival will run until October 31 and will be screened in seven cities.",
    "launched the 2024 Netherlands Film Festival in Beijing on September 12.",
    "The investigation will typically last for three months.",
    "Stakeholders can submit the comments within 30 days.",
    "【etnet 30周年】多重慶祝活動一浪接一浪",
    # synthetic
    "Call 010-6512-2024 or +86 10 8888 2025 for tickets.",  # synthetic: phone numbers
    "The ticket sold for 2000 yuan in 2019-2024 auctions.",  # synthetic
    "The data was released on 2025-09-15 at 10:00.",  # synthetic
    "Sales on October 1, 2024 and on 1 October 2024 were high.",  # synthetic
    "Prices have risen since 2019 and since March.",  # synthetic
    "The Spring Festival Gala drew viewers; the Spring Festival travel rush began.",  # synthetic
    "2025年9月15日，国家统计局发布数据。10月1日起施行。",  # synthetic
    "今年以来，2019年以来，9月上旬。",  # synthetic
    "in Q5 2025, the first 13 months, Month 13",  # synthetic: out of range
]

XFAIL = [
    # known gaps: strict, so a fix makes the case fail until it moves to ACCEPT / NO_PERIOD
    Case("Audi Q3 sales rose.", []),  # synthetic: a model name read as a quarter
    Case(
        "Output has recovered since the first quarter of 2024.", []
    ),  # synthetic: "since" + phrase
    Case(
        "Revenue was down from the first quarter.",  # synthetic: "from" as a base lead
        [R("from the first quarter", "base", "2025-Q1", "2025-04-01", "2025-06-30")],
    ),
    Case(
        "今年以来，出口增长。",  # synthetic: year to date (needs the published day)
        [R("今年以来", "period", "2025-01-01/P321D", "2025-01-01", "2025-11-17")],
    ),
    Case(
        "Sales over the past 12 months rose.",  # synthetic: trailing periods
        [R("over the past 12 months", "period", "2024-11-01/P12M", "2024-11-01", "2025-10-31")],
    ),
]


def case_id(case: Case | str) -> str:
    return (case.text if isinstance(case, Case) else case)[:60]


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_accept(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("text", NO_PERIOD, ids=case_id)
def test_no_period(text: str) -> None:
    assert find_periods(text) == []


@pytest.mark.parametrize(
    "case",
    [pytest.param(case, marks=pytest.mark.xfail(strict=True)) for case in XFAIL],
    ids=case_id,
)
def test_known_gaps(case: Case) -> None:
    assert rows_of(case) == case.rows


@pytest.mark.parametrize("case", ACCEPT, ids=case_id)
def test_offsets_point_into_the_document(case: Case) -> None:
    document = "x" * 17 + case.text
    for mention in find_periods(case.text, offset=17):
        assert document[mention.start : mention.end] == mention.text


def test_specs_keep_what_the_text_says() -> None:
    [first, same] = find_periods(
        "2.4 percent in the first seven months, 3 percent over the same period a year earlier"
    )
    assert first.spec == PeriodSpec("months", None, None, 1, 7)
    assert (same.role, same.same_period, same.spec) == ("base", True, PeriodSpec("year", None, -1))
    [holiday] = find_periods("during this year's National Day holiday")
    assert holiday.spec == PeriodSpec("holiday", None, 0, holiday="national_day")
    [day] = find_periods("as of the end of June 2025")
    assert day.spec == PeriodSpec("day", 2025, None, 6, 6, None)


LABEL_FOR = [
    ((date(2025, 1, 1), date(2025, 12, 31)), "2025"),
    ((date(2025, 1, 1), date(2025, 6, 30)), "2025-S1"),
    ((date(2025, 7, 1), date(2025, 12, 31)), "2025-S2"),
    ((date(2025, 1, 1), date(2025, 3, 31)), "2025-Q1"),
    ((date(2025, 10, 1), date(2025, 12, 31)), "2025-Q4"),
    ((date(2025, 10, 1), date(2025, 10, 31)), "2025-10"),
    ((date(2024, 2, 1), date(2024, 2, 29)), "2024-02"),
    ((date(2025, 9, 30), date(2025, 9, 30)), "2025-09-30"),
    ((date(2025, 1, 1), date(2025, 10, 31)), "2025-01-01/P10M"),
    ((date(2025, 1, 1), date(2025, 9, 30)), "2025-01-01/P9M"),
    ((date(2025, 2, 1), date(2025, 4, 30)), "2025-02-01/P3M"),  # three months, not a quarter
    ((date(2025, 4, 1), date(2025, 9, 30)), "2025-04-01/P6M"),  # six months, not a half
    ((date(2024, 7, 1), date(2025, 6, 30)), "2024-07-01/P12M"),  # twelve months, not a year
    ((date(2024, 10, 1), date(2024, 10, 7)), "2024-10-01/P7D"),
    ((date(2025, 1, 28), date(2025, 2, 4)), "2025-01-28/P8D"),
    ((date(2025, 1, 2), date(2025, 1, 31)), "2025-01-02/P30D"),
]


@pytest.mark.parametrize(("dates", "label"), LABEL_FOR, ids=lambda v: str(v))
def test_label_for(dates: tuple[date, date], label: str) -> None:
    assert label_for(*dates) == label


def P(start: str, end: str) -> Period:  # noqa: N802 (a table cell)
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return Period(label_for(first, last), first, last)


NATIONAL_DAY_2024 = P("2024-10-01", "2024-10-07")
MOVE_TO_YEAR = [
    # (period, year or same-period spec, holiday, expected)
    (NATIONAL_DAY_2024, 2019, None, P("2019-10-01", "2019-10-07")),  # the seed's base period
    (NATIONAL_DAY_2024, 2025, None, P("2025-10-01", "2025-10-08")),  # joined with Mid-Autumn
    (P("2025-10-01", "2025-10-08"), 2024, None, NATIONAL_DAY_2024),  # shared dates: first in csv
    (P("2025-10-01", "2025-10-08"), 2024, "mid_autumn", P("2024-09-15", "2024-09-17")),
    (P("2024-09-15", "2024-09-17"), 2023, None, P("2023-09-29", "2023-10-06")),
    (P("2024-02-10", "2024-02-17"), 2025, None, P("2025-01-28", "2025-02-04")),
    (P("2024-02-10", "2024-02-17"), 2018, None, None),  # no dates for that year
    (P("2024-05-01", "2024-05-05"), 2023, None, P("2023-04-29", "2023-05-03")),
    (P("2025-01-01", "2025-10-31"), 2024, None, P("2024-01-01", "2024-10-31")),
    (P("2025-04-01", "2025-06-30"), 2019, None, P("2019-04-01", "2019-06-30")),
    (P("2024-01-01", "2024-02-29"), 2023, None, P("2023-01-01", "2023-02-28")),
    (P("2023-01-01", "2023-02-28"), 2024, None, P("2024-01-01", "2024-02-29")),
    (P("2024-02-29", "2024-02-29"), 2023, None, P("2023-02-28", "2023-02-28")),
    (P("2023-02-28", "2023-02-28"), 2024, None, P("2024-02-29", "2024-02-29")),  # a month's end
    (P("2024-02-15", "2024-02-15"), 2023, None, P("2023-02-15", "2023-02-15")),
    (
        P("2025-07-01", "2025-09-30"),
        PeriodSpec("year", None, -1),
        None,
        P("2024-07-01", "2024-09-30"),
    ),
    (
        P("2025-01-01", "2025-10-31"),
        PeriodSpec("year", 2019, None),
        None,
        P("2019-01-01", "2019-10-31"),
    ),
]


@pytest.mark.parametrize(
    ("period", "target", "holiday", "expected"), MOVE_TO_YEAR, ids=lambda v: str(v)
)
def test_move_to_year(period, target, holiday, expected) -> None:
    assert move_to_year(period, target, holiday) == expected


RESOLVE = [
    # (spec, context_year, published, expected label or None)
    (PeriodSpec("months", None, None, 1, 10), 2024, PUBLISHED, "2024-01-01/P10M"),  # context wins
    (PeriodSpec("months", None, None, 1, 10), None, PUBLISHED, "2025-01-01/P10M"),
    (PeriodSpec("months", None, None, 1, 10), None, None, None),  # no year at all
    (PeriodSpec("months", 2023, None, 1, 10), 2024, PUBLISHED, "2023-01-01/P10M"),  # explicit wins
    (PeriodSpec("year", None, -1), 2020, PUBLISHED, "2024"),  # relative beats context
    (PeriodSpec("year", None, 0), 2020, None, None),  # relative needs the published date
    (PeriodSpec("half", None, None, 2, 2), None, PUBLISHED, "2025-S2"),
    (PeriodSpec("quarters", 2025, None, 1, 3), None, None, "2025-01-01/P9M"),
    (PeriodSpec("quarter", 2025, None, 4, 4), None, None, "2025-Q4"),
    (PeriodSpec("month", 2024, None, 2, 2), None, None, "2024-02"),
    (PeriodSpec("day", 2024, None, 2, 2), None, None, "2024-02-29"),  # the month's last day
    (PeriodSpec("day", 2024, None, 2, 2, 29), None, None, "2024-02-29"),
    (PeriodSpec("day", 2025, None, 2, 2, 29), None, None, None),  # no Feb 29 in 2025
    (PeriodSpec("fiscal_year", 2024, None), None, None, "2024"),
    (PeriodSpec("holiday", 2023, None, holiday="national_day"), None, None, "2023-09-29/P8D"),
    (PeriodSpec("holiday", None, None, holiday="spring_festival"), 2026, None, "2026-02-15/P9D"),
    (PeriodSpec("holiday", 2027, None, holiday="spring_festival"), None, None, None),
    (PeriodSpec("holiday", 2030, None, holiday="may_day"), None, None, "2030-05-01/P5D"),
]


@pytest.mark.parametrize(
    ("spec", "context_year", "published", "label"), RESOLVE, ids=lambda v: str(v)
)
def test_resolve(spec, context_year, published, label) -> None:
    period = resolve(spec, context_year, published)
    assert (period.label if period else None) == label


# A year-less period of a sentence that does not look forward (no forecast or target) is the
# latest begun by the publication date; anchored when its year came from the published date.
RESOLVE_ACTUAL = [
    # (spec, context_year, published, expected label or None, anchored)
    (PeriodSpec("month", None, None, 10, 10), None, date(2025, 3, 1), "2024-10", True),
    (PeriodSpec("month", None, None, 10, 10), None, date(2025, 11, 17), "2025-10", True),
    (PeriodSpec("month", None, None, 3, 3), None, date(2025, 3, 1), "2025-03", True),  # begun
    (PeriodSpec("month", None, None, 12, 12), None, date(2026, 1, 14), "2025-12", True),
    (PeriodSpec("month", None, None, 10, 10), 2025, date(2025, 3, 1), "2025-10", False),  # story
    (PeriodSpec("month", 2025, None, 10, 10), None, date(2025, 3, 1), "2025-10", False),  # stated
    (PeriodSpec("year", None, 0), None, date(2025, 3, 1), "2025", True),  # relative: not moved
    (PeriodSpec("months", None, None, 1, 11), None, date(2026, 1, 14), "2026-01-01/P11M", True),
    (PeriodSpec("month", None, None, 10, 10), None, None, None, False),
    (PeriodSpec("month", None, None, unit_offset=-1), 2020, date(2025, 1, 14), "2024-12", True),
    (PeriodSpec("quarter", None, None, unit_offset=1), None, date(2025, 11, 17), "2026-Q1", True),
    (PeriodSpec("quarter", None, None, unit_offset=-1), None, None, None, False),
]


@pytest.mark.parametrize(
    ("spec", "context_year", "published", "label", "anchored"), RESOLVE_ACTUAL, ids=str
)
def test_resolve_looking_back(spec, context_year, published, label, anchored) -> None:
    period = resolve(spec, context_year, published, forward=False)
    assert (period.label if period else None) == label
    assert (period.anchored if period else False) == anchored


def test_lunar_holidays_are_dated_for_every_year_2019_2026() -> None:
    for name in ("spring_festival", "mid_autumn"):
        holiday = period_vocab().holiday(name)
        assert holiday.fixed is None
        assert sorted(year for year, _, _ in holiday.dated) == list(range(2019, 2027))
        for year, first, last in holiday.dated:
            assert first.year == year and 3 <= (last - first).days + 1 <= 10


def test_vocabulary_is_consistent() -> None:
    vocab = period_vocab()
    aliases = [alias.lower() for holiday in vocab.holidays for alias in holiday.aliases]
    assert len(aliases) == len(set(aliases))
    english = {vocab.months[name][0] for name in vocab.months if vocab.months[name][1] == "en"}
    assert english == set(range(1, 13))
    assert not set(vocab.months) & set(vocab.numbers)  # one lookup serves both


@pytest.mark.parametrize(
    "text",
    [
        "in " * 20000,
        "the first " * 5000 + "months",
        " " * 50000 + "2024年",
        "January-" * 5000,
        "同期" * 10000,
        "as of the end of " * 3000,
        "1-" * 20000 + "月",
    ],
    ids=lambda t: t[:20],
)
def test_no_catastrophic_backtracking(text: str) -> None:
    began = time.perf_counter()
    find_periods(text)
    assert time.perf_counter() - began < 5
