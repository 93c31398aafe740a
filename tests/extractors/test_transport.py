"""Transport extractor: sentences in, exact rows out (holiday periods from vocab/holidays.csv)."""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of, strict_xfail

TRIPS = "transport.passenger_trips"
DAILY = "transport.passenger_trips.daily_average"
SELF = "transport.passenger_trips.self_driving"
ND_2024 = "2024-10-01/P7D"
ND_2025 = "2025-10-01/P8D"
SF_2025 = "2025-01-28/P8D"
ACCEPT = [
    # seeds/000_b10aee10baf3644e.txt (Global Times, 2024-09-29): "the holidays" takes the
    # National Day holidays named earlier in the story; forecasts; a base year; a share
    Case(
        "The rising demand for travel during China's week-long National Day holidays starting "
        "on October 1 is expected to inject more vitality into domestic consumption, with growth "
        "foreseen in relevant sectors amid ramped-up policy support.\n\n"
        "The transport sector is expected to handle 1.94 billion passenger trips nationwide "
        "during the holidays, with a daily average of 277 million trips. The daily average would "
        "be up 0.7 percent year-on-year and 19.4 percent compared with the same period in 2019, "
        "Vice Minister of Transport Li Yang said at a press conference on Friday.\n\n"
        "It is expected that the proportion of self-driving trips during the National Day "
        "holidays will exceed 80 percent, reaching 1.526 billion trips, Li said.",
        published="2024-09-29",
        rows=[
            R(
                TRIPS,
                "level",
                1.94e9,
                "count",
                "exact",
                ND_2024,
                "1.94 billion passenger trips",
                "forecast",
            ),
            R(DAILY, "level", 2.77e8, "count", "exact", ND_2024, "277 million trips", "forecast"),
            R(DAILY, "yoy_pct", 0.7, "percent", "exact", ND_2024, "0.7 percent", "forecast"),
            R(
                DAILY,
                "pct_change",
                19.4,
                "percent",
                "exact",
                ND_2024,
                "19.4 percent",
                "forecast",
                base_period="2019-10-01/2019-10-07",
            ),
            R(SELF, "share_pct", 80.0, "percent", "at_least", ND_2024, "80 percent", "forecast"),
            R(
                SELF,
                "level",
                1.526e9,
                "count",
                "exact",
                ND_2024,
                "1.526 billion trips",
                "forecast",
            ),
        ],
    ),
    # synthetic: the Spring Festival holiday of the published year (2025: Jan 28-Feb 4)
    Case(
        "China saw 2.3 billion cross-regional passenger trips during the Spring Festival "
        "holiday, up 7.1 percent year on year, according to the Ministry of Transport.",
        published="2025-02-05",
        rows=[
            R(TRIPS, "level", 2.3e9, "count", "exact", SF_2025, "2.3 billion"),
            R(TRIPS, "yoy_pct", 7.1, "percent", "exact", SF_2025, "7.1 percent"),
        ],
    ),
    Case(
        "During the eight-day Spring Festival holiday, cross-regional passenger trips in China "
        "totaled about 2.3 billion, with a daily average of 288 million trips.",
        published="2025-02-05",
        rows=[
            R(TRIPS, "level", 2.3e9, "count", "approximately", SF_2025, "about 2.3 billion"),
            R(DAILY, "level", 2.88e8, "count", "exact", SF_2025, "288 million trips"),
        ],
    ),
    Case(
        "During the Spring Festival holiday, China's cross-regional passenger trips rose 7.1 "
        "percent compared with the same period in 2019.",
        published="2025-02-05",
        rows=[
            R(
                TRIPS,
                "pct_change",
                7.1,
                "percent",
                "exact",
                SF_2025,
                "7.1 percent",
                base_period="2019-02-04/2019-02-10",
            )
        ],
    ),
    # synthetic: 2024's Spring Festival holiday named with its year (Feb 10-17)
    Case(
        "During the Spring Festival holiday of 2024, cross-regional passenger trips in China "
        "reached 2.29 billion.",
        published="2024-02-18",
        rows=[R(TRIPS, "level", 2.29e9, "count", "exact", "2024-02-10/P8D", "2.29 billion")],
    ),
    # synthetic: 2026's Spring Festival holiday is nine days (Feb 15-23)
    Case(
        "During the Spring Festival holiday, China's cross-regional passenger trips totaled 2.5 "
        "billion, the Ministry of Transport said on Tuesday.",
        published="2026-02-24",
        rows=[R(TRIPS, "level", 2.5e9, "count", "exact", "2026-02-15/P9D", "2.5 billion")],
    ),
    # synthetic: the 2025 National Day holiday joined with Mid-Autumn (Oct 1-8)
    Case(
        "China recorded 2.43 billion cross-regional trips during the National Day and "
        "Mid-Autumn Festival holiday, the Ministry of Transport said.",
        published="2025-10-09",
        rows=[R(TRIPS, "level", 2.43e9, "count", "exact", ND_2025, "2.43 billion")],
    ),
    Case(
        "China's cross-regional passenger trips reached 2.43 billion during the National Day "
        "holiday, up 6.3 percent from 2024.",
        published="2025-10-09",
        rows=[
            R(TRIPS, "level", 2.43e9, "count", "exact", ND_2025, "2.43 billion"),
            R(TRIPS, "yoy_pct", 6.3, "percent", "exact", ND_2025, "6.3 percent"),
        ],
    ),
    Case(
        "During the 2024 National Day holiday, China's cross-regional passenger trips reached "
        "2.05 billion.",
        published="2025-10-09",
        rows=[R(TRIPS, "level", 2.05e9, "count", "exact", ND_2024, "2.05 billion")],
    ),
    # synthetic: the next sentence's share and level take the holiday from the first
    Case(
        "During the National Day holiday, China handled 2.43 billion cross-regional passenger "
        "trips. Of these, self-driving trips reached 1.84 billion, accounting for 75.7 percent "
        "of the total.",
        published="2025-10-09",
        rows=[
            R(TRIPS, "level", 2.43e9, "count", "exact", ND_2025, "2.43 billion"),
            R(SELF, "level", 1.84e9, "count", "exact", ND_2025, "1.84 billion"),
            R(SELF, "share_pct", 75.7, "percent", "exact", ND_2025, "75.7 percent"),
        ],
    ),
    # synthetic: "golden week" alone is the National Day week
    Case(
        "During the golden week, China's self-driving trips reached 1.84 billion, accounting for "
        "78.6 percent of total cross-regional trips.",
        published="2025-10-09",
        rows=[
            R(SELF, "level", 1.84e9, "count", "exact", ND_2025, "1.84 billion"),
            R(SELF, "share_pct", 78.6, "percent", "exact", ND_2025, "78.6 percent"),
        ],
    ),
    # synthetic: daily averages
    Case(
        "During the National Day holiday, China's daily average of passenger trips was 304 "
        "million, up 6.3 percent year on year.",
        published="2025-10-09",
        rows=[
            R(DAILY, "level", 3.04e8, "count", "exact", ND_2025, "304 million"),
            R(DAILY, "yoy_pct", 6.3, "percent", "exact", ND_2025, "6.3 percent"),
        ],
    ),
    Case(
        "China's average daily trips reached 304 million during the National Day holiday, up "
        "6.2 percent from the same period last year.",
        published="2025-10-09",
        rows=[
            R(DAILY, "level", 3.04e8, "count", "exact", ND_2025, "304 million"),
            R(DAILY, "yoy_pct", 6.2, "percent", "exact", ND_2025, "6.2 percent"),
        ],
    ),
    # synthetic: May Day (2025: May 1-5) and its Labor Day alias; "some" is approximate
    Case(
        "During the May Day holiday, China's cross-regional passenger trips reached 1.47 "
        "billion, up 8 percent year on year.",
        published="2025-05-06",
        rows=[
            R(TRIPS, "level", 1.47e9, "count", "exact", "2025-05-01/P5D", "1.47 billion"),
            R(TRIPS, "yoy_pct", 8.0, "percent", "exact", "2025-05-01/P5D", "8 percent"),
        ],
    ),
    Case(
        "China's cross-regional passenger trips totaled some 1.47 billion during the five-day "
        "Labor Day holiday.",
        published="2025-05-06",
        rows=[
            R(
                TRIPS,
                "level",
                1.47e9,
                "count",
                "approximately",
                "2025-05-01/P5D",
                "some 1.47 billion",
            )
        ],
    ),
    # synthetic: Mid-Autumn 2024 (Sep 15-17)
    Case(
        "China's cross-regional passenger trips during the three-day Mid-Autumn Festival holiday "
        "reached 600 million, up 5 percent year on year.",
        published="2024-09-18",
        rows=[
            R(TRIPS, "level", 6e8, "count", "exact", "2024-09-15/P3D", "600 million"),
            R(TRIPS, "yoy_pct", 5.0, "percent", "exact", "2024-09-15/P3D", "5 percent"),
        ],
    ),
    # synthetic: a forecast with "exceed" after a modal: the verb is not part of the figure
    Case(
        "China's cross-regional passenger trips were expected to exceed 2.4 billion during the "
        "National Day holiday.",
        published="2025-10-09",
        rows=[R(TRIPS, "level", 2.4e9, "count", "at_least", ND_2025, "2.4 billion", "forecast")],
    ),
]
NO_ROW = [
    # seeds/000_b10aee10baf3644e.txt: counts of cities and countries, "27 times", a 30-day
    # consultation, an anniversary
    Case(
        "Outbound flight and hotel bookings on Chinese online travel agency Qunar for the "
        "holiday covered nearly 1,600 cities in 144 countries and regions, the company said.",
        published="2024-09-29",
    ),
    Case(
        'As of Saturday, searches for "travel during the National Day holidays" had surged 27 '
        "times year-on-year on domestic service apps Meituan and Dianping.",
        published="2024-09-29",
    ),
    Case(
        "The Film Festival will run until October 31 and will be screened in seven major cities "
        "in China including Beijing, Shanghai, Guangzhou, Shenzhen, Xiamen, Chengdu, and "
        "Nanjing.",
        published="2024-09-29",
    ),
    Case(
        "China is celebrating the 75th anniversary of the founding of the PRC.",
        published="2024-09-29",
    ),
    # seeds/002_9724355e3d883aac.txt: a festival's edition number
    Case(
        "The 28th Shanghai International Film Festival, which kicked off today, is setting a new "
        "benchmark for both industry scale and technological integration.",
        published="2025-06-13",
    ),
    # synthetic: visitors of one museum are no passenger trips
    Case("The museum received 20,000 visitors during the National Day holiday."),
    # transport subjects without any resolvable period: rejected, never guessed
    Case(
        "The transport sector is expected to handle 1.94 billion passenger trips nationwide "
        "during the holidays, with a daily average of 277 million trips.",
        published="2024-09-29",
    ),
    Case(
        "Self-driving trips accounted for about 80 percent of China's cross-regional passenger "
        "trips during the holiday.",
        published="2025-10-09",
    ),
    Case(
        "The Ministry of Transport said China's cross-regional passenger trips during the "
        "eight-day holiday reached 2.43 billion.",
        published="2025-10-09",
    ),
    Case("Passenger trips on the Beijing subway hit 12 million on Tuesday."),
]
BUGS_CAUGHT = [  # cases of this table's XFAIL bucket, fixed since; each names its fix
    # XFAIL '，日均2.88亿人次' read as the total, which dropped 23亿 as a repeat: fixed by the
    # nearest-subject rule (cf69edf)
    Case(
        "春节假期期间，全国跨区域人员流动量达到23亿人次，日均2.88亿人次。",
        published="2025-02-05",
        rows=[
            R(TRIPS, "level", 2.3e9, "count", "exact", SF_2025, "23亿人次"),
            R(DAILY, "level", 2.88e8, "count", "exact", SF_2025, "2.88亿人次"),
        ],
    ),
    Case(
        "Self-driving travel in China made up 79.3 percent of all cross-regional trips during "
        "the golden week.",
        published="2025-10-09",
        rows=[R(SELF, "share_pct", 79.3, "percent", "exact", ND_2025, "79.3 percent")],
        note="fixed: " + "'made up' is no share cue: published as yoy_pct 79.3",
    ),
    Case(
        "Self-driving trips during the National Day holidays in China are expected to account "
        "for over 80 percent of the total.",
        published="2024-09-29",
        rows=[
            R(
                SELF,
                "share_pct",
                80.0,
                "percent",
                "at_least",
                ND_2024,
                "over 80 percent",
                "forecast",
            )
        ],
        note="fixed: "
        + "'account for' (after a modal) is no share cue, only 'accounted for'/'accounting "
        "for': rejected unit-mismatch",
    ),
    Case(
        "During the National Day holiday, China's cross-regional passenger trips hit 2.43 "
        "billion, an average of 304 million trips per day.",
        published="2025-10-09",
        rows=[
            R(TRIPS, "level", 2.43e9, "count", "exact", ND_2025, "2.43 billion"),
            R(DAILY, "level", 3.04e8, "count", "exact", ND_2025, "304 million trips"),
        ],
        note="fixed: 'per day' is a daily-average basis (vocab/figure_bases.csv), and a basis "
        "whose indicator has a code of its own takes it (figure_bases.figure_basis)",
    ),
]
XFAIL = [
    Case(
        "During the 40-day Spring Festival travel rush, China is expected to see 9 billion "
        "cross-regional passenger trips.",
        published="2025-02-13",
        rows=[R(TRIPS, "level", 9e9, "count", "exact", "2025-01-14/P40D", "9 billion", "forecast")],
        note="the English 'Spring Festival travel rush' is blocked (holiday_event): stories name "
        "it in passing; only 春运 is dated (vocab/holidays.csv travel_rush)",
    ),
]


