"""lexicon.alternation: phrases grouped by first character (issue 7) match exactly what one
flat, longest-first alternation of phrase_pattern()s matches.

CASES are (phrases, options, text, the matched strings); the property tests compare the two
forms on every vocabulary alternation the parser builds, over texts made of its own phrases.
"""

from __future__ import annotations

import random
import re
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from econstats.reader import lexicon
from econstats.reader.lexicon import alternation, flat_alternation


class Case(NamedTuple):
    phrases: tuple[str, ...]
    options: dict
    text: str
    found: list[str]


CASES = [
    # case-free phrases match in any case; a capital makes a phrase match as written
    Case(("china", "yuan"), {}, "CHINA Yuan yuan", ["CHINA", "Yuan", "yuan"]),
    Case(("US", "us dollar"), {}, "us US us dollars US Dollar", ["US", "US Dollar"]),
    Case(("US",), {}, "us Us uS", []),
    # whole words only, unless glued (after a digit) or before digits
    Case(("up",), {}, "upward up-beat cup up", ["up", "up"]),
    Case(("bn",), {}, "3.5bn 3 bn", ["bn"]),
    Case(("bn",), {"glued": True}, "3.5bn 3 bn", ["bn", "bn"]),
    Case(("RMB",), {}, "RMB10 billion RMB 10", ["RMB"]),
    Case(("RMB",), {"before_digits": True}, "RMB10 billion RMBx", ["RMB"]),
    # the longest phrase wins, within a first character and across the case of one
    Case(("tax revenue", "non-tax revenue"), {}, "non-tax revenue", ["non-tax revenue"]),
    Case(("U.S.", "u.s. dollars"), {}, "U.S. dollars U.S.", ["U.S. dollars", "U.S."]),
    Case(
        ("China", "Chinese mainland"),
        {},
        "the Chinese mainland, China",
        ["Chinese mainland", "China"],
    ),
    # runs of space, one-character phrases, CJK, symbols
    Case(("per cent",), {}, "3 Per  cent, 4 per\tcent", ["Per  cent", "per\tcent"]),
    Case(("亿", "亿元", "$"), {}, "784.7亿元 and $5 and 3亿", ["亿元", "$", "亿"]),
    Case(("a b",), {}, "a  b ab xa b", ["a  b"]),
    # IGNORECASE's odd letters: the long s, the Kelvin sign
    Case(("spring festival",), {}, "the ſpring Festival", ["ſpring Festival"]),
    Case(("km",), {}, "5 \u212am", ["\u212am"]),
    # a word boundary is checked against the character before the phrase, whatever it is
    Case(("china",), {}, "Indochina, (china), 5china", ["china"]),
    Case((), {}, "anything", []),
    # a regex after some phrases: month abbreviations may end in a dot
    Case(
        ("sept", "september"),
        {"after": {"sept": r"\.?"}},
        "Sept. 1, September",
        ["Sept.", "September"],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"{c.phrases[:2]}-{c.text[:20]}")
def test_alternation(case: Case) -> None:
    grouped = re.compile(alternation(case.phrases, **case.options))
    flat = re.compile(flat_alternation(case.phrases, **case.options))
    assert [m.group() for m in grouped.finditer(case.text)] == case.found
    assert [m.span() for m in flat.finditer(case.text)] == [
        m.span() for m in grouped.finditer(case.text)
    ]


def vocabulary_alternations() -> list[tuple[list[str], bool, bool, dict | None]]:
    """Every (phrases, glued, before_digits, after) the parser's patterns are built from."""
    from econstats.dataset.document import all_terms
    from econstats.reader import context, cues, figures, money, period_grammar, subjects

    seen: list[tuple[list[str], bool, bool, dict | None]] = []

    def spy(phrases, glued=False, before_digits=False, after=None):
        phrases = list(phrases)
        seen.append((phrases, glued, before_digits, after))
        return flat_alternation(phrases, glued, before_digits, after)

    modules = (context, cues, figures, money, period_grammar, subjects)
    saved = [module.alternation for module in modules]

    def clear_caches() -> None:
        for module in modules:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)):
                    value.cache_clear()

    clear_caches()
    for module in modules:
        module.alternation = spy
    try:
        context.country_regex()
        context.agency_regex()
        figures.figure_regex()
        for name in dir(cues):
            if name.endswith("_regex"):
                getattr(cues, name)()
        period_grammar.period_rules()
        for term in all_terms():
            subjects.term_pattern(term.phrase)
    finally:
        for module, original in zip(modules, saved, strict=True):
            module.alternation = original
        clear_caches()  # rebuilt with the real alternation when next asked for
    return seen


VOCABULARY = vocabulary_alternations()


def test_every_vocabulary_is_seen() -> None:
    assert len(VOCABULARY) >= 20
    assert lexicon.alternation is alternation


def mixtures(phrases: list[str], seed: int, count: int = 40) -> list[str]:
    """Texts of the phrases glued, spaced and re-cased: where the two forms could part."""
    rnd = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = [
            rnd.choice((str.upper, str.lower, str.title, str))(rnd.choice(phrases))
            for _ in range(rnd.randint(1, 4))
        ]
        texts.append("".join(rnd.choice(("", " ", "x", "9", "-", "  ", ".")) + p for p in parts))
    return texts


@pytest.mark.parametrize("index", range(len(VOCABULARY)))
def test_vocabulary_alternation_matches_flat(index: int) -> None:
    phrases, glued, before_digits, after = VOCABULARY[index]
    grouped = re.compile(alternation(phrases, glued, before_digits, after))
    flat = re.compile(flat_alternation(phrases, glued, before_digits, after))
    for text in mixtures(phrases, seed=index):
        assert [m.span() for m in grouped.finditer(text)] == [
            m.span() for m in flat.finditer(text)
        ], text


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.text("aAbB.$ 亿ſ\u212a1", min_size=1, max_size=5), min_size=1, max_size=6),
    st.text("aAbB.$ 亿ſ\u212a1x", max_size=30),
    st.booleans(),
    st.booleans(),
)
def test_alternation_matches_flat_on_any_phrases(phrases, text, glued, before_digits) -> None:
    phrases = [p for p in phrases if p.strip()]
    grouped = re.compile(alternation(phrases, glued, before_digits))
    flat = re.compile(flat_alternation(phrases, glued, before_digits))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat.finditer(text)]
