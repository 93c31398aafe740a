"""Changes of a rate, read after the claim is made: which terms have percentage points, the
direction of points ("the decline narrowed by 0.3 points" is +0.3), a change on the previous
period measured over the period of the figure's own length (环比 of a quarter is quarter on
quarter), a percent under a growth-rate term, and a printed plus ("retail sales +5.5%")."""

from __future__ import annotations

import re
from collections import deque
from dataclasses import replace
from datetime import date

from econstats.core.codelist import load_indicators
from econstats.core.model import Figure, Sentence
from econstats.reader.cues import find_comparison
from econstats.reader.parsed import Claim
from econstats.reader.terms import Term

RATES = frozenset({"yoy_pct", "qoq_pct", "mom_pct", "pct_change", "share_pct"})


def allows(term: Term, measure: str) -> bool:
    """Whether a figure of the measure can be a row of the term: its own measures, and a change in
    percentage points wherever the term has a rate (a growth rate or a share) for the points to
    move: "GDP growth was 0.4 percentage point lower", "the selling expense ratio fell 3.37pct",
    "retail sales growth ... 8.3 percentage points lower than in March"; and a share wherever the
    indicator is a part of another (schema/indicators.csv part_of): "the tertiary industry ...
    accounting for 60.2 per cent of overall growth", "tax revenue made up 82% of the total"; and
    a change against a stated base wherever the term has a year-on-year rate."""
    if measure in term.measures:
        return True
    if measure == "pct_change":  # a growth rate against a stated base: "a 16.9% growth compared
        return "yoy_pct" in term.measures  # with the same period of 2019"
    if measure == "share_pct":  # a part's share of its whole: "accounting for 60.2% of growth"
        return load_indicators()[term.indicator].part_of is not None
    return measure == "pp_change" and bool(term.measures & RATES)


def rate_term(claim: Claim) -> Claim:
    """A percent written as a level under a term that names a growth rate (its measures have a
    year-on-year rate and neither a level nor a share: "經濟成長率", "GDP growth rate") is that
    rate: "今年經濟成長率上修至7.37%" is a 7.37 percent growth of GDP (as extract.as_ratio reads a
    share-only term's percent as its share). A rate read as a fall ("跌幅較7月的2.8%收窄", "the
    decline was 9.1 percent") is negative."""
    figure, measures = claim.figure, claim.subject.term.measures
    if figure.measure != "level" or figure.unit_kind != "percent":
        return claim
    if "yoy_pct" not in measures or measures & {"level", "share_pct"}:
        return claim
    value = -abs(figure.value) if figure.reading == "fall" else figure.value
    return replace(claim, figure=replace(figure, measure="yoy_pct", value=value))


FALL = r"(?:decline|drop|fall|decrease|contraction|降幅|跌幅|减幅|減幅)"
BY = r"\s*+(?:by\s*+|了\s*+)?$"
NARROWED = re.compile(FALL + r"\s*+(?:narrow(?:ed|ing|s)?|收窄)" + BY, re.IGNORECASE)
FALL_BEFORE = re.compile(FALL + r"\s*+$", re.IGNORECASE)
SMALLER = re.compile(r"\s*+(?:smaller|narrower|less|milder)\b", re.IGNORECASE)
LARGER = re.compile(r"\s*+(?:larger|bigger|wider|greater|steeper|deeper)\b", re.IGNORECASE)
WIDENED = re.compile(FALL + r"\s*+(?:widen(?:ed|ing|s)?|扩大|擴大)" + BY, re.IGNORECASE)


def rate_direction(claim: Claim) -> Claim:
    """Points follow the direction of the rate (gold convention): "the decline narrowing by 8.3
    percentage points" and "降幅收窄0.4个百分点" are +8.3 and +0.4 (the rate rose), "the drop
    widened by 2 percentage points" is -2, whatever sign the fall word gave."""
    figure = claim.figure
    if figure.measure != "pp_change":
        return claim
    before = claim.sentence.text[: figure.start - claim.sentence.start]
    after = claim.sentence.text[figure.end - claim.sentence.start :]
    if SMALLER.match(after) and FALL_BEFORE.search(before):  # "a decline 7.4 points smaller"
        return replace(claim, figure=replace(figure, value=abs(figure.value)))
    if LARGER.match(after) and FALL_BEFORE.search(before):
        return replace(claim, figure=replace(figure, value=-abs(figure.value)))
    if NARROWED.search(before):
        return replace(claim, figure=replace(figure, value=abs(figure.value)))
    if WIDENED.search(before):
        return replace(claim, figure=replace(figure, value=-abs(figure.value)))
    return claim


PLUS = re.compile(r"[+＋]\s*+$")
BRACKET = re.compile(r"[(（]\s*+$")
SEGMENT = re.compile(r"[,，;；。]")


def printed_plus(claim: Claim) -> Claim:
    """A percent printed with a plus and no change word is a rise, year on year unless a
    comparison follows: "retail sales +5.5% (5.2% exp)", a results table's "+204.4%", "online
    sales (+8.6 per cent)"; a minus alone in brackets a fall (bracketed_minus). A plus before money stays a level (a balance: "+€16.2bn"); a count
    printed with its sign is a change of it ("health care (+24,000 jobs)", "mining (-6,000)")."""
    figure = claim.figure
    if figure.unit_kind == "count" and figure.measure == "level":
        return signed_count(claim)
    if figure.unit_kind != "percent" or figure.measure != "level":
        return claim
    before = claim.sentence.text[: figure.start - claim.sentence.start]
    minus = bracketed_minus(claim, before)
    if not (minus or PLUS.search(before)):
        return claim
    after = SEGMENT.split(claim.sentence.text[figure.end - claim.sentence.start :])[0]
    comparison = find_comparison(after)
    measure = comparison[0] if comparison else "yoy_pct"
    value = -abs(figure.value) if minus else abs(figure.value)
    return replace(claim, figure=replace(figure, measure=measure, value=value))


