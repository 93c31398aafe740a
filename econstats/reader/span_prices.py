"""A price's change over the span its sentence states: "praseodymium-neodymium alloy prices jumped
by nearly 4% from late March to 454,000 yuan a ton by the end of May", "spot soymeal ... down
almost 20% during May to 3,670 yuan a tonne". A commodity's price (a term with a change against a
base, pct_change, and no year-on-year rate) that rose or fell over its period, with no
year-on-year words of its own, changed from its level when the period began: pct_change, its base
the day before the period (a period of one day, "by the end of May", is none). Before, the change word made it a year-on-year rate, which the term
does not have, and it was rejected."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from econstats.reader.cues import find_comparison
from econstats.reader.parsed import Claim
from econstats.reader.period_labels import period_of

SEGMENT = re.compile(r"[,，;；。]")
REACH = 60  # characters of the figure's segment read on each side for a comparison


def over_span(claim: Claim) -> Claim:
    """A commodity price's change with no comparison of its own as its change over its period
    (see the module); any other claim as it is."""
    figure, term = claim.figure, claim.subject.term
    if figure.measure != "yoy_pct" or "yoy_pct" in term.measures:
        return claim
    if "pct_change" not in term.measures or claim.period is None or claim.base_period:
        return claim
    if claim.period.start == claim.period.end:
        return claim  # "by the end of May": a day is no span the price changed over
    text, at = claim.sentence.text, claim.sentence.start
    before = SEGMENT.split(text[max(0, figure.start - at - REACH) : figure.start - at])[-1]
    after = SEGMENT.split(text[figure.end - at : figure.end - at + REACH])[0]
    comparison = find_comparison(before + " " + after)
    if comparison is not None and comparison[0] != "pct_change":
        return claim  # "up 20% year on year": a rate the term has not (rejected)
    day = claim.period.start - timedelta(days=1)
    return replace(
        claim, figure=replace(figure, measure="pct_change"), base_period=period_of(day, day)
    )
