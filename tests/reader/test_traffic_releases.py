"""Airline, airport and port traffic releases (issue 13, dev2 set u): an airline group's
monthly traffic ("carried 3.2 million passengers", "flew", "freight and mail carried"), its
passenger and cargo load factors (two series: the breakdown), revenue passenger kilometres,
an airport's passenger volume, aircraft movements (printed bare: "rose 6.1% to 21,240";
飛機起降量, 架次), Hong Kong's traditional-Chinese words (貨運量, 貨櫃吞吐量, 個標準箱).
Rejected: one flight's passengers, a bill that "carried" a tariff, anniversaries, fleet orders
and destinations give no row.
"""

from __future__ import annotations

import pytest
from cases import Case, R, case_id, rows_of

CASES = [
    Case(
        "SINGAPORE, June 16 (Reuters) - Singapore Airlines and its budget unit Scoot carried 3.2 million passengers in May, up 7.4% from a year earlier. The passenger load factor fell 1.1 percentage points to 86.3%, while the cargo load factor rose 2.0 percentage points to 57.5%.",
        published="2025-06-16",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                3200000.0,
                "count",
                "exact",
                "2025-05",
                "3.2 million passengers",
                ref_area="SG",
            ),
            R(
                "transport.passenger_trips",
                "yoy_pct",
                7.4,
                "percent",
                "exact",
                "2025-05",
                "7.4%",
                ref_area="SG",
            ),
            R(
                "transport.load_factor",
                "pp_change",
                -1.1,
                "percent",
                "exact",
                "2025-05",
                "1.1 percentage points",
                ref_area="SG",
            ),
            R(
                "transport.load_factor",
                "share_pct",
                86.3,
                "percent",
                "exact",
                "2025-05",
                "86.3%",
                ref_area="SG",
            ),
            R(
                "transport.load_factor",
                "pp_change",
                2.0,
                "percent",
                "exact",
                "2025-05",
                "2.0 percentage points",
                ref_area="SG",
            ),
            R(
                "transport.load_factor",
                "share_pct",
                57.5,
                "percent",
                "exact",
                "2025-05",
                "57.5%",
                ref_area="SG",
            ),
        ],
    ),
    Case(
        "TOKYO, June 20 (Reuters) - Japan Airlines said revenue passenger kilometers rose 9.8% in May. At Narita, aircraft movements rose 6.1% to 21,240 in May.",
        published="2025-06-20",
        rows=[
            R(
                "transport.revenue_passenger_km",
                "yoy_pct",
                9.8,
                "percent",
                "exact",
                "2025-05",
                "9.8%",
                ref_area="JP",
            ),
            R(
                "transport.flights",
                "yoy_pct",
                6.1,
                "percent",
                "exact",
                "2025-05",
                "6.1%",
                ref_area="JP",
            ),
            R(
                "transport.flights",
                "level",
                21240.0,
                "count",
                "exact",
                "2025-05",
                "21,240",
                ref_area="JP",
            ),
        ],
    ),
    Case(
        "SINGAPORE, Aug 16 (Reuters) - The carrier flew 1.4 million passengers in the first half, and freight and mail carried rose 4% to 58,000 tonnes.",
        published="2025-08-16",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                1400000.0,
                "count",
                "exact",
                "2025-S1",
                "1.4 million passengers",
                ref_area="SG",
            ),
            R(
                "transport.freight",
                "yoy_pct",
                4.0,
                "percent",
                "exact",
                "2025-S1",
                "4%",
                ref_area="SG",
            ),
            R(
                "transport.freight",
                "level",
                58000000.0,
                "kg",
                "exact",
                "2025-S1",
                "58,000 tonnes",
                ref_area="SG",
            ),
        ],
    ),
    Case(
        "SINGAPORE, Aug 16 (Reuters) - Changi Airport's passenger volume reached 5.6 million in July, 4.2% higher than a year before, while cargo tonnage fell 1.5%.",
        published="2025-08-16",
        rows=[
            R(
                "transport.passenger_trips",
                "level",
                5600000.0,
                "count",
                "exact",
                "2025-07",
                "5.6 million",
                ref_area="SG",
            ),
            R(
                "transport.passenger_trips",
                "yoy_pct",
                4.2,
                "percent",
                "exact",
                "2025-07",
                "4.2%",
                ref_area="SG",
            ),
            R(
                "transport.freight",
                "yoy_pct",
                -1.5,
                "percent",
                "exact",
                "2025-07",
                "1.5%",
                ref_area="SG",
            ),
        ],
    ),
    Case(
        "香港國際機場5月份貨運量為40.2萬公噸，按年上升3.5%；飛機起降量共3.1萬架次，按年增加7.2%。",
        published="2025-06-16",
        rows=[
            R(
                "transport.freight",
                "level",
                402000000.0,
                "kg",
                "exact",
                "2025-05",
                "40.2萬公噸",
                ref_area="HK",
            ),
            R(
                "transport.freight",
                "yoy_pct",
                3.5,
                "percent",
                "exact",
                "2025-05",
                "3.5%",
                ref_area="HK",
            ),
            R(
                "transport.flights",
                "level",
                31000.0,
                "count",
                "exact",
                "2025-05",
                "3.1萬架次",
                ref_area="HK",
            ),
            R(
                "transport.flights",
                "yoy_pct",
                7.2,
                "percent",
                "exact",
                "2025-05",
                "7.2%",
                ref_area="HK",
            ),
        ],
    ),
    Case(
        "據海事處數字，香港港口4月貨櫃吞吐量為110.5萬個標準箱，按年減少2.3%。",
        published="2025-05-26",
        rows=[
            R(
                "transport.container_throughput",
                "level",
                1105000.0,
                "TEU",
                "exact",
                "2025-04",
                "110.5萬個標準箱",
                ref_area="HK",
            ),
            R(
                "transport.container_throughput",
                "yoy_pct",
                -2.3,
                "percent",
                "exact",
                "2025-04",
                "2.3%",
                ref_area="HK",
            ),
        ],
    ),
]

REJECTED = [
    Case(
        "SINGAPORE, Aug 16 (Reuters) - The Boeing 777 that diverted to Anchorage carried 280 passengers and 14 crew, the airline said.",
        published="2025-08-16",
    ),
    Case(
        "WASHINGTON, Aug 16 (Reuters) - The bill carried a 20% tariff on imported steel, and the airline's shares fell 3% on Monday.",
        published="2025-08-16",
    ),
    Case(
        "HONG KONG, Aug 16 (Reuters) - The airline, which marked its 78th anniversary, has 25 A350 jets on order and will add a 19th mainland destination on Sept. 2.",
        published="2025-08-16",
    ),
]


@pytest.mark.parametrize("case", CASES + REJECTED, ids=case_id)
def test_traffic_releases(case: Case) -> None:
    assert rows_of(case) == case.rows
