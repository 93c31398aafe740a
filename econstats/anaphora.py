"""A sentence that opens with an anaphor ("The figure fell 16 percent") takes the subject of
the sentence right before it (vocab/anaphors.csv)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from econstats.lexicon import alternation, load_vocab
from econstats.subjects import Subject, Term  # noqa: F401 (doctests)


@cache
def anaphor_regex() -> re.Pattern[str]:
    """A phrase that opens a sentence, or follows its opening adverbial and a comma, and stands
    for the subject of the sentence before ("The figure fell 16 percent", "According to the
    bureau, the increase was 5.9 percent"; vocab/anaphors.csv)."""
    phrases = [row["phrase"] for row in load_vocab("anaphors", ("phrase",))]
    # "The figure for exports ..." names its own subject
    return re.compile(r"(?:^|,\s+|，)(" + alternation(phrases) + r")(?!\s+(?:for|of|on)\b)")


def anaphor_subject(
    text: str, offset: int, first_figure: int, subjects: Sequence[Subject], previous: Subject | None
) -> Subject | None:
    """The subject of the sentence before, standing at an anaphor of this one ("The figure fell
    16 percent in 2024": the figure of the previous sentence), or None.

    Only where the sentence names no subject before its first figure (at document offset
    `first_figure`): "The figure for exports fell 3%" names its own. `previous` is the subject
    of the last figure claimed in the sentence right before this one (in the same story).

    >>> term = Term("fiscal revenue", "fiscal", "fiscal.revenue", frozenset(), None)
    >>> before = Subject(0, 14, term)
    >>> anaphor_subject("The figure fell 16 percent.", 100, 116, [], before).start
    100
    >>> anaphor_subject("The team won 16 medals.", 100, 113, [], before) is None
    True
    """
    if previous is None or any(subject.start < first_figure for subject in subjects):
        return None
    match = anaphor_regex().search(text, 0, first_figure - offset)
    if match is None:
        return None
    return replace(previous, start=match.start(1) + offset, end=match.end(1) + offset)
