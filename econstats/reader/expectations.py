"""An expectation written after its figure: "a steeper drop than the 6.1% decline predicted in a
Reuters poll", "above the 5% growth expected by analysts", "the 0.4% rise forecast by economists
polled by Reuters". The participle that follows the figure's own noun makes it a forecast of the
same period (status forecast), so it is not a repeat of the actual figure beside it; its sign is
its own noun's ("fell short of the 5.6 percent growth forecast": +5.6). A figure
written "as expected" or compared with one ("3.4%, more than expected") stays actual: the words
between the figure and the participle are its noun only ("decline", "rise", "growth")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.core.model import Figure
from econstats.reader.cues import sign_after
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.parsed import Claim

# the figure's own stretch after it: to the next clause mark
AFTER_END = re.compile(r"[,，;；。:()（）]")
# words that make the participle not the figure's: "rose 3.4% as expected", "3% than forecast"
NOT_OWN = re.compile(r"\b(?:as|than|and|or|but|while|with)\b|\d", re.IGNORECASE)
NOUN_WORDS = 3  # "the 6.1% year-on-year decline predicted": the noun of the figure, at most


@cache
def participles() -> re.Pattern[str]:
    """Any phrase of vocab/expected_after.csv."""
    rows = load_vocab("expected_after", ("phrase",))
    return re.compile(alternation(row["phrase"] for row in rows), re.IGNORECASE)


def expected_after(claim: Claim) -> Claim:
    """The claim as a forecast when an expectation's participle follows its figure's noun.

    The figure must be an actual one so far; the participle stands within its clause, with at
    most three words and no digit, comparison or conjunction between."""
    if claim.status != "actual":
        return claim
    figure, sentence = claim.figure, claim.sentence
    after = sentence.text[figure.end - sentence.start :][:80]
    after = after[: m.start()] if (m := AFTER_END.search(after)) else after
    found = participles().search(after)
    if found is None:
        return claim
    between = after[: found.start()]
    if NOT_OWN.search(between) or len(between.split()) > NOUN_WORDS:
        return claim
    return replace(claim, figure=own_sign(figure, between), status="forecast")


def own_sign(figure: Figure, noun: str) -> Figure:
    """The figure signed by its own noun, not by the verb of the figure it is compared with
    ("fell short of the 5.6 percent growth forecast": +5.6; "than the 6.1% decline": -6.1);
    a printed minus stays."""
    sign = sign_after(noun)
    if (
        not sign
        or figure.measure in ("level", "share_pct")
        or "-" in figure.value_text
        or "−" in figure.value_text
    ):
        return figure
    value = abs(figure.value) if sign > 0 else -abs(figure.value)
    return figure if value == figure.value else replace(figure, value=value)
