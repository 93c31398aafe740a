"""Earlier values: which figure is one ("up from 400 million", "compared to an operating profit
of RMB13.69 billion the same period last year") and the period it lies in ("a year ago", "the
same period last year", "去年同期": a year before the period of the figure it is compared with).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from datetime import date
from functools import cache
from typing import Any

from econstats.core.model import Figure
from econstats.reader.lexicon import load_vocab

# a few words between the cue and the value, after an article: "compared to an operating profit
# of RMB13.69 billion", "swung from a positive RMB14.53 billion"
# a few words; a label's colon and a printed plus ("prior quarter: 148%", "prior +7.4%")
PRIOR_GAP = re.compile(
    r"[\s,]*+(?:(?:an?|the)\s++)?(?:[^\W\d]++[\s,]*+){0,3}(?:[:：]\s*+)?\+?",
    re.UNICODE | re.IGNORECASE,
)
NOT_PRIOR = re.compile(r"\b(?:and|or|but|while)\b", re.IGNORECASE)


# a data release's label of its previous reading, written right before it: "prior +6.8%",
# "previous: 5.1%", "(prior -23.0% in December)" (vocab/release_labels.csv, kind prior)
LABEL_GAP = re.compile(r"[ \t]*+[:：]?[ \t]*+\+?")
RELEASE = -1  # prior_months: the release before, a period of the same length (months_before)


@cache
def release_priors() -> frozenset[str]:
    """The labels of a release's previous reading (vocab/release_labels.csv, kind prior)."""
    rows = load_vocab("release_labels", ("phrase", "kind"))
    return frozenset(row["phrase"].lower() for row in rows if row["kind"] == "prior")


def release_label(cue: Any, before: str) -> bool:
    """True when an earlier-value cue is a release's label of its previous reading, right
    before the figure ("expected +5.0%, prior +6.8%"): the reading of the release before.

    >>> from econstats.reader.cues import last_cue
    >>> gap = ", prior +"
    >>> release_label(last_cue(gap), gap), release_label(last_cue(" up from "), " up from ")
    (True, False)
    """
    phrase = before[cue.start : cue.end].lower()
    return phrase in release_priors() and bool(LABEL_GAP.fullmatch(before, cue.end))


