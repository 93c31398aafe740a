"""Columns of a results table headed by periods: a column headed by an earlier period gives
its cells that period.

    泡泡瑪特中期業績
    今年上半年　　去年上半年　　按年變幅
    收入　　　　138.76億元　　45.58億元　　+204.4%

The row is read as a sentence (its figures carry units, so econstats.reader.tables does not take it)
and every cell gets the story's period; here the cell under "去年上半年" ("H1 2024", "Last
year", "2024") moves to the same span as many years earlier as its header says. The header's
cells are split at a tab, a full-width blank, a pipe or two blanks; at least two of them are the
same kind of period (two first halves, two third quarters, two years) in different years, the
others have no digit ("按年變幅", "Change"). A row is a label and as many cells as the header,
each with a digit; the rows run on from the header to the first line that is not one.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import lru_cache

from econstats.core.model import Document, Period
from econstats.reader.period_labels import period_of
from econstats.reader.periods import find_periods

# a piece of a table line: words apart by single blanks (a full-width blank, a tab or a pipe
# always parts two pieces: \s covers U+3000)
PIECE = re.compile(r"[^\s|]+(?: [^\s|]+)*")
BARE_YEAR = re.compile(r"(?:19|20)\d{2}")
# a gap that parts two table cells: a tab, a full-width blank, a pipe or two blanks
TABLE_GAP = re.compile(r"\S(?:[\t\u3000|]|  )")
NOTE = "stated: the table's column"


def _pieces(line: str, offset: int) -> list[tuple[int, int, str]]:
    return [(offset + m.start(), offset + m.end(), m.group()) for m in PIECE.finditer(line)]


def _year_of(text: str, published: date | None) -> tuple[tuple, int] | None:
    """(kind of span, year) of a header cell that is wholly one period, else None."""
    if BARE_YEAR.fullmatch(text):
        return ("year", 1, 1, None), int(text)
    found = find_periods(text)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return None
    spec = found[0].spec
    year = spec.year
    if year is None and spec.year_offset is not None and published is not None:
        year = published.year + spec.year_offset
    if year is None:
        return None
    return (spec.kind, spec.first, spec.last, spec.day), year


def _header(pieces, published: date | None) -> tuple[list[int | None], int] | None:
    """Each header cell's year (None: not a period) and the latest year, when the header has
    two or more periods of one kind in different years and no other cell with a digit."""
    years, kinds = [], set()
    for _, _, text in pieces:
        read = _year_of(text, published)
        if read is None:
            if any(ch.isdigit() for ch in text):
                return None
            years.append(None)
            continue
        kinds.add(read[0])
        years.append(read[1])
    dated = [y for y in years if y is not None]
    if len(dated) < 2 or len(kinds) != 1 or len(set(dated)) != len(dated):
        return None
    return years, max(dated)


Columns = tuple[tuple[int, ...], tuple[tuple[int, int, int, int], ...]]


def column_cells(doc: Document) -> Columns:
    """(starts, spans): each cell of an earlier period's column as (start, end, years back,
    the latest column's year),
    sorted by start (looked up by position: one pass over the document, issue 12). Found once
    per document, though every topic's extractor asks for them."""
    return _column_cells(doc.text, doc.published_date)


@lru_cache(maxsize=1)
def _column_cells(text: str, published: date | None) -> Columns:
    """column_cells of a document's text and published date."""
    spans: list[tuple[int, int, int, int]] = []
    lines, at = [], 0
    for line in text.split("\n"):
        lines.append((line, at))
        at += len(line) + 1
    index = 0
    while index < len(lines):
        text, offset = lines[index]
        index += 1
        if len(text) > 300 or not TABLE_GAP.search(text):
            continue
        pieces = _pieces(text, offset)
        if len(pieces) < 2 or any(len(piece) > 20 for _, _, piece in pieces):
            continue
        head = _header(pieces, published)
        if head is None:
            continue
        years, latest = head
        while index < len(lines):
            row = _pieces(*lines[index])
            cells = row[1:]
            if len(lines[index][0]) > 300 or not row or any(ch.isdigit() for ch in row[0][2]):
                break
            if len(cells) != len(years) or not all(any(ch.isdigit() for ch in c[2]) for c in cells):
                break
            for (start, end, _), year in zip(cells, years, strict=True):
                if year is not None and year != latest:
                    spans.append((start, end, latest - year, latest))
            index += 1
    spans.sort()
    return tuple(span[0] for span in spans), tuple(spans)


def _earlier(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def in_column(claim, columns: Columns):
    """The claim with the period of its table column when the column is an earlier period's
    and the claim has the latest column's period (the story's); else the claim itself."""
    starts, spans = columns
    if not spans or claim.period is None:
        return claim
    at = bisect_right(starts, claim.figure.start) - 1
    if at < 0 or not spans[at][0] <= claim.figure.start < spans[at][1]:
        return claim
    _, _, back, latest = spans[at]
    period: Period = claim.period
    if period.end.year != latest:  # a period of its own ("2024年上半年收入45.58億元")
        return claim
    earlier = period_of(_earlier(period.start, back), _earlier(period.end, back))
    return replace(claim, period=earlier, period_note=NOTE)
