"""Calendar dates as people give them: YYYY-MM-DD, and what is wrong, in words, when not."""

from __future__ import annotations

import re
from datetime import date

ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_iso_date(text: str) -> date:
    """A calendar date written YYYY-MM-DD; ValueError saying what is wrong otherwise.

    >>> parse_iso_date("2025-11-17")
    datetime.date(2025, 11, 17)
    >>> parse_iso_date("2025-13-45")
    Traceback (most recent call last):
    ValueError: '2025-13-45' is no calendar date: month 13 does not exist (expected YYYY-MM-DD, such as 2025-11-17)
    >>> parse_iso_date("yesterday")
    Traceback (most recent call last):
    ValueError: 'yesterday' is not a date of the form YYYY-MM-DD, such as 2025-11-17
    """  # noqa: E501
    if not ISO_DATE.fullmatch(text):
        raise ValueError(f"{text!r} is not a date of the form YYYY-MM-DD, such as 2025-11-17")
    year, month, day = (int(part) for part in text.split("-"))
    if not 1 <= month <= 12:
        why = f"month {month} does not exist"
    else:
        try:
            return date(year, month, day)
        except ValueError:
            why = f"day {day} does not exist in {year}-{month:02d}"
    raise ValueError(
        f"{text!r} is no calendar date: {why} (expected YYYY-MM-DD, such as 2025-11-17)"
    )
