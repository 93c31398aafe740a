"""Company names: a short name in a sentence ("Kling's revenue") -> the full name the document
uses for it elsewhere ("Kling AI"), as journalists write the full name first and shorten it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

import ahocorasick

CAPITALISED = r"(?:[ ](?:[A-Z][\w&.-]*|\d{1,2}(?!\d)))"
NAME_TAIL = re.compile(rf"{CAPITALISED}{{1,3}}(?![\w'’])")  # what follows a short name
WORD = re.compile(r"\w")


KEEP_STOP = ("Corp.", "Inc.", "Ltd.", "Co.", "Bhd.", "Plc.")


def trim_stop(name: str) -> str:
    """The name without a sentence's full stop ("Kling AI." -> "Kling AI"; "Acme Inc." stays).

    >>> trim_stop("Kling AI."), trim_stop("Acme Inc.")
    ('Kling AI', 'Acme Inc.')
    """
    if name.endswith(".") and not name.endswith(KEEP_STOP):
        return name[:-1]
    return name


def full_name(short: str, text: str) -> str:
    """The most frequent longer capitalised name in the text that starts with `short`.

    >>> full_name("Kling", "studio Kling AI ... Kling AI met our needs ... Kling's revenue")
    'Kling AI'
    >>> full_name("Acme", "Acme's revenue rose"), full_name("Acme", "Acme Corp. and Acme Inc.")
    ('Acme', 'Acme Corp.')
    """
    return full_names([short], text)[short]


def full_names(shorts: Iterable[str], text: str) -> dict[str, str]:
    """short name -> full_name(short, text) for each of the shorts, in one pass over the text.

    The shorts are found together by an Aho-Corasick automaton; each place one of them starts a
    word is then read as the short followed by 1 to 3 capitalised words, as a regex search
    for that short alone would find it (issue 12: a search of the whole document for every
    company figure made a document naming a company in every sentence quadratic).

    >>> full_names(["Kling", "Acme"], "Kling AI and Acme Inc ... Kling's, Acme Inc and Acme Corp")
    {'Acme': 'Acme Inc', 'Kling': 'Kling AI'}
    """
    wanted = sorted(set(shorts))
    starts: dict[str, list[int]] = {short: [] for short in wanted}
    if any(wanted):
        automaton = ahocorasick.Automaton()
        for short in wanted:
            if short:
                automaton.add_word(short, short)
        automaton.make_automaton()
        for last, short in automaton.iter(text):
            starts[short].append(last - len(short) + 1)
    return {short: most_frequent(short, names_at(short, starts[short], text)) for short in wanted}


def names_at(short: str, starts: Iterable[int], text: str) -> Counter[str]:
    """How often each full name starts with `short` at the given places, which are taken in
    order and left to right as re.finditer would (none inside an earlier name)."""
    names: Counter[str] = Counter()
    taken = 0  # where the last name ended
    for start in starts:
        if start < taken or (start and WORD.match(text, start - 1)):
            continue
        match = NAME_TAIL.match(text, start + len(short))
        if match:
            names[trim_stop(text[start : match.end()])] += 1
            taken = match.end()
    return names


def most_frequent(short: str, names: Counter[str]) -> str:
    """The most frequent name, the longer on a tie, then the first in order; else `short`."""
    if not names:
        return short
    return sorted(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]
