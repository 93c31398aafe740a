"""A holder's possessive inside a subject's phrase: "Funds raised by China's property developers"
is the term "funds raised by property developers", "sales of the country's new homes" the term
"sales of new homes". After a preposition inside an English term phrase ("by", "of", "in",
"for", "from") a possessive may stand: a capitalised name of up to three words ("China's",
"Hong Kong's") or "the country's", "the nation's", "the city's". It names whose figure it is,
not another indicator, so the term still matches; where the figure is (ref_area) comes from the
story as for the bare phrase. Other words there ("funds raised by foreign developers") keep the
phrase from matching, as before."""

from __future__ import annotations

import re

from econstats.reader.lexicon import phrase_pattern

# a preposition inside a phrase, with words after it: where a possessive may stand
INNER = re.compile(r"\s(?:by|of|in|for|from)\s(?=\S)")
NAME = r"(?-i:[A-Z][A-Za-z.\-]*)"
HOLDERS = r"country|nation|city|region|province|state|island|territory|world"
# its ' matches ’ too: subjects.term_pattern passes the whole through lexicon.either_apostrophe
POSSESSIVE = rf"(?:(?:{NAME}(?:\s+{NAME}){{0,2}}|(?i:the\s+(?:{HOLDERS})))'s\s+)?"


def inner_possessive(part: str, initial: bool = False) -> str:
    r"""phrase_pattern of a term's literal part, with a possessive allowed after its first
    inner preposition (the module doc); a part without one, or not plain lower-case English,
    is phrase_pattern's alone.

    >>> pattern = re.compile(inner_possessive("funds raised by property developers"))
    >>> [bool(pattern.search(t)) for t in ("Funds raised by China's property developers",
    ...  "funds raised by the country's property developers", "funds raised by property developers",
    ...  "funds raised by foreign property developers", "funds raised by china's property developers")]
    [True, True, True, False, False]
    """
    words = part.strip()
    found = INNER.search(words)
    if found is None or words != words.lower() or not words.isascii():
        return phrase_pattern(part, initial=initial)  # "Nominal GDP" opening a sentence
    head, tail = words[: found.end()].strip(), words[found.end() :]
    return phrase_pattern(head) + r"\s+" + POSSESSIVE + phrase_pattern(tail)
