"""Breakdowns: the category within an indicator that a term's {breakdown} placeholder captures
("revenue from {breakdown}"), bounded and normalised (lower-case English, articles dropped)."""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.lexicon import load_vocab

BREAKDOWN_WORDS = 6  # a breakdown is a few words: a longer run is no category of the indicator
LETTERS = r"A-Za-z\x27\u2019&-"


@cache
def breakdown_stopwords() -> tuple[str, ...]:
    """Words that no breakdown holds: verbs, prepositions, periods (vocab/breakdown_stopwords)."""
    return tuple(row["word"] for row in load_vocab("breakdown_stopwords", ("word",)))


QUOTES = str.maketrans("", "", '“”「」"')  # around a Chinese name: '“一带一路”沿线国家'
DETERMINERS = ("a", "an", "the", "its", "their", "his", "her", "our")


@cache
def breakdown_regex(last: bool) -> str:
    """The {breakdown} capture: one to BREAKDOWN_WORDS words of letters, joined by spaces,
    commas or 'and'/'or', none of them a stop word (so it ends before a verb, a preposition, a
    period, a number or punctuation), after an optional determiner that stays out of it.
    `last`: the placeholder ends the phrase, so the capture must end where the words do (a run
    longer than the bound is no breakdown, never a cut one)."""
    # a plain alternation: the lexicon's (grouped, with lookbehinds) compiled 20 times slower
    stop = "(?:" + "|".join(sorted(map(re.escape, breakdown_stopwords()), key=len)[::-1]) + ")"
    word = rf"(?!{stop}(?![{LETTERS}]))[A-Za-z][{LETTERS}]*+"
    join = r"(?:,?[ ](?:and|or|&)[ ]|,[ ]|[ ])"
    lead = rf"(?:(?:{'|'.join(DETERMINERS)})[ ])?"
    capture = rf"{lead}(?P<breakdown>{word}(?:{join}{word}){{0,{BREAKDOWN_WORDS - 1}}})"
    if last:
        capture += rf"(?!{join}{word})"
    return f"(?i:{capture})"


@cache
def breakdown_names() -> dict[str, str]:
    """Category as written -> its English name (vocab/breakdown_names.csv: 东盟 -> asean)."""
    rows = load_vocab("breakdown_names", ("phrase", "english"))
    return {row["phrase"]: row["english"] for row in rows}


def normal_breakdown(text: str | None) -> str | None:
    """A captured breakdown in its normal form: lower case English, single spaces, no article;
    a category written in Chinese by its English name of vocab/breakdown_names.csv, else as
    written.

    >>> normal_breakdown(" Online  Marketing Services"), normal_breakdown("the Cloud business")
    ('online marketing services', 'cloud business')
    >>> normal_breakdown(None), normal_breakdown("  ")
    (None, None)
    >>> normal_breakdown("民营企业"), normal_breakdown("“一带一路”沿线国家"), normal_breakdown("游戏")
    ('private enterprises', 'belt and road countries', '游戏')
    """
    text = (text or "").strip()
    text = breakdown_names().get(text.translate(QUOTES), text)
    words = text.replace("’", "'").lower().split()
    while words and words[0] in DETERMINERS:
        words.pop(0)
    return " ".join(words) or None
