"""Siblings that leave out the head noun the first of them names: "採礦業增加值增長1.6%,製造業增長
6.7%" (the value added of mining grew 1.6%, manufacturing 6.7%). After a subject whose phrase ends
in a head (vocab/sibling_heads.csv: 增加值, 价格, 产量, 零售额), a later clause of the sentence that
opens with words which with that head are a term's phrase ("製造業" + "增加值") names that term: its
figure is the sibling's, not a repeat of the first subject's. Only clauses right after a comma or a
semicolon and before the sentence's next subject; words that make no term with the head ("同比",
"其中") name nothing."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from econstats.reader.lexicon import load_vocab

if TYPE_CHECKING:
    from econstats.reader.terms import Subject, Term

CLAUSE = re.compile(r"[,，;；]\s*+([\u4e00-\u9fff]{2,16})")  # a clause's opening words
_PHRASES: list[tuple[Sequence[Term], dict[str, Term]]] = []  # (terms, phrase -> term)


@cache
def sibling_heads() -> tuple[str, ...]:
    """The heads siblings leave out, longest first (vocab/sibling_heads.csv)."""
    found = [row["head"] for row in load_vocab("sibling_heads", ("head",))]
    return tuple(sorted(found, key=len, reverse=True))


def sibling_phrases(terms: Sequence[Term]) -> dict[str, Term]:
    """phrase -> term of the terms whose phrase ends in a sibling head (once per terms list)."""
    for known, table in _PHRASES:
        if known is terms:
            return table
    heads = sibling_heads()
    table = {t.phrase: t for t in terms if t.phrase.endswith(heads) and t.context != "entity"}
    _PHRASES[:] = [(terms, table)]
    return table


def with_sibling_heads(
    text: str, offset: int, subjects: list[Subject], terms: Sequence[Term]
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`) with the siblings that leave out a
    subject's head noun (see the module doc).

    >>> from econstats.reader.terms import Term, term_pattern
    >>> pairs = (("採礦業增加值", "mining"), ("製造業增加值", "manufacturing"))
    >>> terms = [Term(p, "macro", i, frozenset(), term_pattern(p)) for p, i in pairs]
    >>> from econstats.reader.terms import Subject
    >>> text = "採礦業增加值增長1.6%,製造業增長6.7%。"
    >>> [s.term.indicator for s in with_sibling_heads(text, 0, [Subject(0, 6, terms[0])], terms)]
    ['mining', 'manufacturing']
    >>> text = "採礦業增加值增長1.6%,同比加快0.5個百分點。"
    >>> len(with_sibling_heads(text, 0, [Subject(0, 6, terms[0])], terms))
    1
    """
    if not subjects or text.isascii():
        return subjects
    out = list(subjects)
    starts = sorted(subject.start - offset for subject in subjects)
    for subject in subjects:
        head = next((h for h in sibling_heads() if subject.term.phrase.endswith(h)), None)
        if head is None:
            continue
        table = sibling_phrases(terms)
        limit = next((s for s in starts if s > subject.start - offset), len(text))
        for match in CLAUSE.finditer(text, subject.end - offset, limit):
            words = match.group(1)
            size = next((n for n in range(len(words), 1, -1) if words[:n] + head in table), 0)
            term = table.get(words[:size] + head) if size else None
            if term is None or term.indicator == subject.term.indicator:
                continue
            start = match.start(1) + offset
            out.append(replace(subject, start=start, end=start + size, term=term, breakdown=None))
    return sorted(out, key=lambda s: s.start) if len(out) > len(subjects) else subjects
