"""A rate "in the 12 months through January" of a price, a rate, a stock or an average is the
year-on-year change of January: "Average hourly earnings increased 4.1% in the 12 months
through January", "consumer prices rose 2.9% in the 12 months ending in December" (the way US,
UK and euro-area releases state an annual rate). A flow's keeps the twelve months: "exports rose
5.2 percent in the 12 months to September" compares two twelve-month sums, and so does a level
("the deficit in the 12 months to March was $1 trillion"). No such phrase becomes the story's
period: the next sentence is still about the story's month or quarter. Which indicators are
no flows: a unit kind of percent, the prices, the stocks (vocab/stocks.csv) and the levels at a
time of vocab/point_levels.csv."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.core.codelist import load_indicators
from econstats.reader.claim_changes import with_changed
from econstats.reader.lexicon import load_vocab
from econstats.reader.period_labels import period_of
from econstats.reader.stocks import stock_indicators

if TYPE_CHECKING:
    from econstats.core.model import Period
    from econstats.reader.parsed import Claim, ParsedDocument

TWELVE = re.compile(
    r"(?i)(?<!\w)(?:12|twelve)[\s-]+months?\s+(?:period\s+)?(?:ended|ending|to|through|until)(?!\w)"
)


def names_twelve_months(phrase: str) -> bool:
    """True for a period phrase that names the twelve months to a month's end.

    >>> names_twelve_months("the 12 months through January"), names_twelve_months("in 2024")
    (True, False)
    >>> names_twelve_months("the twelve months ended September 30")
    True
    """
    return TWELVE.search(phrase) is not None


@cache
def point_levels() -> frozenset[str]:
    """Indicators that are levels at a time, neither stocks nor flows (vocab/point_levels.csv)."""
    return frozenset(row["indicator"] for row in load_vocab("point_levels", ("indicator",)))


def no_flow(indicator: str) -> bool:
    """True when a change of the indicator over twelve months is the last month's year on year.

    >>> no_flow("prices.cpi"), no_flow("macro.labour.average_hourly_earnings"), no_flow("trade.exports")
    (True, True, False)
    """
    known = load_indicators().get(indicator)
    if known is not None and known.unit_kind == "percent":
        return True
    return indicator.startswith("prices.") or indicator in stock_indicators() | point_levels()


def last_month(period: Period) -> Period:
    """The month that ends the period.

    >>> from datetime import date
    >>> last_month(period_of(date(2024, 2, 1), date(2025, 1, 31))).label
    '2025-01'
    """
    start = period.end.replace(day=1)
    return replace(period_of(start, period.end), anchored=period.anchored)


def with_twelve_month_rates(parsed: ParsedDocument) -> ParsedDocument:
    """The claims, a year-on-year rate stated for the twelve months to a month's end given
    that month."""

    def of_month(claim: Claim) -> Claim:
        period = claim.period
        if (
            period is not None
            and claim.figure.measure == "yoy_pct"
            and 360 <= (period.end - period.start).days <= 366
            and names_twelve_months(claim.period_note)
            and no_flow(claim.subject.term.indicator)
        ):
            # the twelve months are its comparison: no default one (default_rates)
            figure = replace(claim.figure, assumed=False)
            return replace(claim, period=last_month(period), figure=figure)
        return claim

    return with_changed(parsed, of_month)


def year_after(phrase: str, period: Period) -> int:
    """The year a year-less phrase after the period phrase takes: the end's for the twelve
    months to a month ("In the 12 months through March, the CPI increased 2.4% after climbing
    2.8% in February": the February of March's year), else the start's.

    >>> from datetime import date
    >>> year_after("the 12 months through March", period_of(date(2024, 4, 1), date(2025, 3, 31)))
    2025
    >>> year_after("in 2024", period_of(date(2024, 1, 1), date(2024, 12, 31)))
    2024
    """
    return period.end.year if names_twelve_months(phrase) else period.start.year
