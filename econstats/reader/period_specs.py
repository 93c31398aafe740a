"""An unresolved period, as a period phrase gives it: PeriodSpec (econstats.reader.periods finds
the phrases; econstats.reader.period_labels resolves a spec to dates and labels).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PeriodSpec:
    """An unresolved period; the year may be missing.

    kind: year | half | quarter | quarters (first N quarters, Q1-Q3) | months (first N months,
    January-October) | month | day | holiday | holiday_head (its first `last` days) | weekday
    (`first`: ISO number, publication week) | fiscal_year (the calendar year, as in China) |
    ending (the N months ending a month: "the three months ended September 30", "the fiscal
    year ending March 2018"; first = N, last = the month, which may lie in the next year) |
    days (a span of days: "from November 1 to 11"; first/last the months, day/last_day the days)
    | days_weekday (a day to the latest weekday by the published date; last_day its ISO number)
    | week (the seven days to a day: "the week ended April 5"; first the month, day the day).
    first/last: units covered (months, quarters, halves; the month of a day). day None for kind
    "day" means the month's last day ("as of the end of June").
    """

    kind: str
    year: int | None  # explicit year, if any
    year_offset: int | None  # relative: "this year" 0, "last year" -1, "next year" 1
    first: int = 1
    last: int = 1
    day: int | None = None
    holiday: str | None = None  # canonical name (holidays.csv) for kind "holiday"
    unit_offset: int | None = None  # a month or quarter from the published one: "last month" -1
    last_day: int | None = None  # the last day of kind "days"

    @property
    def yearless(self) -> bool:
        """True when the phrase gives no year, not even relative to the published date."""
        return self.year is None and self.year_offset is None and self.unit_offset is None
