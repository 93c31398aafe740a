"""Tourist trips abroad are a breakdown of border crossings, not a repeat of them (issue 13).

"今年春节出境游人次同比增长三成" (outbound tourist trips, from a travel platform) and the border
authority's "出境631.1万人次,同比增长12.48%" (every exit) are two observations: before, both
were cross_border_trips.outbound of the same period, and the repeats rule dropped the 三成 as a
second statement of the same figure. The terms that name trips for tourism ("outbound tourist
trips", "inbound tourists", 出境游客, 入境旅游, 出境游人次) now carry the breakdown "tourism".
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

OUT = "transport.tourism.cross_border_trips.outbound"
IN = "transport.tourism.cross_border_trips.inbound"
HOLIDAY = "2019-02-04/P7D"


def trips(indicator: str, measure: str, value: float, text: str) -> R:
    unit = "count" if measure == "level" else "percent"
    return R(indicator, measure, value, unit, "exact", HOLIDAY, text)


CASES = [
    Case(
        "驴妈妈旅游网的统计显示,今年春节出境游人次同比增长三成。2019年春节期间全国边检机关共查验"
        "出入境人员1253.3万人次。其中,出境631.1万人次,同比增长12.48%。",
        published="2019-02-11",
        rows=[
            trips(OUT, "yoy_pct", 30.0, "三成"),
            trips("transport.tourism.cross_border_trips", "level", 12.533e6, "1253.3万人次"),
            trips(OUT, "level", 6.311e6, "631.1万人次"),
            trips(OUT, "yoy_pct", 12.48, "12.48%"),
        ],
    ),
    Case(
        "During China's 2019 Spring Festival holiday, outbound tourist trips rose 30 percent, "
        "while border checkpoints handled 6.31 million outbound trips, up 12.48 percent.",
        published="2019-02-11",
        rows=[
            trips(OUT, "yoy_pct", 30.0, "30 percent"),
            trips(OUT, "level", 6.31e6, "6.31 million"),
            trips(OUT, "yoy_pct", 12.48, "12.48 percent"),
        ],
    ),
    Case(
        "During China's 2019 Spring Festival holiday, inbound tourists made 1.78 million trips.",
        published="2019-02-11",
        rows=[trips(IN, "level", 1.78e6, "1.78 million trips")],
    ),
    # no row: not trips
    Case("During China's 2019 Spring Festival holiday, 12 outbound tourists won medals abroad."),
    Case(
        "During the 2019 Spring Festival holiday, China's outbound tourists paid 3,980 yuan for a bag."
    ),
]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_tourist_trips_are_a_breakdown(case):
    assert rows_of(case) == case.rows


def test_breakdowns():
    found = {r["value_text"]: r["breakdown"] for r in extract_document(doc_of(CASES[0]))["rows"]}
    assert found == {"三成": "tourism", "1253.3万人次": None, "631.1万人次": None, "12.48%": None}
