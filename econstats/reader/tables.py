"""Rows of a text table: a header line of periods, then lines of a label and bare numbers.

    MNI DATA TABLE: China Retail Sales By Category (Aug 2023)
    Aug Jul Jun May Apr Mar Jan-Feb Dec
    Home appliances -2.9 -5.5 4.5 0.1 4.7 -1.4 -1.9 -13.1
    Unless otherwise specified, every figure is a percentage change from a year earlier.

A bare number is a figure here only when every piece is resolved: the header gives each
column's period (months, month ranges, quarters, years; a year-less month is the latest one
ended by the published date; the columns run in time order), the label is a subject (alone, or
a category of the caption's subject when the caption says "By Category"), the row has one number
per column, and the unit is known: a percent sign, a measure word in the label ("Year-on-year",
"Month-on-month", "Year-to-date") or a note around the table, else a count indicator whose
cells are whole numbers ("Deliveries    87,071     72,056" under "2025 Q3    2025 Q2").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from econstats.core.codelist import load_indicators
from econstats.core.model import Document, Figure, Period, Sentence
from econstats.reader.context import document_area
from econstats.reader.period_labels import period_of
from econstats.reader.sentences import lines_of
from econstats.reader.subjects import find_subjects
from econstats.reader.table_headers import header_cells, periods
from econstats.reader.terms import Subject, Term

__all__ = ["TableCell", "claims_of", "document_cells", "table_cells"]

# two numbers apart by nothing but blanks or a pipe: no table without one (a cheap first test);
# a match starts only where a run of digits starts and takes the run whole (possessive), so a
# long run of digits is scanned once, not once per digit (issue 12: linear time)
NUMBERS_IN_A_ROW = re.compile(r"(?<![\d,.%])\d[\d,.%]*+[ \t|]+[-+−]?\d")


def document_cells(doc: Document, terms: Sequence[Term], companies) -> list[TableCell]:
    """The cells of the document's tables (none without two numbers apart by blanks only)."""
    if NUMBERS_IN_A_ROW.search(doc.text) is None:
        return []
    return list(table_cells(doc.text, doc.published_date, terms, bool(companies.mentions)))


def claims_of(doc: Document, cells: Sequence[TableCell], companies, homes: dict) -> list:
    """A parse.Claim per cell: an actual figure of the company named before it (in its home
    economy, the one of the currency it reports in) or of the document's place."""
    from econstats.reader.parsed import Claim  # parse reads the tables: imported when called

    area = document_area(doc.text, doc.language, doc.url)
    claims = []
    for cell in cells:
        company = companies.at(cell.figure.start)
        ref_area = homes.get(company, area) if company else area
        head = (cell.figure, cell.sentence, cell.subject, cell.period, cell.period_note)
        claims.append(Claim(*head, None, "actual", ref_area, None, company=company))
    return claims


@dataclass(frozen=True)
class TableCell:
    """One number of a table row, with the period of its column and the subject of its row."""

    sentence: Sentence  # the row's line
    figure: Figure
    subject: Subject
    period: Period
    period_note: str


# a table row is short: ROW's two lazy runs over a long line of words would take quadratic time
MAX_ROW_CHARS = 300
CELL = re.compile(r"[-+−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?")
# the row: a label with a letter and no digit, then the cells
ROW = re.compile(r"^\s*(?P<label>[^\d|]*?[^\W\d_][^\d|]*?)[\s|]+(?P<cells>[-+−\d][\d,.%\s|+−-]*)$")
MEASURES = (  # measure words in a row's label -> (measure, year to date)
    (re.compile(r"(?i)\b(?:year[- ]on[- ]year|y/y|yoy|y-o-y)\b"), "yoy_pct", False),
    (re.compile(r"(?i)\b(?:month[- ]on[- ]month|m/m|mom|m-o-m)\b"), "mom_pct", False),
    (re.compile(r"(?i)\b(?:quarter[- ]on[- ]quarter|q/q|qoq|q-o-q)\b"), "qoq_pct", False),
    (re.compile(r"(?i)\b(?:year[- ]to[- ]date|ytd)\b"), "yoy_pct", True),
)
# a caption or note making every figure of the table a change from a year earlier
YOY_NOTE = re.compile(
    r"(?i)\bpercentage changes? (?:from|on|over) (?:a|the) (?:year|same period)"
    r"|\bper ?cent(?:age)? changes? (?:from|on|over) a year (?:earlier|ago)"
    r"|\byear[- ]on[- ]year,? (?:%|per ?cent)|(?:%|per ?cent) (?:change )?y/y\b|\by/y,? %"
)
# a caption announcing rows that are categories of its subject ("Retail Sales By Category")
BY_CATEGORY = re.compile(
    r"(?i)\bby (?:categor(?:y|ies)|sectors?|products?|types?|industr(?:y|ies)|commodit(?:y|ies)"
    r"|regions?|segments?|components?)\b|分类|分類|分行业|分行業|分产品|分產品|分地区|分地區"
)
TOTAL = re.compile(r"(?i)^\s*(?:total|overall|all)\s*$")


