"""Subject phrases of the topic extractors (their *.terms.csv), clauses, and which subject a
figure belongs to: the first subject named in the figure's clause, else the previous clause's.

A term phrase may hold placeholders: {entity} (a capitalised name: "Kling's revenue"),
{area} and {partner} (countries of vocab/countries.csv: "trade between {area} and {partner}").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from econstats.errors import SchemaFileError
from econstats.lexicon import alternation, key, load_csv, load_vocab, phrase_pattern
from econstats.prefilter import select
from econstats.sentences import clause_regex

MEASURES = frozenset(
    ["level", "yoy_pct", "qoq_pct", "mom_pct", "pct_change", "abs_change", "pp_change", "share_pct"]
)
ENTITY = (
    r"(?-i:(?<![\w&.-])(?P<entity>[A-Z][\w&.-]*+(?:[ ][A-Z][\w&.-]*+){0,3}(?:[ ]\d{1,2}(?!\d))?))"
)
PLACEHOLDER = re.compile(r"\{(entity|area|partner)\}")


@dataclass(frozen=True)
class Term:
    """One subject phrase of a topic's terms file."""

    phrase: str
    topic: str
    indicator: str
    measures: frozenset[str]
    pattern: re.Pattern[str] | None
    sign: int = 1  # -1: the phrase names the negative of the indicator ("net loss", "deficit")
    context: str = ""  # "entity": the term holds only where the story names a company


@dataclass(frozen=True)
class Subject:
    """A term found in a sentence, with what its placeholders captured."""

    start: int
    end: int
    term: Term
    entity: str | None = None
    area: str | None = None
    partner: str | None = None


@cache
def entity_stopwords() -> frozenset[str]:
    """Capitalised words that start a sentence but no name (vocab/entity_stopwords.csv)."""
    return frozenset(row["word"] for row in load_vocab("entity_stopwords", ("word",)))


def clean_entity(name: str | None) -> str | None:
    """The name without leading sentence words; None when nothing is left or it is a country.

    >>> clean_entity("In Tencent"), clean_entity("China"), clean_entity("The"), clean_entity(None)
    ('Tencent', None, None, None)
    """
    words = (name or "").split()
    while words and words[0] in entity_stopwords():
        words.pop(0)
    cleaned = " ".join(words)
    if not cleaned or key(cleaned) in countries():
        return None
    return cleaned


@cache
def countries() -> dict[str, str]:
    """key(country phrase) -> ISO 3166-1 alpha-2."""
    return {key(r["phrase"]): r["iso2"] for r in load_vocab("countries", ("phrase", "iso2"))}


def term_pattern(phrase: str) -> re.Pattern[str]:
    """Compile a term phrase, placeholders included."""
    parts = PLACEHOLDER.split(phrase)
    regex = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            lead = r"\s+" if part[:1].isspace() else ""
            tail = r"\s+" if part[-1:].isspace() else ""
            regex += lead + phrase_pattern(part) + tail if part.strip() else re.escape(part)
        elif part == "entity":
            regex += ENTITY
        else:
            regex += f"(?P<{part}>{alternation(countries())})"
    # no (?i:...) around the whole: phrase_pattern makes each lower-case part case-free, and
    # the country alternation its phrases; around it, compiling the alternation's lookarounds
    # case-insensitively took 17 ms a placeholder (issue 7: 0.3 s of every process's start-up)
    return re.compile(regex.replace("'", "['’]"))


