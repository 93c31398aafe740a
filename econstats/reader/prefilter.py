"""Cheap, exact prefilters: skip a regular-expression scan that cannot match (issue 7).

Python's ``re`` tries a pattern at every position of a text; a pattern that opens with an
optional, case-insensitive alternation (a period rule's lead words, a subject phrase) is tried
in full at each one, so such scans run well under 1 MB/s, and the parser runs dozens per
sentence. Most sentences hold none of the words a match needs. may_match looks for the needles
of a pattern's two strongest mandatory parts (econstats.reader.needles), all of a group's needles in
one pass of an Aho-Corasick automaton (pyahocorasick) per text form, and says False only when
some part has none in the text: the scan would find nothing. Results
are unchanged, which tests/reader/test_prefilter.py checks on the period rules and subject terms.

>>> import re
>>> text = Text("In the FIRST half of the year")
>>> may_match(re.compile(r"(?i)first\\s+half"), text), may_match(re.compile(r"H[12]"), text)
(True, False)
>>> may_match(re.compile(r"(?i)(?<![a-z0-9])(?:may|june)(?![a-z0-9])"), Text("The mayor said"))
False
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import ahocorasick

from econstats.reader.needles import needle_sets

# Characters that re.IGNORECASE matches to an ASCII letter but str.lower() does not lower to
# it: Kelvin sign, long s, dotted capital I, dotless i (tests/reader/test_prefilter.py derives them).
FOLD_FIXES = str.maketrans({"\u212a": "k", "\u017f": "s", "\u0130": "i", "\u0131": "i"})
FOLD_CHARS = tuple(map(chr, FOLD_FIXES))
DIGIT = re.compile(r"\d")
# bytes other than a-z and 0-9 -> space: NOT_WORD on an ASCII text, by bytes.translate
NOT_WORD_ASCII = bytes(
    c if chr(c) in "abcdefghijklmnopqrstuvwxyz0123456789" else 32 for c in range(256)
)
WORD = re.compile(r"[a-z0-9]+")
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
    """A text and its forms (see econstats.reader.needles), each made once, when first needed."""

    raw: str
    _forms: dict[str | Group, Any] = field(default_factory=dict, repr=False)  # Group: selected

    def word_list(self) -> list[str]:
        """The runs of a-z and 0-9 of the folded form, in order."""
        found = self._forms.get("word_list")
        if found is None:
            folded = self.form("folded")
            found = ascii_words(folded).split() if folded.isascii() else WORD.findall(folded)
            self._forms["word_list"] = found
        return found

    def form(self, name: str) -> str:
        """The text in form "exact", "folded" or "word" (see econstats.reader.needles; in the word form
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
    """Patterns checked together on each text: the needles of every pattern are found in one
    pass per text form (an Aho-Corasick automaton, C code: a Python loop of ``in`` tests cost
    some 40 us a sentence), and each needle found marks the mandatory parts it satisfies."""

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
        self.automata = automata(self.postings, self.full)

    def selected(self, text: Text) -> list[int]:
        """Indices, in order, of the patterns that may match the text (kept on the Text: the
        parser asks for a sentence's period rules more than once)."""
        known = text._forms.get(self)
        if known is not None:
            return known
        marks: dict[int, int] = {}
        chosen: set[int] = set()
        for body, automaton in self.automata:
            for _, (whole, postings) in automaton.iter(
                text.raw if body == RAW else text.form(body)
            ):
                chosen.update(whole)  # patterns of one part: a needle of it is enough
                for index, bit in postings:
                    marks[index] = marks.get(index, 0) | bit
        chosen.update(index for index, bits in marks.items() if bits == self.full[index])
        found = sorted(chosen.union(self.always))
        text._forms[self] = found
        return found


RAW = "raw"  # the text as given: where an exact needle without white space is looked for


def body_of(needle: str, form: str) -> str:
    """The text form a needle is looked for in: an exact needle holding no white space in the
    raw text (it holds the needle just as often as the exact form, and costs nothing to make),
    any other in its own form.

    >>> body_of("Q3", "exact"), body_of("first half", "exact"), body_of(" may ", "word")
    ('raw', 'exact', 'word')
    """
    return RAW if form == "exact" and " " not in needle else form


def automata(
    postings: dict[tuple[str, str], list[tuple[int, int]]], full: dict[int, int]
) -> list[tuple[str, ahocorasick.Automaton]]:
    """(text form, automaton) per form some needle is looked for in; each automaton maps its
    needles to (the patterns of one part the needle satisfies whole, the other postings): most
    subject terms have one part, and a set update is C code where a Python loop of their
    postings was most of a sentence's selection."""
    by_body: dict[str, list[tuple[str, list[tuple[int, int]]]]] = {}
    for (needle, form), found in sorted(postings.items()):
        by_body.setdefault(body_of(needle, form), []).append((needle, found))
    made = []
    for body, needles in sorted(by_body.items()):
        automaton = ahocorasick.Automaton()
        for needle, found in needles:
            whole = tuple(index for index, bit in found if full[index] == bit)
            parts = tuple((index, bit) for index, bit in found if full[index] != bit)
            automaton.add_word(needle, (whole, parts))
        automaton.make_automaton()
        made.append((body, automaton))
    return made


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