def _label_measure(label: str) -> tuple[str, str | None, bool]:
    """The label without its measure word, the measure it names and whether year to date."""
    for pattern, measure, to_date in MEASURES:
        found = pattern.search(label)
        if found:
            rest = (label[: found.start()] + label[found.end() :]).strip(" ,:-–()")
            return rest, measure, to_date
    return label.strip(" ,:-–"), None, False


def _whole(text: str, terms: Sequence[Term], company: bool) -> Subject | None:
    """The subject when one term covers the whole text."""
    found = find_subjects(text, 0, terms, company)
    if len(found) == 1 and found[0].start == 0 and found[0].end == len(text):
        return found[0]
    return None


def _row_subject(label, caption, caption_text, categories, terms, company) -> Subject | None:
    """The label as a subject, or as a category of the caption's subject when the caption says
    its rows are categories ("By Category"); None otherwise."""
    if label and not TOTAL.match(label):
        own = _whole(label, terms, company)
        if own is not None:
            return own
    if caption is None:
        return None
    if not label or TOTAL.match(label):
        return caption
    if not categories:
        return None
    return _whole(f"{caption_text} of {label}", terms, company)


def _caption(
    lines: Sequence[tuple[str, int]], index: int, terms: Sequence[Term], company: bool
) -> tuple[Subject | None, str, str]:
    """The subject the caption names (the nearest of the four non-blank lines above the
    header), its text, and the caption lines' text (for a unit note)."""
    above = [text for text, _ in lines[max(0, index - 8) : index] if text.strip()][-4:]
    for text in reversed(above):
        found = find_subjects(text, 0, terms, company)
        if found:
            return found[0], text[found[0].start : found[0].end], " ".join(above)
    return None, "", " ".join(above)


def _figure(cell: str, start: int, unit: str, measure: str) -> Figure:
    text = cell.rstrip("%")
    value = Decimal(text.replace(",", "").replace("−", "-").lstrip("+"))
    decimals = len(text.split(".")[1]) if "." in text else 0
    kind = "percent" if unit == "percent" else "count"
    return Figure(start, start + len(cell), cell, value, unit, kind, decimals, measure=measure)


def table_cells(
    text: str, published: date | None, terms: Sequence[Term], company: bool = False
) -> Iterator[TableCell]:
    """The cells of every table of the text that resolve completely (module docstring)."""
    lines = [(line.text[line.start : line.end], line.start) for line in lines_of(text)]
    index = 0
    while index < len(lines):
        header = header_cells(lines[index][0]) if lines[index][0].strip() else None
        bounds = periods(header, published) if header else None
        if not bounds:
            index += 1
            continue
        rows = []
        end = index + 1
        while end < len(lines):
            line = lines[end][0]
            found = ROW.match(line) if len(line) <= MAX_ROW_CHARS else None
            cells = list(CELL.finditer(found["cells"])) if found else []
            if not found or len(cells) != len(bounds):
                break
            if "".join(c.group() for c in cells) != re.sub(r"[\s|]", "", found["cells"]):
                break
            rows.append((end, found, cells))
            end += 1
        note = next((t for t, _ in lines[end : end + 3] if t.strip()), "")
        subject, caption_text, above = _caption(lines, index, terms, company)
        caption = (subject, caption_text, BY_CATEGORY.search(above) is not None)
        yoy_note = bool(YOY_NOTE.search(above) or YOY_NOTE.search(note))
        for at, found, cells in rows:
            yield from _row(lines[at], found, cells, bounds, caption, yoy_note, terms, company)
        index = end if rows else index + 1


def _row(line, found, cells, bounds, caption, yoy_note, terms, company) -> Iterator[TableCell]:
    """The cells of one row, or none when its subject or unit is not resolved."""
    text, start = line
    label, measure, to_date = _label_measure(found["label"])
    subject = _row_subject(label, *caption, terms, company)
    if subject is None:
        return
    percent = any(c.group().endswith("%") for c in cells)
    if measure is None and yoy_note:
        measure = "yoy_pct"
    if measure is not None or percent:
        unit, measure = "percent", measure or "share_pct"
        if measure == "share_pct" and "share_pct" not in subject.term.measures:
            return
    else:
        kind = load_indicators()[subject.term.indicator].unit_kind
        if kind != "count" or any(not c.group().replace(",", "").isdigit() for c in cells):
            return
        unit, measure = "count", "level"
    label_start = start + found.start("label") + found["label"].find(label or found["label"])
    label_end = label_start + len(label or found["label"])
    sentence = Sentence(start, start + len(text), text)
    subject = Subject(label_start, label_end, subject.term, None, None, None, subject.breakdown)
    cells_at = start + found.start("cells")
    for cell, (first, last) in zip(cells, bounds, strict=True):
        if to_date:
            first = date(first.year, 1, 1)
        period = period_of(first, last)
        figure = _figure(cell.group(), cells_at + cell.start(), unit, measure)
        yield TableCell(sentence, figure, subject, period, "stated: the table's column")
