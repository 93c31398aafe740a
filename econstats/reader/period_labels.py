"""Periods as dates and SDMX labels: resolve a PeriodSpec, move a period to another year.

A fiscal year is the calendar year: China's fiscal year runs January-December (Budget Law, art. 18).
"""

from __future__ import annotations

import calendar
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from econstats.core.model import Period
from econstats.reader.period_vocab import period_vocab

if TYPE_CHECKING:
    from econstats.reader.period_specs import PeriodSpec

MONTHS_PER_UNIT = {"year": 12, "fiscal_year": 12, "half": 6, "quarter": 3, "quarters": 3}


def month_end(year: int, month: int) -> date:
    """Last day of a month.

    >>> month_end(2024, 2), month_end(2025, 2)
    (datetime.date(2024, 2, 29), datetime.date(2025, 2, 28))
    """
    return date(year, month, calendar.monthrange(year, month)[1])


def label_for(start: date, end: date) -> str:
    """SDMX TIME_PERIOD label of the days start..end (inclusive), decided from the dates alone.

    >>> label_for(date(2025, 1, 1), date(2025, 12, 31))
    '2025'
    >>> label_for(date(2025, 1, 1), date(2025, 6, 30)), label_for(date(2025, 4, 1), date(2025, 6, 30))
    ('2025-S1', '2025-Q2')
    >>> label_for(date(2025, 10, 1), date(2025, 10, 31)), label_for(date(2025, 9, 30), date(2025, 9, 30))
    ('2025-10', '2025-09-30')
    >>> label_for(date(2025, 1, 1), date(2025, 10, 31)), label_for(date(2024, 10, 1), date(2024, 10, 7))
    ('2025-01-01/P10M', '2024-10-01/P7D')
    >>> label_for(date(2025, 2, 1), date(2025, 1, 31))
    Traceback (most recent call last):
    ValueError: period ends before it starts: 2025-02-01..2025-01-31
    """
    if end < start:
        raise ValueError(f"period ends before it starts: {start}..{end}")
    if start == end:
        return start.isoformat()
    if start.day != 1 or end != month_end(end.year, end.month):
        return f"{start.isoformat()}/P{(end - start).days + 1}D"
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    if months == 12 and start.month == 1:
        return f"{start.year}"
    if months == 6 and start.month in (1, 7):
        return f"{start.year}-S{start.month // 6 + 1}"
    if months == 3 and start.month % 3 == 1:
        return f"{start.year}-Q{start.month // 3 + 1}"
    if months == 1:
        return f"{start.year}-{start.month:02d}"
    return f"{start.isoformat()}/P{months}M"


def period_of(start: date, end: date) -> Period:
    """A Period with its label.

    >>> period_of(date(2025, 7, 1), date(2025, 9, 30))
    Period(label='2025-Q3', start=datetime.date(2025, 7, 1), end=datetime.date(2025, 9, 30))
    """
    return Period(label_for(start, end), start, end)


def year_of(spec: PeriodSpec, context_year: int | None, published: date | None) -> int | None:
    """The spec's year: stated, else relative to the published date, else the context's, else
    the published year; None when none can be had (a relative year needs a published date)."""
    if spec.year is not None:
        return spec.year
    if spec.year_offset is not None:
        return published.year + spec.year_offset if published is not None else None
    if context_year is not None:
        return context_year
    return published.year if published is not None else None


def anchored(spec: PeriodSpec, context_year: int | None, published: date | None) -> bool:
    """Whether the spec's year comes from the published date: a relative year ("this year"),
    or no year at all in the phrase, its sentence or its story ("in October")."""
    if spec.year is not None or published is None:
        return False
    return spec.year_offset is not None or spec.unit_offset is not None or context_year is None


