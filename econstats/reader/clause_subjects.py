"""Which subject each figure of a sentence belongs to: its clause's, the one named right
after an amount, or its place in a "respectively" list; indexed once per sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace  # noqa: F401 (doctests)
from functools import cache

from econstats.reader.cues import after_change_regex
from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.sentences import clause_regex
from econstats.reader.subjects import Subject, Term, find_subjects, term_pattern  # noqa: F401 (doctests)

# what joins an amount to the subject named right after it ("1.3 trillion yuan (US$0.2 trillion)
# of ..."): a bracket (a conversion) may stand between
# "17.5 trillion yuan in tax receipts", "worth of", and the noun right after the amount:
# "nearly 1.78 million inbound tourist trips and 1.9 million outbound tourist trips"
NAMED_AFTER = re.compile(
    r"\s*(?:\([^()]{0,80}\)\s*)?(?:(?:worth\s+of|in|of)\s+(?:the\s+)?|[ ](?:the\s+)?)", re.I
)
# "for" or "to" names a part of a whole after an amount ("Rs 49,390 crore for CGST and
# Rs 50,907 crore for the SGST", "settled Rs 28,812 crore to CGST and Rs 24,140 crore to SGST"):
# only a term of a fixed breakdown, for "20 billion yuan for infrastructure investment" is money
# spent on it, not its level
PART_AFTER = re.compile(r"\s*(?:for|to)\s+(?:the\s+)?", re.I)
# a broader subject right after a comma and a name's possessive opens a statement of its own:
# "With tax income growing slowly, China's fiscal revenue growth slowed to 3.8 percent" is
# fiscal revenue's; "collected 8.19 trillion yuan in fiscal revenue, down 0.8 percent" is not
SEGMENT_OPENER = re.compile(r",\s*+(?:the\s+)?[A-Z][\w.-]*+['’]s\s+$")
# a percent's change noun, then "in" and its subject: "compared to a 1.9 percent increase in
# local government expenditure" (a percent before "of" is a share of that whole: no subject)
CHANGE_IN = re.compile(r"\s+in\s+(?:the\s+)?", re.I)


def clause_starts(text: str, offset: int) -> list[int]:
    """Document offsets where the sentence's clauses start (the first is the sentence start).

    >>> clause_starts("Exports rose 3%, while imports fell 2%.", 100)
    [100, 115]
    """
    return [offset] + [offset + match.start() for match in clause_regex().finditer(text)]


def subject_of(position: int, starts: Sequence[int], subjects: Sequence[Subject]) -> Subject | None:
    """The subject of the figure at `position` (see ClauseSubjects; for one figure).

    >>> text = "Exports rose 3%, while imports fell 2%."
    >>> terms = [Term(p, "trade", p, frozenset(), term_pattern(p)) for p in ("exports", "imports")]
    >>> found = find_subjects(text, 0, terms)
    >>> [subject_of(at, clause_starts(text, 0), found).term.phrase for at in (13, 36)]
    ['exports', 'imports']
    """
    return ClauseSubjects(starts, subjects).subject_of(position)


class ClauseSubjects:
    """Which subject each figure of a sentence belongs to, indexed once per sentence.

    Within the figure's clause: the nearest subject named before the figure ("exports rose 3%
    and imports fell 2%"), where a broader subject of the same family does not replace a narrower
    one ("the central government collected 8.19 trillion yuan in fiscal revenue, down 0.8
    percent": still central); with none before it, the first after it ("a 5% rise in retail
    sales"). A clause with no subject continues the last subject of an earlier clause.

    The subject a clause holds up to each of its subjects, and the last clause with a subject up
    to each clause, are worked out here, so a figure costs two binary searches however many
    clauses and subjects its sentence has (issue 12: walking them for every figure made a long
    line quadratic). `starts` are the clause starts (clause_starts), `subjects` in text order.
    """

    def __init__(
        self, starts: Sequence[int], subjects: Sequence[Subject], text: str = "", offset: int = 0
    ) -> None:
        self.starts = starts
        self.subjects = subjects
        self.subject_starts = [subject.start for subject in subjects]
        self.first: list[int] = []  # index of each clause's first subject
        self.held: list[Subject] = []  # the subject its clause holds up to each subject
        self.last_with: list[int] = []  # the last clause up to each one that has a subject
        for index, start in enumerate(starts):
            end = starts[index + 1] if index + 1 < len(starts) else float("inf")
            first = bisect_left(self.subject_starts, start)
            stop = bisect_left(self.subject_starts, end)
            self.first.append(first)
            for at in range(first, stop):
                current = self.held[-1] if at > first else None
                subject = subjects[at]
                keep = current is not None and is_broader(subject, current)
                # "Higher food prices lifted the consumer price index by 2.8%": a cause
                keep = keep and not caused(text, offset, current, subject)
                # "With tax income growing slowly, China's fiscal revenue growth slowed to 3.8%"
                keep = keep and not SEGMENT_OPENER.search(
                    text, max(0, current.end - offset), max(0, subject.start - offset)
                )
                self.held.append(current if keep and current is not None else subject)
            before = self.last_with[-1] if self.last_with else -1
            self.last_with.append(index if stop > first else before)

    def subject_of(self, position: int, follows: Subject | None = None) -> Subject | None:
        """The subject of the figure at document offset `position`, or None.

        `follows` is a subject named right after the figure ("17.5 trillion yuan in tax
        receipts", "2.1 million tonnes of soybeans": see following_subject): it is the figure's
        own, unless it is broader than the subject its clause holds."""
        held = self._held_at(position)
        if follows is not None and (held is None or not is_broader(follows, held)):
            return follows
        return held

    def named_after(self, text: str, offset: int, end: int, kind: str = "") -> Subject | None:
        """The subject right after an amount that ends at document offset `end`, joined to it by
        "in", "of" or "worth of" ("4.4 trillion yuan of X as well as 1.3 trillion yuan of Y",
        "17.5 trillion yuan in tax receipts"); `text` is the sentence, starting at `offset`. A
        percent (`kind`) names one only by a change noun and "in" ("a 1.9 percent increase in
        local government expenditure")."""
        index = bisect_left(self.subject_starts, end)
        inside = self.subjects[index - 1] if index else None
        if inside is not None and inside.end == end and inside.term.topic == "company":
            return inside  # the amount's own count noun: "plus 209 service outlets"
        if index == len(self.subjects):
            return None
        subject = self.subjects[index]
        gap = text[end - offset : subject.start - offset]
        if kind == "percent":
            change = after_change_regex().match(gap)
            return subject if change and CHANGE_IN.fullmatch(gap, change.end()) else None
        if PART_AFTER.fullmatch(gap):
            return subject if subject.term.breakdown else None
        return subject if NAMED_AFTER.fullmatch(gap) else None

    def _held_at(self, position: int) -> Subject | None:
        clause = bisect_right(self.starts, position) - 1
        index = self.last_with[clause]
        if index < 0:
            return None
        first = self.first[index]
        if index < clause:  # the last subject an earlier clause holds
            end = self.first[index + 1] if index + 1 < len(self.first) else len(self.subjects)
            return self.held[end - 1]
        # a subject that starts at the figure is its own (a partitive's part: partitives)
        before = bisect_right(self.subject_starts, position, first)
        return self.held[before - 1] if before > first else self.subjects[first]


RESPECTIVELY = re.compile(r"\brespectively\b|分别|分別", re.I)
LIST_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|as\s+well\s+as\s+)?|and|as\s+well\s+as|、|和|及|与|與|以及)\s*"
)