def bracketed_minus(claim: Claim, before: str) -> bool:
    """A percent printed with a minus alone in brackets under an indicator of money or counts,
    whose percent can only be a change: "goods received were worth €31.5bn (-1.4%)", "a figure
    €106 billion lower when compared with 2022 (-27%)" (a rate's "(-0.2%)" stays a level)."""
    figure = claim.figure
    if figure.value_text.lstrip()[:1] not in SIGNS[2:] or not BRACKET.search(before):
        return False
    after = claim.sentence.text[figure.end - claim.sentence.start :]
    indicator = load_indicators().get(claim.subject.term.indicator)
    return after.lstrip()[:1] == ")" and indicator is not None and indicator.unit_kind != "percent"


def signed_count(claim: Claim) -> Claim:
    """A count level printed with a plus or minus (no count is written so) as its abs_change."""
    figure = claim.figure
    before = claim.sentence.text[: figure.start - claim.sentence.start]
    if not (PLUS.search(before) or figure.value_text.lstrip()[:1] in SIGNS):
        return claim
    return replace(claim, figure=replace(figure, measure="abs_change"))


SIGNS = ("+", "＋", "-", "−", "–")


def on_own_period(claim: Claim) -> Claim:
    """A change on the previous period is one on the period of the figure's own length: "环比"
    (read month on month) said of a quarter's figure is quarter on quarter ("三季度营收10.62亿元，
    环比增长10.62%", "GDP grew 1.6% from the previous quarter")."""
    figure, period = claim.figure, claim.period
    if figure.measure != "mom_pct" or period is None or not whole_quarter(period.start, period.end):
        return claim
    return replace(claim, figure=replace(figure, measure="qoq_pct"))


def whole_quarter(start: date, end: date) -> bool:
    """Whether start..end is one calendar quarter.

    >>> whole_quarter(date(2025, 7, 1), date(2025, 9, 30))
    True
    >>> whole_quarter(date(2025, 7, 1), date(2025, 7, 31)), whole_quarter(date(2025, 2, 1),
    ...     date(2025, 4, 30))
    (False, False)
    """
    after = date(end.year + end.month // 12, end.month % 12 + 1, 1)
    months = (after.year - start.year) * 12 + after.month - start.month
    return start.day == 1 and (after - end).days == 1 and months == 3 and start.month % 3 == 1


# An annualised rate is no change the schema has a measure for ("GDP shrank an annualised 1.8%
# in the third quarter", "grew at a 2.8% annualized pace", "0.6%, or 2.3% annualised").
#
# Japan's Cabinet Office and the US BEA lead with the quarter's change compounded over a year; it
# is neither the change on the previous quarter (qoq_pct) nor on a year before (yoy_pct). Read as
# either, it takes the place of the quarter's real change ("On a quarter-on-quarter basis, GDP slid
# 0.4%": the same indicator, measure and period, so a repeat). The figure is rejected instead.
# "annual rate" alone is no cue: "quicker than the 9.4% annual rate" is a year-on-year rate.
WINDOW = 40  # characters looked at on each side of the figure, within its sentence
PERCENT = re.compile(r"\d[\d.,]*+\s*+(?:%|percent\b|per\s+cent\b)")
BEFORE = re.compile(
    r"\b(?:an?\s+)?(?:seasonally[\s-]+adjusted\s+)?annuali[sz]ed(?:\s+(?:rate|pace|basis))?"
    r"(?:\s+of)?\s*(?:[-+−]\s*)?$",
    re.IGNORECASE,
)
AFTER = re.compile(
    r"^\s*(?:(?:on\s+|at\s+|in\s+)?(?:an?\s+)?(?:seasonally[\s-]+adjusted\s+)?annuali[sz]ed\b"
    r"|\(?\s*SAAR\b)",
    re.IGNORECASE,
)


def annualised(figure: Figure, sentence: Sentence) -> bool:
    """Whether the figure is stated as an annualised rate (a percent next to "annualised"), or
    is what was expected of one, or its earlier value, the percent right before it ("shrank an
    annualised 1.8%, a smaller fall than the 2.5% contraction expected": both).

    >>> text = "GDP shrank an annualised 1.8%, and slid 0.4% on the quarter."
    >>> sentence = Sentence(0, len(text), text)
    >>> [annualised(Figure(a, b, text[a:b], 0, "percent", "percent", 1), sentence)
    ...  for a, b in ((25, 29), (40, 44))]
    [True, False]
    """
    if figure.unit_kind != "percent":
        return False
    low, high = figure.start - sentence.start, figure.end - sentence.start
    if next_to_annualised(sentence.text, low, high):
        return True
    if figure.prior not in ("expected", "value"):
        return False
    before = deque(PERCENT.finditer(sentence.text, 0, low), maxlen=1)  # the percent before it
    return bool(before) and next_to_annualised(sentence.text, before[0].start(), before[0].end())


def next_to_annualised(text: str, low: int, high: int) -> bool:
    """Whether "annualised" stands right before or after text[low:high]."""
    if BEFORE.search(text, max(0, low - WINDOW), low) is not None:
        return True
    return AFTER.match(text[high : high + WINDOW]) is not None
