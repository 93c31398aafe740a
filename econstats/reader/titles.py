"""A work's title as the entity of its figure: in "Animated feature "Ne Zha 2" was the runaway
leader, grossing 4.84 billion yuan" and "《哪吒之魔童闹海》票房突破100亿元" the takings are the
film's, not the holiday's total (a figure of the same series, which the repeats rule dropped).

The title is the last one quoted before the figure in its sentence: in English a capitalised
phrase in double quotes with no sentence punctuation inside (not quoted speech), in Chinese the
book-title marks 《》; none when a clause of its own stands between ("..., while the holiday's
box office reached ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from econstats.core.model import Candidate

TITLE = re.compile(
    r"《(?P<zh>[^《》\n]{1,30})》"
    r"|[\"“](?P<en>[A-Z0-9][^\"“”\n,.!?;]{0,60}?)[\"”]"
)
# a clause of its own between the title and the figure: the figure is not the title's
OWN_CLAUSE = re.compile(r"\b(?:while|whereas|but|and\s+the|compared)\b|[;；。]|而|同时|同時|相比")
MAX_GAP = 120  # characters from the title's end to the figure


def titled(candidate: Candidate) -> Candidate:
    """The candidate with the title named before its figure as its entity (see title_of); a
    candidate that has an entity already keeps it."""
    if candidate.entity:
        return candidate
    sentence = candidate.sentence
    title = title_of(sentence.text[: max(0, candidate.figure.start - sentence.start)])
    return replace(candidate, entity=title) if title else candidate


def title_of(text: str) -> str | None:
    """The title this module would take from a sentence ending right before its figure.

    >>> title_of('Animated feature "Ne Zha 2" was the runaway leader, grossing ')
    'Ne Zha 2'
    >>> title_of('Third place went to "Creation of the Gods II: Demon Force" with a total of ')
    'Creation of the Gods II: Demon Force'
    >>> title_of("春节档期间，《哪吒之魔童闹海》票房突破")
    '哪吒之魔童闹海'
    >>> title_of('"Seeing it was a rollercoaster, I laughed," he said, and the box office hit ')
    >>> title_of('"Ne Zha 2" led the charts, while the holiday box office reached ')
    """
    last = None
    for last in TITLE.finditer(text):  # noqa: B007
        pass
    if last is None or len(text) - last.end() > MAX_GAP or OWN_CLAUSE.search(text[last.end() :]):
        return None
    return (last.group("zh") or last.group("en")).strip()
