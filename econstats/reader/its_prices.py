"""A price named by its holder's possessive: "Pork kept getting cheaper in November, its price
down 1.1 percent year on year", "Pork did much of the work: its prices rose 36%". The sentence
opens with the holder (one or two words, a verb right after them: "Pork kept", "Gold was"), and
the holder with "prices" is a term ("pork prices", "gold prices"): the possessive is a subject
of that term, so the figures after it are the holder's price changes. A holder that is no such
term ("The company raised its prices"), or opening words that are no holder before a verb
("Food delivery firm Meituan cut its prices": "Food" before "delivery") give none."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.reader.shared_heads import word_key, word_phrases

if TYPE_CHECKING:
    from econstats.reader.terms import Subject, Term

ITS = re.compile(r"\b(?:its|their)\s++(prices?)\b")
# the sentence's opening holder, one or two words, then the word after them
OPENING = re.compile(
    r"[\s\"“]*+(?:(?:The|And|But)\s++)?(?P<holder>[A-Za-z][\w-]*+(?:\s++[a-z][\w-]*+)?)"
    r"\s++(?P<next>[a-z]++)\b"
)
VERB = re.compile(
    r"(?:[a-z]+ed|kept|did|does|was|is|were|are|has|had|led|made|saw|got|became|remained|rose|"
    r"fell|grew|went|took|drove|held|stayed)"
)


def with_its_prices(
    text: str, offset: int, subjects: list[Subject], terms: Sequence[Term], subject_type: type
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`), with a subject at "its price(s)" when the
    sentence opens with the holder of a prices term (see the module doc). `subject_type` is
    econstats.reader.terms.Subject, passed in: that module imports this one."""
    if "ts price" not in text and "ir price" not in text:
        return subjects
    its = ITS.search(text)
    opening = OPENING.match(text)
    if its is None or opening is None or opening.end("holder") > its.start():
        return subjects
    table = word_phrases(terms)
    words = opening.group("holder").split()
    candidates = [(words, opening.group("next"))]
    if len(words) == 2:  # "Pork kept": the one word, its verb the second
        candidates.append(([words[0]], words[1]))
    for holder, after in candidates:
        term = table.get(word_key([*holder, "prices"]))
        if term is not None and VERB.fullmatch(after) and term.topic == "prices":
            found = next((s for s in subjects if s.term is term), None)
            start, end = its.start() + offset, its.end() + offset
            if found is not None:
                new = replace(found, start=start, end=end)
            else:
                new = subject_type(start, end, term)
            return sorted([*subjects, new], key=lambda s: s.start)
    return subjects
