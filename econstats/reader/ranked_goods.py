"""Goods ranked within a partner's trade, as statistics releases list them ("Looking at the goods
the EU buys most from China, telecommunications equipment ranked first, although it went down
from €63.1 billion in 2022 to €56.3 billion in 2023. Electrical machinery and apparatus (€36.5
billion) came second and automatic data processing machines (€36 billion) third."): each good
before its rank is a subject of its own, the flow to or from the partner named in the sentence
(trade_flows) or, in the sentence after, the ranked good's flow before it; the good is the
figure's breakdown. Without them the figures were the total trade with the partner's, or had
no subject. A rank counts only after a rank verb ("ranked first", "came second") or right
after its bracketed amount ("(€36 billion) third"), and only at the end of its clause: "the
first quarter", "for the first time" are no ranks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.terms import Subject

ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
RANK = re.compile(
    rf"(?:(?<![\w-])(?:ranked|came|placed|stood)\s+|\)\s*)(?P<rank>{ORDINALS})"
    r"(?=\s*(?:[,.;]|and\b|$))",
    re.IGNORECASE,
)
BRACKET = re.compile(r"\s*\([^()]*\)\s*")
VERB_END = re.compile(r"\s*(?:ranked|came|placed|stood)?\s*$", re.IGNORECASE)
LEAD = re.compile(r"^\s*(?:and|while|with)\s+", re.IGNORECASE)
# a good that moved most: "Motor cars recorded the biggest rise in imports (€3.5 billion)",
# "Organo-inorganic compounds, which serve as catalysts, showed the steepest fall (-€13 billion"
MOVER = re.compile(
    r"^(?P<good>[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,5}?)(?:,[^,()]{3,80},)?\s+"
    r"(?:recorded|showed|posted|saw|had|registered)\s+the\s+"
    r"(?:biggest|largest|steepest|sharpest|strongest|greatest)\s+"
    r"(?:rise|increase|growth|gain|fall|drop|decline|decrease)"
    r"(?:\s+in\s+(?P<flow>imports|exports))?(?=\s*\()",
    re.IGNORECASE,
)
GOOD = re.compile(r"[^\W\d][\w'-]*(?:\s+[^\W\d][\w'-]*){0,5}")


def ranked_goods(
    text: str, offset: int, subjects: Sequence[Subject], previous: Subject | None
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) with a subject at each ranked
    good, of the flow and partner of the sentence's first partnered trade subject before it,
    else of the previous sentence's ranked good."""
    ranks = list(RANK.finditer(text)) if "(" in text or "ranked" in text or "came" in text else []
    if not ranks:
        return _mover(text, offset, subjects, previous) if "(" in text else list(subjects)
    added: list[Subject] = []
    boundary = 0
    for rank in ranks:
        flow = next(
            (
                s
                for s in reversed([*subjects, *added])
                if s.start - offset < rank.start() and s.term.topic == "trade" and s.partner
            ),
            previous if previous is not None and previous.breakdown and previous.partner else None,
        )
        stops = (text.rfind(mark, 0, rank.start()) + 1 for mark in ",;:")
        clause = max(boundary, *stops)
        words = BRACKET.sub(" ", text[clause : rank.start("rank")])
        words = LEAD.sub("", VERB_END.sub("", words)).strip()
        boundary = rank.end()
        good = GOOD.fullmatch(words)
        if flow is None or good is None:
            continue
        at = text.find(words, clause)
        if at < 0:
            continue
        start = at + offset
        breakdown = normal_breakdown(words)
        added.append(replace(flow, start=start, end=start + len(words), breakdown=breakdown))
    if not added:
        return list(subjects)
    return sorted([*subjects, *added], key=lambda s: s.start)


def _mover(
    text: str, offset: int, subjects: Sequence[Subject], previous: Subject | None
) -> list[Subject]:
    """The sentence's subjects with the good that moved most (MOVER) a subject of its own, of
    the previous sentence's ranked or moving good's flow and partner; the flow it names
    ("the biggest rise in imports") is that good's."""
    mover = MOVER.match(text)
    if mover is None or previous is None or not (previous.breakdown and previous.partner):
        return list(subjects)
    if previous.term.topic != "trade":
        return list(subjects)
    flow = mover.group("flow")
    if flow and flow.lower() not in previous.term.indicator:
        return list(subjects)
    start, end = mover.start("good") + offset, mover.end("good") + offset
    good = replace(previous, start=start, end=end, breakdown=normal_breakdown(mover.group("good")))
    stop = mover.end() + offset
    kept = [s for s in subjects if not (s.start >= start and s.end <= stop)]
    return sorted([*kept, good], key=lambda s: s.start)
