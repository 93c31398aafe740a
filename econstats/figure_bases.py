"""The basis a figure is stated on, when the words beside it name one: "4.7 percent in real
terms", "(42% at constant currency)", "按固定匯率計算為42%". The nominal and the adjusted figure of
one subject and period are two observations (their breakdowns differ), not a repeat."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.lexicon import alternation, key, load_vocab
from econstats.parse import Claim

AFTER_END = re.compile(r"[,，;；。()（）]|\band\b")
BEFORE_START = re.compile(r"[,，;；。(（]|\band\b")


@cache
def bases() -> tuple[re.Pattern[str], dict[str, str]]:
    """(any basis phrase, key(phrase) -> breakdown) of vocab/figure_bases.csv."""
    rows = load_vocab("figure_bases", ("phrase", "breakdown"))
    table = {key(row["phrase"]): row["breakdown"] for row in rows}
    return re.compile(alternation(row["phrase"] for row in rows), re.IGNORECASE), table


def figure_basis(claim: Claim) -> Claim:
    """The claim with its basis as (part of) its breakdown: the phrase in the figure's own
    stretch of text, after it up to the next clause mark, else before it back to one."""
    figure, sentence = claim.figure, claim.sentence
    text = sentence.text
    after = text[figure.end - sentence.start :][:60]
    after = after[: m.start()] if (m := AFTER_END.search(after)) else after
    before = text[: figure.start - sentence.start][-30:]
    starts = [m.end() for m in BEFORE_START.finditer(before)]
    before = before[starts[-1] :] if starts else before
    pattern, table = bases()
    found = pattern.search(after) or pattern.search(before)
    if not found:
        return claim
    basis = table[key(found.group())]
    own = claim.subject.breakdown or claim.subject.term.breakdown
    breakdown = f"{own}, {basis}" if own else basis
    return replace(claim, subject=replace(claim.subject, breakdown=breakdown))
