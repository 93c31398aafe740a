"""Trade extractor: sentences in, exact rows out (counterpart_area for bilateral figures)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of, strict_xfail

P10 = "2025-01-01/P10M"
OCT = "2025-10"
ACCEPT = [
    # seeds/000_b10aee10baf3644e.txt (Global Times, 2024-09-29): "this year" after the period,
    # and an earlier period's growth in the same sentence
    Case(
        "Amid Canada-provoked trade tensions which Chinese experts said have negatively impacted "
        "bilateral ties, trade between China and Canada dropped by 0.5 percent year-on-year in "
        "the first eight months this year to $57.66 billion, reversing the 2.4 percent growth "
        "seen in the first seven months, customs data showed in earlier September.",
        published="2024-09-29",
        rows=[
            R(
                "trade.total",
                "yoy_pct",
                -0.5,
                "percent",
                "exact",
                "2024-01-01/P8M",
                "0.5 percent",
                counterpart_area="CA",
            ),
            R(
                "trade.total",
                "level",
                5.766e10,
                "USD",
                "exact",
                "2024-01-01/P8M",
                "$57.66 billion",
                counterpart_area="CA",
            ),
            R(
                "trade.total",
                "yoy_pct",
                2.4,
                "percent",
                "exact",
                "2024-01-01/P7M",
                "2.4 percent",
                counterpart_area="CA",
            ),
        ],
    ),
    # synthetic: the seed's wording without its preamble
    Case(
        "Trade between China and Canada dropped by 0.5 percent year-on-year in the first eight "
        "months this year to $57.66 billion.",
        published="2024-09-29",
        rows=[
            R(
                "trade.total",
                "yoy_pct",
                -0.5,
                "percent",
                "exact",
                "2024-01-01/P8M",
                "0.5 percent",
                counterpart_area="CA",
            ),
            R(
                "trade.total",
                "level",
                5.766e10,
                "USD",
                "exact",
                "2024-01-01/P8M",
                "$57.66 billion",
                counterpart_area="CA",
            ),
        ],
    ),
    # synthetic: two subjects split by "while", one period at the end
    Case(
        "China's exports rose 5.1 percent while imports fell 2.3 percent year on year in "
        "October, customs data showed.",
        published="2025-11-07",
        rows=[
            R("trade.exports", "yoy_pct", 5.1, "percent", "exact", OCT, "5.1 percent"),
            R("trade.imports", "yoy_pct", -2.3, "percent", "exact", OCT, "2.3 percent"),
        ],
    ),
    Case(
        "China's exports rose 5.1% y-o-y in October; imports fell 2.3%.",
        published="2025-11-07",
        rows=[
            R("trade.exports", "yoy_pct", 5.1, "percent", "exact", OCT, "5.1%"),
            R("trade.imports", "yoy_pct", -2.3, "percent", "exact", OCT, "2.3%"),
        ],
    ),
    Case(
        "China's exports rose 5.3 percent in 2024 to 25.45 trillion yuan, while imports edged up "
        "2.3 percent to 18.39 trillion yuan.",
        published="2025-01-13",
        rows=[
            R("trade.exports", "yoy_pct", 5.3, "percent", "exact", "2024", "5.3 percent"),
            R("trade.exports", "level", 2.545e13, "CNY", "exact", "2024", "25.45 trillion yuan"),
            R("trade.imports", "yoy_pct", 2.3, "percent", "exact", "2024", "2.3 percent"),
            R("trade.imports", "level", 1.839e13, "CNY", "exact", "2024", "18.39 trillion yuan"),
        ],
    ),
    Case(
        "In October, China's exports totaled 2.17 trillion yuan, and imports reached 1.53 "
        "trillion yuan.",
        published="2025-11-07",
        rows=[
            R("trade.exports", "level", 2.17e12, "CNY", "exact", OCT, "2.17 trillion yuan"),
            R("trade.imports", "level", 1.53e12, "CNY", "exact", OCT, "1.53 trillion yuan"),
        ],
    ),
    # synthetic: totals
    Case(
        "In the first 10 months of 2025, China's total imports and exports reached 37.31 "
        "trillion yuan, up 3.6 percent year on year.",
        published="2025-11-07",
        rows=[
            R("trade.total", "level", 3.731e13, "CNY", "exact", P10, "37.31 trillion yuan"),
            R("trade.total", "yoy_pct", 3.6, "percent", "exact", P10, "3.6 percent"),
        ],
    ),
    Case(
        "China's total foreign trade in goods hit 37.31 trillion yuan in the first 10 months.",
        published="2025-11-07",
        rows=[R("trade.total", "level", 3.731e13, "CNY", "exact", P10, "37.31 trillion yuan")],
    ),
    Case(
        "China's foreign trade hit a record high of 43.85 trillion yuan in 2024, up 5 percent "
        "year on year.",
        published="2025-01-13",
        rows=[
            R("trade.total", "level", 4.385e13, "CNY", "exact", "2024", "43.85 trillion yuan"),
            R("trade.total", "yoy_pct", 5.0, "percent", "exact", "2024", "5 percent"),
        ],
    ),
    # synthetic: "last year" resolves against the published date
    Case(
        "China's foreign trade hit a record high of 43.85 trillion yuan last year, up 5 percent "
        "year on year.",
        published="2025-01-13",
        rows=[
            R("trade.total", "level", 4.385e13, "CNY", "exact", "2024", "43.85 trillion yuan"),
            R("trade.total", "yoy_pct", 5.0, "percent", "exact", "2024", "5 percent"),
        ],
    ),
    # synthetic: bilateral, "the United States" as partner
    Case(
        "China's trade with the United States fell 15.9 percent year on year to 3.3 trillion "
        "yuan in the first 10 months.",
        published="2025-11-07",
        rows=[
            R(
                "trade.total",
                "yoy_pct",
                -15.9,
                "percent",
                "exact",
                P10,
                "15.9 percent",
                counterpart_area="US",
            ),
            R(
                "trade.total",
                "level",
                3.3e12,
                "CNY",
                "exact",
                P10,
                "3.3 trillion yuan",
                counterpart_area="US",
            ),
        ],
    ),
    Case(
        "China's trade with the United States fell 15.9 percent, and its trade with Japan rose "
        "1.2 percent in the first 10 months.",
        published="2025-11-07",
        rows=[
            R(
                "trade.total",
                "yoy_pct",
                -15.9,
                "percent",
                "exact",
                P10,
                "15.9 percent",
                counterpart_area="US",
            ),
            R(
                "trade.total",
                "yoy_pct",
                1.2,
                "percent",
                "exact",
                P10,
                "1.2 percent",
                counterpart_area="JP",
            ),
        ],
    ),
    Case(
        "China's exports to Japan rose 3.4 percent year on year in the first three quarters of "
        "2025.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                3.4,
                "percent",
                "exact",
                "2025-01-01/P9M",
                "3.4 percent",
                counterpart_area="JP",
            )
        ],
    ),
    # synthetic: no country before the partner; "customs data" credits China's customs
    Case(
        "Exports to Japan rose 3.4 percent in the first 10 months of 2025, customs data showed.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                3.4,
                "percent",
                "exact",
                P10,
                "3.4 percent",
                counterpart_area="JP",
            )
        ],
    ),
    Case(
        "China's imports from Australia dropped 8.2 percent to 107 billion U.S. dollars in the "
        "first 10 months of 2025.",
        published="2025-11-07",
        rows=[
            R(
                "trade.imports",
                "yoy_pct",
                -8.2,
                "percent",
                "exact",
                P10,
                "8.2 percent",
                counterpart_area="AU",
            ),
            R(
                "trade.imports",
                "level",
                1.07e11,
                "USD",
                "exact",
                P10,
                "107 billion U.S. dollars",
                counterpart_area="AU",
            ),
        ],
    ),
    Case(
        "China's imports from the United States fell 20 percent in October, while exports to "
        "the United States plunged 25.2 percent.",
        published="2025-11-07",
        rows=[
            R(
                "trade.imports",
                "yoy_pct",
                -20.0,
                "percent",
                "exact",
                OCT,
                "20 percent",
                counterpart_area="US",
            ),
            R(
                "trade.exports",
                "yoy_pct",
                -25.2,
                "percent",
                "exact",
                OCT,
                "25.2 percent",
                counterpart_area="US",
            ),
        ],
    ),
    Case(
        "Trade between China and Russia hit a record 244.8 billion U.S. dollars in 2024, up 1.9 "
        "percent from a year earlier.",
        published="2025-01-13",
        rows=[
            R(
                "trade.total",
                "level",
                2.448e11,
                "USD",
                "exact",
                "2024",
                "244.8 billion U.S. dollars",
                counterpart_area="RU",
            ),
            R(
                "trade.total",
                "yoy_pct",
                1.9,
                "percent",
                "exact",
                "2024",
                "1.9 percent",
                counterpart_area="RU",
            ),
        ],
    ),
    Case(
        "Bilateral trade between China and Brazil reached 188.2 billion U.S. dollars in 2024.",
        published="2025-01-13",
        rows=[
            R(
                "trade.total",
                "level",
                1.882e11,
                "USD",
                "exact",
                "2024",
                "188.2 billion U.S. dollars",
                counterpart_area="BR",
            )
        ],
    ),
    Case(
        "China-Canada trade fell 0.5 percent in the first eight months of 2024.",
        published="2024-09-29",
        rows=[
            R(
                "trade.total",
                "yoy_pct",
                -0.5,
                "percent",
                "exact",
                "2024-01-01/P8M",
                "0.5 percent",
                counterpart_area="CA",
            )
        ],
    ),
    # synthetic: the reporting economy is the partner's
    Case(
        "Canada's exports to China fell 10 percent in 2024, Statistics Canada said.",
        published="2025-03-01",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                -10.0,
                "percent",
                "exact",
                "2024",
                "10 percent",
                counterpart_area="CN",
                ref_area="CA",
            )
        ],
    ),
    # synthetic: month on month; a previous month's figure after "compared with"
    Case(
        "China's exports grew 8.3 percent month on month in October.",
        published="2025-11-07",
        rows=[R("trade.exports", "mom_pct", 8.3, "percent", "exact", OCT, "8.3 percent")],
    ),
    Case(
        "China's exports rose 5.1 percent year-on-year in October, compared with a 8.3 percent "
        "rise in September.",
        published="2025-11-07",
        rows=[
            R("trade.exports", "yoy_pct", 5.1, "percent", "exact", OCT, "5.1 percent"),
            R("trade.exports", "yoy_pct", 8.3, "percent", "exact", "2025-09", "8.3 percent"),
        ],
    ),
    # synthetic (Reuters style): a dollar level, "in U.S. dollar terms" is no figure
    Case(
        "China's exports in October were worth 305.35 billion U.S. dollars, down 1.1 percent "
        "from a year earlier.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "level",
                3.0535e11,
                "USD",
                "exact",
                OCT,
                "305.35 billion U.S. dollars",
            ),
            R("trade.exports", "yoy_pct", -1.1, "percent", "exact", OCT, "1.1 percent"),
        ],
    ),
    Case(
        "China's exports in October fell 1.1 percent year on year in U.S. dollar terms, Reuters "
        "reported.",
        published="2025-11-07",
        rows=[R("trade.exports", "yoy_pct", -1.1, "percent", "exact", OCT, "1.1 percent")],
    ),
    # synthetic: a forecast
    Case(
        "China's foreign trade is expected to hit a record in 2025, with exports projected to "
        "grow about 5 percent.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                5.0,
                "percent",
                "approximately",
                "2025",
                "about 5 percent",
                "forecast",
            )
        ],
    ),
    # synthetic, in customs release wording (海关总署)
    Case(
        "中国前10个月出口同比增长6.2%。",
        published="2025-11-07",
        rows=[R("trade.exports", "yoy_pct", 6.2, "percent", "exact", P10, "6.2%")],
    ),
    # synthetic: the balance; a deficit is a negative balance
    Case(
        "China's trade surplus widened to 90.07 billion U.S. dollars in October.",
        published="2025-11-07",
        rows=[
            R(
                "trade.balance",
                "level",
                9.007e10,
                "USD",
                "exact",
                OCT,
                "90.07 billion U.S. dollars",
            )
        ],
    ),
    Case(
        "China's trade surplus with the United States narrowed to 22.9 billion U.S. dollars in "
        "October, customs data showed.",
        published="2025-11-07",
        rows=[
            R(
                "trade.balance",
                "level",
                2.29e10,
                "USD",
                "exact",
                OCT,
                "22.9 billion U.S. dollars",
                counterpart_area="US",
            )
        ],
    ),
    Case(
        "The United States' trade deficit with China shrank to 295.4 billion U.S. dollars in 2024.",
        published="2025-03-07",
        rows=[
            R(
                "trade.deficit",
                "level",
                2.954e11,
                "USD",
                "exact",
                "2024",
                "295.4 billion U.S. dollars",
                counterpart_area="CN",
                ref_area="US",
            )
        ],
    ),
]
NO_ROW = [
    # seeds/000_b10aee10baf3644e.txt: the Foreign Trade Law's articles, a time limit, a date
    Case(
        "The investigation has commenced in accordance with the Article 36 and Article 37 of "
        "China's Foreign Trade Law, MOFCOM announced, noting that the investigation will "
        "typically last for three months.",
        published="2024-09-29",
    ),
    Case(
        "Stakeholders can submit the comments in written form within 30 days of the "
        "commencement of the probe.",
        published="2024-09-29",
    ),
    Case(
        "Canada on September 10 moved to escalate the trade row by announcing a 30-day public "
        "consultation to study the need for additional tariffs on more Chinese products.",
        published="2024-09-29",
    ),
    Case(
        "The UAE Embassy in China hosted the first UAE-China Think Tank Forum with more than 100 "
        "experts and think tank leaders in Beijing from August 29 to 30, marking the 40th "
        "anniversary of the establishment of diplomatic ties between the UAE and China.",
        published="2024-09-29",
    ),
    Case(
        "Xi said that over the past 75 years the CPC has led Chinese people of all ethnic groups "
        "in creating the twin miracles of rapid economic growth.",
        published="2024-09-29",
    ),
    # seeds/002 and 003: a headline's money and count, an advert's price
    Case(
        "Frugal Shanghai Couple Leaves US$690,000 to Save 455 Children With Heart Disease",
        published="2025-06-13",
    ),
    Case("The shop sells the new phone for HK$3,980, and imports arrive every week."),
    # synthetic: a tariff rate is no trade figure; an age and a duration
    Case("The United States imposed a 145 percent tariff on imports from China in April."),
    Case("A 45-year-old trader from Yiwu has been selling exports to Africa for 20 years."),
    # trade subjects without any resolvable period: rejected, never guessed
    Case("China's exports to Japan rose 3.4 percent."),
    Case("Trade between China and Canada reached $57.66 billion, customs data showed."),
]
BUGS_CAUGHT = [  # cases of this table's XFAIL bucket, fixed since; each names its fix
    # XFAIL 'and imports down 0.1 percent' read as exports and dropped as a repeat: fixed by
    # the nearest-subject rule (cf69edf)
    Case(
        "In the first 10 months of this year, China's foreign trade rose 3.6 percent year on "
        "year to 37.31 trillion yuan, with exports up 6.2 percent and imports down 0.1 percent, "
        "the General Administration of Customs said.",
        published="2025-11-07",
        rows=[
            R("trade.total", "yoy_pct", 3.6, "percent", "exact", P10, "3.6 percent"),
            R("trade.total", "level", 3.731e13, "CNY", "exact", P10, "37.31 trillion yuan"),
            R("trade.exports", "yoy_pct", 6.2, "percent", "exact", P10, "6.2 percent"),
            R("trade.imports", "yoy_pct", -0.1, "percent", "exact", P10, "0.1 percent"),
        ],
    ),
    # XFAIL 'exports and imports' read as exports: fixed in abb8af4
    Case(
        "China's exports and imports grew 3.6 percent year on year in the first 10 months of 2025.",
        published="2025-11-07",
        rows=[R("trade.total", "yoy_pct", 3.6, "percent", "exact", P10, "3.6 percent")],
    ),
    Case(
        "Exports rose 5.1 percent year on year to 305.35 billion U.S. dollars in October.",
        published="2025-11-07",
        note="fixed: "
        + "no country outside the figure: expected ref-area-unresolved, but the story's "
        "ref_area is taken from 'U.S. dollars' inside the figure and both rows get ref_area US "
        "(parse.py sets story.ref_area without excluding figure spans)",
    ),
]
XFAIL = [
    Case(
        "Exports from Chinese mainland to Hong Kong rose 6 percent in October.",
        published="2025-11-07",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                6.0,
                "percent",
                "exact",
                OCT,
                "6 percent",
                counterpart_area="HK",
            )
        ],
        note="'exports from {area} to {partner}' not in terms: published as total exports",
    ),
    Case(
        "In the first 10 months of 2025, China's exports to Belt and Road countries rose 6.2 "
        "percent.",
        published="2025-11-07",
        note="exports to a group of countries are published as China's total exports",
    ),
    Case(
        "Exports of electric vehicles from China rose 30 percent in October.",
        published="2025-11-07",
        note="exports of one product are published as China's total exports",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + BUGS_CAUGHT + strict_xfail(XFAIL), ids=case_id)
def test_trade(case):
    assert rows_of(case, "trade" if case.rows else None) == case.rows


# Breadth (issue 13): Chinese customs wording (进出口, 对{partner}进出口, enterprise types and
# trade regimes, products, shares of the total), commodities by weight, deficits as positive
# amounts of their own code, partners that are never the place.
Q1_2020 = "2020-Q1"
BREADTH = [
    Case(
        "一季度,我国对欧盟进出口8759.3亿元,下降10.4%。",
        published="2020-04-16",
        rows=[
            R(
                "trade.total",
                "level",
                8.7593e11,
                "CNY",
                "exact",
                Q1_2020,
                "8759.3亿元",
                counterpart_area="EU",
            ),
            R(
                "trade.total",
                "yoy_pct",
                -10.4,
                "percent",
                "exact",
                Q1_2020,
                "10.4%",
                counterpart_area="EU",
            ),
        ],
    ),
    Case(
        "一季度,民营企业进出口2.78万亿元,下降2%,占我国外贸总值的42.4%。",
        published="2020-04-16",
        rows=[
            R(
                "trade.total.private_enterprises",
                "level",
                2.78e12,
                "CNY",
                "exact",
                Q1_2020,
                "2.78万亿元",
            ),
            R(
                "trade.total.private_enterprises",
                "yoy_pct",
                -2.0,
                "percent",
                "exact",
                Q1_2020,
                "2%",
            ),
            R(
                "trade.total.private_enterprises",
                "share_pct",
                42.4,
                "percent",
                "exact",
                Q1_2020,
                "42.4%",
            ),
        ],
    ),
    Case(
        "一季度,我国机电产品出口1.95万亿元,下降11.5%,占出口总值的58.5%。",
        published="2020-04-16",
        rows=[
            R(
                "trade.exports.mechanical_electrical",
                "level",
                1.95e12,
                "CNY",
                "exact",
                Q1_2020,
                "1.95万亿元",
            ),
            R(
                "trade.exports.mechanical_electrical",
                "yoy_pct",
                -11.5,
                "percent",
                "exact",
                Q1_2020,
                "11.5%",
            ),
            R(
                "trade.exports.mechanical_electrical",
                "share_pct",
                58.5,
                "percent",
                "exact",
                Q1_2020,
                "58.5%",
            ),
        ],
    ),
    Case(
        "China's soybean imports reached 12.02 million tonnes in May, up 24% from a year earlier.",
        published="2023-06-07",
        rows=[
            R(
                "trade.imports_volume.soybeans",
                "level",
                1.202e10,
                "kg",
                "exact",
                "2023-05",
                "12.02 million tonnes",
            ),
            R(
                "trade.imports_volume.soybeans",
                "yoy_pct",
                24.0,
                "percent",
                "exact",
                "2023-05",
                "24%",
            ),
        ],
    ),
    Case(
        "Japan's trade deficit with China narrowed to 838.53 billion yen in January.",
        published="2020-02-20",
        rows=[
            R(
                "trade.deficit",
                "level",
                8.3853e11,
                "JPY",
                "exact",
                "2020-01",
                "838.53 billion yen",
                counterpart_area="CN",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "Japan posted a goods trade deficit of 1.31 trillion yen in January.",
        published="2020-02-20",
        rows=[
            R(
                "trade.deficit",
                "level",
                1.31e12,
                "JPY",
                "exact",
                "2020-01",
                "1.31 trillion yen",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "Germany's exports of goods to the EU rose 3.5% to 49.4 billion euros in August.",
        published="2015-10-09",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                3.5,
                "percent",
                "exact",
                "2015-08",
                "3.5%",
                counterpart_area="EU",
                ref_area="DE",
            ),
            R(
                "trade.exports",
                "level",
                4.94e10,
                "EUR",
                "exact",
                "2015-08",
                "49.4 billion euros",
                counterpart_area="EU",
                ref_area="DE",
            ),
        ],
    ),
    # the partner of one subject is not the place of another in the same sentence
    Case(
        "Japan's exports to China slipped 6.4 percent in January, while imports from China "
        "fell 5.7 percent.",
        published="2020-02-20",
        rows=[
            R(
                "trade.exports",
                "yoy_pct",
                -6.4,
                "percent",
                "exact",
                "2020-01",
                "6.4 percent",
                counterpart_area="CN",
                ref_area="JP",
            ),
            R(
                "trade.imports",
                "yoy_pct",
                -5.7,
                "percent",
                "exact",
                "2020-01",
                "5.7 percent",
                counterpart_area="CN",
                ref_area="JP",
            ),
        ],
    ),
    # no trade figure: a count of enterprises, a tariff rate set by policy, a money amount
    # for a by-weight commodity code
    Case("民营企业数量达到4000万户。", published="2020-04-16"),
    Case("China cut the tariff on soybean imports to 3 percent in 2023.", published="2023-06-07"),
    Case("China's soybean imports were worth $5.2 billion in May.", published="2023-06-07"),
]


@pytest.mark.parametrize("case", BREADTH, ids=case_id)
def test_trade_breadth(case):
    assert rows_of(case, "trade" if case.rows else None) == case.rows


# Goods by weight named by a verb of trade (econstats/reader/traded_goods.py, vocab/trade_verbs.csv):
# the verb gives the flow, "of <goods>" the commodity, else the story's last subject by weight
VERBS = [
    Case(
        "China brought in a record 12.02 million tonnes of soybeans in May, up 24% on a year "
        "ago, customs figures showed.",
        published="2023-06-07",
        rows=[
            R(
                "trade.imports_volume.soybeans",
                "level",
                1.202e10,
                "kg",
                "exact",
                "2023-05",
                "12.02 million tonnes",
            ),
            R(
                "trade.imports_volume.soybeans",
                "yoy_pct",
                24.0,
                "percent",
                "exact",
                "2023-05",
                "24%",
            ),
        ],
    ),
    Case(
        "India imported 4.2 million tonnes of crude oil in March, the ministry said.",
        published="2024-04-20",
        rows=[
            R(
                "trade.imports_volume.crude_oil",
                "level",
                4.2e9,
                "kg",
                "exact",
                "2024-03",
                "4.2 million tonnes",
                ref_area="IN",
            ),
        ],
    ),
    Case(
        "China's outbound shipments of rare earths climbed 35.9% in May from a year earlier. "
        "The world's biggest producer exported a record 6,217 metric tons of the 17-mineral "
        "group last month.",
        published="2024-06-07",
        rows=[
            R(
                "trade.exports_volume.rare_earths",
                "yoy_pct",
                35.9,
                "percent",
                "exact",
                "2024-05",
                "35.9%",
            ),
            R(
                "trade.exports_volume.rare_earths",
                "level",
                6.217e6,
                "kg",
                "exact",
                "2024-05",
                "6,217 metric tons",
            ),
        ],
    ),
]
VERBS_NO_ROW = [
    # a ship's tonnage, containers, a port's berth, a tariff rate: no verb of trade before a
    # weight of goods
    Case(
        "The 300,000-tonne tanker that brought in the cargo docked at berth 12 in May.",
        published="2024-06-07",
    ),
    Case("The carrier shipped 24,000 containers through the port in May.", published="2024-06-07"),
    Case("China imported a 100,000-tonne dredger last year.", published="2024-06-07"),
    Case("Beijing bought 45 percent of the debt in May.", published="2024-06-07"),
    Case("Tariffs on imported soybeans rose to 28 percent in May.", published="2024-06-07"),
]


@pytest.mark.parametrize("case", VERBS + VERBS_NO_ROW, ids=case_id)
def test_trade_verbs(case):
    assert rows_of(case, "trade" if case.rows else None) == case.rows


# The word right before a level says which side of a balance it is (econstats/reader/balance_words.py,
# vocab/balance_words.csv): a "trade gap" that is a surplus is no deficit
BALANCE_SIDES = [
    Case(
        "Japan's trade gap swung to a surplus of 620 billion yen in May, the ministry said.",
        published="2024-06-20",
        rows=[
            R(
                "trade.balance",
                "level",
                6.2e11,
                "JPY",
                "exact",
                "2024-05",
                "620 billion yen",
                ref_area="JP",
            )
        ],
    ),
    Case(
        "Japan's trade gap narrowed to 1.31 trillion yen in May.",
        published="2024-06-20",
        rows=[
            R(
                "trade.deficit",
                "level",
                1.31e12,
                "JPY",
                "exact",
                "2024-05",
                "1.31 trillion yen",
                ref_area="JP",
            )
        ],
    ),
    Case(
        "Japan posted a trade surplus of 620 billion yen in May, leaving a deficit of 838.53 "
        "billion yen with China.",
        published="2024-06-20",
        rows=[
            R(
                "trade.balance",
                "level",
                6.2e11,
                "JPY",
                "exact",
                "2024-05",
                "620 billion yen",
                ref_area="JP",
            ),
            R(
                "trade.deficit",
                "level",
                8.3853e11,
                "JPY",
                "exact",
                "2024-05",
                "838.53 billion yen",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "South Korea's current account balance swung to a deficit of $2.1 billion in May.",
        published="2024-06-20",
        rows=[
            R(
                "trade.current_account_deficit",
                "level",
                2.1e9,
                "USD",
                "exact",
                "2024-05",
                "$2.1 billion",
                ref_area="KR",
            )
        ],
    ),
]


@pytest.mark.parametrize("case", BALANCE_SIDES, ids=case_id)
def test_balance_sides(case):
    assert rows_of(case, "trade" if case.rows else None) == case.rows
