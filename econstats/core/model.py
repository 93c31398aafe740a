"""Frozen records that flow through the build: documents, sentences, figures, rows, rejections."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class Document:
    """One decoded input document and what the catalog says of it."""

    doc_id: str
    path: str
    text: str
    sha256: str
    published_date: date | None = None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Skipped:
    """An input file that was not used, and why (reason is a kebab-case code)."""

    path: str
    reason: str
    note: str = ""


@dataclass(frozen=True)
class Period:
    """A resolved reference period: SDMX label and inclusive first/last day."""

    label: str
    start: date
    end: date
    # the year came from the published date ("this year", "in October" with no year anywhere)
    anchored: bool = field(default=False, compare=False, repr=False)


@dataclass(frozen=True)
class Sentence:
    """A sentence with its offsets in the document; story counts headline-separated stories."""

    start: int
    end: int
    text: str
    story: int = 0
    paragraph: int = 0


@dataclass(frozen=True)
class Figure:
    """A stated quantity in canonical units, before any topic claims it.

    `value` is signed (a fall is negative) and already in the canonical unit (`unit`).
    `start`/`end` are document offsets of `value_text`.
    """

    start: int
    end: int
    value_text: str
    value: Decimal
    unit: str
    unit_kind: str  # money | percent | count | physical
    decimals: int
    qualifier: str = "exact"
    measure: str = "level"
    base_year_offset: int | None = None  # "same period last year" -> -1
    base_year: int | None = None  # "same period in 2019" -> 2019
    restates: int | None = None  # index (within the sentence) of the figure this one restates
    base: object | None = None  # a concrete base period mention ("compared with the 2019 holiday")
    reading: str = ""  # a percent level written as a rate: "growth" ("growth slowed to 3.8%") or
    # "share" ("the share rose to 13.7%", "87.2% of GDP"); the indicator decides (extract.as_rate)
    prior: str = ""  # an earlier value ("up from 400 million"): "value"; an expected one ("below a
    # prediction of 3.8 percent"): "expected"; a release's previous reading ("expected +5.0%, prior
    # +6.8%"): "release"; econstats.reader.parse gives it its own period or status
    assumed: bool = (
        False  # a change with no comparison said: year on year by default (quarter_rates)
    )


@dataclass(frozen=True)
class Rejection:
    """A figure that cannot be published, with a kebab-case reason code and a note."""

    reason: str
    note: str
    doc_id: str = ""
    char_start: int | None = None
    char_end: int | None = None
    value_text: str = ""
    indicator: str | None = None
    extractor: str | None = None


@dataclass(frozen=True)
class Candidate:
    """A figure claimed by an extractor, with everything needed to become a row."""

    topic: str
    indicator: str
    extractor: str
    figure: Figure
    sentence: Sentence
    period: Period
    status: str = "actual"
    ref_area: str = "CN"
    entity: str | None = None
    counterpart_area: str | None = None
    base_period: Period | None = None
    data_source: str | None = None
    restates: Candidate | None = field(default=None, compare=False)
    subject: str = ""  # the subject phrase as written in the document
    breakdown: str | None = None  # the category within the indicator, lower-case English
