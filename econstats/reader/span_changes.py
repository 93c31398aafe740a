"""A change stated right after the two values it compares: in "由 2018 年的 7000 元跌至去年的
5000 元,跌 28.6%" and "from 6,600 yuan in 2018 to 5,500 yuan last year, a drop of 16.7
percent" the percent is the change from the first value's period to the second's: the period of
the second, against the first (pct_change; yoy_pct when the first is a year before).

The three figures are one subject's, in one sentence, in that order: two levels of one unit kind,
the first's period ending before the second's begins, then a percent with no comparison of its own
and no base, a clause of its own a few words after the second (no digit nor comparison word in it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.reader import periods
from econstats.reader.parsed import Claim

MAX_GAP = 40  # characters between the second value and the change: " last year, a drop of", ",跌"
CLAUSE_BREAK = re.compile(r"[,，;；]")  # the change is said in a clause of its own
OWN_COMPARISON = re.compile(
    r"\d|同比|环比|環比|按年|按月|按季|比上|较上|較上|year|month|quarter|annual|week", re.I
)


def span_changes(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, a change after the two values it compares given their periods (see module)."""
    found = list(claims)
    values = [index for index, claim in enumerate(found) if not bare_year(claim)]
    for at in range(2, len(values)):
        index = values[at]
        first, second, change = found[values[at - 2]], found[values[at - 1]], found[index]
        if not compares(first, second, change):
            continue
        base, period = first.period, second.period
        assert base is not None and period is not None  # (compares checked them)
        before = periods.move_to_year(period, period.start.year - 1)
        yearly = before is not None and (before.start, before.end) == (base.start, base.end)
        measure = "yoy_pct" if yearly else "pct_change"
        figure = replace(change.figure, measure=measure)
        found[index] = replace(
            change, figure=figure, period=period, base_period=None if yearly else base
        )
    return found


def compares(first: Claim, second: Claim, change: Claim) -> bool:
    """Whether `change` is the change from `first` to `second` (see the module)."""
    figure = change.figure
    if figure.unit_kind != "percent" or figure.measure != "yoy_pct" or change.base_period:
        return False
    if not first.sentence.start == second.sentence.start == change.sentence.start:
        return False
    if first.subject.term.indicator != second.subject.term.indicator:
        return False
    if change.subject.term.indicator != first.subject.term.indicator:
        return False
    if first.figure.measure != "level" or second.figure.measure != "level":
        return False
    if first.figure.unit_kind != second.figure.unit_kind or first.figure.unit_kind == "percent":
        return False
    if first.period is None or second.period is None or first.period.end >= second.period.start:
        return False
    offset, text = change.sentence.start, change.sentence.text
    gap = text[second.figure.end - offset : figure.start - offset]
    if len(gap) > MAX_GAP or not CLAUSE_BREAK.search(gap):
        return False
    # the change's own words: after the second value's clause ("last year, a drop of") and after
    # the change ("up 10% year on year" is a comparison of its own)
    own = CLAUSE_BREAK.split(gap)[-1] + text[figure.end - offset : figure.end - offset + 20]
    return OWN_COMPARISON.search(own) is None


def bare_year(claim: Claim) -> bool:
    """Whether the claim's figure is a year read as a number ("HK$5,000 in 2023": 2023), which
    the checks drop later: it stands between no two values."""
    text = claim.figure.value_text
    return len(text) == 4 and text.isdigit() and text.startswith(("19", "20"))
