"""Needles of patterns holding a shared grouped alternation (issue 13: start-up speed).

econstats.reader.twin_trees parses each grouped alternation's flat twin once and splices it into every
pattern holding it; the needles must equal those of parsing the whole flat twin, and the
prefilter must pass every sentence the pattern matches."""

from __future__ import annotations

import re
from re import _parser as sre_parse

import pytest

from econstats.reader.lexicon import FLAT_TWINS, alternation, either_apostrophe, flat_twin
from econstats.reader.needles import _parts, strength
from econstats.reader.prefilter import Text, may_match
from econstats.reader.terms import countries, term_pattern
from econstats.reader.twin_trees import parse_flat

PHRASES = [
    "trade between {area} and {partner}",
    "exports from {area} to {partner}",
    "{area}'s exports",
    "imports of {area}",
    "People's Bank lending",
]
SENTENCES = [  # (sentence, phrase index that matches or None)
    ("Trade between China and the US rose 3.2% in May.", 0),
    ("Trade between People’s Republic of China and Japan fell 1.5 percent.", 0),
    ("Exports from Vietnam to Germany reached $4.1 billion in March.", 1),
    ("China's exports grew 7.6% year on year in the first quarter.", 2),
    ("Imports of India rose to 12.3 billion dollars.", 3),
    ("People’s Bank lending rose 6.1 percent.", 4),
    ("China won 38 gold medals at the Games.", None),
    ("The panda, 12, arrived on 3 May 2024.", None),
    ("Shares closed at HK$4.12; the policy rate stays at 3.45 percent.", None),
    ("Some 2,000 delegates met in Paris from 3 to 5 June.", None),
]


def old_needles(pattern: re.Pattern[str]) -> list:
    tree = sre_parse.parse(flat_twin(pattern.pattern), pattern.flags)
    return sorted(_parts(tree, bool(tree.state.flags & re.IGNORECASE)), key=strength, reverse=True)


def new_needles(pattern: re.Pattern[str]) -> list:
    tree = parse_flat(pattern.pattern, pattern.flags)
    return sorted(_parts(tree, bool(tree.state.flags & re.IGNORECASE)), key=strength, reverse=True)


@pytest.mark.parametrize("phrase", PHRASES)
def test_needles_equal_the_whole_flat_parse(phrase: str) -> None:
    pattern = term_pattern(phrase)
    assert new_needles(pattern) == old_needles(pattern)


def test_country_alternation_has_a_twin_with_either_apostrophe() -> None:
    grouped = either_apostrophe(alternation(countries()))
    assert grouped in FLAT_TWINS
    assert "(?i:c)" not in flat_twin(term_pattern("{area}'s exports").pattern)


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_prefilter_passes_every_match(sentence: str, expected: int | None) -> None:
    for index, phrase in enumerate(PHRASES):
        pattern = term_pattern(phrase)
        found = pattern.search(sentence) is not None
        assert found == (index == expected), (phrase, sentence)
        if found:
            assert may_match(pattern, Text(sentence))


def test_stand_in_inside_a_class_falls_back() -> None:
    grouped = alternation(["Spain", "Chile"])
    source = f"(?:{grouped}|x)y"  # a branch of one literal and the stand-in could become a class
    pattern = re.compile(source)
    assert new_needles(pattern) == old_needles(pattern)
