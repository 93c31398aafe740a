"""The part an 'of which' clause singles out before its figures: in '門店…上半年淨增40間，其中以
美洲市場增幅最大，淨增19間至41間' the 19 and the 41 are the Americas' stores, in '社会消费品零售
总额增长5%，其中以汽车类增长最快，增长12%' the 12% is that of cars. The part is named after 以 and
before a superlative ('增幅最大', '最多', '居首', '為主'); before, its figures took the subject of
the whole before the opener and the repeats rule dropped them as the same observation.

The part is the whole's subject with the part as its breakdown (after the whole's own category),
set where the part is written, so the figures after it take it as the nearest subject before
them. A part that is a period ('以5月最高', '以上半年为主'), a verb or a comparison is none, nor is
one that names a concept of its own ('以对东盟出口增幅最大': its subject is found already)."""

from __future__ import annotations

import re
from dataclasses import replace

from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.company_parts import NOT_LABEL
from econstats.reader.terms import Subject

CJK = "\u3400-\u9fff"
# ',以美洲市場增幅最大', '以汽车类增长最快', '以广东省为主': the part, its measure word, a superlative
LEADING = re.compile(
    rf"\s*+[,，:：]?\s*+以(?P<part>[{CJK}A-Za-z]{{2,12}}?)(?:的)?"
    r"(?:增幅|增速|增量|增长|增長|降幅|跌幅|涨幅|漲幅|升幅|增加|减少|減少|数量|數量|贡献|貢獻)?"
    r"(?:最大|最多|最快|最高|最为明显|最為明顯|最为突出|最為突出|居首|為主|为主|领先|領先)"
)


def leading_part(
    text: str,
    offset: int,
    subjects: list[Subject],
    opener_end: int,
    parent: Subject,
    whole: str | None = None,
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) with the part that the words
    right after an 'of which' opener ending at `opener_end` single out, as `parent` (the subject
    before the opener) with the part as its breakdown, after the category `whole`; `subjects`
    unchanged when they single out none.

    >>> from econstats.reader.terms import Term
    >>> term = Term("門店", "company", "company.stores", frozenset(), None, context="entity")
    >>> text = "經營571家門店，上半年淨增40間，其中以美洲市場增幅最大，淨增19間至41間。"
    >>> parent = Subject(7, 9, term)
    >>> [(s.start, s.breakdown) for s in leading_part(text, 0, [parent], 20, parent)]
    [(7, None), (21, '美洲市場')]
    >>> [len(leading_part(t, 0, [parent], 2, parent)) for t in ("其中以5月最高", "其中以上半年为主")]
    [1, 1]
    """
    found = LEADING.match(text, opener_end - offset)
    if found is None:
        return subjects
    part = found.group("part")
    if NOT_LABEL.search(part):
        return subjects  # a period or a verb ('以上半年为主', '以同比增长最快')
    low, high = found.start("part") + offset, found.end("part") + offset
    if any(s.start < high and s.end > low for s in subjects):
        return subjects  # the part names a concept of its own ('以对东盟出口增幅最大')
    name = normal_breakdown(part)
    added = replace(parent, start=low, end=high, breakdown=f"{whole}, {name}" if whole else name)
    return sorted([*subjects, added], key=lambda s: s.start)
