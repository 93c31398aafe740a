"""A percent of a plan is a share of the amount planned: "fiscal spending reached 10.5 trillion
yuan, 53.2 percent of the annual budget", "全國賦稅收入...占累計分配預算數的97.8%、全年預算數的86.5%".
Whatever measures the subject's term has, the figure is its share_pct (gold: a share of a total),
and the plan it is measured against is its breakdown, so two plans give two rows."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.parsed import Claim


@cache
def plan_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(after the figure, before it): "of the annual budget"; "全年预算数的" (vocab/plan_wholes)."""
    words = alternation(row["phrase"] for row in load_vocab("plan_wholes", ("phrase",)))
    after = re.compile(
        rf"\s*+of\s++(?:the\s++|its\s++|their\s++)?(?P<whole>(?:[\w-]++\s++){{0,3}}?{words})\b",
        re.IGNORECASE,
    )
    before = re.compile(rf"(?P<whole>[^\W\d占佔的、，,]{{0,6}}?{words})的\s*+$")
    return after, before


def plan_share(claim: Claim) -> Claim:
    """The claim's percent as a share of the plan its words name, else the claim unchanged.

    A change ("up 5 percent from the budget") or a figure already read as a rate keeps its
    measure: only a percent level or share qualifies."""
    figure = claim.figure
    if figure.unit_kind != "percent" or figure.measure not in ("level", "share_pct"):
        return claim
    text, start = claim.sentence.text, claim.sentence.start
    after_pattern, before_pattern = plan_patterns()
    found = after_pattern.match(text, figure.end - start) or before_pattern.search(
        text[max(0, figure.start - start - 12) : figure.start - start]
    )
    if not found:
        return claim
    term = claim.subject.term
    term = replace(term, measures=term.measures | {"share_pct"})
    whole = " ".join(found.group("whole").split()).lower()
    subject = replace(claim.subject, term=term, breakdown=f"share of {whole}")
    return replace(claim, figure=replace(figure, measure="share_pct"), subject=subject)
