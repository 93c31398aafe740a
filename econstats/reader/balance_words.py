"""Which side of a balance a level is on, from the word right before it: "the trade gap swung
to a surplus of 620 billion yen" is a surplus whatever its subject ("trade gap": a deficit),
and "a trade surplus of 620 billion yen, leaving a deficit of 838.53 billion yen" a deficit
(vocab/balance_words.csv: the word, the indicator it overrides and the one it gives)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.terms import Term

QUALIFIER = r"(?:(?:of|at|to|by)\s+)?(?:(?:about|around|nearly|almost|some|over|more\s+than)\s+)?"


@cache
def _words() -> tuple[re.Pattern[str], dict[tuple[str, str], str]]:
    rows = load_vocab("balance_words", ("word", "from_indicator", "to_indicator"))
    turns = {(key(row["word"]), row["from_indicator"]): row["to_indicator"] for row in rows}
    words = alternation({row["word"] for row in rows})
    pattern = re.compile(rf"(?<![\w-])({words})\s*{QUALIFIER}$", re.I)
    return pattern, turns


def balance_side(term: Term, measure: str, before: str) -> Term:
    """`term`, or its other side when the words `before` a level end with the word of that side
    ("a surplus of", "赤字" not: only the words of balance_words.csv)."""
    if measure != "level":
        return term
    pattern, turns = _words()
    found = pattern.search(before[-40:])
    if found is None:
        return term
    other = turns.get((key(found.group(1)), term.indicator))
    return replace(term, indicator=other, sign=1) if other else term


def on_balance_side(claim, text: str):  # a parse.Claim (untyped: parse imports extractors' deps)
    """The claim, its subject's term on the side of the balance its words say (balance_side)."""
    figure = claim.figure
    term = balance_side(
        claim.subject.term, figure.measure, text[max(0, figure.start - 40) : figure.start]
    )
    if term is claim.subject.term:
        return claim
    return replace(claim, subject=replace(claim.subject, term=term))
