"""Reference exchange rates, offline: units of a currency per US dollar for a period.

The rates are the European Central Bank's euro reference rates as shipped inside the
``currencyconverter`` package (no network at run time). The ECB publishes each currency per
euro on TARGET business days; a rate per US dollar is the euro cross of the same day:
``(currency per EUR) / (USD per EUR)``.

- Flows (revenue, sales, trade in a period): the arithmetic mean, over the days of the period
  that have a published rate, of the daily rate per USD (the standard period average).
- Stocks (a level at a date): the rate of that day, or the last one published up to 7 days
  before it.

Numbers are ``float`` throughout (the Parquet columns ``fx_rate`` and ``value_usd`` are float64);
``Decimal`` is never used. A rate is never guessed: where the data does not cover the period,
:func:`usd_rate` returns an :class:`FxMiss` with a kebab-case reason:

- ``no-rate-for-currency``: the ECB publishes no reference rate for that currency;
- ``period-not-covered``: no day of the period has a published rate (before the series starts,
  after the package's data ends, or a stock with nothing in the 7 days before its date);
- ``period-partly-covered``: a flow period runs on business days beyond the ends of the data,
  so an average over the covered days only would silently describe a shorter period.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from importlib.metadata import version

from currency_converter import CurrencyConverter, RateNotFoundError

STOCK_LOOKBACK_DAYS = 7
USD = "USD"


@dataclass(frozen=True)
class FxRate:
    """A reference rate: ``rate`` units of ``currency`` per USD over ``start``..``end``.

    For a flow, ``start``/``end`` are the period asked for and ``days_used`` the number of days
    in it with a published rate. For a stock, ``start == end`` is the date of the rate used (the
    stock's date or the last publication before it) and ``days_used`` is 1.
    """

    currency: str
    rate: float
    start: date
    end: date
    days_used: int
    source: str


@dataclass(frozen=True)
class FxMiss:
    """No reference rate for ``currency`` over ``start``..``end``; ``reason`` is kebab-case."""

    currency: str
    start: date
    end: date
    reason: str


@dataclass(frozen=True)
class RateTable:
    """The loaded ECB history: a ``CurrencyConverter`` that never interpolates or extrapolates."""

    converter: CurrencyConverter
    package_version: str
    first_date: date
    last_date: date

    @property
    def source(self) -> str:
        """Where the rates come from, with the package version and the last data date."""
        return (
            f"ECB euro reference rates via currencyconverter {self.package_version}, "
            f"data {self.first_date.isoformat()} to {self.last_date.isoformat()}"
        )

    def has_currency(self, currency: str) -> bool:
        """True when the data has a reference rate series for ``currency``."""
        return currency in self.converter.currencies

    def bounds(self, currency: str) -> tuple[date, date]:
        """First and last date with a rate for both ``currency`` and USD."""
        cur, usd = self.converter.bounds[currency], self.converter.bounds[USD]
        return max(cur.first_date, usd.first_date), min(cur.last_date, usd.last_date)

    def daily(self, currency: str, day: date) -> float | None:
        """Units of ``currency`` per USD published on ``day``, or None if none was published."""
        try:
            return float(self.converter.convert(1, USD, currency, date=day))
        except RateNotFoundError:
            return None


@functools.cache
def build_rates() -> RateTable:
    """Load the reference-rate history once per process (cached; nothing happens at import).

    >>> table = build_rates()
    >>> table is build_rates()
    True
    >>> table.first_date
    datetime.date(1999, 1, 4)
    """
    converter = CurrencyConverter(fallback_on_missing_rate=False, fallback_on_wrong_date=False)
    usd = converter.bounds[USD]
    return RateTable(converter, version("CurrencyConverter"), usd.first_date, usd.last_date)


def source_info(table: RateTable) -> dict:
    """The rate source for the build report and a release's ``manifest.json`` (JSON-ready).

    >>> info = source_info(build_rates())
    >>> sorted(info)
    ['first_date', 'last_date', 'package_version', 'source']
    >>> info["source"].startswith("ECB euro reference rates via currencyconverter ")
    True
    """
    return {
        "source": table.source,
        "package_version": table.package_version,
        "first_date": table.first_date.isoformat(),
        "last_date": table.last_date.isoformat(),
    }


def _days(start: date, end: date) -> list[date]:
    """Every day from ``start`` to ``end`` inclusive.

    >>> _days(date(2024, 2, 28), date(2024, 3, 1))
    [datetime.date(2024, 2, 28), datetime.date(2024, 2, 29), datetime.date(2024, 3, 1)]
    """
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def _unknown_business_days(days: list[date], first: date, last: date) -> int:
    """Weekdays outside ``first``..``last``: days the data cannot say anything about.

    The ECB never publishes on Saturdays or Sundays, so a weekend beyond the data is no gap.

    >>> _unknown_business_days(_days(date(2026, 1, 1), date(2026, 1, 5)), date(2025, 1, 1),
    ...                        date(2026, 1, 2))
    1
    """
    return sum(1 for d in days if (d < first or d > last) and d.weekday() < 5)


def _flow_rate(currency: str, start: date, end: date, table: RateTable) -> FxRate | FxMiss:
    """Average of the daily rates per USD over the days of start..end with a published rate."""
    days = _days(start, end)
    first, last = table.bounds(currency)
    rates = [r for d in days if first <= d <= last and (r := table.daily(currency, d)) is not None]
    if not rates:
        return FxMiss(currency, start, end, "period-not-covered")
    if _unknown_business_days(days, first, last):
        return FxMiss(currency, start, end, "period-partly-covered")
    return FxRate(currency, sum(rates) / len(rates), start, end, len(rates), table.source)


def _stock_rate(currency: str, start: date, end: date, table: RateTable) -> FxRate | FxMiss:
    """Rate on ``end`` or the last one published up to 7 days before it.

    Beyond the data's last date, only a weekend may be bridged (the ECB never publishes then):
    a weekday after the data is unknown, not missing.
    """
    first, last = table.bounds(currency)
    after_data = _days(last + timedelta(days=1), end)  # empty unless end is beyond the data
    if _unknown_business_days(after_data, first, last):
        return FxMiss(currency, start, end, "period-not-covered")
    for back in range(STOCK_LOOKBACK_DAYS + 1):
        day = end - timedelta(days=back)
        rate = table.daily(currency, day) if first <= day <= last else None
        if rate is not None:
            return FxRate(currency, rate, day, day, 1, table.source)
    return FxMiss(currency, start, end, "period-not-covered")


def usd_rate(
    currency: str, start: date, end: date, table: RateTable, stock: bool = False
) -> FxRate | FxMiss:
    """Units of ``currency`` per USD for a flow over ``start``..``end`` or a stock at ``end``.

    >>> table = build_rates()
    >>> r = usd_rate("CNY", date(2024, 1, 1), date(2024, 8, 31), table)
    >>> round(r.rate, 4), r.days_used
    (7.213, 171)
    >>> usd_rate("USD", date(2024, 1, 1), date(2024, 1, 31), table).rate
    1.0
    >>> usd_rate("XYZ", date(2024, 1, 1), date(2024, 1, 31), table).reason
    'no-rate-for-currency'
    >>> s = usd_rate("EUR", date(2024, 6, 30), date(2024, 6, 30), table, stock=True)
    >>> s.start, round(s.rate, 4)
    (datetime.date(2024, 6, 28), 0.9341)
    """
    if end < start:
        raise ValueError(f"period end {end} is before its start {start}")
    currency = currency.strip().upper()
    if currency == USD:
        days = (end - start).days + 1
        return FxRate(USD, 1.0, start, end, days, "identity: USD is the reporting currency")
    if not table.has_currency(currency):
        return FxMiss(currency, start, end, "no-rate-for-currency")
    if stock:
        return _stock_rate(currency, start, end, table)
    return _flow_rate(currency, start, end, table)


def implied_rate_check(
    original_value: float,
    original_currency: str,
    restated_value: float,
    restated_currency: str,
    reference: FxRate,
    tolerance: float = 0.05,
) -> dict:
    """Compare the rate an article's own conversion implies with the reference rate.

    One side must be USD; the implied rate is in units of the other currency per USD
    ("31.25 trillion yuan ($4.46 trillion)" implies 31.25e12 / 4.46e12 = 7.007 CNY per USD).
    A fall or deficit is negative in both currencies and implies the same rate as its
    magnitudes; amounts of opposite signs imply a negative rate, never ``ok``. Neither amount
    may be zero (ValueError): a zero implies no rate.
    ``reference`` is :func:`usd_rate` for that currency and the figure's period.
    ``relative_gap = |implied - reference| / reference``; ``ok`` when it is at most
    ``tolerance``. A misread scale (4.46 billion for trillion) is off by a factor of 1000.

    >>> ref = FxRate("CNY", 7.2, date(2024, 1, 1), date(2024, 8, 31), 171, "test")
    >>> implied_rate_check(31.25e12, "CNY", 4.46e12, "USD", ref)["ok"]
    True
    >>> implied_rate_check(31.25e12, "CNY", 4.46e9, "USD", ref)["ok"]
    False
    """
    original_currency = original_currency.strip().upper()
    restated_currency = restated_currency.strip().upper()
    if restated_currency == USD:
        currency, implied = original_currency, _ratio(original_value, restated_value)
    elif original_currency == USD:
        currency, implied = restated_currency, _ratio(restated_value, original_value)
    else:
        raise ValueError(f"neither {original_currency} nor {restated_currency} is USD")
    if reference.currency != currency:
        raise ValueError(f"reference rate is for {reference.currency}, not {currency}")
    gap = abs(implied - reference.rate) / reference.rate
    return {
        "implied_rate": implied,
        "reference_rate": reference.rate,
        "relative_gap": gap,
        "ok": gap <= tolerance,
    }


def _ratio(numerator: float, denominator: float) -> float:
    """``numerator / denominator`` as float: two statements of one amount, neither zero.

    A fall or a deficit restated in another currency is negative on both sides, and the
    ratio of the two is that of their magnitudes. Amounts of opposite signs give a negative
    ratio, which no reference rate matches: one of the two signs was misread.

    >>> _ratio(250e6, 35.09e6)
    7.124536905101168
    >>> _ratio(-567.86e9, -5.15e9) == _ratio(567.86e9, 5.15e9)
    True
    >>> _ratio(-567.86e9, 5.15e9) < 0
    True
    """
    if not (numerator and denominator):
        raise ValueError(f"amounts must be nonzero: {numerator}, {denominator}")
    return float(numerator) / float(denominator)
