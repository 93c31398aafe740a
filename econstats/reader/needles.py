"""Needles of a regular expression: strings of which every match must contain one.

needle_sets reads a compiled pattern's parse tree (``re._parser``) and returns, for each
mandatory part of it, the set of needles one of which a match holds. A needle is (string,
form): the form says which rewriting of the text it is looked for in (econstats.reader.prefilter.Text):

- "exact": the text with each run of white space written as one space;
- "folded": that, in lower case (as re.IGNORECASE compares);
- "word": that, with each run of characters other than a-z and 0-9 written as one space and a
  space added at both ends; a needle in this form starts or ends with a space where the pattern
  puts a word boundary there ("(?<![A-Za-z0-9])may(?![A-Za-z0-9])" -> " may "), so "may" in
  "mayor" is no hit.

Rewriting text and needle alike keeps every needle of a match inside the rewritten text, so a
text holding no needle of some part cannot match.

>>> import re
>>> needle_sets(re.compile(r"(?i)(?:the\\s+)?first\\s+\\d+\\s+months"))[0]
frozenset({(' months', 'folded')})
>>> sorted(needle_sets(re.compile(r"(?i)Spring\\s+Festival|Golden[ ]week"))[0])
[('golden week', 'folded'), ('spring festival', 'folded')]
>>> sorted(needle_sets(re.compile(r"(?i)(?-i:Q)[1-4]"))[0])
[('Q1', 'exact'), ('Q2', 'exact'), ('Q3', 'exact'), ('Q4', 'exact')]
>>> [sorted(part) for part in needle_sets(re.compile(r"(?i)(?<![A-Za-z0-9])(?:may|june)(?![A-Za-z0-9])"))]
[[(' june ', 'word'), (' may ', 'word')]]
>>> needle_sets(re.compile(r"\\d+%?"))
[]
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from re import _constants as sre  # the parse tree's opcodes (Python 3.11+)
from typing import Any

from econstats.reader.twin_trees import SHARED_IDS, parse_flat

ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
MAX_CLASS = 10  # a character class of at most this many characters is expanded
MAX_NEEDLES = 64
SPACES = re.compile(r"\s+")
NOT_WORD = re.compile(r"[^a-z0-9]+")
SPACE_CLASS = [(sre.CATEGORY, sre.CATEGORY_SPACE)]
Needle = tuple[str, str]
NeedleSet = frozenset[Needle]
_SHARED: dict[tuple[int, bool, bool, bool], NeedleSet | None] = {}  # _item of a shared node


def needle_sets(pattern: re.Pattern[str]) -> list[NeedleSet]:
    """The needle sets of the pattern's mandatory parts, strongest first; [] when none known."""
    if pattern.flags & re.LOCALE or not isinstance(pattern.pattern, str):
        return []
    tree = parse_flat(pattern.pattern, pattern.flags)
    parts = _parts(tree, bool(tree.state.flags & re.IGNORECASE))
    return sorted(parts, key=strength, reverse=True)


def strength(needles: NeedleSet) -> tuple[int, int]:
    """Longer shortest needle first, then fewer needles."""
    return min(len(string.strip()) for string, _ in needles), -len(needles)


def safe_char(code: int, ignore_case: bool) -> str | None:
    """The character a literal contributes (folded when case is ignored), or None when folding
    could not be trusted (cased letters beyond ASCII)."""
    char = chr(code)
    if SPACES.fullmatch(char):
        return " "
    if not ignore_case:
        return char
    if char.isascii():
        return char.lower()
    if char.lower() == char.upper() and unicodedata.category(char)[0] in "LPSN":
        return char  # uncased: CJK ideographs, punctuation, symbols
    return None


def char_set(op: Any, value: Any, ignore_case: bool) -> frozenset[str] | None:
    """The characters one item matches when it is a literal or a small class of literals, or
    " " for one or more white space characters."""
    if op in REPEATS:
        low, _, body = value
        if low >= 1 and len(body) == 1:
            inner_op, inner = body[0]
            if inner_op is sre.IN and inner == SPACE_CLASS:
                return frozenset(" ")
            if char_set(inner_op, inner, ignore_case) == frozenset(" "):
                return frozenset(" ")
        return None
    codes: list[int] = []
    if op is sre.LITERAL:
        codes = [value]
    elif op is sre.IN:
        for kind, item in value:
            if kind is sre.LITERAL:
                codes.append(item)
            elif kind is sre.RANGE and item[1] - item[0] < MAX_CLASS:
                codes.extend(range(item[0], item[1] + 1))
            else:
                return None
    chars = [safe_char(code, ignore_case) for code in codes]
    if not chars or len(chars) > MAX_CLASS or None in chars:
        return None
    if " " in chars and (len(chars) > 1 or op is sre.IN):
        return None  # one space among others, or exactly one white space character
    return frozenset(chars)  # type: ignore[arg-type]


def word_boundary(op: Any, value: Any, ignore_case: bool, direction: int) -> bool:
    """True for a negative look-behind (-1) or look-ahead (1) that no letter or digit passes:
    (?<!\\w), or (?<![a-z0-9]) when case is ignored, or a class holding either."""
    if op is not sre.ASSERT_NOT or value[0] != direction or len(value[1]) != 1:
        return False
    inner_op, inner = value[1][0]
    if inner_op is not sre.IN:
        return False
    if (sre.CATEGORY, sre.CATEGORY_WORD) in inner:
        return True
    ranges = {item for kind, item in inner if kind is sre.RANGE}
    letters = (97, 122) in ranges or (65, 90) in ranges  # either case stands for both
    return ignore_case and letters and (48, 57) in ranges


