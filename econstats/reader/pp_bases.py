"""A change in percentage points on the period right before is another series than the one on a
year before: a company's report gives both for its margins ("Q3毛利率25.80%,同比下降5.37pct,环比
上升0.22pct", "gross margin stood at 17.86 percent in the first quarter, 5.46 percentage points
higher than a year earlier but 1.14 percentage points below the fourth quarter"). Both were read
as the margin's pp_change of the same quarter, and the repeats rule dropped one. A pp_change whose
own words compare it with the period before (环比, 按季, "quarter on quarter", "from the previous
quarter", "below the fourth quarter" of a first quarter) takes the breakdown 'quarter on quarter'
('month on month' for a month), as contribution_bases gives a contribution to a month-on-month
change; the year-on-year one keeps its series (and its id). Only where the two are usual side by
side: a ratio's change (a margin, a share, a rate: indicators of unit kind percent), or one whose
sentence also gives the same indicator's change on no period before ("增长5.3%,比上年同期加快0.8
个百分点,比上季度加快0.2个百分点"). A growth rate's or an index's change alone ("the PMI went up 0.1
percentage points from the previous month") keeps its series: that is what such a change is.

Its own words are those of its segment (from the comma, semicolon or figure before it, and after
it up to the next), so "同比下降5.37pct,环比上升0.22pct" gives the 5.37 none."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from econstats.core.model import Period
from econstats.reader.cues import find_comparison
from econstats.reader.figure_periods import _shape
from econstats.reader.parsed import Claim

BASES = {"quarter": "quarter on quarter", "month": "month on month"}
STEP_MEASURES = frozenset({"qoq_pct", "mom_pct"})
SIGNS = {"below": -1, "above": 1}  # "1.14 percentage points below the fourth quarter"
SEGMENT = re.compile(r"[,，;；。:：]")
REACH = 40  # characters of the segment before and after the figure read for its comparison
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
# "below the fourth quarter", "than in the previous quarter", "from the prior month"
BEFORE_ONE = re.compile(
    r"\b(?P<word>than|below|above|from|over|on|versus|vs\.?)\s+(?:in\s+|that\s+of\s+)?(?:the\s+)?"
    r"(?:(?P<step>previous|prior|preceding|sequential|last)|(?P<nth>first|second|third|fourth))"
    r"\s+(?P<unit>quarter|month)\b",
    re.IGNORECASE,
)
# '较上季度上升', '比上月提高', '与上一季度相比': the period before, in Chinese, before the figure
ZH_BEFORE_ONE = re.compile(r"(?:较|較|比|与|與|和)上一?(?:个|個)?(?P<unit>季度|季|月)")
ZH_UNITS = {"季度": "quarter", "季": "quarter", "月": "month"}
SEQUENTIAL = re.compile(r"\bsequential(?:ly)?\b", re.IGNORECASE)  # "up 0.3 points sequentially"


def pp_bases(claims: Iterable[Claim]) -> Iterator[Claim]:
    """The claims (in document order), a pp_change on the period before with that base as its
    breakdown where it is another series (see the module)."""
    listed = list(claims)
    bases = {
        index: on_period_before(claim, listed[index - 1] if index else None, listed[index + 1 :])
        for index, claim in enumerate(listed)
        if claim.figure.measure == "pp_change" and claim.period is not None
    }
    # the pp_changes of a sentence on no period before: (sentence, indicator, period)
    others = {key_of(listed[index]) for index, base in bases.items() if base is None}
    for index, claim in enumerate(listed):
        base = bases.get(index)
        if base is not None and (ratio(claim) or key_of(claim) in others):
            claim = replace(claim, subject=replace(claim.subject, breakdown=base[0]))
            if base[1]:  # "1.14 percentage points below the fourth quarter": a fall
                value = abs(claim.figure.value) * base[1]
                claim = replace(claim, figure=replace(claim.figure, value=value))
        yield claim


def key_of(claim: Claim) -> tuple:
    """What two pp_changes of one series in one sentence share."""
    return claim.sentence.start, claim.subject.term.indicator, claim.period


def ratio(claim: Claim) -> bool:
    """Whether the claim's indicator is a ratio (a margin, a share, a rate: unit kind percent),
    whose change on the period before and on a year before are both usual."""
    from econstats.core.codelist import load_indicators  # the codelist loads terms: no cycle

    row = load_indicators().get(claim.subject.term.indicator)
    return row is not None and row.unit_kind == "percent"


def on_period_before(
    claim: Claim, before: Claim | None, following: list[Claim]
) -> tuple[str, int] | None:
    """(base, sign) of a pp_change whose own words compare it with the period right before its
    own: the base 'quarter on quarter' or 'month on month', the sign that "below" (-1) or
    "above" (+1) gives, else 0; None for any other. `before` and the first of `following` are
    the claims beside it (their figures bound its segment)."""
    subject, period = claim.subject, claim.period
    base = BASES.get(_shape(period.label)) if period is not None else None
    if base is None or subject.breakdown or subject.term.breakdown:
        return None
    sentence, figure = claim.sentence, claim.figure
    low = max(sentence.start, figure.start - REACH)
    if before is not None and before.sentence.start == sentence.start:
        low = max(low, before.figure.end)
    high = min(sentence.end, figure.end + REACH)
    after = following[0] if following else None
    if after is not None and after.sentence.start == sentence.start:
        high = min(high, after.figure.start)
    head = SEGMENT.split(sentence.text[low - sentence.start : figure.start - sentence.start])[-1]
    tail = SEGMENT.split(sentence.text[figure.end - sentence.start : high - sentence.start])[0]
    found = compares_before(head, tail, period)
    return (base, SIGNS.get(found, 0)) if found else None


def compares_before(head: str, tail: str, period: Period | None) -> str:
    """The comparison words before (`head`) or after (`tail`) a pp_change of `period` that
    compare it with the period right before (their preposition, lower case, for words after
    it), else "".

    >>> from datetime import date
    >>> q1 = Period("2023-Q1", date(2023, 1, 1), date(2023, 3, 31))
    >>> compares_before("环比上升", "", q1), compares_before("", " below the fourth quarter", q1)
    ('环比', 'below')
    >>> compares_before("同比下降", "", q1), compares_before("", " below the third quarter", q1)
    ('', '')
    >>> compares_before("", " higher than a year earlier", q1)
    ''
    >>> compares_before("较上季度提高", "", q1), compares_before("比上月提高", "", q1)
    ('较上季度', '')
    >>> compares_before("", " sequentially", q1), compares_before("", " from the previous month", q1)
    ('sequentially', '')
    """
    shape = _shape(period.label) if period is not None else ""
    for words in (head, tail):
        found = find_comparison(words)
        if found is not None:
            said = words[found[1] : found[2]]
            other = "month" if shape == "quarter" else "quarter"  # "from the previous quarter"
            mismatch = other in said.lower() or (other == "month" and "月" in said)
            return said if found[0] in STEP_MEASURES and not mismatch else ""
    zh = ZH_BEFORE_ONE.search(head)
    if zh is not None:
        return zh.group() if ZH_UNITS[zh.group("unit")] == shape else ""
    if SEQUENTIAL.search(tail) or SEQUENTIAL.search(head):
        return "sequentially"
    match = BEFORE_ONE.search(tail)
    if match is None or period is None:
        return ""
    if match.group("unit").lower() != _shape(period.label):
        return ""
    word = match.group("word").lower()
    if match.group("step"):
        return word
    quarter = (period.start.month - 1) // 3 + 1  # the quarter right before is its ordinal
    right_before = ORDINALS[match.group("nth").lower()] == (quarter - 2) % 4 + 1
    return word if _shape(period.label) == "quarter" and right_before else ""
