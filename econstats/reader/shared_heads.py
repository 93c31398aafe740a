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

from econstats.reader.lexicon import load_vocab

if TYPE_CHECKING:
    from econstats.reader.terms import Subject, Term

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

    >>> from econstats.reader.terms import Term, term_pattern

    >>> from econstats.reader.subjects import find_subjects
    >>> pairs = (("其他用品及服务价格", "other"), ("衣着价格", "clothing"))
    >>> terms = [Term(p, "prices", i, frozenset(), term_pattern(p)) for p, i in pairs]
    >>> text = "其中,其他用品及服务、衣着价格分别上涨4.9%和1.2%。"
    >>> [s.term.indicator for s in find_subjects(text, 0, terms)]
    ['other', 'clothing']
    >>> [s.term.indicator for s in find_subjects("其中,化妆品、衣着价格上涨1%。", 0, terms)]
    ['clothing']
    """
    if " and " in text:
        subjects = with_shared_words(text, offset, subjects, terms)
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


# the word of a conjunct before a subject: "Central and local governments took in", "urban,
# rural and ..." (the word, then the joiner up to the subject)
CONJUNCT = re.compile(r"(?<![\w'-])([A-Za-z][\w-]*)(,\s*|\s*,?\s+and\s+)$")
_WORDS: list[tuple[Sequence[Term], dict[tuple[str, ...], Term]]] = []


def word_key(words: Sequence[str]) -> tuple[str, ...]:
    """Words compared without case, a plural "s" or a possessive ("governments'" = "government")."""
    return tuple(w.lower().removesuffix("'s").rstrip("'").removesuffix("s") for w in words)


def word_phrases(terms: Sequence[Term]) -> dict[tuple[str, ...], Term]:
    """word_key(phrase) -> term of the English terms of two words or more, without placeholders
    (once per terms list)."""
    for known, table in _WORDS:
        if known is terms:
            return table
    table: dict[tuple[str, ...], Term] = {}
    for t in terms:
        words = t.phrase.split()
        if len(words) > 1 and t.phrase.isascii() and "{" not in t.phrase and t.context != "entity":
            table.setdefault(word_key(words), t)
    _WORDS[:] = [(terms, table)]
    return table


def with_shared_words(
    text: str, offset: int, subjects: list[Subject], terms: Sequence[Term]
) -> list[Subject]:
    """`subjects` with the words listed before a subject that share the rest of its phrase: in
    "Central and local governments took in X and Y, respectively", "Central" stands for
    "central government took in" (a term), so the "respectively" rule pairs X with it.

    >>> from econstats.reader.terms import Term, term_pattern

    >>> from econstats.reader.subjects import find_subjects
    >>> pairs = (("central government revenue", "c"), ("local government revenue", "l"))
    >>> terms = [Term(p, "fiscal", i, frozenset(), term_pattern(p)) for p, i in pairs]
    >>> text = "Central and local government revenue rose 1% and 2%, respectively."
    >>> [s.term.indicator for s in find_subjects(text, 0, terms)]
    ['c', 'l']
    >>> [s.term.indicator for s in find_subjects("Tax and local government revenue", 0, terms)]
    ['l']
    """
    out = list(subjects)
    for subject in subjects:
        words = subject.term.phrase.split()
        at = subject.start - offset
        if len(words) < 2 or text[at : at + len(words[0])].lower() != words[0].lower():
            continue
        table = word_phrases(terms)
        floor = max((s.end - offset for s in out if s.end - offset <= at), default=0)
        while at > floor:
            conjunct = CONJUNCT.search(text, max(floor, at - 40), at)
            term = conjunct and table.get(word_key([conjunct.group(1), *words[1:]]))
            if not conjunct or not term or term.indicator == subject.term.indicator:
                break
            at = conjunct.start()
            out.append(replace(subject, start=at + offset, end=conjunct.end(1) + offset, term=term))
    return sorted(out, key=lambda s: s.start)
