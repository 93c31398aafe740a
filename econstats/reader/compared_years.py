"""'Last year' said of a value compared with a figure of part of a year is that part a year
before: in 'an interim dividend of HK$6, up from HK$4.36 last year' the HK$4.36 is last year's
interim dividend (the first half of 2024), and in '海外收入佔比由去年的22.8%增至40.3%' (of the
first half) the 22.8% is the first half of last year's. Before, each was read as the whole of
last year, a period of no such figure. Only an earlier value ('up from', '由…增至') whose period
is a bare relative year (vocab/relative_years.csv: 'last year', '去年', '上年'), beside a figure
of the same indicator and breakdown in its sentence whose period is a part of the year after,
takes that part a year before; a period written in full ('in 2024') or a whole year stays."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.reader.claim_changes import changed_claims
from econstats.reader.earlier_values import months_before
from econstats.reader.lexicon import key, load_vocab

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim

STATED = re.compile(r"stated(?: in the sentence)?: '(?P<phrase>[^']+)'")
ZH_EARLIER = re.compile(r"(?:由|从|從)\s*+$")  # '由去年的22.8%': an earlier value


@cache
def last_years() -> frozenset[str]:
    """Bare relative years one year back (vocab/relative_years.csv, offset -1, any scope)."""
    rows = load_vocab("relative_years", ("phrase", "year_offset", "scope"))
    return frozenset(
        key(row["phrase"]) for row in rows if row["year_offset"] == "-1" and row["scope"] == "any"
    )


def series(claim: Claim) -> tuple:
    subject = claim.subject
    return (subject.term.indicator, subject.breakdown or subject.term.breakdown, subject.entity)


def earlier(claim: Claim) -> bool:
    """Whether the claim is an earlier value whose period is a bare 'last year'."""
    found = STATED.match(claim.period_note or "")
    if found is None or key(found.group("phrase")) not in last_years():
        return False
    if claim.figure.prior == "value":
        return True
    sentence = claim.sentence
    head = sentence.text[: claim.figure.start - sentence.start]
    phrase = found.group("phrase")
    at = head.rfind(phrase)
    return (
        at > 0
        and bool(ZH_EARLIER.search(head, 0, at))
        and head[at + len(phrase) :].strip()
        in (
            "的",
            "",
        )
    )


def with_compared_years(claims: Iterable[Claim]) -> list[Claim]:
    """The claims, each earlier value of a bare 'last year' moved to the part of that year its
    figure is compared with (see the module)."""
    claims = list(claims)
    by_sentence: dict[int, list[Claim]] = {}  # indexed once: no scan of the document per claim
    for claim in claims:
        by_sentence.setdefault(id(claim.sentence), []).append(claim)

    def moved_back(claim: Claim) -> Claim:
        period = claim.period
        if period is not None and period.label.isdigit() and earlier(claim):
            part = next(
                (
                    other.period
                    for other in by_sentence[id(claim.sentence)]
                    if other is not claim
                    and other.period is not None
                    and other.period.start.year == period.start.year + 1
                    and not other.period.label.isdigit()
                    and series(other) == series(claim)
                ),
                None,
            )
            moved = months_before(part, 12) if part is not None else None
            if moved is not None:
                note = f"{claim.period_note}; the part of last year compared with"
                return replace(claim, period=moved, period_note=note)
        return claim

    return changed_claims(claims, moved_back)