def respective_subjects(
    text: str, offset: int, subjects: Sequence[Subject], figures: Sequence[tuple[int, str]]
) -> dict[int, Subject]:
    """Figures of a "respectively" list, each with its own subject: "exports and imports rose 3%
    and 4%, respectively", "超市、便利店零售额分别增长4.0%、4.7%" (index of the figure -> subject).

    The subjects are those listed one after another (joined by a comma, "and", "as well as",
    "、", "和" ...) before the first figure after them; the figures are those after the list up
    to the word "respectively" (分别 may stand before them), taken by kind (`figures`: document
    start and a kind such as "money level"): a kind with as many figures as subjects pairs them in
    order; a kind with another number is left to the clause rule.

    >>> terms = [Term(p, "trade", p, frozenset(), term_pattern(p)) for p in ("exports", "imports")]
    >>> text = "Exports and imports rose 3% and 4%, respectively."
    >>> found = find_subjects(text, 0, terms)
    >>> {at: s.term.phrase for at, s in respective_subjects(text, 0, found, [(25, "pct"), (32, "pct")]).items()}
    {0: 'exports', 1: 'imports'}
    """
    if len(subjects) < 2:
        return {}
    runs: list[list[Subject]] = []  # subjects listed one after another
    for subject in subjects:
        if runs and LIST_GAP.fullmatch(text[runs[-1][-1].end - offset : subject.start - offset]):
            runs[-1].append(subject)
        else:
            runs.append([subject])
    owners: dict[int, Subject] = {}
    for marker in RESPECTIVELY.finditer(text):
        at = marker.start() + offset
        listed = [run for run in runs if len(run) >= 2 and run[-1].end <= at]
        if not listed:
            continue
        run = listed[-1]
        if marker.group().isascii():  # "... rose 3% and 4%, respectively"
            low, high = run[-1].end, at
        else:  # "...分别增长4.0%、4.7%" up to the next subject
            after = [subject.start for subject in subjects if subject.start > at]
            low, high = at, after[0] if after else float("inf")
        by_kind: dict[str, list[int]] = {}
        for index, (start, kind) in enumerate(figures):
            if low < start < high:
                by_kind.setdefault(kind, []).append(index)
        for indexes in by_kind.values():
            if len(indexes) == len(run):
                owners.update(zip(indexes, run, strict=True))
    return owners


