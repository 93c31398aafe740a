"""A company level written as negative or as a loss ("swung ... to negative RMB14.84 billion",
"turned from an operating profit of RMB14.58 billion to a loss of RMB14.07 billion"): the value
of a profit indicator (EBITDA, operating profit, net profit) is negative. The words stand right
before the figure (vocab/level_signs.csv); an indicator that names the loss itself ("net loss",
sign -1) is negated by its term already, and a printed minus sign stays."""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.lexicon import alternation, load_vocab

LOOK_BACK = 40


@cache
def negative_level_regex() -> re.Pattern[str]:
    """A phrase of vocab/level_signs.csv ending the text before a figure."""
    rows = load_vocab("level_signs", ("phrase", "kind"))
    phrases = [row["phrase"] for row in rows if row["kind"] == "sign"]
    return re.compile(rf"(?<![\w-])(?:{alternation(phrases)})[ ]*(?:of[ ]+|at[ ]+)?$")


def negative_level(before: str) -> bool:
    """True when the text right before a level says it is negative or a loss.

    >>> negative_level("EBITDA swung from a positive RMB14.53 billion to negative ")
    True
    >>> negative_level("from an operating profit of RMB14.58 billion to a loss of ")
    True
    >>> negative_level("Net income was "), negative_level("it cut its losses by ")
    (False, False)
    """
    return bool(negative_level_regex().search(before[-LOOK_BACK:]))


@cache
def profit_indicators() -> frozenset[str]:
    """The indicators that a loss makes negative (vocab/level_signs.csv kind "indicator")."""
    rows = load_vocab("level_signs", ("phrase", "kind"))
    return frozenset(row["phrase"] for row in rows if row["kind"] == "indicator")


def signed_level(figure, before: str, term_sign: int, indicator: str, restated=None):
    """The figure with a negative value when it is a level of a profit indicator (`term_sign`
    +1: not "net loss") or a margin ("compared with negative 2.7%") written as negative or a loss, or restates (a conversion in brackets)
    such a level made negative; else the figure."""
    from dataclasses import replace

    if indicator not in profit_indicators() or term_sign < 0:
        return figure
    if figure.measure not in ("level", "share_pct"):  # a margin below zero is a share_pct
        return figure
    if figure.value < 0:
        return figure
    if restated is not None and restated.figure.value < 0:
        return replace(figure, value=-figure.value)
    if figure.unit_kind not in ("money", "percent") or not negative_level(before):
        return figure
    return replace(figure, value=-figure.value)