def bounds(spec: PeriodSpec, year: int) -> tuple[date, date] | None:
    """First and last day of the spec in `year`; None for a day or holiday that year lacks."""
    if spec.kind in ("holiday", "holiday_head"):
        holiday = period_vocab().holiday(spec.holiday or "")
        dates = holiday.dates(year) if holiday is not None else None
        if dates is None or spec.kind == "holiday":
            return dates
        end = dates[0] + timedelta(days=spec.last - 1)  # 春运前20天: its first 20 days
        return (dates[0], end) if end <= dates[1] else None
    if spec.kind == "day":
        last = month_end(year, spec.first)
        if spec.day is None:
            return last, last
        return (date(year, spec.first, spec.day),) * 2 if spec.day <= last.day else None
    if spec.kind == "days":  # November 1 to 11; None for a February 29 the year lacks
        if max(spec.day or 0, 1) > month_end(year, spec.first).day:
            return None
        if (spec.last_day or 0) > month_end(year, spec.last).day:
            return None
        return date(year, spec.first, spec.day or 1), date(year, spec.last, spec.last_day or 1)
    if spec.kind == "week":  # the week ended April 5: the seven days to that day
        if (spec.day or 0) > month_end(year, spec.first).day:
            return None
        last = date(year, spec.first, spec.day or 1)
        return last - timedelta(days=6), last
    if spec.kind == "ending":  # the N months ending with month `last` of `year`
        index = year * 12 + spec.last - spec.first  # months since year 0 of the first month
        return date(index // 12, index % 12 + 1, 1), month_end(year, spec.last)
    size = MONTHS_PER_UNIT.get(spec.kind, 1)
    start = date(year, (spec.first - 1) * size + 1, 1)
    return start, month_end(year, spec.last * size)


def relative_bounds(spec: PeriodSpec, published: date) -> tuple[date, date] | None:
    """First and last day of a month or quarter counted from the published date's ("last
    month" published on 2025-11-17 is October 2025).

    >>> from econstats.reader.period_specs import PeriodSpec
    >>> relative_bounds(PeriodSpec("month", None, None, unit_offset=-1), date(2025, 1, 14))
    (datetime.date(2024, 12, 1), datetime.date(2024, 12, 31))
    >>> relative_bounds(PeriodSpec("quarter", None, None, unit_offset=-1), date(2025, 11, 17))
    (datetime.date(2025, 7, 1), datetime.date(2025, 9, 30))
    """
    size = MONTHS_PER_UNIT.get(spec.kind)
    if spec.unit_offset is None or size is None and spec.kind != "month":
        return None
    size = size or 1
    index = (published.year * 12 + published.month - 1) // size + spec.unit_offset
    year, first = divmod(index * size, 12)
    return date(year, first + 1, 1), month_end(year, first + size)


def weekday_span(spec: PeriodSpec, published: date) -> Period | None:
    """A day to the latest weekday `spec.last_day` (ISO number) by the published date, the day
    in the latest year that puts it first; None for a span over 92 days (no story's span) or
    a day its month lacks.

    >>> from econstats.reader.period_specs import PeriodSpec
    >>> sunday = PeriodSpec("days_weekday", None, None, 1, 1, day=14, last_day=7)
    >>> weekday_span(sunday, date(2025, 2, 5)).label  # published on a Wednesday
    '2025-01-14/P20D'
    >>> weekday_span(PeriodSpec("days_weekday", None, None, 12, 12, 28, last_day=2), date(2025, 1, 8))
    Period(label='2024-12-28/P11D', start=datetime.date(2024, 12, 28), end=datetime.date(2025, 1, 7))
    >>> weekday_span(PeriodSpec("days_weekday", None, None, 6, 6, day=1, last_day=7), date(2025, 2, 5))
    """
    end = published - timedelta(days=(published.isoweekday() - (spec.last_day or 0)) % 7)
    if (spec.day or 0) > month_end(end.year, spec.first).day:
        return None
    start = date(end.year, spec.first, spec.day or 1)
    if start > end:
        start = _same_day(start, end.year - 1)
    if (end - start).days > 92:
        return None
    return replace(period_of(start, end), anchored=True)


def resolve(
    spec: PeriodSpec,
    context_year: int | None,
    published: date | None,
    *,
    context_anchored: bool = False,
    forward: bool = True,
) -> Period | None:
    """The Period a spec names; None if no year can be had or that year lacks the day/holiday.

    A spec with no year anywhere (phrase, sentence, story) takes the published year; but when
    the text does not look `forward` (no forecast or target), the period it names has begun by
    the publication date: "in December" published on 2026-01-14 is December 2025 (the latest
    December begun by then). The Period is `anchored` when its year came from the published
    date (or from a context year that did): an actual figure for an anchored period that ends
    after the publication date is rejected (period_after_publication).

    A same-period base spec names only a year: move the figure's own period there instead
    (move_to_year).

    >>> from econstats.reader.period_specs import PeriodSpec
    >>> december = PeriodSpec("month", None, None, 12, 12)
    >>> resolve(december, None, date(2026, 1, 14), forward=False).label
    '2025-12'
    >>> resolve(december, None, date(2026, 1, 14)).label, resolve(december, None, None)
    ('2026-12', None)
    >>> resolve(december, 2024, date(2026, 1, 14)).anchored
    False
    >>> resolve(december, 2026, date(2026, 1, 14), context_anchored=True, forward=False).label
    '2025-12'
    """
    if spec.kind == "weekday":  # "On Tuesday alone": the latest Tuesday by the published date
        if published is None:
            return None
        day = published - timedelta(days=(published.isoweekday() - spec.first) % 7)
        return replace(period_of(day, day), anchored=True)
    if spec.kind == "days_weekday":  # "from Jan 14 to Sunday": to the latest Sunday by then
        return weekday_span(spec, published) if published is not None else None
    if spec.kind == "weekdays":  # "on Friday, Saturday and Sunday": the latest such days
        if published is None:
            return None
        end = published - timedelta(days=(published.isoweekday() - spec.last) % 7)
        return replace(period_of(end - timedelta(days=spec.last - spec.first), end), anchored=True)
    if spec.unit_offset is not None:
        found = relative_bounds(spec, published) if published is not None else None
        return replace(period_of(*found), anchored=True) if found is not None else None
    year = year_of(spec, context_year, published)
    found = bounds(spec, year) if year is not None else None
    # a year-less phrase whose year is assumed, from the published date or from a context year
    # that was ("TSF rose in January from 1.72 trillion yuan in December" published in
    # February: the December before)
    assumed = spec.yearless and (context_year is None or context_anchored)
    if assumed and not forward and found is not None and published is not None:
        if found[0] > published:
            year = published.year - 1
            found = bounds(spec, year)
    if found is None:
        return None
    period = period_of(*found)
    from_context = spec.yearless and context_year is not None
    if (context_anchored and from_context) or anchored(spec, context_year, published):
        return replace(period, anchored=True)
    return period


def after_publication(period: Period, status: str, published: date | None) -> str | None:
    """A note when an actual figure's period, worked out from the published date, ends after it
    (the text says "in October" in March): rejected as period-after-publication; else None.
    A forecast or target may be for a later period; a period whose year the text states is not
    judged here (a page may carry stories of several dates).

    >>> march = date(2025, 3, 1)
    >>> after_publication(replace(period_of(date(2025, 10, 1), date(2025, 10, 31)), anchored=True),
    ...                   "actual", march)
    'period 2025-10 ends after the publication date 2025-03-01'
    >>> after_publication(period_of(date(2025, 10, 1), date(2025, 10, 31)), "actual", march)
    """
    if status != "actual" or published is None or not period.anchored:
        return None
    if period.end <= published:
        return None
    return f"period {period.label} ends after the publication date {published}"


def _same_day(day: date, year: int) -> date:
    """The day in another year; a month's last day stays its last day (Feb 28 <-> Feb 29)."""
    last = month_end(year, day.month)
    if day == month_end(day.year, day.month):
        return last
    return day.replace(year=year, day=min(day.day, last.day))


def holiday_at(period: Period) -> str | None:
    """The holiday whose dates are the period's (first in holidays.csv where two coincide)."""
    for holiday in period_vocab().holidays:
        if holiday.dates(period.start.year) == (period.start, period.end):
            return holiday.name
    return None


def move_to_year(
    period: Period, spec_or_year: int | PeriodSpec, holiday: str | None = None
) -> Period | None:
    """The same period in another year, relabelled (a base "the same period in 2019").

    `spec_or_year` is a year, or a same-period spec: its year, else the period's own year plus
    its year_offset ("the same period last year" is a year before the figure's period).
    A holiday (named, or recognised from the dates) is looked up again in that year: None where
    the vocabulary has no dates for it. Other periods keep month and day; a month's last day stays
    the last day (Feb 29).
    """
    year = spec_or_year if isinstance(spec_or_year, int) else spec_or_year.year
    if year is None:
        year = period.start.year + (spec_or_year.year_offset or 0)
    holiday = holiday or holiday_at(period)
    if holiday is not None:
        found = period_vocab().holiday(holiday)
        dates = found.dates(year) if found is not None else None
        return period_of(*dates) if dates is not None else None
    shift = year - period.start.year
    end = _same_day(period.end, period.end.year + shift)
    return period_of(_same_day(period.start, year), end)