def _flatten(items: Any, ignore_case: bool) -> Iterator[tuple[Any, Any, bool]]:
    """(op, value, ignore_case) of each item; groups of literals only are opened in place."""
    for op, value in items:
        if op is sre.SUBPATTERN:
            _, add, remove, body = value
            inner = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            if all(o in ZERO_WIDTH or char_set(o, v, inner) is not None for o, v in body):
                yield from ((o, v, inner) for o, v in body)
                continue
        yield op, value, ignore_case


class Run:
    """Consecutive literal characters: the strings they spell, how to compare them, and
    whether a word boundary is known before and after."""

    def __init__(self) -> None:
        self.strings: set[str] = {""}
        self.form: str | None = None  # "exact" | "folded"; None while no letter has a case
        self.starts_word = self.ends_word = False

    def empty(self) -> bool:
        return self.strings == {""}

    def extend(self, chars: frozenset[str], ignore_case: bool) -> bool:
        """Append one of `chars`; False (nothing changed) when it cannot be appended."""
        cased = any(char.lower() != char.upper() for char in chars)
        form = ("folded" if ignore_case else "exact") if cased else None
        if self.form and form and form != self.form:
            return False
        if len(self.strings) * len(chars) > MAX_NEEDLES:
            return False
        self.strings = {
            s if c == " " and s.endswith(" ") else s + c for s in self.strings for c in chars
        }
        self.form = self.form or form
        self.ends_word = False
        return True

    def needles(self) -> NeedleSet:
        """The run's needles, in word form when a boundary is known and case is folded."""
        if self.form == "folded" and (self.starts_word or self.ends_word):
            before, after = " " * self.starts_word, " " * self.ends_word
            words = {
                (before + NOT_WORD.sub(" ", s) + after).replace("  ", " ") for s in self.strings
            }
            return frozenset((word, "word") for word in words)
        return frozenset((s, self.form or "exact") for s in self.strings)


def _parts(
    items: Any, ignore_case: bool, before: bool = False, after: bool = False
) -> list[NeedleSet]:
    """Needle sets of a concatenation's literal runs and mandatory parts (each one must hit);
    `before`/`after`: a word boundary is known just before/after the concatenation."""
    parts: list[NeedleSet] = []
    flat = list(_flatten(items, ignore_case))
    run = Run()
    run.starts_word = before
    for index, (op, value, case) in enumerate(flat):
        chars = char_set(op, value, case)
        if chars is not None and run.extend(chars, case):
            continue
        if chars is None and op in ZERO_WIDTH:
            run.starts_word |= run.empty() and word_boundary(op, value, case, -1)
            run.ends_word |= not run.empty() and word_boundary(op, value, case, 1)
            continue
        if not run.empty():
            parts.append(run.needles())
        starts = run.empty() and run.starts_word
        run = Run()
        if chars is not None:
            run.extend(chars, case)
        elif found := _item(op, value, case, starts, _ends(flat, index, after)):
            parts.append(found)
    if not run.empty():
        run.ends_word |= after
        parts.append(run.needles())
    return parts


def _ends(flat: list[tuple[Any, Any, bool]], index: int, after: bool) -> bool:
    """True when a word boundary is known right after item `index` of a flattened sequence."""
    for op, value, case in flat[index + 1 :]:
        if op not in ZERO_WIDTH:
            return False
        if word_boundary(op, value, case, 1):
            return True
    return after


def _sequence(
    items: Any, ignore_case: bool, before: bool = False, after: bool = False
) -> NeedleSet | None:
    """The strongest needle set of a concatenation, or None."""
    return max(_parts(items, ignore_case, before, after), key=strength, default=None)


def _item(op: Any, value: Any, ignore_case: bool, before: bool, after: bool) -> NeedleSet | None:
    """The needle set of one item of a sequence that is no literal; `before`/`after` as in
    _parts."""
    if id(value) in SHARED_IDS:  # a grouped alternation's node, in many patterns: read once
        memo = (id(value), ignore_case, before, after)
        if memo not in _SHARED:
            _SHARED[memo] = _item_of(op, value, ignore_case, before, after)
        return _SHARED[memo]
    return _item_of(op, value, ignore_case, before, after)


def _item_of(op: Any, value: Any, ignore_case: bool, before: bool, after: bool) -> NeedleSet | None:
    """_item, computed."""
    if op is sre.SUBPATTERN:
        _, add, remove, body = value
        inner = (ignore_case or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(body, inner, before, after)
    if op is sre.ATOMIC_GROUP:
        return _sequence(value, ignore_case, before, after)
    if op in REPEATS:
        low, high, body = value
        bounds = (before, after) if low == high == 1 else (False, False)
        return _sequence(body, ignore_case, *bounds) if low >= 1 else None
    if op is sre.BRANCH:
        found = [_sequence(branch, ignore_case, before, after) for branch in value[1]]
        if any(not branch for branch in found):
            return None
        return frozenset().union(*found)
    return None
