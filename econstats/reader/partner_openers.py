"""A sentence that opens with its partner ('With the European Union, Japan posted a trade
deficit of 91.38 billion yen') states the partner of its trade figures that name none: the
deficit with the EU, another series than the total deficit (before, the repeats rule dropped it
as the total again). The partner must be a country or union of vocab/countries.csv; a world region of
vocab/regions.csv ('With Asia as a whole, China included, Japan ran a deficit') is no country
and gives the figures its name as their breakdown instead; any other phrase gives nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.reader.lexicon import key
from econstats.reader.terms import Subject, countries, regions

OPENER = re.compile(r"^\W*(?:With|with|Against|against)\s+(?P<partner>[^,;:.]{2,40}?)\s*,")
WHOLE = re.compile(r"\s+as\s+a\s+whole$")
TOPICS = ("trade",)  # partners are those of trade: a figure of another topic takes none


def opening_region(text: str) -> str | None:
    """The breakdown name of the world region a sentence opens with ('With Asia as a whole,').

    >>> opening_region("With Asia as a whole, China included, Japan ran a trade deficit")
    'asia'
    >>> opening_region("With the European Union, Japan posted a deficit")
    >>> opening_region("With Christmas approaching, exports rose")
    """
    found = OPENER.match(text)
    if found is None:
        return None
    return regions().get(key(WHOLE.sub("", found.group("partner"))))


def opening_partner(text: str) -> str | None:
    """The ISO code of the partner a sentence opens with, or None.

    >>> opening_partner("With the European Union, Japan posted a trade deficit")
    'EU'
    >>> opening_partner("With Asia as a whole, China included, Japan ran a deficit")
    >>> opening_partner("With prices rising, exports fell 3%")
    """
    found = OPENER.match(text)
    if found is None:
        return None
    name = key(found.group("partner"))
    return countries().get(name) or countries().get(name.removeprefix("the "))


def with_partner(text: str, subjects: Sequence[Subject]) -> list[Subject]:
    """`subjects` of the sentence `text`, its trade subjects with no partner given the partner
    the sentence opens with."""
    partner = opening_partner(text)
    if partner is None:
        region = opening_region(text)
        if region is None:
            return list(subjects)
        return [
            replace(s, breakdown=region)
            if s.partner is None and s.breakdown is None and s.term.topic in TOPICS
            else s
            for s in subjects
        ]
    return [
        replace(s, partner=partner)
        if s.partner is None and s.term.topic in TOPICS and s.area != partner
        else s
        for s in subjects
    ]
