"""Reference rates from the ECB history shipped in currencyconverter, and stated-conversion checks.

Historical ECB reference rates never change, so averages over past periods are exact
expectations; only the package's last data date moves with new releases.
"""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from currency_converter import CurrencyConverter

from econstats.dataset.fx import (
    FxMiss,
    FxRate,
    RateTable,
    build_rates,
    implied_rate_check,
    source_info,
    usd_rate,
)

D = date


@pytest.fixture(scope="module")
def table() -> RateTable:
    return build_rates()


# currency, start, end, expected units per USD (to 4 decimals), days with a published rate
FLOWS = [
    ("CNY", D(2024, 1, 1), D(2024, 8, 31), 7.2130, 171),  # retail sales Jan-Aug 2024 (seed 000)
    ("CNY", D(2025, 1, 1), D(2025, 10, 31), 7.2089, 214),  # fiscal revenue Jan-Oct 2025 (seed 001)
    ("CNY", D(2025, 4, 1), D(2025, 6, 30), 7.2300, 62),  # Kling AI revenue 2025-Q2 (seed 001)
    ("CNY", D(2024, 1, 1), D(2024, 12, 31), 7.1956, 256),
    ("HKD", D(2024, 1, 1), D(2024, 12, 31), 7.8026, 256),
    ("EUR", D(2024, 1, 1), D(2024, 12, 31), 0.9241, 256),
    ("GBP", D(2024, 1, 1), D(2024, 12, 31), 0.7823, 256),
    ("JPY", D(2024, 1, 1), D(2024, 12, 31), 151.4310, 256),
    ("CNY", D(2024, 10, 1), D(2024, 10, 7), 7.0185, 5),  # a holiday week: weekend skipped
    ("cny", D(2024, 1, 1), D(2024, 12, 31), 7.1956, 256),  # code normalised
]


@pytest.mark.parametrize(("currency", "start", "end", "expected", "days"), FLOWS)
def test_flow_rate_is_period_average(table, currency, start, end, expected, days):
    got = usd_rate(currency, start, end, table)
    assert isinstance(got, FxRate)
    assert (got.currency, got.start, got.end) == (currency.upper(), start, end)
    assert round(got.rate, 4) == expected
    assert got.days_used == days
    assert isinstance(got.rate, float)
    assert got.source == table.source


# stock date, expected date of the rate used, expected EUR per USD (to 6 decimals)
STOCKS = [
    (D(2024, 1, 2), D(2024, 1, 2), round(1 / 1.0956, 6)),  # a business day: that day's rate
    (D(2024, 6, 30), D(2024, 6, 28), 0.934143),  # a Sunday: the Friday before
    (D(2024, 1, 1), D(2023, 12, 29), round(1 / 1.105, 6)),  # New Year's Day: last of 2023
]


@pytest.mark.parametrize(("day", "used", "expected"), STOCKS)
def test_stock_rate_is_that_day_or_last_before(table, day, used, expected):
    got = usd_rate("EUR", day, day, table, stock=True)
    assert isinstance(got, FxRate)
    assert (got.start, got.end, got.days_used) == (used, used, 1)
    assert round(got.rate, 6) == expected


# A made-up history, to pin behaviour at the ends of the data whatever the package's last date.
# CNY per USD: Tue 2 Jan 7.0, Wed 3 Jan 7.2, Thu 4 Jan no publication, Fri 5 Jan 7.4,
# then nothing until Fri 19 Jan 7.1, the last day of data. HKD is N/A on 3 and 5 Jan.
TOY_CSV = """Date,USD,CNY,HKD,
2024-01-19,1.0,7.1,7.8,
2024-01-05,2.0,14.8,N/A,
2024-01-03,1.0,7.2,N/A,
2024-01-02,1.0,7.0,7.9,
"""


@pytest.fixture(scope="module")
def toy(tmp_path_factory) -> RateTable:
    path = tmp_path_factory.mktemp("fx") / "toy.csv"
    path.write_text(TOY_CSV, encoding="utf-8")
    converter = CurrencyConverter(str(path))
    return RateTable(converter, "test", D(2024, 1, 2), D(2024, 1, 19))


