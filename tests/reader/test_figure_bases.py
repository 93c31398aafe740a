"""A figure on another basis than the one beside it is its own observation, not a repeat
(figure_bases.basis_of, vocab/figure_bases.csv): real beside nominal growth, seasonally adjusted
beside unadjusted, a day's average beside the period's total, and a total that leaves a part out
("Excluding automobiles, retail sales ...", "If the effect of VAT credit refunds is left out,
..."). The basis counts in the figure's own clause (back to a clause mark, at most 80
characters), right after the figure, or where it opens the figure's segment (sentence, bracket,
the part after a semicolon); it is never added where the indicator already says it
(transport.passenger_trips.daily_average). Basis words beside no statistic make no row."""

from __future__ import annotations

import pytest
from cases import Case, doc_of

from econstats.dataset.document import extract_document


def rows(text: str, published: str) -> list[tuple]:
    """(indicator, breakdown, measure, value, period, value_text, status) of each row."""
    found = extract_document(doc_of(Case(text, published=published)))["rows"]
    return [
        (
            r["indicator"],
            r["breakdown"],
            r["measure"],
            r["value"],
            r["period"],
            r["value_text"],
            r["status"],
        )
        for r in found
    ]


ACCEPT = [
    (
        "In July 2018, China's total retail sales of consumer goods came to 3,073.4 billion yuan, "
        "up by 8.8 percent year-on-year (this is the nominal growth rate; in real terms the "
        "growth rate was 6.5 percent).",
        "2018-08-14",
        [
            ("retail.sales", None, "level", 3.0734e12, "2018-07", "3,073.4 billion yuan", "actual"),
            ("retail.sales", None, "yoy_pct", 8.8, "2018-07", "8.8 percent", "actual"),
            ("retail.sales", "real", "yoy_pct", 6.5, "2018-07", "6.5 percent", "actual"),
        ],
    ),
    (
        "China's per capita disposable income reached 29,398 yuan in the first three quarters of "
        "2023, a nominal rise of 6.3 percent year on year. In real terms, after price factors are "
        "stripped out, the increase was 5.9 percent from the previous year.",
        "2023-10-18",
        [
            (
                "macro.labour.disposable_income_per_capita",
                None,
                "level",
                29398.0,
                "2023-01-01/P9M",
                "29,398 yuan",
                "actual",
            ),
            (
                "macro.labour.disposable_income_per_capita",
                None,
                "yoy_pct",
                6.3,
                "2023-01-01/P9M",
                "6.3 percent",
                "actual",
            ),
            (
                "macro.labour.disposable_income_per_capita",
                "real",
                "yoy_pct",
                5.9,
                "2023-01-01/P9M",
                "5.9 percent",
                "actual",
            ),
        ],
    ),
    (
        "In April, China's retail sales of consumer goods reached 2,817.8 billion yuan, down 7.5 "
        "percent year on year. Excluding automobiles, retail sales of consumer goods amounted to "
        "2,509.5 billion yuan, down 8.3 percent.",
        "2020-05-15",
        [
            ("retail.sales", None, "level", 2.8178e12, "2020-04", "2,817.8 billion yuan", "actual"),
            ("retail.sales", None, "yoy_pct", -7.5, "2020-04", "7.5 percent", "actual"),
            (
                "retail.sales",
                "excluding automobiles",
                "level",
                2.5095e12,
                "2020-04",
                "2,509.5 billion yuan",
                "actual",
            ),
            (
                "retail.sales",
                "excluding automobiles",
                "yoy_pct",
                -8.3,
                "2020-04",
                "8.3 percent",
                "actual",
            ),
        ],
    ),
    (
        "China's fiscal revenue dropped 10.2 percent year on year in the first half of this year. "
        "If the effect of value-added tax credit refunds is left out, fiscal revenue grew 3.3 "
        "percent from a year earlier.",
        "2022-07-14",
        [
            ("fiscal.revenue", None, "yoy_pct", -10.2, "2022-S1", "10.2 percent", "actual"),
            (
                "fiscal.revenue",
                "excluding value-added tax credit refunds",
                "yoy_pct",
                3.3,
                "2022-S1",
                "3.3 percent",
                "actual",
            ),
        ],
    ),
    (
        "China's interregional passenger trips hit 790 million during the Qingming holiday from "
        "April 4 to 6. Each day saw about 264 million passenger trips on average, up 7.1 percent "
        "from 2024.",
        "2025-04-07",
        [
            (
                "transport.passenger_trips",
                None,
                "level",
                7.9e8,
                "2025-04-04/P3D",
                "790 million",
                "actual",
            ),
            (
                "transport.passenger_trips.daily_average",
                None,
                "level",
                2.64e8,
                "2025-04-04/P3D",
                "about 264 million passenger trips",
                "actual",
            ),
            (
                "transport.passenger_trips.daily_average",
                None,
                "yoy_pct",
                7.1,
                "2025-04-04/P3D",
                "7.1 percent",
                "actual",
            ),
        ],
    ),
    (
        "China's business volume of express parcels from Nov. 11 to Nov. 16 will reach 2.97 "
        "billion packages. Average daily express business volume is expected to reach 490 "
        "million.",
        "2020-11-10",
        [
            (
                "transport.parcels",
                None,
                "level",
                2.97e9,
                "2020-11-11/P6D",
                "2.97 billion",
                "forecast",
            ),
            (
                "transport.parcels",
                "daily average",
                "level",
                4.9e8,
                "2020-11-11/P6D",
                "490 million",
                "forecast",
            ),
        ],
    ),
    (
        "國慶黃金周7日期間,內地旅客人次達122萬。平均每日內地旅客入境人次為17萬。",
        "2024-10-08",
        [
            (
                "transport.tourism.visitor_arrivals.mainland",
                None,
                "level",
                1.22e6,
                "2024-10-01/P7D",
                "122萬",
                "actual",
            ),
            (
                "transport.tourism.visitor_arrivals.mainland",
                "daily average",
                "level",
                1.7e5,
                "2024-10-01/P7D",
                "17萬",
                "actual",
            ),
        ],
    ),
    (
        "Germany's foreign trade balance closed with a surplus of €15.3bn in August 2015. After "
        "calendar and seasonal adjustment, the foreign trade balance showed a surplus of €19.6bn "
        "in August 2015.",
        "2015-10-09",
        [
            ("trade.balance", None, "level", 1.53e10, "2015-08", "€15.3bn", "actual"),
            (
                "trade.balance",
                "seasonally adjusted",
                "level",
                1.96e10,
                "2015-08",
                "€19.6bn",
                "actual",
            ),
        ],
    ),
    (
        "China's exports rose 5 percent in January, and imports fell 3 percent in real terms.",
        "2025-02-10",
        [
            ("trade.exports", None, "yoy_pct", 5.0, "2025-01", "5 percent", "actual"),
            ("trade.imports", "real", "yoy_pct", -3.0, "2025-01", "3 percent", "actual"),
        ],
    ),
]

