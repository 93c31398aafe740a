"""Vocabulary files -> compiled regular expressions, in one place, longest phrase first.

A phrase written all in lower case matches in any case ("yuan", "Yuan"); a phrase with a capital
letter matches as written ("RMB", "US", "China"), so "us" the pronoun is never the United States.
ASCII phrases match whole words only; CJK phrases match anywhere.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from pathlib import Path

from econstats.errors import SchemaFileError

VOCAB = files("econstats.vocab")
WORD_BEFORE = r"(?<![A-Za-z0-9])"
WORD_AFTER = r"(?![A-Za-z0-9])"


def load_csv(path: Path | str, required: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a vocabulary CSV; raises SchemaFileError naming the file, line and problem."""
    text = Path(str(path)).read_text(encoding="utf-8")
    reader = csv.DictReader(text.splitlines())
    missing = set(required) - set(reader.fieldnames or [])
    if missing:
        raise SchemaFileError(f"{path}: missing columns {sorted(missing)}")
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(row.get(name) in (None, "") for name in required):
            raise SchemaFileError(f"{path} line {line}: empty or extra field in {row}")
        rows.append(row)
    return rows


@cache
def load_vocab(name: str, required: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    """A vocabulary table of econstats/vocab/, e.g. load_vocab("currencies", ("alias", "code"))."""
    return tuple(load_csv(str(VOCAB.joinpath(f"{name}.csv")), required))


# Non-ASCII letters that a case-insensitive regex matches to an ASCII letter (Python's simple
# case folding), e.g. the long s of "ſpring": a matched phrase must find its vocabulary row.
REGEX_FOLDS = str.maketrans({"İ": "i", "ı": "i", "ſ": "s", "\u212a": "k"})


def key(phrase: str) -> str:
    """The lookup key of a matched phrase: lower case, single spaces.

    >>> key("U.S.  Dollars"), key("ſpring  Festival"), key("İmports")
    ('u.s. dollars', 'spring festival', 'imports')
    """
    return " ".join(phrase.translate(REGEX_FOLDS).lower().split())


def phrase_pattern(phrase: str, glued: bool = False, before_digits: bool = False) -> str:
    r"""The regex for one phrase: spaces match any run of spaces, ASCII words are whole words.

    `glued`: may follow a digit ("3.5bn"); `before_digits`: may precede one ("RMB10 billion").

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
    body = r"\s+".join(re.escape(part) for part in phrase.split())
    if phrase == phrase.lower():
        body = f"(?i:{body})"
    if phrase[:1].isascii() and phrase[:1].isalnum() and not glued:
        body = WORD_BEFORE + body
    if phrase[-1:].isascii() and phrase[-1:].isalnum():
        body = body + (r"(?![A-Za-z])" if before_digits else WORD_AFTER)
    return body


def alternation(phrases: Iterable[str], glued: bool = False, before_digits: bool = False) -> str:
    """One non-capturing group of phrases, longest first so "non-tax revenue" beats "tax revenue".

    >>> re.findall(alternation(["tax revenue", "non-tax revenue"]), "non-tax revenue")
    ['non-tax revenue']
    """
    unique = sorted(set(phrases), key=lambda phrase: (-len(phrase), phrase))
    if not unique:
        return "(?!)"
    return "(?:" + "|".join(phrase_pattern(p, glued, before_digits) for p in unique) + ")"


def lookup(rows: Iterable[dict[str, str]], column: str) -> dict[str, dict[str, str]]:
    """Rows keyed by key(row[column]); the first row of a key wins."""
    table: dict[str, dict[str, str]] = {}
    for row in rows:
        table.setdefault(key(row[column]), row)
    return table
