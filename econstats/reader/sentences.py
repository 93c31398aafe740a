"""Split a document into stories, paragraphs and sentences, keeping character offsets.

A paragraph is a line. A line that does not end like a sentence (no final . ! ? or closing
quote) is a headline or sub-heading: it starts a new story, so context such as the period
of "during this period" never leaks from one story into the next.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from functools import cache

from econstats.core.model import Sentence
from econstats.reader.lexicon import load_vocab
from econstats.reader.prefilter import has_digit
from econstats.reader.word_figures import spelled

SENTENCE_END = re.compile(
    r"""
    (?: (?<![.!?]) [.!?]++ ["'”’)\]]*+  # full stop (a run is one end), maybe closed by a quote
      (?=\s+["'“‘(\[]?[A-Z0-9])  # ... then space and a capital, digit or opening quote
    | (?<![。！？]) [。！？]++ [”’」』)）]*+  # CJK sentence ends need no space after them
    )
    """,
    re.VERBOSE,
)
LINE_END = re.compile(r"""[.!?。！？:：]["'”’)\]」』）]*+\s*+$""")
ENDERS = frozenset(".!?。！？:：")
CLOSERS = "\"'”’)]」』）"
SOFT_BREAK = re.compile(r"[\s,，、;；]")  # where capped() cuts a long sentence with no clause
MAX_SENTENCE = 1000  # characters: a longer sentence is cut into pieces (capped)
INITIAL = re.compile(r"[A-Z]\.")  # "Donald J. Trump", "E. China": an initial ends no sentence


@cache  # built once, not per line (issue 7)
def abbreviations() -> frozenset[str]:
    """Tokens whose full stop does not end a sentence (vocab/abbreviations.csv)."""
    return frozenset(row["abbreviation"] for row in load_vocab("abbreviations", ("abbreviation",)))


def last_token(text: str, start: int, end: int) -> str:
    """The run of non-space characters ending at `end` (walked back, never rescanning the line).

    >>> last_token("It was U.S. data", 0, 11), last_token("x", 0, 1)
    ('U.S.', 'x')
    """
    first = end
    while first > start and not text[first - 1].isspace():
        first -= 1
    return text[first:end]


def is_headline(line: str) -> bool:
    """A non-empty line that does not end like a sentence.

    >>> is_headline("China's fiscal revenue up 0.8 pct in first 10 months")
    True
    >>> is_headline("Retail sales rose 3.4 percent.")
    False
    """
    # LINE_END.search(line), by string methods: the last character before closing quotes and
    # trailing space ends a sentence (tests/reader/test_sentences.py compares the two)
    return bool(line.strip()) and line.rstrip().rstrip(CLOSERS)[-1:] not in ENDERS


@cache
def clause_regex() -> re.Pattern[str]:
    """Where a sentence opens a new clause (vocab/clause_breaks.csv)."""
    phrases = [row["phrase"] for row in load_vocab("clause_breaks", ("phrase",))]
    ordered = sorted(phrases, key=lambda phrase: -len(phrase))
    return re.compile("|".join(re.escape(phrase) for phrase in ordered), re.IGNORECASE)


def split_line(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Sentence spans inside one line, trimmed of surrounding spaces, none over MAX_SENTENCE."""
    known = abbreviations()
    cursor = start
    for match in SENTENCE_END.finditer(text, start, end):
        token = last_token(text, cursor, match.end())
        if token in known or INITIAL.fullmatch(token):
            continue
        yield from capped(text, cursor, match.end())
        cursor = match.end()
    yield from capped(text, cursor, end)


def capped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The trimmed span, cut into pieces of at most MAX_SENTENCE characters when it is longer:
    each piece ends where the last clause in its second half opens (vocab/clause_breaks.csv),
    else after its last space or comma there, else at the limit.

    A sentence of news is a few hundred characters (546 at most in seeds/); a longer run without
    a full stop is a table or a list flattened into one line, or hostile text. Its figures take
    context from the sentence, and a row quotes the whole sentence, so pieces keep both bounded
    (issue 12: time linear in the text, whatever the text).

    >>> [end - start for text in (" x" * 600, "ab" * 600) for start, end in capped(text, 0, 1200)]
    [999, 199, 1000, 200]
    """
    for low, high in trimmed(text, start, end):
        while high - low > MAX_SENTENCE:
            cut = cut_before(text, low + MAX_SENTENCE // 2, low + MAX_SENTENCE)
            yield from trimmed(text, low, cut)
            low = cut
            while low < high and text[low].isspace():
                low += 1
        yield low, high


def cut_before(text: str, low: int, high: int) -> int:
    """Where to cut a long sentence between `low` and `high` (see capped)."""
    opening = deque(clause_regex().finditer(text, low, high), maxlen=1)  # the last one
    if opening and opening[0].start() > low:
        return opening[0].start()
    soft = deque(SOFT_BREAK.finditer(text, low, high), maxlen=1)
    return soft[0].end() if soft else high


def trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The span without leading and trailing white space, if anything is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        yield start, end


def split_sentences(text: str) -> list[Sentence]:
    """Every sentence of the text with offsets, story and paragraph numbers.

    >>> [(s.text, s.story) for s in split_sentences("Title\\nSales rose 3 percent. It was U.S. data.")]
    [('Title', 1), ('Sales rose 3 percent.', 1), ('It was U.S. data.', 1)]
    """
    return [sentence for line in lines_of(text) for sentence in line.sentences()]


class Line:
    """A line of a document (a paragraph): its span, story and paragraph numbers; its sentences
    are split only when asked for, so a line that nobody reads costs no sentence splitting."""

    __slots__ = ("text", "start", "end", "story", "paragraph", "has_digit")

    def __init__(
        self, text: str, start: int, end: int, story: int, paragraph: int, digit: bool
    ) -> None:
        self.text, self.start, self.end = text, start, end  # text: the whole document
        self.story, self.paragraph = story, paragraph
        self.has_digit = digit  # whether the line holds a digit (\d) or a number in words

    def sentences(self) -> list[Sentence]:
        """The sentences of the line, with document offsets."""
        text = self.text
        return [
            Sentence(start, stop, text[start:stop], self.story, self.paragraph)
            for start, stop in split_line(text, self.start, self.end)
        ]


def lines_of(text: str) -> Iterator[Line]:
    """Each line of the text; a headline starts a new story (story 0 before the first one).

    >>> [(line.start, line.end, line.story) for line in lines_of("Title\\nSales rose.\\n")]
    [(0, 5, 1), (6, 17, 1), (18, 18, 1)]
    """
    story = 0
    offset = 0
    for paragraph, line in enumerate(text.split("\n")):
        end = offset + len(line)
        if is_headline(line):
            story += 1
        # a line may hold a figure: a digit, or a number in words ("around five percent")
        yield Line(text, offset, end, story, paragraph, has_digit(line) or spelled(line))
        offset = end + 1
