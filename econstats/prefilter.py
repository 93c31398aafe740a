"""Cheap, exact prefilters: skip a regular-expression scan that cannot match (issue 7).

Python's ``re`` tries a pattern at every position of a text; a pattern that opens with an
optional, case-insensitive alternation (a period rule's lead words, a subject phrase) is tried
in full at each one, so such scans run well under 1 MB/s, and the parser runs dozens per
sentence. Most sentences hold none of the words a match needs. may_match looks for the needles
of a pattern's two strongest mandatory parts (econstats.needles) with ``in``, which is fast,
and says False only when some part has none in the text: the scan would find nothing. Results
are unchanged, which tests/test_prefilter.py checks on the period rules and subject terms.

>>> import re
>>> text = Text("In the FIRST half of the year")
>>> may_match(re.compile(r"(?i)first\\s+half"), text), may_match(re.compile(r"H[12]"), text)
(True, False)
>>> may_match(re.compile(r"(?i)(?<![a-z0-9])(?:may|june)(?![a-z0-9])"), Text("The mayor said"))
False
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from econstats.needles import needle_sets

# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not lower to
# it: Kelvin sign, long s, dotted capital I, dotless i (tests/test_prefilter.py derives them).
FOLD_FIXES = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})
FOLD_CHARS = tuple(map(chr, FOLD_FIXES))
DIGIT = re.compile(r"\d")
# bytes other than a-z and 0-9 -> space: NOT_WORD on an ASCII text, by bytes.translate
NOT_WORD_ASCII = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256)
)
WORD = re.compile(r"[a-z0-9]+")
TOKEN = re.compile(r" [a-z]+ ")  # a word-form needle that is one whole word
T = TypeVar("T")


def fold(text: str) -> str:
    """Lower case, with IGNORECASE's odd letters mapped: what re.IGNORECASE equates, fold
    equates too.

    >>> fold("Q3 Revenue \\u212aelvin")
    'q3 revenue kelvin'
    """
    if text.isascii() or not any(char in text for char in FOLD_CHARS):
        return text.lower()
    return text.translate(FOLD_FIXES).lower()  # str.translate with a table is slow: rare path


@dataclass
class Text:
    """A text and its forms (see econstats.needles), each made once, when first needed."""

    raw: str
    _forms: dict[str, Any] = field(default_factory=dict, repr=False)

    def words(self) -> set[str]:
        """The words of the word form."""
        found = self._forms.get("words")
        if found is None:
            found = self._forms["words"] = set(self.word_list())
        return found

    def word_list(self) -> list[str]:
        """The runs of a-z and 0-9 of the folded form, in order."""
        found = self._forms.get("word_list")
        if found is None:
            folded = self.form("folded")
            found = ascii_words(folded).split() if folded.isascii() else WORD.findall(folded)
            self._forms["word_list"] = found
        return found

    def form(self, name: str) -> str:
        """The text in form "exact", "folded" or "word" (see econstats.needles; in the word form
        a run of other characters is one space even at the ends: no needle holds two spaces)."""
        found = self._forms.get(name)
        if found is None:
            if name == "exact":
                found = collapse(self.raw)
            elif name == "folded":
                found = fold(self.form("exact"))
            else:
                found = " " + " ".join(self.word_list()) + " "
            self._forms[name] = found
        return found


def ascii_words(text: str) -> str:
    """An ASCII text with every character other than a-z and 0-9 made a space.

    >>> ascii_words("u.s. (1st)")
    'u s   1st '
    """
    return text.encode("ascii").translate(NOT_WORD_ASCII).decode("ascii")


_RECENT: list[Text] = []


def text_of(raw: str) -> Text:
    """The Text of a string, shared by the scans of one sentence (the parser asks for the
    periods, subjects and places of the same sentence string one after the other).

    >>> sentence = "Sales rose"
    >>> text_of(sentence) is text_of(sentence)
    True
    """
    for text in _RECENT:
        if text.raw is raw:
            return text
    text = Text(raw)
    _RECENT.insert(0, text)
    del _RECENT[3:]
    return text


def collapse(text: str) -> str:
    r"""Each run of white space as one space: SPACES.sub(" ", text), several times faster.

    >>> collapse("  a \t b\n"), collapse("ab"), collapse(" \n ")
    (' a b ', 'ab', ' ')
    """
    inner = " ".join(text.split())
    if not inner:
        return " " if text else ""
    return (" " if text[0].isspace() else "") + inner + (" " if text[-1].isspace() else "")


def has_digit(text: str) -> bool:
    r"""True when the text holds a decimal digit (anything ``\d`` matches).

    >>> has_digit("up 3 percent"), has_digit("no figure here"), has_digit("增长３")
    (True, False, True)
    """
    return DIGIT.search(text) is not None


def may_match(pattern: re.Pattern[str], text: Text) -> bool:
    """False only when `pattern` cannot match anywhere in the text."""
    return bool(group_of((pattern,)).selected(text))


class Group:
    """Patterns checked together on each text: every needle is looked for once per text, and
    each hit marks the mandatory parts it satisfies."""

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self.patterns = tuple(patterns)  # held, so that the ids keying this group stay theirs
        self.always: list[int] = []  # patterns with no known needle: always scanned
        self.full: dict[int, int] = {}  # pattern index -> bit mask of all its parts
        self.postings: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for index, pattern in enumerate(self.patterns):
            parts = needle_sets(pattern)[:2]
            if not parts:
                self.always.append(index)
            self.full[index] = (1 << len(parts)) - 1
            for number, part in enumerate(parts):
                for needle in part:
                    self.postings.setdefault(needle, []).append((index, 1 << number))
        self.universe = universe(self.postings)
        self.word_index: dict[str, list[str]] = {}  # first whole word -> word-form needles
        self.word_scan: list[str] = []  # word-form needles with no whole word: always looked for
        for form, kind, needles in self.universe:
            for string in needles if (form, kind) == ("word", "plain") else ():
                word = whole_word(string)
                if word is None:
                    self.word_scan.append(string)
                else:
                    self.word_index.setdefault(word, []).append(string)
        self.word_keys = frozenset(self.word_index)
        self.wide: dict[str, tuple[list[str], tuple[str, ...]]] = {}
        for form, kind, needles in self.universe:
            if kind == "wide":
                by_top = tuple(sorted(needles, key=max))
                self.wide[form] = ([max(needle) for needle in by_top], by_top)
        self.tokens = frozenset(
            string.strip()
            for _, kind, needles in self.universe
            if kind == "token"
            for string in needles
        )

    def selected(self, text: Text) -> list[int]:
        """Indices, in order, of the patterns that may match the text."""
        raw = text.raw
        wide = not raw.isascii()
        digits = has_digit(raw)
        marks: dict[int, int] = {}
        for form, kind, needles in self.universe:
            if (kind == "wide" and not wide) or (kind == "digit" and not digits):
                continue  # an ASCII text holds no wider needle, one without digits no digit
            if kind == "token":  # whole words: look the text's words up, not each needle
                found: Iterator[str] = (f" {word} " for word in text.words() & self.tokens)
            elif form == "word" and kind == "plain":  # a needle whose first word is whole
                body = text.form(form)  # is looked for only when the text has that word
                hits = text.words() & self.word_keys
                candidates = [n for word in hits for n in self.word_index[word]] if hits else []
                found = filter(body.__contains__, candidates + self.word_scan)
            else:
                body = raw if form == "exact" and kind != "spaced" else text.form(form)
                if kind == "wide":  # only needles whose characters all occur below the text's
                    tops, by_top = self.wide[form]  # highest one: most texts hold no CJK
                    needles = by_top[: bisect_right(tops, max(body))]
                found = filter(body.__contains__, needles)
            for string in found:
                for index, bit in self.postings[(string, form)]:
                    marks[index] = marks.get(index, 0) | bit
        chosen = [index for index, bits in marks.items() if bits == self.full[index]]
        return sorted(chosen + self.always) if self.always or len(chosen) > 1 else chosen


def whole_word(needle: str) -> str | None:
    """The first whole word of a word-form needle (spaces on both sides), or None.

    >>> whole_word(" end of "), whole_word(" as against "), whole_word(" end"), whole_word("rst ")
    ('end', 'as', None, None)
    """
    words = needle.split(" ")
    return words[1] if needle.startswith(" ") and len(words) > 2 and words[1] else None


def universe(postings: dict[tuple[str, str], Any]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(form, kind, needles) groups of every needle: kind "wide" (a character beyond ASCII),
    "digit" (an ASCII digit), "token" (one whole word of the word form, " may "), "spaced"
    (an exact needle with a space: it needs the exact form; one without is looked for in the
    raw text, which holds it just as often) or "plain"."""

    def kind(string: str, form: str) -> str:
        if not string.isascii():
            return "wide"
        if any(char.isdigit() for char in string):
            return "digit"
        if form == "word" and TOKEN.fullmatch(string):
            return "token"
        return "spaced" if form == "exact" and " " in string else "plain"

    groups: dict[tuple[str, str], list[str]] = {}
    for string, form in postings:
        groups.setdefault((form, kind(string, form)), []).append(string)
    return [(form, name, tuple(sorted(found))) for (form, name), found in sorted(groups.items())]


