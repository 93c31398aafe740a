"""A part's figure in an "of which" sentence takes the period of its whole: "截至8月底，商品房待售
面積…比7月底減少317萬平方米。其中，住宅待售面積減少307萬平方米。" The residential floor area (a part
of the floor area awaiting sale: its code's part_of in schema/indicators.csv) changed over the
same stretch as the whole in the sentence before, not over the story's "1至8月份". Only a figure
whose own sentence opens with "其中"/"of which" and states no period (its period was carried from
the story), and only when the whole's figure of the same measure stands in the sentence right
before it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.core.codelist import load_indicators
from econstats.reader.claim_changes import with_changed
from econstats.reader.figure_periods import PART_OPENING
from econstats.reader.stocks import as_stock

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim, ParsedDocument

CARRIED = "carried"  # the period note of a period carried from the story


def whole_of(code: str) -> str | None:
    """The code a part's code is part of ("macro.property.floor_area_for_sale#use" -> its
    code), or None."""
    indicator = load_indicators().get(code)
    part_of = indicator.part_of if indicator is not None else None
    return part_of.split("#")[0] if part_of else None


def with_part_periods(parsed: ParsedDocument) -> ParsedDocument:
    """The document's claims, a part's in an "of which" sentence with its whole's period."""
    text, published = parsed.doc.text, parsed.doc.published_date
    before: list[Claim] = []  # the claims of the sentence right before the current one
    current: list[Claim] = []

    def of_whole(claim: Claim) -> Claim:
        nonlocal before, current
        if current and claim.sentence.start != current[-1].sentence.start:
            before, current = current, []
        current.append(claim)
        if claim.period_note.startswith(CARRIED) and PART_OPENING.match(claim.sentence.text):
            whole = whole_of(claim.subject.term.indicator)
            match = next(
                (
                    c
                    for c in reversed(before)
                    if c.subject.term.indicator == whole
                    and c.figure.measure == claim.figure.measure
                ),
                None,
            )
            # the whole's period as its row has it ("比7月底減少": the month, stocks.since_base)
            period = as_stock(match, text, published).period if match is not None else None
            if period is not None and period != claim.period:
                note = f"the period of the whole it is a part of ({match.period_note})"
                return replace(claim, period=period, period_note=note)
        return claim

    return with_changed(parsed, of_whole)
