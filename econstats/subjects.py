"""Subject phrases of the topic extractors (their *.terms.csv), clauses, and which subject a
figure belongs to: the first subject named in the figure's clause, else the previous clause's.

A term phrase may hold placeholders: {entity} (a capitalised name: "Kling's revenue"),
{area} and {partner} (countries of vocab/countries.csv: "trade between {area} and {partner}").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from econstats.errors import SchemaFileError
from econstats.lexicon import alternation, key, load_csv, load_vocab, phrase_pattern

MEASURES = frozenset(
    ["level", "yoy_pct", "qoq_pct", "mom_pct", "pct_change", "abs_change", "pp_change", "share_pct"]
)
ENTITY = r"(?-i:(?P<entity>[A-Z][\w&.-]*(?:[ ][A-Z][\w&.-]*){0,3}))"
PLACEHOLDER = re.compile(r"\{(entity|area|partner)\}")


@dataclass(frozen=True)
class Term:
    """One subject phrase of a topic's terms file."""

    phrase: str
    topic: str
    indicator: str
    measures: frozenset[str]
    pattern: re.Pattern[str]


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
    regex = regex.replace("'", "['’]")
    return re.compile(f"(?i:{regex})" if phrase == phrase.lower() else regex)


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
        pattern = term_pattern(row["phrase"])
        terms.append(Term(row["phrase"], topic, row["indicator"], measures, pattern))
    return tuple(terms)


def find_subjects(text: str, offset: int, terms: Sequence[Term]) -> list[Subject]:
    """Non-overlapping term matches, leftmost first, the longest at a position.

    Placeholder terms rank after literal ones at the same position, and an {entity} that is
    a country ("China's revenue") is no company.
    """
    found = []
    for rank, term in enumerate(terms):
        for match in term.pattern.finditer(text):
            groups = match.groupdict()
            if groups.get("entity") and key(groups["entity"]) in countries():
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
                groups.get("entity"),
                countries().get(key(groups.get("area") or "")),
                countries().get(key(groups.get("partner") or "")),
            )
        )
    return subjects


@cache
def clause_regex() -> re.Pattern[str]:
    """Where a sentence opens a new clause (vocab/clause_breaks.csv)."""
    phrases = [row["phrase"] for row in load_vocab("clause_breaks", ("phrase",))]
    ordered = sorted(phrases, key=lambda phrase: -len(phrase))
    return re.compile("|".join(re.escape(phrase) for phrase in ordered), re.IGNORECASE)


def clause_starts(text: str, offset: int) -> list[int]:
    """Document offsets where the sentence's clauses start (the first is the sentence start).

    >>> clause_starts("Exports rose 3%, while imports fell 2%.", 100)
    [100, 115]
    """
    return [offset] + [offset + match.start() for match in clause_regex().finditer(text)]


def subject_of(position: int, starts: Sequence[int], subjects: Sequence[Subject]) -> Subject | None:
    """The subject of the figure at `position`: first subject of its clause, else of an earlier
    clause of the same sentence (a clause with no subject of its own continues the last one)."""
    clause = max(index for index, start in enumerate(starts) if start <= position)
    for index in range(clause, -1, -1):
        end = starts[index + 1] if index + 1 < len(starts) else float("inf")
        inside = [s for s in subjects if starts[index] <= s.start < end]
        if inside:
            return inside[0]
    return None