_GROUPS: dict[tuple[int, ...], Group] = {}


def group_of(patterns: Sequence[re.Pattern[str]]) -> Group:
    """The Group of these patterns, made once (keyed by their ids; the Group holds them)."""
    key = tuple(map(id, patterns))
    return _GROUPS.get(key) or _GROUPS.setdefault(key, Group(patterns))


_BY_ITEMS: dict[int, tuple[Sequence, Group]] = {}


def select(
    items: Sequence[T], text: str, pattern: Callable[[T], re.Pattern[str]]
) -> Iterator[tuple[int, T]]:
    """(index, item) of the items whose pattern may match `text`, in order; the others' scans
    would find nothing.

    >>> rules = [re.compile(r"(?i)first\\s+half"), re.compile(r"Q[1-4]")]
    >>> [index for index, _ in select(rules, "in the First  half", lambda rule: rule)]
    [0]
    """
    same = _BY_ITEMS.get(id(items))
    if same is not None and same[0] is items:
        group = same[1]
    else:
        group = group_of([pattern(item) for item in items])
        if len(_BY_ITEMS) >= 16:  # bounded: callers that build a new sequence each time
            _BY_ITEMS.clear()
        _BY_ITEMS[id(items)] = (items, group)  # the items are held, so their id stays theirs
    for index in group.selected(text_of(text)):
        yield index, items[index]