def near(cue: Any, before: str) -> bool:
    """True when an earlier-value cue leads the figure: a few words between, no other clause
    ("from 400 million", "compared with a 3 percent rise"; not "up 9.6 percent from a year
    earlier and $6.3 billion higher").

    >>> from econstats.reader.cues import last_cue
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
# the change noun an earlier percent is written with: "after a 1.1% rise the previous month"
CHANGE_NOUN = (
    r"(?:(?:rise|gain|increase|growth|jump|advance|expansion|decline|drop|fall|dip|decrease"
    r"|contraction)\s++)?"
)
YEAR_BEFORE = re.compile(
    r"^[\s,]*+"
    + CHANGE_NOUN
    + r"(?:(?:in|for|of|during)\s++)?(?:the\s++same\s++(?:period|quarter|month|time)\s++(?:of\s++|in\s++)?)?"
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
    r"^[\s,]*+"
    + CHANGE_NOUN
    + r"(?:(?:in|for|of|during)\s++)?(?:(?:the\s++(?:previous|prior|preceding)\s++"
    r"(?P<m1>month)|the\s++(?P<m2>month)\s++before|an?\s++(?P<m3>month)\s++(?:earlier|before)"
    r"|(?P<m4>上月|上个月))|(?:the\s++(?:previous|prior|preceding)\s++quarter"
    r"|the\s++quarter\s++before|an?\s++quarter\s++(?:earlier|before)|上季度|上一季度"
    r"|the\s++(?:previous|prior|preceding)\s++(?:three|3)\s++months))(?![\w-])",  # a quarter's
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
    >>> unit_before(" in the previous three months."), unit_before(" rise the previous month")
    (3, 1)
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
    if figures[index].prior == "release":
        return RELEASE  # "prior +6.8%": the reading of the release before
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

    >>> from econstats.reader.period_labels import period_of
    >>> from datetime import date
    >>> months_before(period_of(date(2025, 7, 1), date(2025, 9, 30)), 3).label
    '2025-Q2'
    >>> months_before(period_of(date(2025, 1, 1), date(2025, 1, 31)), 1).label
    '2024-12'
    >>> months_before(period_of(date(2025, 1, 1), date(2025, 6, 30)), 1) is None
    True
    >>> months_before(period_of(date(2024, 3, 31), date(2024, 3, 31)), 1).label  # a stock's day
    '2024-02-29'

    RELEASE (a release's "prior" reading) moves a month, a quarter or a year back by its own
    length; January and February, released together, have December's before them.

    >>> months_before(period_of(date(2024, 1, 1), date(2024, 2, 29)), RELEASE).label
    '2023-12'
    >>> months_before(period_of(date(2025, 7, 1), date(2025, 9, 30)), RELEASE).label
    '2025-Q2'
    >>> months_before(period_of(date(2025, 1, 1), date(2025, 5, 31)), RELEASE) is None
    True
    """
    from econstats.reader.period_labels import move_to_year, period_of

    if months == 12:
        return move_to_year(period, period.start.year - 1)
    start, end = period.start, period.end
    span = (end.year - start.year) * 12 + end.month - start.month + 1
    last_day = calendar.monthrange(end.year, end.month)[1]
    if months in (RELEASE, 1) and (start.month, start.day, end.month, span) == (1, 1, 2, 2):
        # January and February released together: the release before is December's
        return period_of(date(start.year - 1, 12, 1), date(start.year - 1, 12, 31))
    if months == RELEASE:
        if start.day != 1 or end.day != last_day:
            return None
        months = span if span in (1, 3, 12) else 0
        if months == 12:
            return move_to_year(period, start.year - 1)
    if start == end and end.day == last_day and months in (1, 3):
        # a stock's month-end day ("at the end of March, from 72.58 million a month earlier"):
        # the end of the month or quarter before
        year, month = divmod(end.year * 12 + end.month - 1 - months, 12)
        day = date(year, month + 1, calendar.monthrange(year, month + 1)[1])
        return period_of(day, day)
    if start.day != 1 or end.day != last_day or span != months:
        return None
    first = start.year * 12 + start.month - 1 - months  # months since year 0, zero-based
    last = first + months - 1
    year, month = divmod(last, 12)
    return period_of(
        date(first // 12, first % 12 + 1, 1),
        date(year, month + 1, calendar.monthrange(year, month + 1)[1]),
    )


@cache
def _expected_after() -> re.Pattern[str]:
    """The figure's own noun (at most three words) then a participle of
    vocab/expected_after.csv."""
    rows = load_vocab("expected_after", ("phrase",))
    words = "|".join(re.escape(row["phrase"]).replace(r"\ ", r"\s+") for row in rows)
    return re.compile(rf"\s*+(?:[^\W\d]++[\s-]*+){{0,3}}?(?:{words})\b", re.IGNORECASE)


def expected_later(after: str) -> bool:
    """Whether an expectation's participle follows the figure's noun: "a steeper drop than the
    6.1% decline predicted in a Reuters poll" is the forecast, not an earlier value.

    >>> expected_later(" decline predicted in a Reuters poll"), expected_later(" decline in May")
    (True, False)
    """
    return _expected_after().match(after) is not None


# "from a positive RMB12.83 billion to negative RMB16.01 billion": the value it went to follows
TO_NEXT = re.compile(
    r"\s*+to\s++(?:(?:an?|the)\s++)?(?:(?:negative|positive|minus|plus|loss|profit|deficit"
    r"|surplus|of)\s++){0,3}[^\w\s]?$",
    re.IGNORECASE,
)


def leads_to(after: str) -> bool:
    """True when an earlier value is followed by the value it went to ("from X to Y"): it is
    compared with that value, of its own subject, whatever figure came before it.

    >>> leads_to(" to negative "), leads_to(" to a loss of "), leads_to(" to "), leads_to(", and ")
    (True, True, True, False)
    """
    return bool(TO_NEXT.fullmatch(after))


PART_BREAK = re.compile(r"[;；。]")


def compared_before(text: str, offset: int, made: Sequence[Any], start: int) -> Any | None:
    """The last claim (no earlier value itself) before an earlier value at document offset
    `start`, in the same part of the sentence (`text`, at `offset`): the figure it is compared
    with. One across a semicolon is another clause's ("今年…上修2.92個百分點;明年經濟成長率則由
    2.81%上修至3.54%": 2.81% is not compared with this year's figure, and takes not its period).

    >>> from types import SimpleNamespace as N
    >>> made = [N(figure=N(prior=None, end=5)), None]
    >>> compared_before("up 5%, from 3%", 0, made, 12) is made[0]
    True
    >>> compared_before("up 5%; 由3%", 0, made, 9) is None
    True
    """
    for claim in reversed(made):
        if claim is None or claim.figure.prior:
            continue
        return None if PART_BREAK.search(text, claim.figure.end - offset, start - offset) else claim
    return None