# currency, start, end, stock, expected: (rate, rate start, rate end, days used) or a miss reason
TOY_CASES = [
    ("CNY", D(2024, 1, 2), D(2024, 1, 5), False, (7.2, D(2024, 1, 2), D(2024, 1, 5), 3)),
    ("CNY", D(2024, 1, 3), D(2024, 1, 4), False, (7.2, D(2024, 1, 3), D(2024, 1, 4), 1)),
    ("CNY", D(2024, 1, 15), D(2024, 1, 21), False, (7.1, D(2024, 1, 15), D(2024, 1, 21), 1)),
    ("HKD", D(2024, 1, 2), D(2024, 1, 19), False, (7.85, D(2024, 1, 2), D(2024, 1, 19), 2)),
    ("CNY", D(2024, 1, 4), D(2024, 1, 4), False, "period-not-covered"),  # no publication
    ("CNY", D(2024, 1, 1), D(2024, 1, 5), False, "period-partly-covered"),  # Mon before data
    ("CNY", D(2024, 1, 15), D(2024, 1, 22), False, "period-partly-covered"),  # Mon after data
    ("CNY", D(2024, 2, 1), D(2024, 2, 29), False, "period-not-covered"),
    ("CNY", D(2024, 1, 3), D(2024, 1, 3), True, (7.2, D(2024, 1, 3), D(2024, 1, 3), 1)),
    ("CNY", D(2024, 1, 4), D(2024, 1, 4), True, (7.2, D(2024, 1, 3), D(2024, 1, 3), 1)),
    ("CNY", D(2024, 1, 12), D(2024, 1, 12), True, (7.4, D(2024, 1, 5), D(2024, 1, 5), 1)),
    ("CNY", D(2024, 1, 13), D(2024, 1, 13), True, "period-not-covered"),  # 8 days after
    ("CNY", D(2024, 1, 21), D(2024, 1, 21), True, (7.1, D(2024, 1, 19), D(2024, 1, 19), 1)),
    ("CNY", D(2024, 1, 22), D(2024, 1, 22), True, "period-not-covered"),  # Mon after data
    ("CNY", D(2024, 1, 1), D(2024, 1, 1), True, "period-not-covered"),  # before data
    ("HKD", D(2024, 1, 6), D(2024, 1, 6), True, (7.9, D(2024, 1, 2), D(2024, 1, 2), 1)),
    ("CNY", D(2024, 1, 1), D(2024, 1, 7), True, (7.4, D(2024, 1, 5), D(2024, 1, 5), 1)),  # end
]


@pytest.mark.parametrize(("currency", "start", "end", "stock", "expected"), TOY_CASES)
def test_ends_of_data(toy, currency, start, end, stock, expected):
    got = usd_rate(currency, start, end, toy, stock=stock)
    if isinstance(expected, str):
        assert got == FxMiss(currency, start, end, expected)
    else:
        assert isinstance(got, FxRate)
        assert (round(got.rate, 9), got.start, got.end, got.days_used) == expected
        assert got.source == "ECB euro reference rates via currencyconverter test, " + (
            "data 2024-01-02 to 2024-01-19"
        )


def test_usd_is_one(table):
    got = usd_rate("USD", D(2030, 1, 1), D(2030, 12, 31), table)
    assert (got.currency, got.rate, got.days_used) == ("USD", 1.0, 365)


# currency, start, end, stock, expected reason
MISSES = [
    ("XYZ", D(2024, 1, 1), D(2024, 12, 31), False, "no-rate-for-currency"),
    ("TWD", D(2024, 1, 1), D(2024, 12, 31), False, "no-rate-for-currency"),  # ECB has no TWD
    ("CNY", D(2030, 1, 1), D(2030, 3, 31), False, "period-not-covered"),  # beyond the data
    ("CNY", D(2000, 1, 1), D(2000, 12, 31), False, "period-not-covered"),  # CNY starts 2005-04
    ("RUB", D(2023, 1, 1), D(2023, 12, 31), False, "period-not-covered"),  # series suspended
    ("CNY", D(2024, 1, 1), D(2024, 1, 1), False, "period-not-covered"),  # a holiday, as a flow
    ("CNY", D(2005, 1, 1), D(2005, 12, 31), False, "period-partly-covered"),  # starts before
    ("CNY", D(2030, 6, 30), D(2030, 6, 30), True, "period-not-covered"),
]


@pytest.mark.parametrize(("currency", "start", "end", "stock", "reason"), MISSES)
def test_uncovered_is_a_miss_with_reason(table, currency, start, end, stock, reason):
    assert usd_rate(currency, start, end, table, stock=stock) == FxMiss(
        currency, start, end, reason
    )


