"""The basis a figure is stated on, when the words beside it name one: "4.7 percent in real
terms", "(42% at constant currency)", "按固定匯率計算為42%", "calendar and seasonally adjusted
5.2%", "Average daily express business volume ... 490 million", "平均每日...約17萬". The nominal
and the adjusted figure, or the total and the daily average, of one subject and period are two
observations (their breakdowns differ), not a repeat.

A phrase counts in the figure's own stretch of text: after it up to the next clause mark, else
before it back to one; or where it opens the figure's segment (the sentence, a bracket, the
part after a semicolon): "In real terms, after price factors are stripped out, the increase
was 5.9 percent". A segment opened by what it leaves out ("Excluding automobiles, retail sales
amounted to ...", "If the effect of VAT credit refunds is left out, fiscal revenue grew 3.3
percent") states its figures without that part: breakdown "excluding automobiles"."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.parsed import Claim

AFTER_END = re.compile(r"[,，;；。()（）]|\band\b")
BEFORE_START = re.compile(r"[,，;；。(（]|\band\b")
SEGMENT_START = re.compile(r"[;；。(（]")
# the figure's own clause back to here at most: "Average daily express business volume is
# expected to reach 490 million"
BEFORE_REACH = 80
# "Excluding automobiles, ...", "Not counting the Bank of England, ...", "If the effect of VAT
# credit refunds is left out, ...": what a segment's figures leave out, where it opens it
LEFT_OUT = re.compile(
    r"(?:excluding|not counting|leaving out|stripping out)\s+(?:both\s+)?"
    r"(?P<what>[^,，;；()（）\d]{3,60}?)\s*,"
    r"|(?:if|once|when|with)\s+the\s+(?:effects?|impacts?)\s+of\s+"
    r"(?P<effect>[^,，;；()（）\d]{3,60}?)\s+(?:is|are|was|were)\s+"
    r"(?:left out|stripped out|excluded|removed|deducted|taken out)\s*,",
    re.IGNORECASE,
)


@cache
def bases() -> tuple[re.Pattern[str], dict[str, str]]:
    """(any basis phrase, key(phrase) -> breakdown) of vocab/figure_bases.csv."""
    rows = load_vocab("figure_bases", ("phrase", "breakdown"))
    table = {key(row["phrase"]): row["breakdown"] for row in rows}
    return re.compile(alternation(row["phrase"] for row in rows), re.IGNORECASE), table


def basis_of(text: str, start: int, end: int) -> str | None:
    """The breakdown the basis words around text[start:end] (a figure) give, or None.

    >>> basis_of("in real terms the growth rate was 6.5 percent", 34, 45)
    'real'
    >>> basis_of("Excluding automobiles, retail sales came to 2.5 trillion yuan", 44, 61)
    'excluding automobiles'
    >>> basis_of("Retail sales came to 2.5 trillion yuan, excluding automobiles", 21, 38) is None
    True
    """
    pattern, table = bases()
    after = text[end:][:60]
    after = after[: m.start()] if (m := AFTER_END.search(after)) else after
    found = pattern.search(after)
    if found:
        return table[key(found.group())]
    before = text[:start]
    starts = [m.end() for m in SEGMENT_START.finditer(before)]
    segment = before[starts[-1] :] if starts else before
    clause = segment[-BEFORE_REACH:]
    starts = [m.end() for m in BEFORE_START.finditer(clause)]
    clause = clause[starts[-1] :] if starts else clause
    found = pattern.search(clause)
    if found:
        return table[key(found.group())]
    opening = segment.lstrip(" \t\"'“‘•*·-–—")  # a bullet's mark: "• Excluding both ..."
    found = pattern.match(opening)
    if found:
        return table[key(found.group())]
    left = LEFT_OUT.match(opening)
    if left:
        return "excluding " + key(left.group("what") or left.group("effect"))
    return None


def figure_basis(claim: Claim) -> Claim:
    """The claim with its basis as (part of) its breakdown (basis_of)."""
    figure, sentence = claim.figure, claim.sentence
    basis = basis_of(sentence.text, figure.start - sentence.start, figure.end - sentence.start)
    if basis is None:
        return claim
    own = claim.subject.breakdown or claim.subject.term.breakdown
    # the indicator or breakdown that already says it ("with a daily average of 277 million
    # trips" is transport.passenger_trips.daily_average)
    if basis.replace(" ", "_") in claim.subject.term.indicator.split(".") or basis in (own or ""):
        return claim
    from econstats.core.codelist import load_indicators  # the codelist loads the terms: no cycle

    coded = f"{claim.subject.term.indicator}.{basis.replace(' ', '_')}"
    if not own and coded in load_indicators():  # 日均 of passenger trips: its own code
        term = replace(claim.subject.term, indicator=coded)
        return replace(claim, subject=replace(claim.subject, term=term))
    breakdown = f"{own}, {basis}" if own else basis
    return replace(claim, subject=replace(claim.subject, breakdown=breakdown))
