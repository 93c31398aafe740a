"""Per-visitor figures of visitor groups: overnight, same-day and mainland overnight visitors'
spending are three series of one indicator (the group is the breakdown), so a story giving all
three keeps every figure instead of dropping two as repeats (econstats.reader.visitor_groups).

Sentences in, exact rows (and their breakdowns) out; and sentences with no row.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

SPEND = "transport.tourism.spending_per_visitor"

ACCEPT = [
    # Hong Kong press, 2025-09-15: three groups in one sentence, each with two quarters
    (
        Case(
            "香港旅發局調查指,今年第二季過夜旅客人均消費為 5300 元,比第一季的 5500 元少;"
            "過夜內地客的人均消費亦由第一季的 5100 元,跌至 4900 元。",
            published="2025-09-15",
            rows=[
                R(SPEND, "level", 5300.0, "HKD", "exact", "2025-Q2", "5300 元", ref_area="HK"),
                R(SPEND, "level", 5500.0, "HKD", "exact", "2025-Q1", "5500 元", ref_area="HK"),
                R(SPEND, "level", 5100.0, "HKD", "exact", "2025-Q1", "5100 元", ref_area="HK"),
                R(SPEND, "level", 4900.0, "HKD", "exact", "2025-Q2", "4900 元", ref_area="HK"),
            ],
        ),
        ["overnight", "overnight", "mainland overnight", "mainland overnight"],
    ),
    (
        Case(
            "香港旅發局指,至於不過夜旅客的人均消費,今年第二季錄得 1100 元,較第一季的 1200 元略跌。",
            published="2025-09-15",
            rows=[
                R(SPEND, "level", 1100.0, "HKD", "exact", "2025-Q2", "1100 元", ref_area="HK"),
                R(SPEND, "level", 1200.0, "HKD", "exact", "2025-Q1", "1200 元", ref_area="HK"),
            ],
        ),
        ["same-day", "same-day"],
    ),
    (
        Case(
            "香港旅發局數字顯示,在 2018 年,過夜旅客人均消費為 6600 元;若只看內地過夜客的"
            "人均消費,2018 年為 7000 元。",
            published="2025-09-15",
            rows=[
                R(SPEND, "level", 6600.0, "HKD", "exact", "2018", "6600 元", ref_area="HK"),
                R(SPEND, "level", 7000.0, "HKD", "exact", "2018", "7000 元", ref_area="HK"),
            ],
        ),
        ["overnight", "mainland overnight"],
    ),
    (
        Case(
            "In Hong Kong, same-day per capita visitor spending fell to HK$1,100 in the second "
            "quarter of 2025.",
            published="2025-09-15",
            rows=[
                R(SPEND, "level", 1100.0, "HKD", "exact", "2025-Q2", "HK$1,100", ref_area="HK"),
            ],
        ),
        ["same-day"],
    ),
    (
        Case(
            "香港旅發局指,今年第二季旅客人均消費為 5300 元。",
            published="2025-09-15",
            rows=[R(SPEND, "level", 5300.0, "HKD", "exact", "2025-Q2", "5300 元", ref_area="HK")],
        ),
        [None],
    ),
]

ARRIVALS = "transport.tourism.visitor_arrivals"
TRIPS = "transport.passenger_trips"

# Visitors from outside the mainland and same-day visitors are their own series, not the mainland
# or overnight ones their names contain; the first N days of a holiday or travel rush its period
OTHER = [
    Case(
        "香港旅發局數字顯示,今年首 7 個月訪港旅客達 2803 萬人次,其中內地客佔 2130 萬人次,"
        "非內地客佔 672 萬人次。",
        published="2025-09-15",
        rows=[
            R(
                ARRIVALS,
                "level",
                2.803e7,
                "count",
                "exact",
                "2025-01-01/P7M",
                "2803 萬人次",
                ref_area="HK",
            ),
            R(
                f"{ARRIVALS}.mainland",
                "level",
                2.13e7,
                "count",
                "exact",
                "2025-01-01/P7M",
                "2130 萬人次",
                ref_area="HK",
            ),
            R(
                f"{ARRIVALS}.non_mainland",
                "level",
                6.72e6,
                "count",
                "exact",
                "2025-01-01/P7M",
                "672 萬人次",
                ref_area="HK",
            ),
        ],
    ),
    Case(
        "香港旅發局數字顯示,今年首 7 個月不過夜旅客錄得 1469 萬人次,按年增長 17.1%。",
        published="2025-09-15",
        rows=[
            R(
                f"{ARRIVALS}.same_day",
                "level",
                1.469e7,
                "count",
                "exact",
                "2025-01-01/P7M",
                "1469 萬人次",
                ref_area="HK",
            ),
            R(
                f"{ARRIVALS}.same_day",
                "yoy_pct",
                17.1,
                "percent",
                "exact",
                "2025-01-01/P7M",
                "17.1%",
                ref_area="HK",
            ),
        ],
    ),
    Case(
        "春节出行,平安最重要。据统计,春运前20天全国累计发送旅客已达13.95亿人次。",
        published="2019-02-11",
        rows=[R(TRIPS, "level", 1.395e9, "count", "exact", "2019-01-21/P20D", "13.95亿人次")],
    ),
    Case(
        "During the first three days of the National Day holiday, China handled 120 million "
        "cross-regional passenger trips.",
        published="2024-10-05",
        rows=[R(TRIPS, "level", 1.2e8, "count", "exact", "2024-10-01/P3D", "120 million")],
    ),
]

# A single day inside a holiday story: "On Tuesday alone" (the latest Tuesday by the published
# date), "國慶日當日" (National Day itself), "春运首日" (the first day of the travel rush)
DAYS = [
    Case(
        "On Tuesday alone, the final day of the holiday, China's cross-regional passenger trips "
        "were expected to hit 329.1 million.",
        published="2025-02-05",
        rows=[
            R(TRIPS, "level", 3.291e8, "count", "exact", "2025-02-04", "329.1 million", "forecast")
        ],
    ),
    Case(
        "On Sunday alone, China's civil aviation handled 2.1 million passenger trips.",
        published="2025-02-05",
        rows=[
            R(  # the mode it names: civil aviation's trips (transport.terms.csv)
                TRIPS + ".air",
                "level",
                2.1e6,
                "count",
                "exact",
                "2025-02-02",
                "2.1 million passenger trips",
            )
        ],
    ),
    Case(
        "春运首日,全国铁路发送旅客1050万人次。",
        published="2025-01-15",
        rows=[R(f"{TRIPS}.rail", "level", 1.05e7, "count", "exact", "2025-01-14", "1050万人次")],
    ),
    Case(
        "香港入境處指,國慶日當日約有22萬內地旅客人次訪港。",
        published="2024-10-08",
        rows=[
            R(
                "transport.tourism.cross_border_trips.inbound",
                "level",
                2.2e5,
                "count",
                "approximately",
                "2024-10-01",
                "約有22萬",
                ref_area="HK",
            )
        ],
    ),
]

DAYS += [
    Case(
        "The daily count on June 29 saw single-day passenger trips exceeding 1 million in China, "
        "CAAC data showed.",
        published="2022-07-12",
        rows=[R(TRIPS, "level", 1e6, "count", "at_least", "2022-06-29", "exceeding 1 million")],
    ),
    Case(
        "10月1日当天,全国铁路发送旅客2000万人次。",
        published="2024-10-08",
        rows=[R(f"{TRIPS}.rail", "level", 2e7, "count", "exact", "2024-10-01", "2000万人次")],
    ),
]

DAYS += [  # monthly passenger trip figures have month-on-month changes
    Case(
        "Passenger trips in May and June jumped 53.2 percent and 82.2 percent, respectively, "
        "month-on-month, China's civil aviation regulator said.",
        published="2022-07-12",
        rows=[
            R(TRIPS, "mom_pct", 53.2, "percent", "exact", "2022-05", "53.2 percent"),
            R(TRIPS, "mom_pct", 82.2, "percent", "exact", "2022-06", "82.2 percent"),
        ],
    ),
]

MAINLAND = f"{ARRIVALS}.mainland"
GOLDEN = "2024-10-01/P7D"

# the visitors after 佔整體 are the whole of the share, not its subject
SHARES = [
    Case(
        "香港入境處指,國慶黃金周內地旅客約122萬人次,佔整體訪港旅客88%。",
        published="2024-10-08",
        rows=[
            R(
                MAINLAND,
                "level",
                1.22e6,
                "count",
                "approximately",
                GOLDEN,
                "約122萬人次",
                ref_area="HK",
            ),
            R(MAINLAND, "share_pct", 88.0, "percent", "exact", GOLDEN, "88%", ref_area="HK"),
        ],
    ),
]

# A Chinese base of this year written before the figure is its own ("亦較今年五一黃金周高約13%":
# against this year's May Day week, not year on year); bases of other years keep their reading
BASES = [
    Case(
        "香港入境處指,國慶黃金周平均每日內地旅客入境人次約17萬,較去年國慶黃金周高約27%,"
        "亦較今年五一黃金周高約13%。",
        published="2024-10-08",
        rows=[
            R(MAINLAND, "level", 1.7e5, "count", "approximately", GOLDEN, "約17萬", ref_area="HK"),
            R(
                MAINLAND,
                "yoy_pct",
                27.0,
                "percent",
                "approximately",
                GOLDEN,
                "約27%",
                ref_area="HK",
            ),
            R(
                MAINLAND,
                "pct_change",
                13.0,
                "percent",
                "approximately",
                GOLDEN,
                "約13%",
                ref_area="HK",
                base_period="2024-05-01/2024-05-05",
            ),
        ],
    ),
    Case(
        "2019年春节期间全国边检机关共查验出入境人员1253.3万人次,与2018年春节期间相比增长10.99%。",
        published="2019-02-11",
        rows=[
            R(
                "transport.tourism.cross_border_trips",
                "level",
                1.2533e7,
                "count",
                "exact",
                "2019-02-04/P7D",
                "1253.3万人次",
            ),
            R(
                "transport.tourism.cross_border_trips",
                "yoy_pct",
                10.99,
                "percent",
                "exact",
                "2019-02-04/P7D",
                "10.99%",
            ),
        ],
    ),
]

REJECT = [
    Case("The ministry said on June 29 that 3 million passenger trips were made in China."),
    Case("China's railways sent 19 million passengers on Friday, the ministry said on Saturday."),
    Case("春节前10天，全国铁路发送旅客5000万人次。"),
    Case("The panda centre welcomed 12 cubs on Tuesday alone, its keepers said."),
    Case("香港今年第二季過夜旅客平均逗留 3.2 晚。"),
    Case("過夜旅客人均消費調查於 2025 年 9 月 15 日發表,共訪問 1200 名旅客。"),
    Case("The overnight visitors' tour of 12 museums took 3 days and cost nothing."),
    Case("香港海洋公園今年第二季迎來 2 隻大熊貓,不過夜旅客可免費參觀。"),
]


@pytest.mark.parametrize(("case", "breakdowns"), ACCEPT, ids=[case_id(c) for c, _ in ACCEPT])
def test_accept(case: Case, breakdowns: list[str | None]) -> None:
    assert rows_of(case, "transport") == case.rows
    rows = extract_document(doc_of(case))["rows"]
    assert [row["breakdown"] for row in rows if row["topic"] == "transport"] == breakdowns


@pytest.mark.parametrize("case", REJECT, ids=case_id)
def test_reject(case: Case) -> None:
    assert rows_of(case, "transport") == []


@pytest.mark.parametrize("case", OTHER, ids=case_id)
def test_groups_and_holiday_heads(case: Case) -> None:
    assert rows_of(case, "transport") == case.rows


@pytest.mark.parametrize("case", DAYS, ids=case_id)
def test_single_days(case: Case) -> None:
    assert rows_of(case, "transport") == case.rows


@pytest.mark.parametrize("case", BASES, ids=case_id)
def test_chinese_bases(case: Case) -> None:
    assert rows_of(case, "transport") == case.rows


@pytest.mark.parametrize("case", SHARES, ids=case_id)
def test_shares(case: Case) -> None:
    assert rows_of(case, "transport") == case.rows
