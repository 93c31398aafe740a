"""Items listed with "、" before a head noun they share are subjects of their own: in
"其他用品及服务、衣着价格分别上涨4.9%和1.2%" the first item is "其他用品及服务价格", so the
"respectively" rule (clause_subjects.respective_subjects) pairs the two figures with the two
items; before, only "衣着价格" was a subject and it took both figures (the second a repeat). An
item is the longest end of the words before a "、" that, with the head, is a term's phrase; the
heads are those of price releases (vocab/shared_heads.csv)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.lexicon import load_vocab

if TYPE_CHECKING:
    from econstats.subjects import Subject, Term

ITEM = re.compile(r"[\u4e00-\u9fff（）()]{1,16}$")  # the words of an item, before its "、"
_PHRASES: list[tuple[Sequence[Term], dict[str, Term]]] = []  # (terms, phrase -> term)


@cache
def heads() -> tuple[str, ...]:
    """The shared head nouns, longest first (vocab/shared_heads.csv)."""
    found = [row["head"] for row in load_vocab("shared_heads", ("head",))]
    return tuple(sorted(found, key=len, reverse=True))


def phrases(terms: Sequence[Term]) -> dict[str, Term]:
    """phrase -> term of the terms whose phrase ends in a shared head (once per terms list)."""
    for known, table in _PHRASES:
        if known is terms:
            return table
    table = {t.phrase: t for t in terms if t.phrase.endswith(heads()) and t.context != "entity"}
    _PHRASES[:] = [(terms, table)]
    return table


def with_shared_heads(
    text: str, offset: int, subjects: list[Subject], terms: Sequence[Term]
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`) with the items listed before a subject
    that share its head noun.

    >>> from econstats.subjects import Term, find_subjects, term_pattern
    >>> pairs = (("其他用品及服务价格", "other"), ("衣着价格", "clothing"))
    >>> terms = [Term(p, "prices", i, frozenset(), term_pattern(p)) for p, i in pairs]
    >>> text = "其中,其他用品及服务、衣着价格分别上涨4.9%和1.2%。"
    >>> [s.term.indicator for s in find_subjects(text, 0, terms)]
    ['other', 'clothing']
    >>> [s.term.indicator for s in find_subjects("其中,化妆品、衣着价格上涨1%。", 0, terms)]
    ['clothing']
    """
    if "、" not in text:
        return subjects
    out = list(subjects)
    for subject in subjects:
        head = next((h for h in heads() if subject.term.phrase.endswith(h)), None)
        if head is None:
            continue
        table, at = phrases(terms), subject.start - offset
        floor = max((s.end - offset for s in out if s.end - offset <= at), default=0)
        while at > floor and text[at - 1] == "、":
            words = ITEM.search(text, max(floor, at - 17), at - 1)
            item = words.group() if words else ""
            found = next((n for n in range(len(item), 1, -1) if item[-n:] + head in table), None)
            if found is None:
                break
            at = at - 1 - found
            term = table[item[-found:] + head]
            out.append(replace(subject, start=at + offset, end=at + found + offset, term=term))
    return sorted(out, key=lambda s: s.start)
