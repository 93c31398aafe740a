"""A year-less month or quarter said after a month or quarter of its sentence, in a comparison,
lies before it: in the year before when it comes later in the year ("in January 2021 from 13.3
percent in December": December 2020).
"""

from __future__ import annotations

import re
from datetime import timedelta
from typing import TYPE_CHECKING

from econstats.core.model import Period

if TYPE_CHECKING:
    from econstats.reader.period_specs import PeriodSpec

# what puts a later phrase's figure before the one of the phrase before it: "in January 2021
# from 13.3 percent in December", "following a deficit in December", "up from 5.2% in"
EARLIER = re.compile(r"\b(?:from|following|after|compared|than|versus|vs\.)(?!\w)", re.IGNORECASE)


def wraps(spec: PeriodSpec, before: Period) -> bool:
    """Whether a year-less month or quarter said after a month or quarter of the same sentence,
    with an earlier-value word between them (EARLIER), lies in the year before ("rose to 13
    percent in January 2021 from 13.3 percent in December": December 2020; "in the first
    quarter, after 5.4% in the fourth quarter"): it comes later in the year than the period
    named first. The caller checks the word and that the sentence does not look forward.

    >>> from econstats.reader.period_labels import period_of
    >>> from econstats.reader.period_specs import PeriodSpec
    >>> from datetime import date
    >>> january = period_of(date(2021, 1, 1), date(2021, 1, 31))
    >>> december = PeriodSpec("month", None, None, 12, 12)
    >>> wraps(december, january), wraps(PeriodSpec("month", None, None, 1, 1), january)
    (True, False)
    >>> wraps(PeriodSpec("quarter", None, None, 4, 4), january)
    False
    """
    if spec.first != spec.last or before.start.year != before.end.year:
        return False
    months = before.end.month - before.start.month + 1
    if before.start.day != 1 or (before.end + timedelta(days=1)).day != 1:
        return False  # not whole months
    if spec.kind == "month" and months == 1:
        return spec.first > before.start.month
    if spec.kind == "quarter" and months == 3 and before.start.month % 3 == 1:
        return spec.first > (before.start.month + 2) // 3
    return False


def year_of_period(period: Period | None) -> int | None:
    """The year a later year-less phrase takes from a period: its first year, but the last one
    of a span under a year across two ("the October-March first half of its fiscal year", then
    "the first six months of the year": this year's)."""
    if period is None:
        return None
    crosses = period.start.year < period.end.year and (period.end - period.start).days < 300
    return period.end.year if crosses else period.start.year
