"""A part of an indicator named on its own before its figure, after the subject it shares:
'retail sales in urban areas stood at X, while rural areas recorded Y' (Y: rural retail sales),
'the deficit is 2.38 trillion yuan, of which the central government accounts for 1.55 trillion
yuan and local governments for 0.83 trillion yuan'. The part (vocab/part_nouns.csv) turns the
subject into its sibling indicator where the code list has one (retail.sales.urban ->
retail.sales.rural), else into a breakdown of it (fiscal.deficit, breakdown 'central'); without
it the part was read as the whole again, and the repeats rule dropped it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache, lru_cache

from econstats.core.codelist import load_indicators
from econstats.reader.basis_openers import with_basis
from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.terms import Subject


@cache
def part_nouns() -> dict[str, str]:
    """key(phrase) -> part, of vocab/part_nouns.csv."""
    return {key(row["phrase"]): row["part"] for row in load_vocab("part_nouns", ("phrase", "part"))}


@cache
def part_regex() -> re.Pattern[str]:
    """A part noun that opens its clause: at the window's start or after an opener of
    vocab/part_openers.csv, an article between ('of which the central government')."""
    openers = [row["phrase"] for row in load_vocab("part_openers", ("phrase",))]
    # a word opener starts a word ('and', never 'band'); a punctuation opener may follow a
    # word ('Rs 20,578 crore, SGST is'): before, ', SGST' never opened a part
    words = [o for o in openers if o[:1].isalpha()]
    marks = [o for o in openers if not o[:1].isalpha()]
    lead = rf"(?:^|(?<![A-Za-z]){alternation(words)}|{alternation(marks)})\s*(?:the\s+)?"
    return re.compile(
        rf"{lead}(?P<part>{alternation(part_nouns())})(?![A-Za-z])"
    )  # never 'cessation'


@lru_cache(maxsize=64)
def parts_from(text: str, start: int) -> tuple[tuple[int, int, str], ...]:
    """(part's start, match's end, part as written) of each part noun in `text` from `start`,
    offsets into that tail: found once for all the figures of a clause (a search of the window
    before each figure made a long clause of figures quadratic)."""
    return tuple(
        (m.start("part"), m.end(), m.group("part")) for m in part_regex().finditer(text[start:])
    )


def part_subject(
    subject: Subject, text: str, offset: int, since: int, figure: int, subjects: Sequence[Subject]
) -> Subject:
    """The subject of the figure at document offset `figure` when the text from `since` (its
    clause's start) names a part after the subject and outside every subject; else `subject`.
    `text` is the sentence, starting at document offset `offset`. A basis the sentence opens
    with ("After regular settlements, ...") is added to its breakdown (basis_openers)."""
    return with_basis(named_part(subject, text, offset, since, figure, subjects), text)


def named_part(
    subject: Subject, text: str, offset: int, since: int, figure: int, subjects: Sequence[Subject]
) -> Subject:
    """part_subject without the sentence's basis."""
    if subject.term.topic == "company":
        return subject
    start = max(subject.end, since) - offset
    found = None
    for part_start, end, written in parts_from(text, start):
        if end > figure - offset - start:
            break
        where = part_start + start + offset
        if not any(s.start <= where < s.end for s in subjects):
            found = written
    if found is None:
        return subject
    part = part_nouns()[key(found)]
    code = subject.term.indicator
    head, _, last = code.rpartition(".")
    if last == part:
        return subject
    sibling = f"{head if last in part_nouns().values() else code}.{part}"
    if sibling in load_indicators():
        return replace(subject, term=replace(subject.term, indicator=sibling))
    # a part after a part is the next part: "IGST is Rs 60,911 crore and Cess is Rs 8,754 crore"
    whole, _, own = (subject.breakdown or subject.term.breakdown or "").rpartition(", ")
    if own and own not in part_nouns().values():
        return subject
    return replace(subject, breakdown=f"{whole}, {part}" if whole else part)
