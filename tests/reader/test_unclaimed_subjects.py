"""Figures no topic claimed, made claimable by general mechanisms and vocabulary (issue 13).

- A quoted sentence opens with its quote mark: '"That was a 7.2 percent increase," she said'
  continues the subject of the sentence before like an unquoted one (anaphora.anaphor_regex).
- "That compares to 4,566 tons shipped in April" and "That fell short of the 5.6 percent growth
  forecast" continue the subject before (vocab/anaphors.csv); an expectation that opens its
  sentence ("fell short of", "the estimate of": cues.csv role expected) is a forecast of the
  subject before, for the same period (measures.with_measure, parse.prior_reading).
- Vocabulary: EU trade statistics' dispatches and arrivals of goods, "export growth", the current
  account of the balance of payments (trade.terms.csv); the residential part of floor area
  awaiting sale (macro.terms.csv, a stock: stocks.csv); retail "sales excluding automobiles";
  anaphor heads "volume" and "record" ("The earlier monthly record stood at").
- List items with their figures in brackets ("export growth for semiconductors (22.1 percent),
  passenger cars (14.0 percent)") are breakdowns of the subject before the list (list_items).
- A Chinese sentence of only a period and a change ("分季度看,一季度同比增长18.3%", "二季度增长
  7.9%") continues the subject of the sentence before (zero_anaphora).
- 发送旅客 is passenger trips by all modes (transport.terms.csv).
- Counts of medals, people or goals after such sentences stay unclaimed.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

ACCEPT = [
    Case(
        "About 4.8 billion passenger trips were made in China in January, the ministry said.\n\n"
        '"That was a 7.2 percent increase from last year," she said.',
        published="2025-02-10",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                4.8e9,
                "count",
                "approximately",
                "2025-01",
                "About 4.8 billion passenger trips",
            ),
            R(
                "transport.passenger_trips",
                "yoy_pct",
                7.2,
                "percent",
                "exact",
                "2025-01",
                "7.2 percent",
            ),
        ],
        note="a quoted 'That was' continues the subject before",
    ),
    Case(
        "China exported 6,217 tons of rare earths in May, customs data showed.\n\n"
        "That compares to 4,566 tons shipped in April and 4,576 tons in May 2023.",
        published="2024-06-20",
        rows=[
            R(
                "trade.exports_volume.rare_earths",
                "level",
                6217000.0,
                "kg",
                "exact",
                "2024-05",
                "6,217 tons",
            ),
            R(
                "trade.exports_volume.rare_earths",
                "level",
                4566000.0,
                "kg",
                "exact",
                "2024-04",
                "4,566 tons",
            ),
            R(
                "trade.exports_volume.rare_earths",
                "level",
                4576000.0,
                "kg",
                "exact",
                "2023-05",
                "4,576 tons",
            ),
        ],
        note="'That compares to' continues the subject before; each earlier value has its period",
    ),
    Case(
        "Data showed China's industrial production up 5.2 percent year-on-year in August.\n\n"
        "That fell short of the 5.6 percent growth forecast by a Bloomberg survey of economists.",
        published="2025-09-15",
        rows=[
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                5.2,
                "percent",
                "exact",
                "2025-08",
                "5.2 percent",
            ),
            R(
                "macro.industrial_value_added",
                "yoy_pct",
                5.6,
                "percent",
                "exact",
                "2025-08",
                "5.6 percent",
                status="forecast",
            ),
        ],
        note="'fell short of' an expectation: a forecast of the same period, not a fall",
    ),
    Case(
        "China's M2 rose by 9.4 percent year on year at the end of January, the central bank said. "
        "That fell short of the estimate of 10-percent growth in the Reuters poll.",
        published="2021-02-10",
        rows=[
            R("macro.money.m2", "yoy_pct", 9.4, "percent", "exact", "2021-01-31", "9.4 percent"),
            R(
                "macro.money.m2",
                "yoy_pct",
                10.0,
                "percent",
                "exact",
                "2021-01-31",
                "10-percent",
                status="forecast",
            ),
        ],
        note="'the estimate of' an expectation after 'That fell short of'",
    ),
    Case(
        "In August 2015, Germany dispatched goods to the value of €49.4bn to the member states "
        "of the European Union, while it received goods to the value of €46.2bn.",
        published="2015-10-08",
        rows=[
            R(
                "trade.exports",
                "level",
                49.4e9,
                "EUR",
                "exact",
                "2015-08",
                "€49.4bn",
                counterpart_area="EU",
                ref_area="DE",
            ),
            R(
                "trade.imports",
                "level",
                46.2e9,
                "EUR",
                "exact",
                "2015-08",
                "€46.2bn",
                ref_area="DE",
            ),
        ],
        note="EU trade statistics: dispatches are exports (to the member states: EU), arrivals (goods received, from no partner named) imports",
    ),
    Case(
        "China's fiscal revenue totaled 19.04 trillion yuan in 2019. In other words, the pace "
        "of growth fell from the rise of 6.2 percent registered in 2018.",
        published="2020-01-20",
        rows=[
            R("fiscal.revenue", "level", 19.04e12, "CNY", "exact", "2019", "19.04 trillion yuan"),
            R("fiscal.revenue", "yoy_pct", 6.2, "percent", "exact", "2018", "6.2 percent"),
        ],
        note="'the pace of growth' after an opening adverbial stands for the subject before",
    ),
    Case(
        "The Bundesbank said Germany's current account of the balance of payments recorded a "
        "surplus of €12.3bn in August 2015.",
        published="2015-10-08",
        rows=[
            R(
                "trade.current_account",
                "level",
                12.3e9,
                "EUR",
                "exact",
                "2015-08",
                "€12.3bn",
                ref_area="DE",
            ),
        ],
        note="the current account of the balance of payments: the current account balance",
    ),
    Case(
        "截至8月底,商品房待售面积7.6亿平方米。其中,住宅待售面积3.8亿平方米。",
        published="2025-09-15",
        rows=[
            R(
                "macro.property.floor_area_for_sale",
                "level",
                7.6e8,
                "m2",
                "exact",
                "2025-08-31",
                "7.6亿平方米",
            ),
            R(
                "macro.property.floor_area_for_sale.residential",
                "level",
                3.8e8,
                "m2",
                "exact",
                "2025-08-31",
                "3.8亿平方米",
            ),
        ],
        note="the residential part of floor area awaiting sale, a stock at the month's end",
    ),
]

HEADS = [
    Case(
        "China brought in a record 12.02 million tonnes of soybeans in May.\n\n"
        "The earlier monthly record stood at 11.2 million tonnes in June 2020.",
        published="2023-06-07",
        rows=[
            R(
                "trade.imports_volume.soybeans",
                "level",
                12.02e9,
                "kg",
                "exact",
                "2023-05",
                "12.02 million tonnes",
            ),
            R(
                "trade.imports_volume.soybeans",
                "level",
                11.2e9,
                "kg",
                "exact",
                "2020-06",
                "11.2 million tonnes",
            ),
        ],
        note="'the earlier monthly record' stands for the subject before, at its own period",
    ),
    Case(
        "China's retail sales fell 16.2 percent in the first four months of 2020. Sales "
        "excluding automobiles totaled 9,735.7 billion yuan, down 15.5 percent.",
        published="2020-05-15",
        rows=[
            R(
                "retail.sales",
                "yoy_pct",
                -16.2,
                "percent",
                "exact",
                "2020-01-01/P4M",
                "16.2 percent",
            ),
            R(
                "retail.sales.excluding_autos",
                "level",
                9735.7e9,
                "CNY",
                "exact",
                "2020-01-01/P4M",
                "9,735.7 billion yuan",
            ),
            R(
                "retail.sales.excluding_autos",
                "yoy_pct",
                -15.5,
                "percent",
                "exact",
                "2020-01-01/P4M",
                "15.5 percent",
            ),
        ],
        note="sales excluding automobiles: retail sales less cars",
    ),
]

CHAIN = [
    Case(
        "BEIJING: China brought in a record 12.02 million tonnes of soybeans in May.\n\n"
        "That volume for the world's top soybean buyer was up from April's 7.26 million "
        "tonnes.\n\nArrivals over the first five months of the year reached 42.31 million "
        "tonnes, up 11.2% year-on-year.",
        published="2023-06-07",
        rows=[
            R("trade.imports_volume.soybeans", "level", v, "kg", "exact", p, t)
            for v, p, t in [
                (12.02e9, "2023-05", "12.02 million tonnes"),
                (7.26e9, "2023-04", "7.26 million tonnes"),
                (42.31e9, "2023-01-01/P5M", "42.31 million tonnes"),
            ]
        ]
        + [
            R(
                "trade.imports_volume.soybeans",
                "yoy_pct",
                11.2,
                "percent",
                "exact",
                "2023-01-01/P5M",
                "11.2%",
            )
        ],
        note="a holder ('for the world's top buyer') or a period between a head and its verb; "
        "'Arrivals', the imports' other word (anaphor_heads.csv same:imports)",
    ),
]
NOT_CHAIN = [
    Case(
        "China's exports rose 5 percent in May.\n\nThe figure for imports over the same "
        "period was 3 percent.",
        published="2025-06-10",
        rows=[R("trade.exports", "yoy_pct", 5.0, "percent", "exact", "2025-05", "5 percent")],
        note="'The figure for imports' names its own subject (not a holder): the 3 percent is "
        "no export figure",
    ),
]

LISTS = [
    Case(
        "South Korea's exports rose 12.7 percent in September from a year earlier. Customs "
        "figures showed on-year export growth for semiconductors (22.1 percent), passenger cars "
        "(14.0 percent), and machinery and precision instruments (10.3 percent).",
        published="2025-10-01",
        rows=[
            R("trade.exports", "yoy_pct", v, "percent", "exact", "2025-09", t, ref_area="KR")
            for v, t in [
                (12.7, "12.7 percent"),
                (22.1, "22.1 percent"),
                (14.0, "14.0 percent"),
                (10.3, "10.3 percent"),
            ]
        ],
        note="list items with their figures in brackets: breakdowns of the subject before",
    ),
]
ZERO = [
    Case(
        "初步核算,上半年国内生产总值532167亿元,同比增长12.7%。分季度看,一季度同比增长18.3%;"
        "二季度增长7.9%。",
        published="2021-07-15",
        rows=[
            R("macro.gdp", "level", 53216700000000.0, "CNY", "exact", "2021-S1", "532167亿元"),
            R("macro.gdp", "yoy_pct", 12.7, "percent", "exact", "2021-S1", "12.7%"),
            R("macro.gdp", "yoy_pct", 18.3, "percent", "exact", "2021-Q1", "18.3%"),
            R("macro.gdp", "yoy_pct", 7.9, "percent", "exact", "2021-Q2", "7.9%"),
        ],
        note="a Chinese sentence of a period and a change only continues the subject before",
    ),
    Case(
        "今年1-5月,全国铁路累计发送旅客15.3亿人次,同比增长5.1%。",
        published="2025-06-10",
        rows=[
            R(
                "transport.passenger_trips.rail",
                "level",
                1.53e9,
                "count",
                "exact",
                "2025-01-01/P5M",
                "15.3亿人次",
            ),
            R(
                "transport.passenger_trips.rail",
                "yoy_pct",
                5.1,
                "percent",
                "exact",
                "2025-01-01/P5M",
                "5.1%",
            ),
        ],
        note="a mode's own phrase (铁路发送旅客) stays longer than 发送旅客",
    ),
    Case(
        "今年1-5月,全国累计发送旅客15.3亿人次,同比增长5.1%。",
        published="2025-06-10",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                1.53e9,
                "count",
                "exact",
                "2025-01-01/P5M",
                "15.3亿人次",
            ),
            R(
                "transport.passenger_trips",
                "yoy_pct",
                5.1,
                "percent",
                "exact",
                "2025-01-01/P5M",
                "5.1%",
            ),
        ],
        note="发送旅客: passengers carried by all modes",
    ),
]
BREAKDOWNS = ["semiconductors", "passenger cars", "machinery and precision instruments"]

NO_ROW = [
    Case(
        'The team won 12 medals in Paris.\n\n"That was a 7.2 percent increase," she said.',
        published="2024-08-20",
        note="a quoted 'That was' after a sentence no topic claimed: nothing",
    ),
    Case(
        "The club scored 40 goals last season.\n\nThat compares to 35 goals the year before.",
        published="2024-06-20",
        note="'That compares to' after goals: nothing",
    ),
    Case(
        "The delegation brought 300 people to the summit in May.\n\n"
        "That fell short of the estimate of 400 delegates.",
        published="2024-06-20",
        note="an expectation of a count no topic claims: nothing",
    ),
    Case(
        "China won medals in swimming (12 medals), diving (8 medals) and rowing (3 medals) "
        "in 2024.",
        published="2025-01-10",
        note="a list of medal counts: no subject before it, nothing",
    ),
    Case(
        "中国代表团在巴黎奥运会获得40枚金牌。二季度增长7.9%。",
        published="2024-08-20",
        note="a period and a change after a sentence no topic claims: nothing",
    ),
    Case(
        "今年金牌增加5枚,达到40枚。",
        published="2024-08-20",
        note="medals named before the change: no elided subject, nothing",
    ),
    Case(
        "The swimmer set a record in May. The earlier record stood at 52 seconds in June 2020.",
        published="2023-06-07",
        note="a record after a sentence no topic claims: nothing",
    ),
    Case(
        "The sprinter ran 100 metres in 9.9 seconds in 2019. In other words, the pace of "
        "growth fell from the rise of 6.2 percent registered in 2018.",
        published="2020-01-20",
        note="'the pace of growth' after a sentence no topic claims: nothing",
    ),
    Case(
        "The museum received goods donated by 120 families in 2023.",
        published="2024-06-20",
        note="'received goods' with no amount of money or trade figure: a count of families",
    ),
]


@pytest.mark.parametrize(
    "case", ACCEPT + HEADS + CHAIN + NOT_CHAIN + LISTS + ZERO + NO_ROW, ids=case_id
)
def test_unclaimed_subjects(case):
    assert rows_of(case) == case.rows


def test_list_items_are_breakdowns():
    """Each listed item is the breakdown of its figure; an item that is a period is none."""
    from cases import doc_of

    from econstats.dataset.document import extract_document

    rows = extract_document(doc_of(LISTS[0]))["rows"]
    assert [row["breakdown"] for row in rows] == [None, *BREAKDOWNS]
    months = Case(
        "China's exports rose 5 percent in May, with growth in June (6 percent) and July "
        "(7 percent).",
        published="2025-11-20",
    )
    assert all(row["breakdown"] is None for row in extract_document(doc_of(months))["rows"])
    # items of another clause's list, and market prices, are no categories of the subject
    markets = Case(
        "China's retail sales rose 4 percent in February, while Apple shares (+3 percent) and "
        "the Hang Seng index (+2 percent) gained.",
        published="2025-03-20",
    )
    rows = extract_document(doc_of(markets))["rows"]
    assert [(row["indicator"], row["breakdown"], row["value"]) for row in rows] == [
        ("retail.sales", None, 4.0)
    ]


WRITTEN = [
    ("Computer peripherals, however, fell 13.5 percent.", "13.5 percent", "Computer peripherals"),
    (
        "New orders, by contrast, went down by 0.1 points from the previous month.",
        "0.1 points",
        "New orders",
    ),
    ("In August 2014, the surplus had been +€13.9bn.", "+€13.9bn", "the surplus"),
]


@pytest.mark.parametrize("text, value, subject", WRITTEN)
def test_written_subject_skips_asides_and_signs(text, value, subject):
    """The report's subject phrase: an aside ('however', 'by contrast') between commas is no
    subject, and a sign before the figure is no word of it."""
    from econstats.reader.written_subject import written_subject

    start = text.index(value)
    assert written_subject(text, 0, start, start + len(value)) == subject
