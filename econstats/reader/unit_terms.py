"""One phrase, an indicator per kind of unit: a terms file may list a phrase twice, for indicators
of different unit kinds ("销量" of a carmaker is vehicles, a count; of a distiller, tonnes, a
physical quantity; "回购" is the money spent or the shares bought back; "the deficit-to-GDP ratio ... 230 billion yuan
more than last year" is the deficit's money, "the fiscal deficit target ... 2.6 percent of GDP"
the ratio). The subject found in the text is the first row's; a level or a change in units of
the other kind is the other row's."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.core.codelist import load_indicators

if TYPE_CHECKING:  # no import cycle at run time: parse imports subjects
    from econstats.reader.parsed import Claim
    from econstats.reader.terms import Term

_SIBLINGS: dict[tuple[str, str], list[Term]] = {}


def register(terms: Iterable[Term]) -> None:
    """Index a topic's terms by phrase (subjects.load_terms calls it for every terms file)."""
    for term in terms:
        same = _SIBLINGS.setdefault((term.topic, term.phrase), [])
        if all(other.indicator != term.indicator for other in same):
            same.append(term)


def by_unit(claim: Claim) -> Claim:
    """The claim with the term of its phrase whose indicator has the figure's unit kind, when the
    term found has another kind and a sibling row has it; else the claim as it is."""
    figure, term = claim.figure, claim.subject.term
    if figure.measure not in ("level", "abs_change"):
        return claim
    if figure.reading in ("growth", "fall"):  # "deficit growth slowed to 3%": a rate (as_rate)
        return claim
    kinds = load_indicators()
    if kinds[term.indicator].unit_kind == figure.unit_kind:
        return claim
    for other in _SIBLINGS.get((term.topic, term.phrase), ()):
        if kinds[other.indicator].unit_kind == figure.unit_kind:
            return replace(claim, subject=replace(claim.subject, term=other))
    return claim


class ByUnit:
    """by_unit over a topic's claims in text order, where a rate right after an amount whose term
    the unit changed follows it: "Domestic tourists made 5.62 billion trips and spent 5.75
    trillion yuan, up 17.1 percent": the 17.1 percent is the spending's, not the trips'. Money
    only: a physical amount ("销量3.63万吨，增长5.68%") keeps the rate on the term's own reading."""

    def __init__(self) -> None:
        self.changed: tuple[Claim, Claim] | None = None  # (as found, as read) of the last claim

    def __call__(self, claim: Claim) -> Claim:
        read = by_unit(claim)
        before, self.changed = self.changed, (claim, read) if read is not claim else None
        if (
            before is None
            or claim.figure.unit_kind != "percent"
            or claim.figure.restates is not None
        ):
            return read
        if claim.figure.measure not in ("yoy_pct", "pct_change", "mom_pct", "qoq_pct"):
            return read
        found, changed = before
        if claim.subject != found.subject:  # the same phrase, at the same place, the same term
            return read
        if changed.figure.unit_kind != "money":  # "sales of 3.63万吨, up 5.68%": the count's own
            return read
        return replace(claim, subject=changed.subject)
