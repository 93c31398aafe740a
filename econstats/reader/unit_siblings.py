"""A phrase whose money figure, in a company's results, is another topic's indicator: 'Vehicle
sales were RMB19,202.3 million' in a carmaker's report is its revenue from vehicle sales
(company.revenue, vehicles), while 'vehicle sales rose 5% to 2.8 million units' counts the
vehicles sold in the economy (macro.industry.vehicle_sales). A phrase is listed in one terms file
only, so the sibling across topics is declared by indicator (vocab/unit_siblings.csv): a level or
a change in units of the declared kind, claimed in a document that names a company, and whose
subject names no place or owner of its own ("China's vehicle sales"), becomes the sibling's claim,
with the company of the document. A figure of the indicator's own kind stays as it is."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.core.codelist import load_indicators
from econstats.reader.claim_changes import changed_claims
from econstats.reader.lexicon import key, load_vocab
from econstats.reader.terms import countries

if TYPE_CHECKING:  # no import cycle at run time: parse imports company_homes
    from econstats.reader.parsed import Claim


@cache
def siblings() -> dict[tuple[str, str], tuple[str, str]]:
    """(indicator, unit kind) -> (sibling indicator, breakdown), checked against the codelist."""
    codes = load_indicators()
    found = {}
    for row in load_vocab("unit_siblings", ("indicator", "unit_kind", "sibling")):
        sibling = codes[row["sibling"]]  # a KeyError names a code missing from the codelist
        if sibling.unit_kind != row["unit_kind"] or row["indicator"] not in codes:
            raise ValueError(f"unit_siblings.csv: bad row {row}")
        found[(row["indicator"], row["unit_kind"])] = (row["sibling"], row["breakdown"] or "")
    return found


# an economy's or an industry's own figure, not a company's: "China's vehicle sales", "全国汽车销量"
WHOLE_OWNER = re.compile(
    r"(?:(?P<owner>[A-Z][\w.]*+(?:\s++[A-Z][\w.]*+){0,2})['’]s|\b(?:country|nation|industry)['’]s"
    r"|\b(?:industry-wide|nationwide|national|overall|domestic)|全国|全國|我国|我國|中国|中國|国内|國內)"
    r"\s*+$"
)
LOOK_BACK = 40


def names_whole(claim: Claim) -> bool:
    """Whether the words right before the claim's subject make it an economy's or an industry's
    ("China's vehicle sales", "the industry's", "全国汽车销量")."""
    text, start = claim.sentence.text, claim.subject.start - claim.sentence.start
    found = WHOLE_OWNER.search(text, max(0, start - LOOK_BACK), start)
    if found is None:
        return False
    owner = found.group("owner")
    return owner is None or key(owner) in countries()


def as_sibling(claim: Claim, shared: frozenset[tuple[int, int]] = frozenset()) -> Claim:
    """The claim as its cross-topic sibling's (see the module), else as it is; a claim of a
    subject in `shared` (already a sibling's: "Vehicle sales were RMB19.2 billion, an increase of
    15.0%") whatever its unit."""
    figure, subject = claim.figure, claim.subject
    if claim.company is None:
        return claim
    kind = figure.unit_kind if figure.measure in ("level", "abs_change") else None
    found = siblings().get((subject.term.indicator, kind or ""))
    if found is None and (subject.start, subject.end) in shared:
        found = next((v for (code, _), v in siblings().items() if code == subject.term.indicator))
    if found is None or subject.area or subject.entity or subject.partner or names_whole(claim):
        return claim
    code, breakdown = found
    topic = code.split(".", 1)[0]
    term = replace(subject.term, topic=topic, indicator=code, context="entity", breakdown=None)
    own = subject.breakdown or subject.term.breakdown
    name = own if own and own != subject.term.breakdown else breakdown or None
    return replace(claim, subject=replace(subject, term=term, breakdown=name))


def with_siblings(claims: Iterable[Claim]) -> list[Claim]:
    """Each claim as its sibling's where one is declared (as_sibling); a conversion points at
    its original as changed ('(US$2,697.3 million)' restates the revenue, no longer the sales)."""
    claims = list(claims)
    shared = frozenset(
        (claim.subject.start, claim.subject.end)
        for claim in claims
        if as_sibling(claim) is not claim
    )
    return changed_claims(claims, lambda claim: as_sibling(claim, shared))
