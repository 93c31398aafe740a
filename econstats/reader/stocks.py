"""Stocks: indicators measured at a day, the end of the period, not over it (vocab/stocks.csv).

"M2 grew 12.7% in March", "foreign exchange reserves stood at $3.3 trillion in September": the
money outstanding at the end of March or September. A level of a stock, its growth on a year
earlier, its share or a change of its growth rate in points belong to that day (period_start =
period_end, the gold convention and the contract's `2025-09-30` label). A change over the
period ("rose $16.5 billion from the end of August") stays the period's flow.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from econstats.core.model import Period
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.period_labels import period_of, resolve
from econstats.reader.periods import find_periods

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim

# the measures of a stock that are read at its date; changes over the period are flows
AT_THE_DAY = frozenset({"level", "yoy_pct", "pp_change", "share_pct"})


@cache
def stock_indicators() -> frozenset[str]:
    """The indicators that are stocks (vocab/stocks.csv)."""
    return frozenset(row["indicator"] for row in load_vocab("stocks", ("indicator",)))


@cache
def flow_words() -> re.Pattern[str]:
    """A word that makes a stock's subject a flow ("new debt", "debt issuance"):
    vocab/stock_flows.csv."""
    phrases = (row["phrase"] for row in load_vocab("stock_flows", ("phrase",)))
    return re.compile(alternation(phrases), re.IGNORECASE)


def subject_words(text: str, start: int, end: int) -> str:
    """The subject at text[start:end] with the (up to three) words its phrase follows in its
    clause: the term "government debt" of "the quota for new local government debt" is
    'for new local government debt'.

    >>> text = "accounted for 47.4% of the quota for new local government debt."
    >>> subject_words(text, text.index("government"), text.rindex("."))
    'for new local government debt'
    >>> subject_words("M2余额，新增债务", 7, 9)
    '新增债务'
    """
    before = re.split(r"[,.;:()，。；：（）、]", text[max(0, start - 40) : start])[-1]
    return " ".join(before.split(" ")[-4:]) + text[start:end]


def at_end(period: Period | None) -> Period | None:
    """The last day of a period, as a period of its own (keeps whether it was anchored).

    >>> from datetime import date
    >>> at_end(period_of(date(2023, 3, 1), date(2023, 3, 31))).label
    '2023-03-31'
    >>> at_end(None) is None
    True
    """
    if period is None or period.start == period.end:
        return period
    return replace(period_of(period.end, period.end), anchored=period.anchored)


def stock_period(indicator: str, measure: str, period: Period | None) -> Period | None:
    """The period of a figure of `indicator`: the end day of its period when the indicator is a
    stock and the measure is read at a day; else the period unchanged.

    >>> from datetime import date
    >>> march = period_of(date(2023, 3, 1), date(2023, 3, 31))
    >>> stock_period("macro.money.m2", "yoy_pct", march).label
    '2023-03-31'
    >>> stock_period("macro.money.loans.new", "level", march).label
    '2023-03'
    >>> stock_period("macro.fx_reserves", "abs_change", march).label
    '2023-03'
    """
    if measure not in AT_THE_DAY or indicator not in stock_indicators():
        return period
    return at_end(period)


def as_stock(claim: Claim, text: str, published: date | None = None) -> Claim:
    """The claim with its period at the end day when its subject is a stock (stock_period) and
    the subject's words (in the document `text`) say no flow ("the quota for new debt"); a
    change of a stock at a day against an earlier day the sentence names is over the days
    between (since_base)."""
    indicator = claim.subject.term.indicator
    if flow_words().search(subject_words(text, claim.subject.start, claim.subject.end)):
        return claim
    period = stock_period(indicator, claim.figure.measure, claim.period)
    claim = claim if period is claim.period else replace(claim, period=period)
    return since_base(claim, published) if indicator in stock_indicators() else claim


# a change of a stock between two days: a flow over the days after the first up to the second
SINCE_BASE = frozenset({"abs_change", "pct_change", "mom_pct"})
STEP = {1: "mom_pct", 3: "qoq_pct"}  # a percent change over a whole month or quarter
PARENTHESES = re.compile(r"[(（][^()（）]*[)）]")  # "US$16.5 billion (RM69.54 billion) compared to"
# the change restated as a percent, between it and its base: "rose by $20 billion, or 0.6 percent,
# from the end of February"
OR_PERCENT = re.compile(r",?\s*or\s+(?:about\s+|nearly\s+)?[\d.]+\s*(?:%|percent|per\s+cent)\s*,?")


def since_base(claim: Claim, published: date | None) -> Claim:
    """A change of a stock stated at a day against an earlier day its sentence names as a base
    ("an increase of US$16.5 billion compared to the end of August" at the end of September,
    "比7月底減少317萬平方米" at the end of August) is a flow over the days between: the period
    runs from the day after the base to the stated day (September; January-September against
    the end of last year). A percent change over a whole month or quarter is month on month or
    quarter on quarter. The base is the one nearest the figure with no other number between;
    none leaves the claim as it is."""
    period, measure = claim.period, claim.figure.measure
    if period is None or period.start != period.end or measure not in SINCE_BASE:
        return claim
    text = claim.sentence.text
    at, to = claim.figure.start - claim.sentence.start, claim.figure.end - claim.sentence.start
    days = []  # (distance to the figure, the base day)
    for mention in find_periods(text):
        between = text[to : mention.start] if mention.start >= to else text[mention.end : at]
        if any(c.isdigit() for c in OR_PERCENT.sub("", PARENTHESES.sub("", between))):
            continue  # another figure's base ("$16.5 billion from ... and $60 billion from")
        if mention.role == "base" and mention.spec.kind == "day":
            base = resolve(mention.spec, period.end.year, published)
            if base is not None and base.start == base.end and base.end < period.end:
                days.append((abs(mention.start - at), base.end))
    if not days:
        return claim
    start = min(days)[1] + timedelta(days=1)  # the base nearest the figure
    if min(days)[1].day == 1:  # "from the beginning of 2019" (January 1): from that day on
        start = min(days)[1]
    over = replace(period_of(start, period.end), anchored=period.anchored)
    months = (period.end.year - start.year) * 12 + period.end.month - start.month + 1
    whole = start.day == 1 and (period.end + timedelta(days=1)).day == 1
    if measure == "pct_change" and whole and months in STEP:
        claim = replace(claim, figure=replace(claim.figure, measure=STEP[months]))
    if claim.figure.measure == "pct_change":
        # a percent change over other days ("较年初下降约19%" at the end of September, "0.6
        # percent from the end of 2018"): the stock's day against the base day
        day = min(days)[1]
        return replace(claim, base_period=period_of(day, day))
    return replace(claim, period=over, base_period=None)
