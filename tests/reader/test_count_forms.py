"""Number forms read as figures since the sixth round of issue 13: Chinese count words, Latin
units glued to the number, thousands written "190k", numbers written around a myriad
("3兆2884億元"), ringgit, metric tons and count nouns; and what must stay no figure beside them.

A row is (value_text, value, unit) of find_raw_figures; a count is a figure only where a measure
claims it later, so the table is about reading, not publishing.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from econstats.reader.figures import find_raw_figures
from econstats.reader.numbers import number_problem

ACCEPTED = [
    # Chinese count words glued to the number
    (
        "泡泡玛特在全球经营571家门店，上半年净增40间",
        [("571家", "571", "count"), ("40间", "40", "count")],
    ),
    (
        "集團另營運2597台機械人商店，上半年淨增105台",
        [("2597台", "2597", "count"), ("105台", "105", "count")],
    ),
    (
        "研发人员由2020年的513增长至659人，其中博士53人",
        [("659人", "659", "count"), ("53人", "53", "count")],
    ),
    (
        "全年起降1.2万架次，到港船舶3500艘",
        [("1.2万架次", "12000", "count"), ("3500艘", "3500", "count")],
    ),
    ("今年前三季度共交付新车36.2萬輛", [("36.2萬輛", "362000", "count")]),
    ("接待游客2.5亿人次", [("2.5亿人次", "250000000", "count")]),
    # the longer currency suffix wins over the count word 人
    ("人均可支配收入为3万人民币", [("3万人民币", "30000", "CNY")]),
    # a Latin unit glued to its number
    ("前三季度锂电池出货量约180GWh，同比增长", [("180GWh", "180000000", "kWh")]),
    ("it installed 500MWh of storage", [("500MWh", "500000", "kWh")]),
    # thousands written with a lowercase k: three digits or decimals
    ("The game drew a peak of over 190k concurrent players", [("190k", "190000", "count")]),
    ("it opened 1.5k stores", [("1.5k stores", "1500", "count")]),
    # count nouns and metric tons
    ("US employers added 130,000 jobs in August", [("130,000 jobs", "130000", "count")]),
    (
        "the company had 402 stores and 209 outlets",
        [("402 stores", "402", "count"), ("209 outlets", "209", "count")],
    ),
    (
        "exports of rare earths were 6,217 metric tons in May",
        [("6,217 metric tons", "6217000", "kg")],
    ),
    # ringgit
    ("reserves stood at RM14.07 trillion", [("RM14.07 trillion", "14070000000000", "MYR")]),
    ("a surplus of 3.5 billion ringgit", [("3.5 billion ringgit", "3500000000", "MYR")]),
    # a number written around a myriad: the head counts in its myriad
    ("國稅收入達3兆2884億元", [("3兆2884億元", "3288400000000", "CNY")]),
    ("人均GDP為3萬8748美元", [("3萬8748美元", "38748", "USD")]),
    ("营收1亿2000万元", [("1亿2000万元", "120000000", "CNY")]),
    ("产量1万2000吨", [("1万2000吨", "12000000", "kg")]),
]

REJECTED = [
    "3M said on Tuesday",  # the company
    "G1234次列车10:30发车",  # a train number, a time
    "a 10k race, 5k steps",  # a race, no thousands of anything
    "aged 45, Article 36, in 2024, call 5550123",  # ages, articles, years, phone numbers
    "2025年3月",  # dates
    "190kg of rice",  # no scale: a weight the schema has no place for
    "3萬8748億元",  # no number is written so
    "70个大中城市新建商品住宅",  # 个 is no count word here: cities
    "在全球18個國家",  # countries
]


@pytest.mark.parametrize("text, rows", ACCEPTED, ids=[t[:40] for t, _ in ACCEPTED])
def test_count_forms_read(text: str, rows: list[tuple[str, str, str]]) -> None:
    figures = find_raw_figures(text)
    found = [(text[f.start : f.end], f.value, f.unit) for f in figures]
    assert found == [(t, Decimal(v), u) for t, v, u in rows]
    for figure in figures:  # publishable as read: no number cut or unreadable
        assert number_problem(text, figure.start, figure.end) is None


@pytest.mark.parametrize("text", REJECTED)
def test_no_figure(text: str) -> None:
    assert find_raw_figures(text) == []
