"""Figures over the twelve months up to the period's end: "Annual paying users increased by 8.8%
to 252.9 million" and "The twelve-month accumulated number of travellers served increased by
7.3%" in a third-quarter report count the users and travellers of the twelve months ended
September 30 (2024-10-01/P12M), not of the quarter. The words that say so stand in the subject
or right before it (vocab/trailing_years.csv); a figure whose period is already a year or more
keeps it. Before, such a figure took the quarter and read as another series of the quarter's
figure (monthly paying users), or as a repeat of it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING

from econstats.reader.claim_changes import with_changed
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.period_labels import period_of
from econstats.reader.periods import find_periods

if TYPE_CHECKING:
    from econstats.core.model import Period
    from econstats.reader.parsed import Claim, ParsedDocument

WINDOW = 40  # characters before the subject where the words may stand


@cache
def trailing_regex(kind: str) -> re.Pattern[str]:
    """The phrases of a kind that make a figure the twelve months' (vocab/trailing_years.csv):
    "span" names the twelve months; "metric" names a twelve-month measure ("annual paying
    users"), the twelve months' only when the sentence states no period of its own."""
    rows = load_vocab("trailing_years", ("phrase", "kind"))
    return re.compile(alternation([r["phrase"] for r in rows if r["kind"] == kind]), re.I)


def twelve_months_to(period: Period | None) -> Period | None:
    """The twelve months ending where `period` ends; a period of a year or more unchanged.

    >>> q3 = period_of(date(2025, 7, 1), date(2025, 9, 30))
    >>> twelve_months_to(q3).label, twelve_months_to(period_of(date(2024, 1, 1), date(2024, 12, 31))).label
    ('2024-10-01/P12M', '2024')
    """
    if period is None or (period.end - period.start).days >= 364:
        return period
    end = period.end + timedelta(days=1)
    try:
        start = end.replace(year=end.year - 1)
    except ValueError:  # 29 February
        start = date(end.year - 1, 3, 1)
    return replace(period_of(start, period.end), anchored=period.anchored)


def is_trailing(claim: Claim, text: str) -> bool:
    """Whether the words of the claim's subject, or those right before it in its sentence, say
    the twelve months."""
    low = max(claim.sentence.start, claim.subject.start - WINDOW)
    if trailing_regex("span").search(text, low, claim.subject.end):
        return True
    if not trailing_regex("metric").search(text, low, claim.subject.end):
        return False
    sentence = claim.sentence
    stated = find_periods(sentence.text)
    return not any(mention.role == "period" for mention in stated)


def with_trailing_years(parsed: ParsedDocument) -> ParsedDocument:
    """The document's claims, those of a twelve-month figure over the twelve months."""
    text = parsed.doc.text

    def trailing(claim: Claim) -> Claim:
        if claim.period is not None and is_trailing(claim, text):
            period = twelve_months_to(claim.period)
            if period is not claim.period:
                base = twelve_months_to(claim.base_period)
                return replace(claim, period=period, base_period=base)
        return claim

    return with_changed(parsed, trailing)
