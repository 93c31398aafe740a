"""What a sentence says around its figures: places (ref_area) and credited agencies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from econstats.lexicon import alternation, key, load_vocab
from econstats.subjects import countries


@cache
def country_regex() -> re.Pattern[str]:
    """Any country name or adjective of vocab/countries.csv."""
    return re.compile(alternation(countries()))


@cache
def agency_table() -> dict[str, dict[str, str]]:
    """key(phrase) -> agency row (name, iso2)."""
    rows = load_vocab("agencies", ("phrase", "name"))
    return {key(row["phrase"]): row for row in rows}


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
    for match in country_regex().finditer(text):
        if outside(match.start() + offset, match.end() + offset, spans):
            return countries()[key(match.group())]
    return None


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
