"""Vocabulary files -> compiled regular expressions, in one place, longest phrase first.

A phrase written all in lower case matches in any case ("yuan", "Yuan"); a phrase with a capital
letter matches as written ("RMB", "US", "China"), so "us" the pronoun is never the United States.
ASCII phrases match whole words only; CJK phrases match anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache, lru_cache
from importlib.resources import files

from econstats.core.data_files import load_csv

VOCAB = files("econstats.vocab")
WORD_BEFORE = r"(?<![A-Za-z0-9])"
WORD_AFTER = r"(?![A-Za-z0-9])"


@cache
def load_vocab(name: str, required: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """A vocabulary table of econstats/vocab/, e.g. load_vocab("currencies", ("alias", "code"))."""
    return tuple(load_csv(str(VOCAB.joinpath(f"{name}.csv")), required))


# Non-ASCII letters that a case-insensitive regex matches to an ASCII letter (Python's simple
# case folding), e.g. the long s of "ſpring": a matched phrase must find its vocabulary row.
REGEX_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


@lru_cache(maxsize=8192)  # the same few thousand phrases, looked up ~200 times a document
def key(phrase: str) -> str:
    """The lookup key of a matched phrase: lower case, single spaces.

    >>> key("U.S.  Dollars"), key("ſpring  Festival"), key("İmports")
    ('u.s. dollars', 'spring festival', 'imports')
    """
    return " ".join(phrase.translate(REGEX_FOLDS).lower().split())


def phrase_pattern(
    phrase: str, glued: bool = False, before_digits: bool = False, initial: bool = False
) -> str:
    r"""The regex for one phrase: spaces match any run of spaces, ASCII words are whole words.

    `glued`: may follow a digit ("3.5bn"); `before_digits`: may precede one ("RMB10 billion");
    `initial`: a phrase with capitals ("nominal GDP", "core CPI") whose first word is lower-case
    may open a sentence or a heading with it capitalised ("Nominal GDP rose 0.1%", "Core CPI").

    >>> bool(re.search(phrase_pattern("core CPI", initial=True), "Core CPI rose"))
    True
    >>> bool(re.search(phrase_pattern("core CPI", initial=True), "core cpi rose"))
    False

    >>> bool(re.search(phrase_pattern("per cent"), "3 Per  cent"))
    True
    >>> bool(re.search(phrase_pattern("RMB"), "rmb"))
    False
    >>> bool(re.search(phrase_pattern("up"), "upward"))
    False
    >>> bool(re.search(phrase_pattern("亿"), "784.7亿元"))
    True
    >>> bool(re.search(phrase_pattern("bn"), "3.5bn")), bool(re.search(phrase_pattern("bn", glued=True), "3.5bn"))
    (False, True)
    """
    parts = [re.escape(part) for part in phrase.split()]
    first = phrase.split()[0] if parts else ""
    if initial and phrase != phrase.lower() and first.isascii() and first.isalpha():
        if first == first.lower():  # "nominal GDP": "Nominal GDP" too
            parts[0] = f"[{first[0]}{first[0].upper()}]{re.escape(first[1:])}"
    body = r"\s+".join(parts)
    if phrase == phrase.lower():
        body = f"(?i:{body})"
    if phrase[:1].isascii() and phrase[:1].isalnum() and not glued:
        body = WORD_BEFORE + body
    if phrase[-1:].isascii() and phrase[-1:].isalnum():
        body = body + (r"(?![A-Za-z])" if before_digits else WORD_AFTER)
    return body


NOTHING = "(?!)"  # the alternation of no phrase: matches nothing


def longest_first(phrases: Iterable[str]) -> list[str]:
    """The distinct phrases, longest first (then alphabetical): the order alternations try.

    >>> longest_first(["tax revenue", "non-tax revenue", "tax revenue"])
    ['non-tax revenue', 'tax revenue']
    """
    return sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))


def alternation(
    phrases: Iterable[str],
    glued: bool = False,
    before_digits: bool = False,
    after: Mapping[str, str] | None = None,
) -> str:
    """One non-capturing group of phrases, longest first so "non-tax revenue" beats "tax revenue".
    `after`: a regex that may follow a phrase (month abbreviations: "Sept." -> r"\\.?").

    The phrases are grouped by their first character, each group opening with that character
    (any case where its phrases are case-free): Python's regex engine then tries a group only
    where its character stands, instead of every phrase at every position (issue 7). Groups are
    disjoint (no character starts phrases of two groups), and within a group the longest phrase
    still comes first, so what matches is what one flat alternation, longest first, would match
    (tests/reader/test_lexicon.py compares the two).

    >>> re.findall(alternation(["tax revenue", "non-tax revenue"]), "non-tax revenue")
    ['non-tax revenue']
    >>> [m.group() for m in re.finditer(alternation(["China", "US", "yuan"]), "china US us Yuan")]
    ['US', 'Yuan']
    """
    unique = longest_first(phrases)
    if not unique:
        return NOTHING
    groups: dict[str, list[str]] = {}
    for phrase in unique:
        groups.setdefault(_group_key(phrase), []).append(phrase)
    branches = []
    for first, members in groups.items():
        rests = "|".join(
            _after_first(phrase, glued, before_digits) + (after or {}).get(phrase, "")
            for phrase in members
        )
        lead = f"(?i:{re.escape(first)})" if first.isalpha() else re.escape(first)
        branches.append(f"{lead}(?:{rests})")
    grouped = "(?:" + "|".join(branches) + ")"
    FLAT_TWINS[grouped] = flat_alternation(unique, glued, before_digits, after)
    return grouped


# Each grouped alternation made, and the flat one it equals: econstats.reader.needles reads a pattern's
# needles from its flat twin, where every phrase stands whole ("(?<![A-Za-z0-9])first").
FLAT_TWINS: dict[str, str] = {}


def flat_twin(pattern: str) -> str:
    """The pattern with each grouped alternation in it written flat (an equal regex).

    >>> flat_twin("x" + alternation(["may", "June"]))
    'x(?:(?<![A-Za-z0-9])June(?![A-Za-z0-9])|(?<![A-Za-z0-9])(?i:may)(?![A-Za-z0-9]))'
    """
    for grouped in sorted((g for g in FLAT_TWINS if g in pattern), key=len, reverse=True):
        pattern = pattern.replace(grouped, FLAT_TWINS[grouped])
    return pattern


def either_apostrophe(regex: str) -> str:
    """The regex with each ' matching ’ too, and a flat twin known for each grouped alternation
    in it (econstats.reader.needles reads needles from the twin: the country alternation holds
    "People's Republic of China", and without a twin its 5 kB were parsed for each term).

    >>> grouped = alternation(["People's Bank"])
    >>> flat_twin(either_apostrophe("x" + grouped)) == "x" + either_apostrophe(FLAT_TWINS[grouped])
    True
    """
    for grouped in [g for g in FLAT_TWINS if "'" in g and g in regex]:
        FLAT_TWINS.setdefault(
            grouped.replace("'", "['’]"), FLAT_TWINS[grouped].replace("'", "['’]")
        )
    return regex.replace("'", "['’]")


def flat_alternation(
    phrases: Iterable[str],
    glued: bool = False,
    before_digits: bool = False,
    after: Mapping[str, str] | None = None,
) -> str:
    """The same alternation as one flat group of phrase_pattern()s (slow; kept to test against).

    >>> re.findall(flat_alternation(["tax revenue", "non-tax revenue"]), "non-tax revenue")
    ['non-tax revenue']
    """
    unique = longest_first(phrases)
    if not unique:
        return NOTHING
    after = after or {}
    flat = (phrase_pattern(p, glued, before_digits) + after.get(p, "") for p in unique)
    return "(?:" + "|".join(flat) + ")"


def _group_key(phrase: str) -> str:
    """The first character: a letter as key() folds it (its group matches it in any case, as
    IGNORECASE does), anything else as it is."""
    first = phrase.lstrip()[0]
    return key(first) if first.isalpha() else first


def _after_first(phrase: str, glued: bool, before_digits: bool) -> str:
    """phrase_pattern() of the phrase, to be matched after its group's first character: the
    rest of the phrase, then the checks on the first character (its case, when the phrase is
    not case-free) and on the character before it (a whole word), as lookbehinds."""
    parts = phrase.split()
    first = parts[0][0]
    rest = r"\s+".join([re.escape(parts[0][1:])] + [re.escape(part) for part in parts[1:]])
    case_free = phrase == phrase.lower()
    body = f"(?i:{rest})" if case_free and rest else rest
    if phrase[-1:].isascii() and phrase[-1:].isalnum():
        body += r"(?![A-Za-z])" if before_digits else WORD_AFTER
    # the lookbehinds see back over the whole match so far (fixed width: no \s+ inside)
    checks = []
    width = len(parts[0]) if len(parts) == 1 else None
    if not case_free and first.isalpha():
        checks.append(("exact", re.escape(first)))
    if phrase[:1].isascii() and phrase[:1].isalnum() and not glued:
        checks.append(("word", WORD_BEFORE))
    if not checks:
        return body
    if width is None:  # a phrase with spaces: check right after the first character instead
        return "".join(_check_after_first(kind, pattern) for kind, pattern in checks) + body
    return body + "".join(_check_at_end(kind, pattern, width) for kind, pattern in checks)


def _check_after_first(kind: str, pattern: str) -> str:
    """A check on the first character, placed right after it."""
    return f"(?<={pattern})" if kind == "exact" else r"(?<![A-Za-z0-9].)"


def _check_at_end(kind: str, pattern: str, width: int) -> str:
    """A check on the first character of a match of `width` characters, placed at its end."""
    if kind == "exact":
        return f"(?<={pattern}.{{{width - 1}}})"
    return rf"(?<![A-Za-z0-9].{{{width}}})"


def lookup(rows: Iterable[dict[str, str]], column: str) -> dict[str, dict[str, str]]:
    """Rows keyed by key(row[column]); the first row of a key wins."""
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        table.setdefault(key(row[column]), row)
    return table