@pytest.mark.parametrize("case", ACCEPT + NO_ROW + BUGS_CAUGHT + strict_xfail(XFAIL), ids=case_id)
def test_transport(case):
    assert rows_of(case, "transport" if case.rows else None) == case.rows


# Breadth (issue 13): trips by mode, port throughput (tonnes -> kg, TEU), and tourism
# (domestic trips, spending, visitor arrivals in traditional Chinese) under transport.tourism.*
QM_2025 = "2025-04-04/P3D"
H1_2019 = "2019-S1"
TOUR = "transport.tourism."
BREADTH = [
    Case(
        "China's railways handled 150 million passenger trips during the National Day holiday.",
        published="2025-10-09",
        rows=[
            R(
                "transport.passenger_trips.rail",
                "level",
                1.5e8,
                "count",
                "exact",
                ND_2025,
                "150 million passenger trips",
            ),
        ],
    ),
    Case(
        "In the first half of 2019, cargo throughput at China's ports reached about 6.7 billion "
        "tonnes, up 4.5 percent year on year.",
        published="2019-07-30",
        rows=[
            R(
                "transport.cargo_throughput",
                "level",
                6.7e12,
                "kg",
                "approximately",
                H1_2019,
                "about 6.7 billion tonnes",
            ),
            R(
                "transport.cargo_throughput",
                "yoy_pct",
                4.5,
                "percent",
                "exact",
                H1_2019,
                "4.5 percent",
            ),
        ],
    ),
    Case(
        "2019年上半年,全国港口完成集装箱吞吐量1.27亿标箱。",
        published="2019-07-30",
        rows=[
            R(
                "transport.container_throughput",
                "level",
                1.27e8,
                "TEU",
                "exact",
                H1_2019,
                "1.27亿标箱",
            ),
        ],
    ),
    Case(
        "During the Qingming Festival holiday, China logged 126 million domestic trips, up 6.3 "
        "percent year on year.",
        published="2025-04-07",
        rows=[
            R(TOUR + "domestic_trips", "level", 1.26e8, "count", "exact", QM_2025, "126 million"),
            R(TOUR + "domestic_trips", "yoy_pct", 6.3, "percent", "exact", QM_2025, "6.3 percent"),
        ],
    ),
    Case(
        "Chinese tourists spent 57.55 billion yuan during the Qingming Festival holiday.",
        published="2025-04-07",
        rows=[
            R(TOUR + "spending", "level", 5.755e10, "CNY", "exact", QM_2025, "57.55 billion yuan"),
        ],
    ),
    Case(
        "Chinese tourists spent CNY40.4 billion at home during the Dragon Boat Festival holiday, "
        "an 8.1 percent increase from a year earlier.",
        published="2024-06-11",
        rows=[
            R(
                TOUR + "spending",
                "level",
                4.04e10,
                "CNY",
                "exact",
                "2024-06-08/P3D",
                "CNY40.4 billion",
            ),
            R(
                TOUR + "spending",
                "yoy_pct",
                8.1,
                "percent",
                "exact",
                "2024-06-08/P3D",
                "8.1 percent",
            ),
        ],
    ),
    Case(
        "香港今年首7個月訪港旅客按年增長11.8%至2803萬人次。",
        published="2025-09-15",
        rows=[
            R(
                TOUR + "visitor_arrivals",
                "yoy_pct",
                11.8,
                "percent",
                "exact",
                "2025-01-01/P7M",
                "11.8%",
                ref_area="HK",
            ),
            R(
                TOUR + "visitor_arrivals",
                "level",
                2.803e7,
                "count",
                "exact",
                "2025-01-01/P7M",
                "2803萬人次",
                ref_area="HK",
            ),
        ],
    ),
    # no row: animals and visitors of one attraction, trains
    Case(
        "A panda base in China welcomed 12 pandas and 300 visitors during the Qingming Festival "
        "holiday.",
        published="2025-04-07",
    ),
    Case(
        "China Railway added 1,500 trains during the Qingming Festival holiday.",
        published="2025-04-07",
    ),
]


@pytest.mark.parametrize("case", BREADTH, ids=case_id)
def test_transport_breadth(case):
    assert rows_of(case, "transport" if case.rows else None) == case.rows
