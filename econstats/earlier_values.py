"""Earlier values: which figure is one ("up from 400 million", "compared to an operating profit
of RMB13.69 billion the same period last year") and the period it lies in ("a year ago", "the
same period last year", "去年同期": a year before the period of the figure it is compared with).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date
from typing import Any

from econstats.model import Figure

# a few words between the cue and the value, after an article: "compared to an operating profit
# of RMB13.69 billion", "swung from a positive RMB14.53 billion"
# a few words; a label's colon and a printed plus ("prior quarter: 148%", "prior +7.4%")
PRIOR_GAP = re.compile(
    r"[\s,]*+(?:(?:an?|the)\s++)?(?:[^\W\d]++[\s,]*+){0,3}(?:[:：]\s*+)?\+?",
    re.UNICODE | re.IGNORECASE,
)
NOT_PRIOR = re.compile(r"\b(?:and|or|but|while)\b", re.IGNORECASE)


def near(cue: Any, before: str) -> bool:
    """True when an earlier-value cue leads the figure: a few words between, no other clause
    ("from 400 million", "compared with a 3 percent rise"; not "up 9.6 percent from a year
    earlier and $6.3 billion higher").

    >>> from econstats.cues import last_cue
    >>> gap = "up 9.6 percent from a year earlier and more than "
    >>> near(last_cue(gap), gap), near(last_cue(" up from "), " up from ")
    (False, True)
    >>> gap = "a loss, compared to an operating profit of "
    >>> near(last_cue(gap), gap)
    True
    """
    gap = before[cue.end :]
    return bool(PRIOR_GAP.fullmatch(gap)) and not NOT_PRIOR.search(gap)


# an earlier value's own period, said after it: "from 43.9 billion yuan a year ago"
YEAR_BEFORE = re.compile(
    r"^[\s,]*+(?:(?:in|for|of|during)\s++)?(?:the\s++same\s++(?:period|quarter|month|time)\s++(?:of\s++|in\s++)?)?"
    r"(?:a\s++year\s++(?:ago|earlier|before)|last\s++year|the\s++previous\s++year"
    r"|去年同期|上年同期|去年)",
    re.IGNORECASE,
)


def year_before(after: str) -> bool:
    """True when the words right after an earlier value give it the year before ("RMB13.69
    billion the same period last year", "$280 billion a year earlier", "去年同期")."""
    return bool(YEAR_BEFORE.match(after))


# an earlier value a month or a quarter before, said after it: "up from 1.26 trillion yuan the
# previous month", "from 5.1 percent a quarter earlier", "上月", "上季度"
UNIT_BEFORE = re.compile(
    r"^[\s,]*+(?:(?:in|for|of|during)\s++)?(?:(?:the\s++(?:previous|prior|preceding)\s++"
    r"(?P<m1>month)|the\s++(?P<m2>month)\s++before|an?\s++(?P<m3>month)\s++(?:earlier|before)"
    r"|(?P<m4>上月|上个月))|(?:the\s++(?:previous|prior|preceding)\s++quarter"
    r"|the\s++quarter\s++before|an?\s++quarter\s++(?:earlier|before)|上季度|上一季度))(?![\w-])",
    re.IGNORECASE,
)


def unit_before(after: str) -> int:
    """1 or 3 when the words right after an earlier value put it a month or a quarter before
    the period of the figure it is compared with ("1.26 trillion yuan the previous month"), else
    0.

    >>> unit_before(" the previous month."), unit_before(", a quarter earlier"), unit_before("")
    (1, 3, 0)
    >>> unit_before(" the previous month's"), unit_before(" the previous monthly high")
    (1, 0)
    """
    match = UNIT_BEFORE.match(after)
    if match is None:
        return 0
    return 1 if any(match.group(g) for g in ("m1", "m2", "m3", "m4")) else 3


SHIFT_MONTHS = {"yoy_pct": 12, "qoq_pct": 3, "mom_pct": 1}


def prior_months(figures: Sequence[Figure], index: int, after: str) -> int:
    """How many months before its sentence's period an earlier value lies ("up from 400
    million", "(from RMB93.58 billion)"): a year when the words after it say so ("a year ago",
    "去年同期") or when the change it is compared with is year on year ("grew 2.0% year over year
    to RMB95.49 billion (from RMB93.58 billion)"); a month or a quarter for a change month on
    month or quarter on quarter; 0 when nothing says (the period is not guessed).

    >>> f = [Figure(0, 1, "5%", 5, "percent", "percent", 0, measure="yoy_pct"),
    ...      Figure(5, 6, "9", 9, "CNY", "money", 0), Figure(9, 10, "8", 8, "CNY", "money", 0)]
    >>> prior_months(f, 2, ""), prior_months(f[1:], 1, " a year ago"), prior_months(f[1:], 1, "")
    (12, 12, 0)
    """
    if year_before(after):
        return 12
    if months := unit_before(after):
        return months  # "from 13.3 percent the previous month": said, so a percent too
    if figures[index].unit_kind == "percent":
        return 0  # "slowing from 5.3 percent": the previous reading, of a period not said
    for figure in reversed(figures[:index]):
        if figure.prior:
            continue
        if figure.measure in SHIFT_MONTHS:
            return SHIFT_MONTHS[figure.measure]
    return 0


def months_before(period: Any, months: int) -> Any | None:
    """The period `months` earlier: a year (any period: move_to_year keeps holidays right), or
    a whole month or quarter moved back by its own length; None when it cannot be moved so.

    >>> from econstats.period_labels import period_of
    >>> from datetime import date
    >>> months_before(period_of(date(2025, 7, 1), date(2025, 9, 30)), 3).label
    '2025-Q2'
    >>> months_before(period_of(date(2025, 1, 1), date(2025, 1, 31)), 1).label
    '2024-12'
    >>> months_before(period_of(date(2025, 1, 1), date(2025, 6, 30)), 1) is None
    True
    """
    from econstats.period_labels import move_to_year, period_of

    if months == 12:
        return move_to_year(period, period.start.year - 1)
    start, end = period.start, period.end
    span = (end.year - start.year) * 12 + end.month - start.month + 1
    last_day = calendar.monthrange(end.year, end.month)[1]
    if start.day != 1 or end.day != last_day or span != months:
        return None
    first = start.year * 12 + start.month - 1 - months  # months since year 0, zero-based
    last = first + months - 1
    year, month = divmod(last, 12)
    return period_of(
        date(first // 12, first % 12 + 1, 1),
        date(year, month + 1, calendar.monthrange(year, month + 1)[1]),
    )