def load_terms(module_file: str, indicators: Iterable[str]) -> tuple[Term, ...]:
    """The terms file beside an extractor module (fiscal.py -> fiscal.terms.csv), checked."""
    path = Path(module_file).with_suffix(".terms.csv")
    topic = path.name.split(".")[0]
    known = set(indicators)
    terms = []
    for line, row in enumerate(load_csv(path, ("phrase", "indicator", "measures")), start=2):
        measures = frozenset(row["measures"].split("|"))
        if row["indicator"] not in known:
            raise SchemaFileError(f"{path} line {line}: unknown indicator {row['indicator']!r}")
        if not measures <= MEASURES:
            raise SchemaFileError(f"{path} line {line}: unknown measure in {row['measures']!r}")
        sign = int(row.get("sign") or 1)
        if sign not in (1, -1):
            raise SchemaFileError(f"{path} line {line}: sign must be 1, -1 or empty")
        pattern = term_pattern(row["phrase"])
        context = row.get("context") or ""
        if context not in ("", "entity"):
            raise SchemaFileError(f"{path} line {line}: context must be 'entity' or empty")
        terms.append(Term(row["phrase"], topic, row["indicator"], measures, pattern, sign, context))
    return tuple(terms)


@cache
def denominator_regex() -> re.Pattern[str]:
    """A phrase right before a subject that makes it the whole of a share (vocab/denominators.csv)."""
    phrases = [row["phrase"] for row in load_vocab("denominators", ("phrase",))]
    return re.compile(alternation(phrases) + r"\s*$")


def is_denominator(text: str, start: int) -> bool:
    """True when the subject at `start` (an index into text) is the whole of a share.

    >>> is_denominator("占社会消费品零售总额", 1), is_denominator("24.3 percent of total retail sales", 22)
    (True, True)
    >>> is_denominator("online retail sales", 0)
    False
    """
    return bool(denominator_regex().search(text[max(0, start - 30) : start]))


def find_subjects(
    text: str, offset: int, terms: Sequence[Term], company: bool = False
) -> list[Subject]:
    """Non-overlapping term matches, leftmost first, the longest at a position.

    Placeholder terms rank after literal ones at the same position, and an {entity} that is
    a country ("China's revenue") is no company. A company concept (a term of context
    "entity": "gross margin") holds only where the document names a company (`company`).
    """
    found = []
    # prefilter (issue 7): only the terms whose required words occur in the text
    for rank, term in select(terms, text, lambda term: term.pattern):
        if term.context == "entity" and not company:
            continue
        for match in term.pattern.finditer(text):
            groups = match.groupdict()
            if "entity" in groups and clean_entity(groups["entity"]) is None:
                continue
            if is_denominator(text, match.start()):
                continue
            found.append((match.start(), -(match.end() - match.start()), rank, match, term))
    found.sort(key=lambda item: item[:3])
    subjects: list[Subject] = []
    for start, _, _, match, term in found:
        if subjects and start < subjects[-1].end - offset:
            continue
        groups = match.groupdict()
        subjects.append(
            Subject(
                start + offset,
                match.end() + offset,
                term,
                clean_entity(groups.get("entity")),
                countries().get(key(groups.get("area") or "")),
                countries().get(key(groups.get("partner") or "")),
            )
        )
    return subjects


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

    def __init__(self, starts: Sequence[int], subjects: Sequence[Subject]) -> None:
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
                self.held.append(current if keep and current is not None else subject)
            before = self.last_with[-1] if self.last_with else -1
            self.last_with.append(index if stop > first else before)

    def subject_of(self, position: int) -> Subject | None:
        """The subject of the figure at document offset `position`, or None."""
        clause = bisect_right(self.starts, position) - 1
        index = self.last_with[clause]
        if index < 0:
            return None
        first = self.first[index]
        if index < clause:  # the last subject an earlier clause holds
            end = self.first[index + 1] if index + 1 < len(self.first) else len(self.subjects)
            return self.held[end - 1]
        before = bisect_left(self.subject_starts, position, first)
        return self.held[before - 1] if before > first else self.subjects[first]


def is_broader(candidate: Subject, current: Subject) -> bool:
    """True when the candidate's indicator is an ancestor of the current one's.

    >>> broad = Subject(0, 1, Term("fiscal revenue", "fiscal", "fiscal.revenue", frozenset(), None))
    >>> narrow = Subject(0, 1, Term("tax revenue", "fiscal", "fiscal.revenue.tax", frozenset(), None))
    >>> is_broader(broad, narrow), is_broader(narrow, broad)
    (True, False)
    """
    return current.term.indicator.startswith(candidate.term.indicator + ".")