def test_period_backwards_raises(table):
    with pytest.raises(ValueError, match="before its start"):
        usd_rate("CNY", D(2024, 2, 1), D(2024, 1, 1), table)


def test_build_rates_is_cached_and_frozen(table):
    assert build_rates() is table
    rate = usd_rate("CNY", D(2024, 1, 1), D(2024, 1, 31), table)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rate.rate = 1.0  # type: ignore[misc]


def test_source_info(table):
    info = source_info(table)
    assert info["package_version"] == table.package_version
    assert info["first_date"] == "1999-01-04"
    assert info["last_date"] == table.last_date.isoformat() >= "2026-10-30"  # moves with releases
    assert info["source"] == (
        f"ECB euro reference rates via currencyconverter {table.package_version}, "
        f"data 1999-01-04 to {info['last_date']}"
    )


# the seeds' stated conversions: original CNY, restated USD, period, implied CNY per USD, gap
SEED_CONVERSIONS = [
    (31.25e12, 4.46e12, D(2024, 1, 1), D(2024, 8, 31), 7.0067, 0.0286),
    (18.65e12, 2.63e12, D(2025, 1, 1), D(2025, 10, 31), 7.0913, 0.0163),
    (250e6, 35.09e6, D(2025, 4, 1), D(2025, 6, 30), 7.1245, 0.0146),
]


@pytest.mark.parametrize(("cny", "usd", "start", "end", "implied", "gap"), SEED_CONVERSIONS)
def test_seed_conversions_pass(table, cny, usd, start, end, implied, gap):
    reference = usd_rate("CNY", start, end, table)
    got = implied_rate_check(cny, "CNY", usd, "USD", reference)
    assert round(got["implied_rate"], 4) == implied
    assert got["reference_rate"] == reference.rate
    assert round(got["relative_gap"], 4) == gap
    assert got["ok"] is True
    # the same figures stated the other way round ("$4.46 trillion (31.25 trillion yuan)")
    assert implied_rate_check(usd, "USD", cny, "CNY", reference) == got


@pytest.mark.parametrize(("cny", "usd", "start", "end", "implied", "gap"), SEED_CONVERSIONS)
def test_misread_scale_fails(table, cny, usd, start, end, implied, gap):
    reference = usd_rate("CNY", start, end, table)
    for wrong_usd in (usd / 1000, usd * 1000):  # "4.46 billion" or a trillion read as quadrillion
        assert implied_rate_check(cny, "CNY", wrong_usd, "USD", reference)["ok"] is False


# implied CNY per USD against a reference of 7.0: gap and verdict at the 5% default tolerance
REF = FxRate("CNY", 7.0, D(2024, 1, 1), D(2024, 12, 31), 256, "test")
TOLERANCE_EDGES = [
    (7.0, 0.0, True),
    (7.35, 0.05, True),
    (6.65, 0.05, True),
    (7.36, 0.0514, False),
    (6.64, 0.0514, False),
    (1.0, 0.8571, False),  # yuan taken for dollars
]


@pytest.mark.parametrize(("cny_per_usd", "gap", "ok"), TOLERANCE_EDGES)
def test_tolerance_edges(cny_per_usd, gap, ok):
    got = implied_rate_check(cny_per_usd * 1e9, "CNY", 1e9, "USD", REF)
    assert round(got["relative_gap"], 4) == gap
    assert got["ok"] is ok


def test_custom_tolerance():
    assert implied_rate_check(7.35e9, "CNY", 1e9, "USD", REF, tolerance=0.01)["ok"] is False


BAD_CHECKS = [
    ((31.25e12, "CNY", 4.46e12, "HKD", REF), "neither CNY nor HKD is USD"),
    ((31.25e12, "HKD", 4.46e12, "USD", REF), "reference rate is for CNY, not HKD"),
    ((31.25e12, "CNY", 0.0, "USD", REF), "must be nonzero"),
    ((0.0, "CNY", 4.46e12, "USD", REF), "must be nonzero"),  # negative: test_signed_conversions
]


@pytest.mark.parametrize(("args", "message"), BAD_CHECKS)
def test_bad_check_raises(args, message):
    with pytest.raises(ValueError, match=message):
        implied_rate_check(*args)
