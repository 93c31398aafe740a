"""Subject phrases of the topic extractors (their *.terms.csv), clauses, and which subject a
figure belongs to: the first subject named in the figure's clause, else the previous clause's.

A term phrase may hold placeholders: {entity} (a capitalised name: "Kling's revenue"),
{area} and {partner} (countries of vocab/countries.csv: "trade between {area} and {partner}"),
{breakdown} (a category within the indicator, a few words: "revenue from {breakdown}" in
"revenue from online marketing services rose 5%" -> breakdown "online marketing services").
A term's own `breakdown` column gives a fixed category ("spending on education" could say
"education"); null when neither gives one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from econstats.core.errors import SchemaFileError
from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.growth_contributions import with_contributions
from econstats.reader.index_parts import index_reading
from econstats.reader.its_prices import with_its_prices
from econstats.reader.lexicon import (
    alternation,
    key,
    load_csv,
    load_vocab,
)
from econstats.reader.modifiers import modifier_breakdown
from econstats.reader.prefilter import select
from econstats.reader.segments import adjusted_term, company_segment
from econstats.reader.shared_heads import with_shared_heads
from econstats.reader.sibling_heads import with_sibling_heads
from econstats.reader.subsidiaries import subsidiary_of
from econstats.reader.terms import (
    Subject,
    Term,
    clean_entity,
    countries,
    regions,
    term_pattern,
)
from econstats.reader.titles import title_of
from econstats.reader.unit_terms import register
from econstats.reader.visitor_groups import visitor_group

MEASURES = frozenset(
    ["level", "yoy_pct", "qoq_pct", "mom_pct", "pct_change", "abs_change", "pp_change", "share_pct"]
)


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
        if context not in ("", "entity", "title", "index"):
            raise SchemaFileError(f"{path} line {line}: unknown context {context!r}")
        fixed = normal_breakdown(row.get("breakdown"))
        terms.append(
            Term(row["phrase"], topic, row["indicator"], measures, pattern, sign, context, fixed)
        )
    register(terms)  # one phrase, an indicator per unit kind: econstats.reader.unit_terms
    return tuple(terms)


@cache
def denominator_regex() -> re.Pattern[str]:
    """A phrase right before a subject that makes it the whole of a share (vocab/denominators.csv)."""
    phrases = [row["phrase"] for row in load_vocab("denominators", ("phrase",))]
    return re.compile(alternation(phrases) + r"\s*$")


@cache
def bracketed_denominator_regex() -> re.Pattern[str]:
    """The whole of a share spelt out before its bracketed abbreviation: "95.5% of gross
    domestic product (" before "GDP)" (is_denominator)."""
    phrases = [row["phrase"] for row in load_vocab("denominators", ("phrase",))]
    return re.compile(alternation(phrases) + r"\s*[A-Za-z][A-Za-z -]{0,40}\(\s*$")


def is_denominator(text: str, start: int) -> bool:
    """True when the subject at `start` (an index into text) is the whole of a share, or the
    bracketed abbreviation of that whole ("95.5% of gross domestic product (GDP)").

    >>> is_denominator("占社会消费品零售总额", 1), is_denominator("24.3 percent of total retail sales", 22)
    (True, True)
    >>> is_denominator("online retail sales", 0)
    False
    >>> is_denominator("debt was 95.5% of gross domestic product (GDP)", 42)
    True
    >>> is_denominator("debt was 95.5% of gross domestic product (GDP)", 41)
    True
    """
    before = text[max(0, start - 60) : start] + ("(" if text.startswith("(", start) else "")
    if before.rstrip().endswith("("):  # "(GDP)", or "GDP" unbracketed where "(" stood
        return bool(bracketed_denominator_regex().search(before))
    return bool(denominator_regex().search(text[max(0, start - 30) : start]))


