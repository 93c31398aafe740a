"""A change measured from the earlier value written right after it: in "BYD sold 552,076 NEVs in
the first quarter, up 92.81 percent year-on-year but down 19.22 percent from a record 683,440
units in the fourth quarter of last year" the 19.22 percent is the change on the fourth quarter
(qoq_pct), and in "revenue rose 12% from $3.1 billion in 2019" the change on 2019 (pct_change
with that base). Before, a change with no comparison words of its own was year on year, and the
repeats rule dropped it as the same observation as the year-on-year change beside it.

The change is a percent read year on year by default, of the same subject as the earlier value
that follows it, joined to it by "from" and at most a few words ("from a record", "from the"):
no comparison word nor another figure between them. The earlier value's own period (the one its
words state, parse.prior_reading) is the base: a year before the change's period is year on year,
the quarter or month right before it quarter or month on quarter or month, anything else the
base of a pct_change; an earlier value with no period of its own, or the change's, gives none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timedelta

from econstats.core.model import Period
from econstats.reader import periods
from econstats.reader.figure_periods import STEPS, _shape
from econstats.reader.parsed import Claim

# the words between the change and its earlier value: "from", "from a record", "from the"
JOINED = re.compile(
    r"\s*+from(?:\s++(?:a|an|the|its|their))?(?:\s++(?:record|revised|peak|high|low))?"
    r"(?:\s++(?:of|high|low))?\s*+(?:[A-Z]{0,3}[$¥€£]|RMB|HK\$|US\$)?\s*+$",
    re.IGNORECASE,
)


def prior_bases(claims: Sequence[Claim]) -> list[Claim]:
    """The claims, a change followed by the earlier value it is measured from given that
    value's period as its base (see the module)."""
    found = list(claims)
    for index in range(len(found) - 1):
        change, prior = found[index], found[index + 1]
        if not measured_from(change, prior):
            continue
        assert change.period is not None and prior.period is not None  # (measured_from)
        measure, base = against(change.period, prior.period)
        figure = replace(change.figure, measure=measure)
        found[index] = replace(change, figure=figure, base_period=base)
    return found


def measured_from(change: Claim, prior: Claim) -> bool:
    """Whether `prior` is the earlier value `change` is measured from (see the module)."""
    figure = change.figure
    if figure.unit_kind != "percent" or figure.measure != "yoy_pct" or change.base_period:
        return False
    if prior.figure.prior != "value" or prior.figure.unit_kind == "percent":
        return False
    if change.sentence.start != prior.sentence.start or prior.figure.start < figure.end:
        return False
    if change.subject.term.indicator != prior.subject.term.indicator:
        return False
    if change.period is None or prior.period is None or prior.period.end >= change.period.start:
        return False
    offset, text = change.sentence.start, change.sentence.text
    gap = text[figure.end - offset : prior.figure.start - offset]
    return JOINED.fullmatch(gap) is not None


def against(period: Period, base: Period) -> tuple[str, Period | None]:
    """(measure, base period) of a percent change of `period` on `base`.

    >>> from datetime import date
    >>> q1 = Period("2023-Q1", date(2023, 1, 1), date(2023, 3, 31))
    >>> against(q1, Period("2022-Q4", date(2022, 10, 1), date(2022, 12, 31)))
    ('qoq_pct', None)
    >>> against(q1, Period("2022-Q1", date(2022, 1, 1), date(2022, 3, 31)))
    ('yoy_pct', None)
    >>> against(q1, Period("2019-Q1", date(2019, 1, 1), date(2019, 3, 31)))[0]
    'pct_change'
    """
    year_before = periods.move_to_year(period, period.start.year - 1)
    if year_before is not None and (year_before.start, year_before.end) == (base.start, base.end):
        return "yoy_pct", None
    step = STEPS.get(_shape(period.label))
    if step and _shape(base.label) == _shape(period.label):
        if base.end == period.start - timedelta(days=1):
            return step, None
    return "pct_change", base