@cache
def causal_regex() -> re.Pattern[str]:
    """A verb by which one subject moves another (vocab/causal_verbs.csv)."""
    phrases = [row["phrase"] for row in load_vocab("causal_verbs", ("phrase",))]
    return re.compile(rf"(?<![a-z]){alternation(phrases)}(?![a-z])", re.IGNORECASE)


def caused(text: str, offset: int, cause: Subject, subject: Subject) -> bool:
    """True when a causal verb stands between two subjects ("food prices lifted the consumer
    price index", "食品价格上涨带动CPI"): the second is moved by the first, not a broader name
    of it, so it is the clause's subject.

    >>> food = Subject(0, 11, Term("food prices", "prices", "prices.cpi.food", frozenset(), None))
    >>> cpi = Subject(19, 22, Term("CPI", "prices", "prices.cpi", frozenset(), None))
    >>> caused("Food prices lifted the CPI by 2.8%", 0, food, cpi)
    True
    >>> caused("Food prices in the CPI rose 2.8%", 0, food, replace(cpi, start=19, end=22))
    False
    """
    gap = text[cause.end - offset : subject.start - offset]
    return bool(gap) and causal_regex().search(gap) is not None


def is_broader(candidate: Subject, current: Subject) -> bool:
    """True when the candidate's indicator is an ancestor of the current one's.

    >>> broad = Subject(0, 1, Term("fiscal revenue", "fiscal", "fiscal.revenue", frozenset(), None))
    >>> narrow = Subject(0, 1, Term("tax revenue", "fiscal", "fiscal.revenue.tax", frozenset(), None))
    >>> is_broader(broad, narrow), is_broader(narrow, broad)
    (True, False)
    """
    if candidate.breakdown or candidate.term.breakdown:
        return False  # "內地旅客…，香港旅客有60.8萬人次": a category beside it, no broader name
    return current.term.indicator.startswith(candidate.term.indicator + ".")
