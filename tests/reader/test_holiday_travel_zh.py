"""A Chinese holiday travel report: 国内出游总花费 is spending, not 国内出游 trips, though the
shorter phrase starts first; a mode's passengers carried (民航累计运送旅客, 铁路运送旅客) are that
mode's trips. Vehicle flows on highways have no code: no row, never another subject's repeat.
(A bare 日均 stays a subject of its own, passenger trips' daily average: made a basis of the
clause's subject it lost precision on tests/blind, so a mode's daily average is not read yet.)"""

from __future__ import annotations

from cases import Case, doc_of

from econstats.dataset.document import extract_document

TEXT = (
    "新华社北京10月8日电 国庆中秋假期8天，全国国内出游8.88亿人次；国内出游总花费8090.06亿元。\n"
    "据国家铁路局统计，假期全国铁路累计发送旅客1.54亿人次，同比增长4.1%。"
    "民航累计运送旅客1940万人次。\n"
    "全国高速公路累计流量4.9亿辆次。"
)
HOLIDAY = "2025-10-01/P8D"
ROWS = [
    ("transport.tourism.domestic_trips", "level", 8.88e8, None),
    ("transport.tourism.spending", "level", 8.09006e11, None),
    ("transport.passenger_trips.rail", "level", 1.54e8, None),
    ("transport.passenger_trips.rail", "yoy_pct", 4.1, None),
    ("transport.passenger_trips.air", "level", 1.94e7, None),
]


def test_holiday_travel_zh() -> None:
    result = extract_document(doc_of(Case(TEXT, "2025-10-09")))
    found = [
        (r["indicator"], r["measure"], r["value"], r["breakdown"])
        for r in result["rows"]
        if r["period"] == HOLIDAY
    ]
    assert found == ROWS
    assert len(result["rows"]) == len(ROWS)  # the highway's vehicles: no row
    assert not result["repeats"]