BULLETS = [
    (
        "China's exits and entries through ports reached 6.21 million during the Qingming "
        "holiday from April 4 to 6. On a daily basis, China's exits and entries through ports "
        "nationwide exceeded two million, up 19.7 percent from a year earlier.",
        "2025-04-07",
        [
            (
                "transport.tourism.cross_border_trips",
                None,
                "level",
                6.21e6,
                "2025-04-04/P3D",
                "6.21 million",
                "actual",
            ),
            (
                "transport.tourism.cross_border_trips",
                "daily average",
                "level",
                2e6,
                "2025-04-04/P3D",
                "exceeded two million",
                "actual",
            ),
            (
                "transport.tourism.cross_border_trips",
                "daily average",
                "yoy_pct",
                19.7,
                "2025-04-04/P3D",
                "19.7 percent",
                "actual",
            ),
        ],
    ),
    (
        "  • Excluding both public sector banks and the Bank of England, UK public sector net "
        "debt stood at £1,637.8 billion at the end of September 2017, equivalent to 80.0% of GDP.",
        "2017-10-20",
        [
            (
                "fiscal.debt",
                "excluding public sector banks and the bank of england",
                "level",
                1.6378e12,
                "2017-09-30",
                "£1,637.8 billion",
                "actual",
            ),
            (
                "fiscal.debt",
                "excluding public sector banks and the bank of england",
                "share_pct",
                80.0,
                "2017-09-30",
                "80.0%",
                "actual",
            ),
        ],
    ),
]

REJECT = [
    # counts of medals, pandas and deputies, a policy rate, a share price and an index level
    ("China won 40 gold medals in 2024; excluding swimming, it won 25 gold medals.", "2025-02-10"),
    ("Excluding swimming, China won 25 gold medals at the 2024 Games.", "2025-02-10"),
    (
        "The giant pandas at the Chengdu base eat about 40 kilograms of bamboo each day, and 12 "
        "pandas were born in 2024.",
        "2025-02-10",
    ),
    (
        "Excluding the holiday effect, China's one-year loan prime rate stood at 3.1 percent in "
        "February.",
        "2025-03-10",
    ),
    ("Excluding autos, Apple shares rose 3 percent in February to $241.", "2025-03-10"),
    ("About 3,000 deputies attend the session each day in Beijing, aged 25 to 80.", "2025-03-10"),
    (
        "On a seasonally adjusted basis, the Shanghai Composite Index closed at 3,350 points on "
        "March 7.",
        "2025-03-10",
    ),
]


@pytest.mark.parametrize(
    ("text", "published", "expected"), ACCEPT + BULLETS, ids=lambda v: str(v)[:50]
)
def test_bases_make_their_own_rows(text: str, published: str, expected: list[tuple]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(("text", "published"), REJECT, ids=lambda v: str(v)[:50])
def test_basis_words_beside_no_statistic(text: str, published: str) -> None:
    assert rows(text, published) == []
