"""A figure's subject as news writes it across sentences (issue 13, fifth round).

- A sentence whose subject is a pronoun after its opening adverbial ("In 2023 it surged further
  to $240.1 billion"), a determiner with a head noun ("the cumulative surplus", "the same
  units", "the count") or the bare head word of the subject before ("In September alone, sales
  came to 3.68 trillion yuan" after retail sales) takes the subject of the sentence right
  before it: anaphora.head_anaphor, vocab/anaphor_heads.csv. A verb of a figure must follow
  the phrase ("surged", "came to", "was"); a sentence-initial "It" stays no anaphor.
- General vocabulary: "catering services" (NBS retail by consumption pattern), purchases of
  rare earths and soybeans (imports by weight), the special bond quota, "grossing" (a film's
  takings).
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, doc_of, rows_of

from econstats.dataset.document import extract_document

RU = {"counterpart_area": "RU"}
KR = {"ref_area": "KR"}

ACCEPT = [
    Case(
        "Bilateral trade between China and Russia amounted to $190.27 billion in 2022.\n"
        "In 2023 it surged further to $240.1 billion, a 26.3% increase.",
        published="2024-02-01",
        rows=[
            R(
                "trade.total",
                "level",
                190270000000.0,
                "USD",
                "exact",
                "2022",
                "$190.27 billion",
                **RU,
            ),
            R(
                "trade.total",
                "level",
                240100000000.0,
                "USD",
                "exact",
                "2023",
                "$240.1 billion",
                **RU,
            ),
            R("trade.total", "yoy_pct", 26.3, "percent", "exact", "2023", "26.3%", **RU),
        ],
        note="'In 2023 it': a pronoun after an opening adverbial",
    ),
    Case(
        "China's container volumes reached 127 million TEUs in the first half of 2019.\n"
        "In June it posted a 4.7 percent year-on-year rise to 22.3 million TEUs.",
        published="2019-07-20",
        rows=[
            R(
                "transport.container_throughput",
                "level",
                127000000.0,
                "TEU",
                "exact",
                "2019-S1",
                "127 million TEUs",
            ),
            R(
                "transport.container_throughput",
                "yoy_pct",
                4.7,
                "percent",
                "exact",
                "2019-06",
                "4.7 percent",
            ),
            R(
                "transport.container_throughput",
                "level",
                22300000.0,
                "TEU",
                "exact",
                "2019-06",
                "22.3 million TEUs",
            ),
        ],
        note="'In June it posted ...'",
    ),
    Case(
        "China's retail sales reached 31.8 trillion yuan in the first three quarters of 2021.\n"
        "In September alone, sales came to 3.68 trillion yuan, up 4.4 percent year on year.",
        published="2021-10-18",
        rows=[
            R(
                "retail.sales",
                "level",
                31800000000000.0,
                "CNY",
                "exact",
                "2021-01-01/P9M",
                "31.8 trillion yuan",
            ),
            R(
                "retail.sales",
                "level",
                3680000000000.0,
                "CNY",
                "exact",
                "2021-09",
                "3.68 trillion yuan",
            ),
            R("retail.sales", "yoy_pct", 4.4, "percent", "exact", "2021-09", "4.4 percent"),
        ],
        note="'sales': the bare head word of the subject before",
    ),
    Case(
        "South Korea's current account surplus was $13.47 billion in September 2025.\n"
        "For January through September, the cumulative surplus reached a record $82.77 billion.",
        published="2025-11-06",
        rows=[
            R(
                "trade.current_account",
                "level",
                13470000000.0,
                "USD",
                "exact",
                "2025-09",
                "$13.47 billion",
                **KR,
            ),
            R(
                "trade.current_account",
                "level",
                82770000000.0,
                "USD",
                "exact",
                "2025-01-01/P9M",
                "$82.77 billion",
                **KR,
            ),
        ],
        note="'the cumulative surplus': a determiner, a modifier and the head of the subject",
    ),
]

REVENUE = "fiscal.revenue"
ACCEPT.append(
    Case(
        "China's fiscal revenue came to 1.2 trillion yuan in July 2025.\n"
        "June's figure was 1.5 trillion yuan.",
        published="2025-08-15",
        rows=[
            R(REVENUE, "level", 1200000000000.0, "CNY", "exact", "2025-07", "1.2 trillion yuan"),
            R(REVENUE, "level", 1500000000000.0, "CNY", "exact", "2025-06", "1.5 trillion yuan"),
        ],
        note="a month's possessive is a determiner",
    )
)

RETAIL = R("retail.sales", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent")
EXPORTS = R("trade.exports", "yoy_pct", 3.0, "percent", "exact", "2025-03", "3 percent")
NO_ROW = [
    Case(
        "Global smartphone shipments rose 2 percent in the third quarter of 2025.\n"
        "Apple's shipments rose 5 percent.",
        published="2025-10-20",
        note="a name's possessive is no determiner: Apple's shipments are Apple's",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nIn March it won 16 medals.",
        published="2025-04-10",
        rows=[RETAIL],
        note="medals: 'won' is no verb of a figure",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nIn March it said 5,000 delegates attended.",
        published="2025-04-10",
        rows=[RETAIL],
        note="delegates: 'said' is no verb of a figure",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nIn Chengdu, the pandas ate 300 kilograms.",
        published="2025-04-10",
        rows=[RETAIL],
        note="pandas: no head of the subject before",
    ),
    Case(
        "China's CPI rose 2 percent in March.\nIn March it kept the policy rate at 3.1 percent.",
        published="2025-04-10",
        rows=[R("prices.cpi", "yoy_pct", 2.0, "percent", "exact", "2025-03", "2 percent")],
        note="a policy rate",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nFor the record, the count of casualties "
        "was 12.",
        published="2025-04-10",
        rows=[RETAIL],
        note="'the count of X' names its own subject: casualties",
    ),
    Case(
        "China's exports rose 3 percent in March.\nIn Beijing, the sales manager, aged 45, was 45.",
        published="2025-04-10",
        rows=[EXPORTS],
        note="ages",
    ),
    Case(
        "China's exports rose 3 percent in March.\nIn March its shares were up 5 percent.",
        published="2025-04-10",
        rows=[EXPORTS],
        note="share prices: 'its shares' is no head of exports",
    ),
    Case(
        "China's exports rose 3 percent in March 2025.\nThe figure for tariffs was 25 percent.",
        published="2025-04-10",
        rows=[EXPORTS],
        note="tariff rates: 'the figure for X' names its own subject",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nCar sales rose 5 percent in March.",
        published="2025-04-10",
        rows=[
            RETAIL,
            R(
                "macro.industry.vehicle_sales",
                "yoy_pct",
                5.0,
                "percent",
                "exact",
                "2025-03",
                "5 percent",
            ),
        ],
        note="'Car sales' is a subject of its own, never the head 'sales' of retail sales",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\nIt rose 16 percent in 2018.",
        published="2025-04-10",
        rows=[RETAIL],
        note="a sentence-initial 'It' may be a company or a country",
    ),
    Case(
        "China's passenger trips reached 200 million in March.\n"
        "On March 5 the train G1234 carried 1,200 passengers.",
        published="2025-04-10",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                200000000.0,
                "count",
                "exact",
                "2025-03",
                "200 million",
            )
        ],
        note="train numbers and dates",
    ),
    Case(
        "China's retail sales rose 3 percent in March.\n"
        "A large enterprise, by definition, has sales of more than 400 million yuan.",
        published="2025-04-10",
        rows=[RETAIL],
        note="a threshold in a definition: 'has' is no verb of a figure",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW, ids=case_id)
def test_subject_written_as_a_pronoun_or_head_noun(case):
    assert rows_of(case) == case.rows


CATERING = Case(
    "By consumption pattern, China's catering services took in 334.3 billion yuan in July 2018, "
    "up by 9.4 percent year-on-year.",
    published="2018-08-14",
    rows=[
        R(
            "retail.sales.catering",
            "level",
            334300000000.0,
            "CNY",
            "exact",
            "2018-07",
            "334.3 billion yuan",
        ),
        R("retail.sales.catering", "yoy_pct", 9.4, "percent", "exact", "2018-07", "9.4 percent"),
    ],
)
PURCHASES = Case(
    "On the import side, China's rare earths purchases in May 2024 rose 2.7% year-on-year to "
    "13,747 tons.",
    published="2024-06-20",
    rows=[
        R(
            "trade.imports_volume.rare_earths",
            "yoy_pct",
            2.7,
            "percent",
            "exact",
            "2024-05",
            "2.7%",
        ),
        R(
            "trade.imports_volume.rare_earths",
            "level",
            13747000.0,
            "kg",
            "exact",
            "2024-05",
            "13,747 tons",
        ),
    ],
)


QUOTA = Case(
    "China set the quota for special bond issuance by local governments at 3.8 trillion yuan "
    "for 2023.",
    published="2023-03-06",
    rows=[
        R(
            "fiscal.bonds.local.special",
            "level",
            3800000000000.0,
            "CNY",
            "exact",
            "2023",
            "3.8 trillion yuan",
            "target",
        )
    ],
)
GROSSING = Case(
    'Animated feature "Ne Zha 2" was the runaway leader of China\'s 2025 Spring Festival holiday, '
    "grossing 4.84 billion yuan.",
    published="2025-02-05",
    rows=[
        R(
            "film.box_office",
            "level",
            4840000000.0,
            "CNY",
            "exact",
            "2025-01-28/P8D",
            "4.84 billion yuan",
            entity="Ne Zha 2",
        )
    ],
)
NO_FILM = Case(
    "China's retail sales rose 3 percent in March.\nIn March the team, grossing 5 medals, won.",
    published="2025-04-10",
    rows=[RETAIL],
)


@pytest.mark.parametrize("case", [CATERING, PURCHASES, QUOTA, GROSSING, NO_FILM], ids=case_id)
def test_economic_news_vocabulary(case):
    assert rows_of(case) == case.rows


# Partitives (econstats.reader.partitives, vocab/partitives.csv): "Of these, 96.12 million trips were by
# rail, 2.18 billion by road ..." after a sentence about a subject makes each figure that names
# its part ("by rail", "came from X") or its own period a part of that subject, the elliptical
# list items too; a figure with another noun, a share, or no part named is none of it.
TRIPS = "China's cross-regional passenger trips reached 2.31 billion in January."
TOTAL = ("transport.passenger_trips", 2310000000.0, None)
PARTITIVES = [
    (
        "More than 2.31 billion cross-regional passenger trips were made in China in January, the "
        "Ministry of Transport said. Of these, 96.12 million trips were by rail, 2.18 billion by "
        "road, 9.35 million by water and 18.29 million by air.",
        [
            TOTAL,
            ("transport.passenger_trips", 96120000.0, "rail"),
            ("transport.passenger_trips", 2180000000.0, "road"),
            ("transport.passenger_trips", 9350000.0, "water"),
            ("transport.passenger_trips", 18290000.0, "air"),
        ],
    ),
    (
        TRIPS + " Of these, 1.2 billion trips were made by road, up 5 percent year on year.",
        [
            TOTAL,
            ("transport.passenger_trips", 1200000000.0, "road"),
            ("transport.passenger_trips", 5.0, "road"),
        ],
    ),
    (TRIPS + " Of these, 40 percent were by rail.", [TOTAL]),  # a share
    (TRIPS + " Of them, 30 pandas were born in captivity.", [TOTAL]),
    (TRIPS + " Of these, 120 delegates came from Asia.", [TOTAL]),
    (TRIPS + " Of these, 5 medals were won by the team.", [TOTAL]),
    (TRIPS + " Of these, 3 million were sold online.", [TOTAL]),  # no part named
    (TRIPS + " Of these, 20 people were aged 65 or older.", [TOTAL]),
    (  # a train number is no part
        TRIPS + " Of these, 96 million were by train G1234, and 2.1 billion by road.",
        [TOTAL, ("transport.passenger_trips", 2100000000.0, "road")],
    ),
]


@pytest.mark.parametrize("text,rows", PARTITIVES, ids=[text[73:120] for text, _ in PARTITIVES])
def test_partitive_parts(text, rows):
    doc = doc_of(Case(text, published="2025-02-20"))
    found = [(r["indicator"], r["value"], r["breakdown"]) for r in extract_document(doc)["rows"]]
    assert found == rows


# A sentence that claims no figure but names the head word of the subject before ("The surplus
# streak now stands at 29 consecutive months") keeps that subject for the anaphor after it
# (anaphora.continues); one that does not name it ends it.
SURPLUS = "South Korea posted a current account surplus of $13.5 billion in September."
CONTINUED = [
    (
        SURPLUS + " The surplus streak now stands at 29 consecutive months. For January through "
        "September, the cumulative surplus reached a record $82.77 billion, up about 23 percent.",
        [13500000000.0, 82770000000.0, 23.0],
    ),
    (
        SURPLUS + " The team has won 29 medals in a row. For January through September, the "
        "cumulative surplus reached a record $82.77 billion.",
        [13500000000.0],
    ),
    (
        SURPLUS + " The bureau has published the data for 20 years. The figure was $9.1 billion in "
        "August.",
        [13500000000.0],
    ),
]


@pytest.mark.parametrize("text,values", CONTINUED, ids=[t[77:120] for t, _ in CONTINUED])
def test_subject_continues_past_a_sentence_without_figures(text, values):
    doc = doc_of(Case(text, published="2025-11-07"))
    rows = extract_document(doc)["rows"]
    assert [r["value"] for r in rows] == values
    assert {r["indicator"] for r in rows} == {"trade.current_account"}


# A subject inside an appositive or a relative clause after the sentence's subject ("M2, the
# broad money supply gauge that counts cash in circulation ..., rose 9.4%") only describes it
# (econstats.reader.appositives); one after an opening that is no subject is the figure's own.
APPOSITIVES = [
    (
        "M2, the broad money supply gauge that counts cash in circulation plus all deposits, rose "
        "by 9.4 percent year on year to 221.3 trillion yuan at the end of January, the People's "
        "Bank of China said.",
        [("macro.money.m2", 9.4), ("macro.money.m2", 221300000000000.0)],
    ),
    (
        "So-called core CPI, which leaves out food and energy, rose by only 0.6% from a year ago "
        "in China in October.",
        [("prices.cpi.core", 0.6)],
    ),
    (
        "China's retail sales, a key gauge of consumption, rose 3 percent in May, while catering "
        "revenue, the fastest growing part, rose 9 percent.",
        [("retail.sales", 3.0), ("retail.sales.catering", 9.0)],
    ),
    (
        "In January, the central bank said, cash in circulation fell 3.9 percent in China.",
        [("macro.money.m0", -3.9)],
    ),
]


@pytest.mark.parametrize("text,rows", APPOSITIVES, ids=[t[:40] for t, _ in APPOSITIVES])
def test_appositive_subjects(text, rows):
    doc = doc_of(Case(text, published="2021-02-20"))
    assert [(r["indicator"], r["value"]) for r in extract_document(doc)["rows"]] == rows


# "trade gap" as news writes it is a deficit, positive as trade.deficit (extractors/trade.terms)
TRADE_GAP = Case(
    "The trade gap amounted to 1.31 trillion yen (11.88 billion U.S. dollars) in January, the "
    "Finance Ministry of Japan said.",
    published="2020-02-20",
    rows=[
        R(
            "trade.deficit",
            "level",
            1310000000000.0,
            "JPY",
            "exact",
            "2020-01",
            "1.31 trillion yen",
            ref_area="JP",
        ),
        R(
            "trade.deficit",
            "level",
            11880000000.0,
            "USD",
            "exact",
            "2020-01",
            "11.88 billion U.S. dollars",
            ref_area="JP",
        ),
    ],
)


def test_trade_gap_is_a_deficit():
    assert rows_of(TRADE_GAP) == TRADE_GAP.rows
