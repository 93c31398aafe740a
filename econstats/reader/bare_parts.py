"""Parts named by a bare category after 'of which' (其中): in '全国居民消费价格同比上涨0.1%。其中,城市
上涨0.1%,农村持平' the 0.1% is urban consumer prices, in '其中,城镇增长3.2%,乡村增长4.1%' the parts
are urban and rural. The category (a phrase of vocab/breakdown_names.csv: 城市, 农村, 中央, 地方)
opens a clause after the opener and its verb follows it right away; before, the figure had no
subject and was left unclaimed. The part is the whole's subject (the one before the opener, else
the sentence before's) with the category as its breakdown, set where the category is written, so
the figure after it takes it as the nearest subject before it. Clauses up to the first semicolon
or the first subject of the sentence's own after the opener; a category inside a subject
('城镇居民人均可支配收入') is that subject's, and a company's parts are company_parts'."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.reader.breakdowns import breakdown_names, normal_breakdown
from econstats.reader.lexicon import alternation
from econstats.reader.terms import Subject

VERB = (
    r"(?:同比|环比|環比|按年|按月)?"
    r"(?:上涨|上漲|下降|下跌|增长|增長|增加|减少|減少|上升|回落|持平|为|為)"
)


@cache
def bare_part_regex() -> re.Pattern[str]:
    """A category (vocab/breakdown_names.csv) that opens a clause, its verb right after it."""
    names = alternation(breakdown_names())
    return re.compile(rf"(?:^|(?<=[,，:：]))\s*+(?P<part>{names})(?={VERB})")


STOP = re.compile(r"[;；。]")


def bare_parts(
    text: str, offset: int, subjects: list[Subject], opener_end: int, parent: Subject
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) with a part of `parent` for
    each bare category that opens a clause after an 'of which' opener ending at `opener_end`
    (module); `subjects` unchanged when there is none.

    >>> from econstats.reader.terms import Term
    >>> term = Term("居民消费价格", "prices", "prices.cpi", frozenset(), None)
    >>> text = "其中,城市上涨0.1%,农村持平;食品价格下降0.5%"
    >>> [(s.start, s.breakdown) for s in bare_parts(text, 0, [], 2, Subject(-9, -3, term))]
    [(3, 'urban'), (12, 'rural')]
    """
    if parent.term.topic == "company":
        return subjects
    start = opener_end - offset
    stop = STOP.search(text, start)
    end = stop.start() if stop else len(text)
    own = [s.start - offset for s in subjects if s.start - offset >= start]
    if own:
        end = min(end, own[0])
    added = []
    for match in bare_part_regex().finditer(text, start, end):
        name = normal_breakdown(match.group("part"))
        low, high = match.start("part") + offset, match.end("part") + offset
        added.append(replace(parent, start=low, end=high, breakdown=name))
    if not added:
        return subjects
    return sorted([*subjects, *added], key=lambda s: s.start)


def sibling_parts(text: str, offset: int, subjects: list[Subject]) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) with a sibling for each clause
    that opens with a bare category, its verb right after it, after a subject whose category is
    one of the same list: in '一线城市二手住宅销售价格环比下降1.0%,二线城市下降0.6%,三线城市下降0.7%' the
    0.6% is the second-tier cities' (before, a repeat of the first tier's). The sibling is that
    subject with the clause's category in place of its own.

    >>> from econstats.reader.terms import Term
    >>> term = Term("二手住宅销售价格", "prices", "prices.second_hand_homes", frozenset(), None)
    >>> text = "8月份,一线城市二手住宅销售价格下降1.0%,二线城市下降0.6%,三线城市下降0.7%"
    >>> first = Subject(8, 16, term, breakdown="first-tier cities")
    >>> [(s.start, s.breakdown) for s in sibling_parts(text, 0, [first])]
    [(8, 'first-tier cities'), (23, 'second-tier cities'), (34, 'third-tier cities')]
    """
    if not subjects or not any(s.breakdown for s in subjects):
        return subjects
    names = set(breakdown_names().values())
    found = list(subjects)
    start = min(s.end for s in subjects if s.breakdown) - offset
    for match in bare_part_regex().finditer(text, start):
        low = match.start("part") + offset
        before = [s for s in found if s.start < low]
        if not before or any(s.end > low for s in before):
            continue  # the category inside a subject ('城镇居民人均可支配收入')
        if any(s.start == low for s in found):
            continue  # a part already (bare_parts)
        parent = before[-1]
        name = normal_breakdown(match.group("part"))
        if parent.term.topic == "company" or parent.breakdown not in names:
            continue
        if name == parent.breakdown:
            continue
        high = match.end("part") + offset
        found.append(replace(parent, start=low, end=high, breakdown=name))
        found.sort(key=lambda s: s.start)
    return found
