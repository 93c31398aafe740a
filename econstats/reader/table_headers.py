"""The header line of a text table: two or more period labels (months, month ranges, quarters,
years), and the (first day, last day) of each column; a year-less month is the latest one ended
by the published date, and the columns must run in time order."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from econstats.reader.lexicon import load_vocab
from econstats.reader.period_labels import month_end


@cache
def months() -> dict[str, int]:
    """English month names and abbreviations -> month number (vocab/months.csv)."""
    rows = load_vocab("months", ("name", "month", "form", "language"))
    return {
        row["name"].lower(): int(row["month"])
        for row in rows
        if row["language"] == "en" and row["form"] in ("name", "abbreviation")
    }


@cache
def _header_cell() -> re.Pattern[str]:
    month = "|".join(sorted(map(re.escape, months()), key=len, reverse=True))
    year = r"(?:19|20)\d{2}"
    return re.compile(
        rf"""(?ix)
        (?P<qy>{year})\s*Q(?P<qq>[1-4])            # 2025 Q3
        | Q(?P<q>[1-4])\s*(?P<y>{year})            # Q3 2025
        | (?P<m1>{month})\.?(?:\s*[-–]\s*(?P<m2>{month})\.?)?(?:\s+(?P<my>{year}))?(?![a-z])
        | (?P<year>{year})(?![\d.,])
        """
    )


SEPARATOR = re.compile(r"[\s|]+")


def header_cells(text: str) -> list[tuple[int, int, tuple]] | None:
    """(start, end, spec) per header cell when the whole line is two or more period labels."""
    cells, at = [], 0
    pattern = _header_cell()
    while at < len(text):
        gap = SEPARATOR.match(text, at)
        if gap:
            at = gap.end()
            continue
        match = pattern.match(text, at)
        if not match:
            return None
        g = match.groupdict()
        if g["qy"] or g["y"]:
            spec = ("quarter", int(g["qq"] or g["q"]), int(g["qy"] or g["y"]))
        elif g["m1"]:
            first = months()[g["m1"].lower()]
            last = months()[g["m2"].lower()] if g["m2"] else first
            if last < first:
                return None
            spec = ("months", first, last, int(g["my"]) if g["my"] else None)
        else:
            spec = ("year", int(g["year"]))
        cells.append((match.start(), match.end(), spec))
        at = match.end()
        if at < len(text) and not SEPARATOR.match(text, at):
            return None
    return cells if len(cells) >= 2 else None


def _bounds(spec: tuple, published: date | None) -> tuple[date, date] | None:
    """The first and last day of a header cell; a year-less month range is the latest one that
    ends by the published date (none without a published date)."""
    if spec[0] == "quarter":
        _, quarter, year = spec
        return date(year, 3 * quarter - 2, 1), month_end(year, 3 * quarter)
    if spec[0] == "year":
        return date(spec[1], 1, 1), date(spec[1], 12, 31)
    _, first, last, year = spec
    if year is None:
        if published is None:
            return None
        year = (
            published.year if month_end(published.year, last) <= published else published.year - 1
        )
    return date(year, first, 1), month_end(year, last)


def periods(cells: Sequence[tuple[int, int, tuple]], published: date | None) -> list | None:
    """The columns' (start, end) in header order, or None unless they run in time order."""
    bounds = [_bounds(spec, published) for _, _, spec in cells]
    if any(b is None for b in bounds):
        return None
    starts = [b[0] for b in bounds]
    ordered = all(a > b for a, b in zip(starts, starts[1:], strict=False)) or all(
        a < b for a, b in zip(starts, starts[1:], strict=False)
    )
    return bounds if ordered else None