def find_subjects(
    text: str, offset: int, terms: Sequence[Term], company: bool | str = False
) -> list[Subject]:
    """Non-overlapping term matches, leftmost first, the longest at a position.

    Placeholder terms rank after literal ones at the same position, and an {entity} that is
    a country ("China's revenue") is no company. A company concept (a term of context
    "entity": "gross margin") holds only where the document names a company (`company`: its
    name, whose subsidiaries' figures are breakdowns, or True).
    """
    found = []
    # "Goods and Services Tax (GST) collections": the abbreviation and the noun after it are
    # read as one phrase ("GST collections"); the text keeps its length, so offsets hold
    masked = INNER_ABBREVIATION.sub(unbracket, text) if "(" in text else text
    # prefilter (issue 7): only the terms whose required words occur in the text
    for rank, term in select(terms, masked, lambda term: term.pattern):
        if term.context == "entity" and not company:
            continue
        for match in term.pattern.finditer(masked):
            groups = match.groupdict()
            if "entity" in groups and clean_entity(groups["entity"]) is None:
                continue
            if is_denominator(text, match.start()):
                continue
            if term.context == "title" and not title_of(text[: match.start()]):
                continue  # '"Detective Chinatown 1900" came in second, earning': the film's
            if term.context == "index" and not index_reading(text, match.end(), term.phrase):
                continue  # "New orders fell 0.1 points": a PMI's sub-index (index_parts)
            found.append((match.start(), -(match.end() - match.start()), rank, match, term))
    found.sort(key=lambda item: item[:3])
    subjects: list[Subject] = []
    for start, _, _, match, term in found:
        if subjects and start < subjects[-1].end - offset:
            continue
        if subjects and bracketed_abbreviation(text, subjects[-1].end - offset, match):
            continue
        groups = match.groupdict()
        term = adjusted_term(text, start, term, subjects[-1].end - offset if subjects else 0)
        entity = clean_entity(groups.get("entity"))
        unit = subsidiary_of(entity, company)  # "Alibaba Cloud's revenue": Alibaba's breakdown
        subjects.append(
            Subject(
                start + offset,
                match.end() + offset,
                term,
                None if unit else entity,
                countries().get(key(groups.get("area") or "")),
                countries().get(key(groups.get("partner") or "")),
                normal_breakdown(groups.get("breakdown"))
                or regions().get(key(groups.get("partner") or ""))  # "exports to Africa"
                or unit
                or visitor_group(text, start, term.indicator)  # 過夜旅客人均消費
                or (
                    None
                    if term.breakdown or term.topic == "company"
                    else normal_breakdown(modifier_breakdown(text, start))
                )
                or company_segment(
                    text,
                    start,
                    term,
                    subjects[-1].end - offset if subjects else 0,
                    company if isinstance(company, str) else None,
                ),
            )
        )
    subjects = with_its_prices(text, offset, subjects, terms, Subject)  # "Pork ..., its price"
    subjects = with_sibling_heads(text, offset, subjects, terms)  # "採礦業增加值…,製造業增長6.7%"
    subjects = with_shared_heads(text, offset, subjects, terms)  # "其他用品及服务、衣着价格"
    return with_contributions(text, offset, subjects, terms)  # "contributing 52% to growth"


# a short name in brackets inside a noun phrase, a lower-case noun after it: "Goods and Services
# Tax (GST) collections", "value-added tax (VAT) revenue"
INNER_ABBREVIATION = re.compile(r"\((?P<abbr>[A-Z][A-Za-z&]{1,7})\)(?=\s+[a-z])")


def unbracket(match: re.Match[str]) -> str:
    """The bracketed name where its opening bracket stood, spaces after: "(GST)" -> "GST  ", so
    a subject found there is written "(GST) collections", its brackets whole.

    >>> INNER_ABBREVIATION.sub(unbracket, "Goods and Services Tax (GST) collections rose")
    'Goods and Services Tax GST   collections rose'
    >>> INNER_ABBREVIATION.sub(unbracket, "total social financing (TSF), eased")
    'total social financing (TSF), eased'
    """
    return f"{match['abbr']}  "


BRACKET_OPEN = re.compile(r"\s*+[(（]\s*+")
BRACKET_CLOSE = re.compile(r"\s*+[)）]")


def bracketed_abbreviation(text: str, previous_end: int, match: re.Match[str]) -> bool:
    """Whether the match is a short name in brackets right after the subject before it: in
    "outstanding total social financing (TSF)" the TSF is the same subject, not the flow.

    >>> m = re.compile("TSF").search("outstanding total social financing (TSF), eased")
    >>> bracketed_abbreviation("outstanding total social financing (TSF), eased", 34, m)
    True
    """
    if any(char.isspace() for char in match.group()):
        return False
    opened = BRACKET_OPEN.match(text, previous_end)
    return (
        opened is not None
        and opened.end() == match.start()
        and BRACKET_CLOSE.match(text, match.end()) is not None
    )


_INDEX_TERMS: list[tuple[tuple[Term, ...], tuple[Term, ...]]] = []  # (terms, their index terms)


def index_terms(terms: tuple[Term, ...]) -> tuple[Term, ...]:
    """The terms of index indicators (unit_kind index: a PMI), whose levels are bare numbers.
    Kept for the last tuple of terms, known by identity: a cache keyed on the tuple hashed its
    ~1,400 terms for each document (a tenth of a build's time on real news)."""
    from econstats.core.codelist import load_indicators

    if _INDEX_TERMS and _INDEX_TERMS[0][0] is terms:
        return _INDEX_TERMS[0][1]
    kinds = {code: row.unit_kind for code, row in load_indicators().items()}
    found = tuple(term for term in terms if kinds.get(term.indicator) == "index")
    _INDEX_TERMS[:] = [(terms, found)]
    return found


def names_index(text: str, indexes: Sequence[Term]) -> bool:
    """True when the sentence names an index (a PMI): its bare numbers may be index levels.
    `indexes` are the terms of index indicators (index_terms, worked out once per document:
    hashing every term for each sentence made a line of 3,800 sentences take 4 s).

    >>> names_index("The PMI came in at 49.8", ()), names_index("Retail sales rose", ())
    (False, False)
    """
    return bool(indexes) and bool(find_subjects(text, 0, indexes, True))
