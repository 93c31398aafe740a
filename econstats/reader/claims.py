"""What every topic extractor shares: its terms, and claims -> Candidates or Rejections.

An extractor knows its subject phrases (a *.terms.csv beside it) and nothing else; numbers,
units, signs, periods and places come from the shared parser (econstats.reader.parse).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from econstats.core.codelist import load_indicators
from econstats.core.model import Candidate, Rejection
from econstats.reader.balance_words import on_balance_side
from econstats.reader.carried_steps import carried_steps
from econstats.reader.column_periods import column_cells, in_column
from econstats.reader.contribution_bases import contribution_bases
from econstats.reader.entities import canonical
from econstats.reader.entities import full_names as full_names_of
from econstats.reader.expectations import expected_after
from econstats.reader.expected_before import expected_before
from econstats.reader.figure_bases import figure_basis
from econstats.reader.labelled_rates import labelled_rates
from econstats.reader.level_signs import signed_level
from econstats.reader.parsed import Claim, ParsedDocument
from econstats.reader.periods import after_publication
from econstats.reader.plan_shares import plan_share
from econstats.reader.pp_bases import pp_bases
from econstats.reader.prior_bases import prior_bases
from econstats.reader.prior_relatives import relative_priors
from econstats.reader.prior_units import prior_units
from econstats.reader.rate_changes import (
    allows,
    annualised,
    on_own_period,
    printed_plus,
    rate_direction,
    rate_term,
)
from econstats.reader.rate_points import rate_points
from econstats.reader.span_changes import span_changes
from econstats.reader.span_prices import over_span
from econstats.reader.stocks import as_stock
from econstats.reader.subjects import load_terms
from econstats.reader.terms import Term
from econstats.reader.to_date import to_date
from econstats.reader.unit_terms import ByUnit

__all__ = ["Term", "load_topic_terms", "candidates"]


def load_topic_terms(module_file: str) -> tuple[Term, ...]:
    """The terms file beside an extractor module, checked against the codelist."""
    return load_terms(module_file, load_indicators())


def problem(
    claim: Claim, entity: str | None, needs_entity: bool, published: date | None = None
) -> tuple[str, str] | None:
    """(reason, note) when the claim cannot become a row, else None."""
    figure, term = claim.figure, claim.subject.term
    kind = load_indicators()[term.indicator].unit_kind
    if not allows(term, figure.measure):
        return "measure-not-allowed", f"{figure.measure} is not a measure of {term.indicator}"
    if annualised(figure, claim.sentence):
        return "annualised-rate", "an annualised rate is no measure of the schema"
    if figure.measure in ("level", "abs_change") and figure.unit_kind != kind:
        return "unit-mismatch", f"a {figure.unit_kind} figure for {kind} indicator {term.indicator}"
    if claim.period is None:
        return "period-unresolved", claim.period_note
    late = after_publication(claim.period, claim.status, published)
    if late is not None:
        return "period-after-publication", late
    if figure.measure == "pct_change" and claim.base_period is None:
        return "base-period-unresolved", "a change against a base period that cannot be resolved"
    if claim.ref_area is None:
        return "ref-area-unresolved", "no country named in the sentence or its story"
    if needs_entity and not entity:
        return "entity-missing", f"{term.indicator} needs the company it is about"
    return None


def candidates(
    parsed: ParsedDocument,
    topic: str,
    extractor: str,
    full_names: bool = False,
    needs_entity: bool = False,
) -> Iterator[Candidate | Rejection]:
    """A Candidate per claim of the topic that can be published, else a Rejection.

    `full_names`: a short name ("Kling's revenue") becomes the full name the document uses
    ("Kling AI"); `needs_entity`: a claim naming no entity is rejected.
    """
    made: dict[int, Candidate] = {}
    claims = span_changes(parsed.claims_for(topic))  # "由2018年的7000元跌至去年的5000元,跌28.6%"
    claims = prior_bases(claims)  # "down 19.22 percent from a record 683,440 units in Q4"
    claims = list(pp_bases(contribution_bases(claims)))  # "环比上升0.22pct": quarter on quarter
    claims = list(labelled_rates(claims))  # "Fixed asset investment y/y +4.2%" "• expected 3.2%"
    claims = list(prior_units(claims))  # "rose to 62.64 million ounces from 62.45 million"
    claims = list(carried_steps(relative_priors(claims)))  # "than the 2.4 percent seen last month"
    names: dict[str, str] = {}
    if full_names:  # every short name looked up in one pass over the document (issue 12)
        shorts = (claim.subject.entity for claim in claims if claim.subject.entity)
        names = full_names_of(shorts, parsed.doc.text)
    columns = column_cells(parsed.doc) if claims else ((), ())  # "去年上半年" columns
    by_unit = ByUnit()  # a rate right after an amount read by its unit follows it
    for claim in claims:
        read = id(claim)  # the parsed claim, which a conversion's `restates` points at
        claim = in_column(claim, columns)
        claim = rate_direction(
            on_own_period(
                as_rate(
                    as_index(
                        as_ratio(
                            rate_term(
                                printed_plus(
                                    plan_share(expected_after(figure_basis(by_unit(claim))))
                                )
                            )
                        )
                    )
                )
            )
        )
        claim = as_stock(as_change(claim), parsed.doc.text, parsed.doc.published_date)
        claim = rate_points(to_date(claim))  # "that growth rate was 0.6 percent higher than"
        claim = over_span(claim)  # "soymeal down almost 20% during May": from its start
        claim = expected_before(claim)  # "比市場預期的跌12.5%更差": a forecast
        claim = on_balance_side(claim, parsed.doc.text)  # "the gap swung to a surplus of"
        entity = claim.subject.entity
        if entity:
            entity = names.get(entity, entity)
        elif needs_entity:  # "Total revenues were ...": the company the document names
            entity = claim.company
        if entity and needs_entity:
            entity = canonical(entity)  # one name across languages ("騰訊" -> "Tencent")
        found = problem(claim, entity, needs_entity, parsed.doc.published_date)
        original = made.get(id(claim.restates)) if claim.restates is not None else None
        if found is None and claim.restates is not None and original is None:
            found = ("conversion-orphan", "the figure it restates was rejected")
        if found is not None:
            yield rejection(parsed, claim, extractor, *found)
            continue
        figure = claim.figure
        if claim.subject.term.sign < 0:
            figure = replace(figure, value=-figure.value)
        term = claim.subject.term  # "to negative RMB14.84 billion", "to a loss of": below zero
        before = parsed.doc.text[max(0, figure.start - 40) : figure.start]
        figure = signed_level(figure, before, term.sign, term.indicator, original)
        candidate = Candidate(
            topic=topic,
            indicator=claim.subject.term.indicator,
            extractor=extractor,
            figure=figure,
            sentence=claim.sentence,
            period=claim.period,
            status=claim.status,
            ref_area=claim.ref_area,
            entity=entity,
            counterpart_area=claim.subject.partner,
            base_period=claim.base_period,
            data_source=claim.data_source,
            restates=original,
            subject=parsed.doc.text[claim.subject.start : claim.subject.end],
            breakdown=claim.subject.breakdown or claim.subject.term.breakdown,
        )
        made[read] = candidate
        yield candidate


def as_ratio(claim: Claim) -> Claim:
    """A percent level of a ratio indicator (one whose measures have share_pct, not level) is
    its share: "the deficit ratio at around 4%" is a deficit-to-GDP share of 4 percent."""
    figure, measures = claim.figure, claim.subject.term.measures
    if figure.measure != "level" or figure.unit_kind != "percent" or "level" in measures:
        return claim
    if "share_pct" not in measures:
        return claim
    return replace(claim, figure=replace(figure, measure="share_pct"))


READINGS = {"growth": ("yoy_pct", 1), "fall": ("yoy_pct", -1), "share": ("share_pct", 1)}


def as_rate(claim: Claim) -> Claim:
    """A percent level of an indicator that is no percent (money, count, physical) read as the
    rate its words make it (measures.with_reading): "fiscal revenue growth slowed to 3.8%" is a
    3.8 percent growth of fiscal revenue, "MOLLY accounted for 9.8% of revenue" and "net debt
    equivalent to 87.2% of GDP" are shares. No reading, or a measure the indicator does not
    have: the figure stays a level (and is rejected as unit-mismatch)."""
    figure, term = claim.figure, claim.subject.term
    if figure.measure != "level" or figure.unit_kind != "percent" or not figure.reading:
        return claim
    if load_indicators()[term.indicator].unit_kind == "percent":
        return claim
    measure, sign = READINGS[figure.reading]
    if not allows(term, measure):
        return claim
    value = -abs(figure.value) if sign < 0 else figure.value
    return replace(claim, figure=replace(figure, measure=measure, value=value))


def as_change(claim: Claim) -> Claim:
    """An amount of a term that names a change and has no level ("净投放现金", "人民币贷款增加":
    measures abs_change, no level) is that change: "上半年净投放现金4292亿元" is a net injection
    of 429.2 billion yuan (before, a level the term does not have, and rejected)."""
    figure, measures = claim.figure, claim.subject.term.measures
    if figure.measure != "level" or figure.unit_kind == "percent" or "level" in measures:
        return claim
    if "abs_change" not in measures:
        return claim
    return replace(claim, figure=replace(figure, measure="abs_change"))


def as_index(claim: Claim) -> Claim:
    """A percent level of an index indicator is its level in points: the statistics office's
    "制造业采购经理指数（PMI）为49.8%" is a PMI of 49.8 (unit index)."""
    figure = claim.figure
    if figure.measure != "level" or figure.unit_kind != "percent":
        return claim
    if load_indicators()[claim.subject.term.indicator].unit_kind != "index":
        return claim
    return replace(claim, figure=replace(figure, unit="index", unit_kind="index"))


def rejection(
    parsed: ParsedDocument, claim: Claim, extractor: str, reason: str, note: str
) -> Rejection:
    """A Rejection of the claim's figure."""
    return Rejection(
        reason=reason,
        note=note,
        doc_id=parsed.doc.doc_id,
        char_start=claim.figure.start,
        char_end=claim.figure.end,
        value_text=claim.figure.value_text,
        indicator=claim.subject.term.indicator,
        extractor=extractor,
    )
