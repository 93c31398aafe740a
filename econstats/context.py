"""What a sentence says around its figures: places (ref_area) and credited agencies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from econstats.lexicon import alternation, key, load_vocab, lookup
from econstats.prefilter import may_match, text_of
from econstats.subjects import countries


@cache
def country_regex() -> re.Pattern[str]:
    """Any country name or adjective of vocab/countries.csv."""
    # "U.S. dollars", "Hong Kong dollars", "Singapore dollars" name a currency, not a place
    return re.compile(alternation(countries()) + r"(?!['’]?\s*(?:dollars?|\$))")


@cache
def agency_table() -> dict[str, dict[str, str]]:
    """key(phrase) -> agency row (name, iso2)."""
    rows = load_vocab("agencies", ("phrase", "name"))
    return lookup(rows, "phrase")


@cache
def agency_regex() -> re.Pattern[str]:
    """Any agency phrase of vocab/agencies.csv."""
    return re.compile(alternation(agency_table()))


def outside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps none of the spans."""
    return all(end <= low or start >= high for low, high in spans)


def country_in(text: str, offset: int, spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """ISO code of the first country named in the text outside the given document spans.

    >>> country_in("worth 5 US dollars in the US", 0, [(6, 18)])
    'US'
    >>> country_in("China's fiscal revenue", 0), country_in("the country's revenue", 0)
    ('CN', None)
    """
    if not may_match(country_regex(), text_of(text)):  # prefilter (issue 7): no country word
        return None
    for match in country_regex().finditer(text):
        if outside(match.start() + offset, match.end() + offset, spans):
            return countries()[key(match.group())]
    return None


@cache
def language_areas() -> dict[str, str]:
    """key(language) -> the ref_area a document in it reports when it names no place."""
    rows = load_vocab("languages", ("language", "ref_area"))
    return {key(row["language"]): row["ref_area"] for row in rows}


def language_of(text: str, declared: str | None) -> str | None:
    """The declared language, else "zh" when most letters are CJK ideographs.

    >>> language_of("社会消费品零售总额增长3.4%", None), language_of("Retail sales rose", None)
    ('zh', None)
    """
    if declared:
        return declared
    sample = [char for char in text[:5000] if char.isalpha()]
    cjk = sum(1 for char in sample if "\u4e00" <= char <= "\u9fff")
    return "zh" if sample and cjk * 2 > len(sample) else None


@lru_cache(maxsize=4)
def document_area(text: str, declared_language: str | None) -> str | None:
    """The place a document reports when a sentence and its story name none: the first country
    or crediting agency named anywhere in it, else its language's default (vocab/languages.csv)."""
    found = country_in(text, 0)
    if found:
        return found
    agency = agency_in(text)
    if agency and agency[1]:
        return agency[1]
    language = language_of(text, declared_language)
    return language_areas().get(key(language)) if language else None


def agency_in(text: str) -> tuple[str, str | None] | None:
    """(agency name, its country) of the first agency the text credits, or None.

    >>> agency_in("according to data from the National Bureau of Statistics (NBS)")
    ('National Bureau of Statistics', 'CN')
    """
    match = agency_regex().search(text)
    if not match:
        return None
    row = agency_table()[key(match.group())]
    return row["name"], row.get("iso2") or None
