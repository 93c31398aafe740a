"""Partitive sentences: "Of these, 96.12 million trips were by rail, 2.18 billion by road, 9.35
million by water and 18.29 million by air" (vocab/partitives.csv) after a sentence about
cross-regional passenger trips. Each figure after the opening is a part of the subject of the
sentence before: the phrase after it ("by rail", "came from NIO", "in rural areas") names its
breakdown, an elliptical list item ("2.18 billion by road") takes the same subject, and a figure
followed by its own period ("675 million were handled on Nov. 11 alone") is that subject at
another period. A figure that names another noun ("Of these, 5 medals were gold") or says
nothing of its part ("Of these, 3 million were sold online") is no part of it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from econstats.core.model import Figure
from econstats.reader.anaphora import anaphor_subject
from econstats.reader.appositives import outside_appositives
from econstats.reader.breakdowns import breakdown_regex, normal_breakdown
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.list_items import with_list_items
from econstats.reader.terms import Subject

VERB = r"(?:(?:were|was|are|is)\s+(?:[a-z]+\s+)?|(?:came|went|[a-z]+ed)\s+)?"
SCALES = frozenset("thousand million billion trillion hundred crore lakh mn bn".split())


@cache
def partitive_phrases() -> tuple[str, ...]:
    """The openings that make a sentence's figures parts of the subject before (vocab)."""
    return tuple(row["phrase"] for row in load_vocab("partitives", ("phrase",)))


@cache
def part_regex() -> re.Pattern[str]:
    """What follows a part's figure: a verb, and a preposition with the part ("were by rail",
    "from ONVO", "came from NIO") or a period ("on Nov. 11", "in June")."""
    rows = load_vocab("months", ("name", "language", "form"))
    months = alternation([row["name"] for row in rows if row["language"] == "en"])
    period = rf"(?P<period>(?:on|in|during)\s+(?:{months})\b|(?:on|in|during)\s+\d)"
    part = rf"(?:by|via|through|from|in)\s+{breakdown_regex(False)}(?![\w-]|\s*[A-Za-z-]*\d)"  # "train G1234"
    return re.compile(rf"(?i:[^\S\n]*{VERB}(?:{period}|{part}))")


def noun_of(figure: Figure) -> str | None:
    """The counted noun written in a figure ("96.12 million trips": trips), or None."""
    last = figure.value_text.split()[-1].lower() if figure.value_text.split() else ""
    return last if last.isalpha() and last.isascii() and last not in SCALES else None


def same_noun(noun: str, phrase: str) -> bool:
    """Whether `noun` is a word of the subject's phrase, singular or plural (trips, vehicle)."""
    words = {word.lower().rstrip("s") for word in re.findall(r"[A-Za-z]+", phrase)}
    return noun.rstrip("s") in words


def with_anaphor(
    text: str,
    offset: int,
    figures: Sequence[Figure],
    subjects: Sequence[Subject],
    previous: Subject | None,
) -> list[Subject]:
    """The sentence's subjects, but those inside an appositive (appositives), with the one its
    anaphor stands for (anaphora.anaphor_subject), and after a partitive opening one part of it
    right at each figure that names its part."""
    first = min((figure.start for figure in figures), default=offset + len(text))
    subjects = outside_appositives(text, offset, subjects, first)  # "M2, the gauge that ...,"
    subjects = with_list_items(text, offset, figures, subjects)  # "for A (3%), B (4%)"
    anaphor = anaphor_subject(text, offset, first, subjects, previous)
    if anaphor is None:
        return list(subjects)
    phrase = text[anaphor.start - offset : anaphor.end - offset].lower()
    if phrase not in partitive_phrases():
        return [anaphor, *subjects]
    parts = []
    for figure in figures:
        if figure.unit_kind == "percent":
            continue  # "Of these, 40 percent were by rail": a share, or its part's change
        noun = noun_of(figure)
        if noun and not same_noun(noun, anaphor.term.phrase):
            continue  # "Of these, 5 medals were gold"
        match = part_regex().match(text, figure.end - offset)
        if match is None or figure.start < anaphor.end:
            continue
        # the part holds from its figure on, so a list's next figure is not its part; its
        # written phrase runs to its part ("2.18 billion by road") or to its period's preposition
        end = offset + (match.start("period") if match.group("period") else match.end())
        breakdown = None if match.group("period") else normal_breakdown(match.group("breakdown"))
        end = len(text[: end - offset].rstrip()) + offset
        parts.append(replace(anaphor, start=figure.start, end=end, breakdown=breakdown))
    return sorted([*parts, *subjects], key=lambda subject: subject.start)
