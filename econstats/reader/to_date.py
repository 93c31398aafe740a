"""A flow up to a day: "As of June 21, monthly local government bond issuance exceeded 594 billion
yuan" is the issuance from June 1 to June 21, "as of June 21 ... this year" from January 1. A flow
(an indicator that is no stock, vocab/stocks.csv) stated "as of" a day whose sentence says since when
(vocab/to_date.csv: the month or the year) runs from the start of that month or year to the day;
a flow at a day that says neither stays as it is (its start is not known)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.period_labels import period_of
from econstats.reader.stocks import stock_indicators

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim

OVER_THE_DAYS = frozenset({"level", "yoy_pct"})


@cache
def since_words() -> tuple[re.Pattern[str], dict[str, str]]:
    """The words that say since when a flow runs, and whether from the month or the year."""
    rows = load_vocab("to_date", ("phrase", "since"))
    since = {key(row["phrase"]): row["since"] for row in rows}
    return re.compile(alternation(row["phrase"] for row in rows), re.IGNORECASE), since


def since_start(day: date, since: str) -> date:
    """The first day of the day's month or year.

    >>> since_start(date(2019, 6, 21), "month"), since_start(date(2019, 6, 21), "year")
    (datetime.date(2019, 6, 1), datetime.date(2019, 1, 1))
    """
    return day.replace(day=1) if since == "month" else day.replace(month=1, day=1)


@lru_cache(maxsize=64)  # once per sentence, not once per figure of it (issue 12)
def said_in(sentence: str) -> tuple[str, ...]:
    """What the sentence's to-date words say, in order: "lead", "month" or "year"."""
    pattern, since = since_words()
    return tuple(since[key(found.group())] for found in pattern.finditer(sentence))


def to_date(claim: Claim) -> Claim:
    """The claim of a flow at a day over the days since the start of the month or the year its
    sentence names; else the claim as it is."""
    period = claim.period
    if period is None or period.start != period.end or claim.figure.measure not in OVER_THE_DAYS:
        return claim
    if claim.subject.term.indicator in stock_indicators():
        return claim
    said = said_in(claim.sentence.text)
    starts = [word for word in said if word != "lead"]
    if "lead" not in said or not starts:  # "as of June 21" and "monthly": both are needed
        return claim
    start = since_start(period.end, starts[0])
    if start == period.end:
        return claim
    return replace(claim, period=replace(period_of(start, period.end), anchored=period.anchored))
