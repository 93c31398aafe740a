"""List items with their figures in brackets: "Customs figures showed export growth for
semiconductors (22.1 percent), passenger cars (14.0 percent) and ships (5.3 percent)". A subject
named before the list (export growth) is the subject of each item's figure, with the item as its
breakdown: each item a subject of its own at the item's words, so each figure's clause holds its
own (clause_subjects takes the nearest subject before a figure). A subject that already names a
category ("exports of cars") or an item that is a subject of its own stays as it is; measures
give the items after the first the change of the first (continuations.inherits_sign)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from econstats.core.model import Figure
from econstats.reader.breakdowns import breakdown_regex, normal_breakdown
from econstats.reader.cjk_items import with_cjk_items
from econstats.reader.clause_subjects import clause_starts
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.market_nouns import market_spans
from econstats.reader.terms import Subject

OPEN_BEFORE = re.compile(r"[(（]\s*+[+-]?$")  # the bracket right before a figure


@cache
def period_item() -> re.Pattern[str]:
    """An item that is a period, no category: "in June (5%), July (6%)" (vocab/months.csv)."""
    rows = load_vocab("months", ("name", "language"))
    names = [row["name"] for row in rows if row["language"] == "en"]
    words = alternation([*names, "year", "quarter", "month", "week", "half", "period"])
    return re.compile(rf"(?i:(?:.*\s)?(?:{words})s?|.*\d.*)")


@cache
def item_regex() -> re.Pattern[str]:
    """An item right before the bracket of its figure, after a list's opening word ("for",
    "of", "including", "led by", "such as", a colon) or a separator: group "breakdown"."""
    opening = r"(?:[,;:]\s*+(?:and\s+|or\s+)?|\b(?:for|of|including|led\s+by|such\s+as|and)\s+)"
    return re.compile(rf"{opening}{breakdown_regex(False)}\s*+[(（]\s*+[+-]?$")


def with_list_items(
    text: str, offset: int, figures: Sequence[Figure], subjects: Sequence[Subject]
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) and a subject at each list item
    whose figure stands in brackets right after it (see the module doc)."""
    subjects = with_cjk_items(text, offset, figures, subjects)  # "；服裝(上升3.0%)"
    added: list[Subject] = []
    low = 0  # an item's words start after the figure before it
    clauses: list[int] | None = None  # found once, at the first bracketed item
    opening: int | None = None  # where the list's first item starts
    for figure in figures:
        lead, low = low, figure.end - offset
        if not OPEN_BEFORE.search(
            text, max(lead, figure.start - offset - 4), figure.start - offset
        ):
            continue
        match = item_regex().search(text, lead, figure.start - offset)
        if match is None:
            continue
        start, end = match.start("breakdown") + offset, match.end("breakdown") + offset
        opening = start if opening is None else opening
        head = next((s for s in reversed(subjects) if s.start < start), None)
        if head is None or head.end > start or head.breakdown or head.term.breakdown:
            continue  # no subject before the list, or it already names a category
        if any(s.end > start and s.start < figure.start for s in subjects):
            continue  # the item is a subject of its own ("imports of oil (5%)")
        clauses = clause_starts(text, offset) if clauses is None else clauses
        if any(head.end <= mark < opening for mark in clauses):
            continue  # "retail sales rose 4%, while Apple shares (+3%)": another clause's list
        if any(s < end - offset and start - offset < e for s, e in market_spans(text)):
            continue  # "the Hang Seng index (+2%)": a market price, no category
        breakdown = normal_breakdown(match.group("breakdown"))
        if breakdown and not period_item().fullmatch(match.group("breakdown")):
            added.append(replace(head, start=start, end=end, breakdown=breakdown))
    if not added:
        return list(subjects)
    return sorted([*subjects, *added], key=lambda subject: subject.start)
