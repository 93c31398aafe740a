"""Bare numbers that are figures because the sentence names what they count or measure.

A number is a figure only with a unit (econstats.reader.figures), with two exceptions read here, each
only in a sentence that names such an indicator:
- an index (a PMI): "the PMI came in at 49.8" -- a level of one to three digits and decimals;
- a head count printed without a noun (vocab/bare_counts.csv: nonfarm payrolls): "nonfarm
  payrolls increased by 130,000 in August" -- a number grouped in thousands ("130,000", not
  "130" or "2019"), not glued to a currency, a percent sign or a letter, and followed by no
  noun of its own ("sampled 1,200 households": counts of something else).
Elsewhere a bare number (a year, an age, a city's population, a sample size) is no figure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from econstats.reader.figures import RawFigure, find_index_levels
from econstats.reader.lexicon import load_vocab
from econstats.reader.numbers import parse_number
from econstats.reader.subjects import find_subjects, index_terms
from econstats.reader.terms import Term
from econstats.reader.word_figures import find_word_figures

# the words that may follow a bare count: a period, a comparison or the next clause; any other
# word is what the number counts, and only the sentence's indicator says that ("the survey
# sampled 1,200 households", "25,000 temporary workers": no payroll change)
NEXT_WORDS = (
    r"(?i:in|from|to|after|and|or|but|while|last|this|the|a|an|on|for|compared|versus|vs|since"
    r"|as|over|during|than|at|with|jobs|positions|year|month|a-month|per|each"
    r"|gain|gains|increase|rise|drop|decline|loss|new)"  # "a revised 159,000 gain in July"
)
# a number grouped in thousands, with its printed sign ("+24,000", "-6,000", "−6,000"); not
# after a letter, a digit, a currency sign or a point, not before a digit, a percent or a glued
# letter ("25,000 temporary workers" is a count: the sentence names what it counts)
BARE_COUNT = re.compile(
    r"(?<![\w$€£¥.,])(?P<minus>[-\u2212])?(?<![\w$€£¥.,])\+?"
    r"(?P<number>\d{1,3}(?:,\d{3})+)(?![\d]|[.,]\d)(?![ \u00a0]?[%％])(?![A-Za-z])"
    rf"(?![ \u00a0]++(?!{NEXT_WORDS}(?![A-Za-z]))[A-Za-z])"
)


@cache
def bare_count_indicators() -> frozenset[str]:
    """The indicators whose counts news prints as bare numbers (vocab/bare_counts.csv)."""
    return frozenset(row["indicator"] for row in load_vocab("bare_counts", ("indicator",)))


@dataclass(frozen=True)
class BareTerms:
    """The terms whose sentences may hold bare figures: index terms, bare-count terms."""

    indexes: tuple[Term, ...]
    counts: tuple[Term, ...]


_BARE_TERMS: list[tuple[tuple[Term, ...], BareTerms]] = []  # kept for the last tuple of terms


def bare_terms(terms: tuple[Term, ...]) -> BareTerms:
    """The index and bare-count terms among `terms`, worked out once per tuple of terms (known
    by identity, as index_terms: hashing ~1,400 terms per document was slow)."""
    if _BARE_TERMS and _BARE_TERMS[0][0] is terms:
        return _BARE_TERMS[0][1]
    counted = bare_count_indicators()
    found = BareTerms(index_terms(terms), tuple(t for t in terms if t.indicator in counted))
    _BARE_TERMS[:] = [(terms, found)]
    return found


def find_bare_counts(text: str, offset: int, taken: Sequence[RawFigure]) -> list[RawFigure]:
    """Numbers grouped in thousands read as counts, outside the figures already found.

    >>> [(f.value, f.negative) for f in find_bare_counts("rose by 130,000, after -6,000", 0, [])]
    [(Decimal('130000'), False), (Decimal('-6000'), True)]
    >>> find_bare_counts("sampled 1,200 households, hiring 25,000 temporary workers", 0, [])
    []
    >>> find_bare_counts("$130,000, 2,019.5, 12,000%, 1,200km and 2019 or 130", 0, [])
    []
    """
    spans = [(f.start - offset, f.end - offset) for f in taken]
    counts = []
    for match in BARE_COUNT.finditer(text):
        if any(start < match.end() and match.start() < end for start, end in spans):
            continue
        value, decimals = parse_number(match.group("number")) or (0, 0)
        negative = match.group("minus") is not None
        start, end = match.span()
        figure = RawFigure(
            start + offset, end + offset, -value if negative else value, "count", "count",
            decimals, negative,
        )  # fmt: skip
        counts.append(figure)
    return counts


def with_bare_figures(
    text: str, offset: int, raws: list[RawFigure], bare: BareTerms
) -> list[RawFigure]:
    """The sentence's figures with its bare index levels and bare counts, and those written in
    number words ("five percent", "增长三成": word_figures), in text order."""
    found = raws + find_word_figures(text, offset, raws)
    if bare.indexes and find_subjects(text, 0, bare.indexes, True):  # "the PMI at 49.8"
        found += find_index_levels(text, offset, found)
    if bare.counts and find_subjects(text, 0, bare.counts, True):  # "payrolls rose 130,000"
        found += find_bare_counts(text, offset, found)
    return sorted(found, key=lambda raw: raw.start) if len(found) > len(raws) else raws
