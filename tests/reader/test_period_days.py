"""Spans of days ("from November 1 to 11", "2月4日至10日"): period kind "days".

Real-looking sentences (People's Daily, Xinhua, Ministry of Transport wording); published date
pinned. A row is (mention text, label, first day, last day); a single date, two dates joined by
"and" without "between", a "from ... to" of figures and impossible days give no span.
"""

from __future__ import annotations

from datetime import date

import pytest

from econstats.reader.periods import find_periods, resolve

PUBLISHED = date(2020, 11, 12)

ACCEPT = [
    (
        "Postal and express delivery enterprises across China handled a total of 3.965 billion "
        "parcels from November 1 to 11, monitoring data from the State Post Bureau showed.",
        [("from November 1 to 11", "2020-11-01/P11D", "2020-11-01", "2020-11-11")],
    ),
    (
        "Forecasts show business volume from Nov. 11 to Nov. 16 will reach 2.97 billion packages.",
        [("from Nov. 11 to Nov. 16", "2020-11-11/P6D", "2020-11-11", "2020-11-16")],
    ),
    (
        "Between January 28 and February 4, 2025, cross-regional trips reached 2.3 billion.",
        [
            (
                "Between January 28 and February 4, 2025",
                "2025-01-28/P8D",
                "2025-01-28",
                "2025-02-04",
            )
        ],
    ),
    (
        "From Sept 29 to Oct 6, 2023, railways carried 135 million passengers.",
        [("From Sept 29 to Oct 6, 2023", "2023-09-29/P8D", "2023-09-29", "2023-10-06")],
    ),
    (
        "2019年2月4日至10日，全国边检机关共查验出入境人员1253万人次。",
        [("2019年2月4日至10日", "2019-02-04/P7D", "2019-02-04", "2019-02-10")],
    ),
    (
        "2019年1月21日至3月1日春运期间，全国旅客发送量达29.8亿人次。",
        [("2019年1月21日至3月1日", "2019-01-21/P40D", "2019-01-21", "2019-03-01")],
    ),
    (
        "另據酒店業提供的資料，黃金周首4日(即10月1至4日)酒店整體入住率達到90%。",
        [("10月1至4日", "2020-10-01/P4D", "2020-10-01", "2020-10-04")],
    ),
]

# the 40-day Spring Festival travel rush, 春运 (vocab/holidays.csv travel_rush, dated per year;
# the English name stays blocked); the first N days of a holiday ("春运前20天", "黄金周首4日",
# "the first three days of the National Day holiday") are its first N days (kind holiday_head);
# "春节前10天" (the ten days before the festival), weeks and halves of a holiday are no period
HOLIDAYS = [
    ("2020年春运期间，全国铁路发送旅客3.1亿人次。", "2020-01-10/P40D"),
    ("The Spring Festival travel rush, or chunyun, is the largest yearly migration.", None),
    ("2019年春运期间，全国旅客发送量达29.8亿人次。", "2019-01-21/P40D"),
    ("据统计，2019年春运前20天全国累计发送旅客已达13.95亿人次。", "2019-01-21/P20D"),
    ("据统计，春运前20天全国累计发送旅客已达13.95亿人次。", "2020-01-10/P20D"),
    ("國慶黃金周首4日酒店整體入住率達到90%。", "2020-10-01/P4D"),
    ("国庆假期前3天，全国铁路发送旅客5120万人次。", "2020-10-01/P3D"),
    (
        "In the first three days of the National Day holiday, 1.2 million trips were made.",
        "2020-10-01/P3D",
    ),
    ("春节前10天，全国铁路发送旅客5000万人次。", None),
    ("国庆节前3天，景区接待游客200万人次。", None),
    ("春运前两周，全国铁路发送旅客1.5亿人次。", None),
    ("In the first 20 days of the Spring Festival travel rush, 1.4 billion trips were made.", None),
]


@pytest.mark.parametrize(("text", "label"), HOLIDAYS, ids=[t[:40] for t, _ in HOLIDAYS])
def test_travel_rush_and_holiday_parts(text: str, label: str | None) -> None:
    labels = [
        resolve(m.spec, None, PUBLISHED).label
        for m in find_periods(text)
        if m.spec is not None and m.role == "period"
    ]
    assert labels == ([label] if label else [])


NO_SPAN = [
    "Sales rose 12 percent on November 11, the company said.",  # a single date is no span
    "The fairs opened on January 28 and February 4.",  # two dates, no "between"
    "The rate rose from January 5 to 8 percent.",  # a figure after "to"
    "Output climbed from March 3 to 11 million tonnes.",
    "Shipments from February 30 to 31 were cancelled.",  # days the month lacks
    "Trips from November 11 to November 2 fell.",  # ends before it starts
    "Train G1234 left Beijing at 10:05 on October 1.",
    "10月1日至10月份，销量增长",  # a month after the day: no span
    "1至4月，全国旅客发送量",  # months, no days
]


def _rows(text: str) -> list[tuple]:
    rows = []
    for mention in find_periods(text):
        if mention.spec is None or mention.spec.kind != "days":
            continue
        period = resolve(mention.spec, None, PUBLISHED)
        assert period is not None, mention
        rows.append((mention.text, period.label, str(period.start), str(period.end)))
    return rows


@pytest.mark.parametrize(("text", "rows"), ACCEPT, ids=[t[:40] for t, _ in ACCEPT])
def test_day_spans(text: str, rows: list[tuple]) -> None:
    assert _rows(text) == rows


@pytest.mark.parametrize("text", NO_SPAN, ids=[t[:40] for t in NO_SPAN])
def test_no_day_span(text: str) -> None:
    assert _rows(text) == []
