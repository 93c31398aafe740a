"""A comparison that opens its sentence, set off by a comma, holds for the sentence's changes
that name none of their own: "Month on month, the CPI dipped 0.3 percent" is a month-on-month
change (before, the default year-on-year reading made it a repeat of the year-on-year figure
of the sentence before); "环比看,食品价格下降0.6%" too. A figure whose own segment names its
comparison keeps it ("Month on month, prices fell 0.3 percent, and rose 2.2 percent year on
year")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.cues import find_comparison
from econstats.model import Figure

# the opening words before the first comma: a few words, no digit ("On a month-on-month basis,")
OPENING = re.compile(r"\s*(?P<words>[^,，;；\d]{2,40}?)\s*[,，]")
SEGMENT = re.compile(r"[,，;；]")
CHANGES = ("yoy_pct", "mom_pct", "qoq_pct")


def lead_comparison(text: str, offset: int, figures: Sequence[Figure]) -> list[Figure]:
    """The figures with the opening comparison's measure where they name none (`text` is the
    sentence, starting at document offset `offset`).

    >>> from decimal import Decimal
    >>> text = "Month on month, the CPI dipped 0.3 percent."
    >>> f = Figure(31, 42, "0.3 percent", Decimal("-0.3"), "percent", "percent", 1, measure="yoy_pct")
    >>> [g.measure for g in lead_comparison(text, 0, [f])]
    ['mom_pct']
    >>> [g.measure for g in lead_comparison("In November, the CPI dipped 0.3 percent.", 0, [f])]
    ['yoy_pct']
    """
    opening = OPENING.match(text)
    if opening is None or len(opening.group("words").split()) > 6:
        return list(figures)
    found = find_comparison(opening.group("words"))
    if found is None or found[0] not in CHANGES:
        return list(figures)
    out = []
    for figure in figures:
        start, end = figure.start - offset, figure.end - offset
        own = SEGMENT.split(text[:start])[-1] + " " + SEGMENT.split(text[end:])[0]
        if (
            start > opening.end()
            and figure.measure in CHANGES
            and figure.measure != found[0]
            and not figure.prior
            and find_comparison(own) is None
        ):
            figure = replace(figure, measure=found[0])
        out.append(figure)
    return out
