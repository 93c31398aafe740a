"""What a sentence says around its figures: places (ref_area) and credited agencies."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
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


class Countries:
    """The countries a text names outside some document spans (its figures), found as they are
    asked for and kept: each figure of a sentence asks in constant time, however many figures
    and countries the sentence holds (issue 12: a test of every span for every country, and a
    scan of the sentence for every figure, made long sentences quadratic).

    >>> found = Countries("worth 5 US dollars in the US and China", 0, [(6, 18)])
    >>> found.first(), found.first(outside=(22, 28))
    ('US', 'CN')
    """

    def __init__(self, text: str, offset: int, spans: Sequence[tuple[int, int]] = ()) -> None:
        self.offset = offset
        ordered = sorted(spans)
        self.lows = [low for low, _ in ordered]
        self.reach: list[int] = []  # the largest span end among the spans up to each one
        for _, high in ordered:
            self.reach.append(max(high, self.reach[-1]) if self.reach else high)
        self.kept: list[tuple[int, int, str]] = []  # (start, end, ISO code), document offsets
        self.matches = iter(())
        if may_match(country_regex(), text_of(text)):  # prefilter (issue 7): no country word
            self.matches = country_regex().finditer(text)

    def covered(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps one of the spans."""
        index = bisect_left(self.lows, end)  # the spans starting before `end`
        return index > 0 and self.reach[index - 1] > start

    def found(self) -> Iterator[tuple[int, int, str]]:
        """Every country named outside the spans, in text order."""
        yield from self.kept
        for match in self.matches:
            start, end = match.start() + self.offset, match.end() + self.offset
            if not self.covered(start, end):
                self.kept.append((start, end, countries()[key(match.group())]))
                yield self.kept[-1]

    def first(self, outside: tuple[int, int] | None = None) -> str | None:
        """ISO code of the first country outside the spans (and outside `outside`, a subject's
        span), or None."""
        for start, end, code in self.found():
            if outside is None or end <= outside[0] or start >= outside[1]:
                return code
        return None


def country_in(text: str, offset: int, spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """ISO code of the first country named in the text outside the given document spans.

    >>> country_in("worth 5 US dollars in the US", 0, [(6, 18)])
    'US'
    >>> country_in("China's fiscal revenue", 0), country_in("the country's revenue", 0)
    ('CN', None)
    """
    return Countries(text, offset, spans).first()


@cache
def currency_homes() -> dict[str, str]:
    """ISO 4217 code -> the economy a company reporting in it reports from (vocab/currency_homes.csv).

    >>> currency_homes()["CNY"], "USD" in currency_homes()
    ('CN', False)
    """
    rows = load_vocab("currency_homes", ("code", "ref_area"))
    return {row["code"]: row["ref_area"] for row in rows}


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
