"""Periods as dates and SDMX labels: resolve a PeriodSpec, move a period to another year.

A fiscal year is the calendar year: China's fiscal year runs January-December (Budget Law, art. 18).
"""

from __future__ import annotations

import calendar
from datetime import date
from typing import TYPE_CHECKING

from econstats.model import Period
from econstats.period_vocab import period_vocab

if TYPE_CHECKING:
    from econstats.periods import PeriodSpec

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


def bounds(spec: PeriodSpec, year: int) -> tuple[date, date] | None:
    """First and last day of the spec in `year`; None for a day or holiday that year lacks."""
    if spec.kind == "holiday":
        holiday = period_vocab().holiday(spec.holiday or "")
        return holiday.dates(year) if holiday is not None else None
    if spec.kind == "day":
        last = month_end(year, spec.first)
        if spec.day is None:
            return last, last
        return (date(year, spec.first, spec.day),) * 2 if spec.day <= last.day else None
    size = MONTHS_PER_UNIT.get(spec.kind, 1)
    start = date(year, (spec.first - 1) * size + 1, 1)
    return start, month_end(year, spec.last * size)


def resolve(spec: PeriodSpec, context_year: int | None, published: date | None) -> Period | None:
    """The Period a spec names; None if no year can be had or that year lacks the day/holiday.

    A same-period base spec names only a year: move the figure's own period there instead
    (move_to_year).
    """
    year = year_of(spec, context_year, published)
    found = bounds(spec, year) if year is not None else None
    return period_of(*found) if found is not None else None


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
