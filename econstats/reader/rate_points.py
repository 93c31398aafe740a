"""A growth rate said to be some "percent" higher or lower than another is a change in
percentage points, loosely written: "a year-on-year increase of 11.5 percent; that growth rate
was 0.6 percent higher than in the January to October period" moves the rate by 0.6 points (a
pct_change of it, 0.6 percent of 11.5 percent, is what the words never mean). Only where a rate
noun is the subject right before the figure ("growth rate was", "the pace of growth is") and a
comparison right after it ("higher than", "slower than"); read in a window of the figure's own
words, never a scan of the sentence."""

from __future__ import annotations

import re
from dataclasses import replace

from econstats.reader.parsed import Claim

CHANGES = frozenset({"pct_change", "yoy_pct", "mom_pct", "qoq_pct"})
WINDOW = 48  # characters before the figure read for its rate noun and verb
RATE_BEFORE = re.compile(
    r"(?:growth|increase|expansion)\s+rate\s+(?:was|is|were|are|stood\s+at|came\s+in)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$"
    r"|(?:pace|rate)\s+of\s+(?:growth|increase|expansion)\s+(?:was|is|were|are)\s+"
    r"(?:(?:about|around|some|nearly|almost|roughly)\s+)?$",
    re.IGNORECASE,
)
COMPARED_AFTER = re.compile(r"\s*(?:higher|lower|faster|slower|above|below)\s+than\b", re.I)


def rate_points(claim: Claim) -> Claim:
    """The claim, its percent change made a pp_change where its words are a growth rate's
    comparison ("that growth rate was 0.6 percent higher than ..."; tests/test_rate_points)."""
    figure = claim.figure
    if figure.unit_kind != "percent" or figure.measure not in CHANGES:
        return claim
    text, offset = claim.sentence.text, claim.sentence.start
    at = figure.start - offset
    if not RATE_BEFORE.search(text, max(0, at - WINDOW), at):
        return claim
    if not COMPARED_AFTER.match(text, figure.end - offset):
        return claim
    return replace(claim, figure=replace(figure, measure="pp_change"))
