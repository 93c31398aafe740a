"""Period phrases in news text -> reference periods, bases and anaphors (English and Chinese).

`find_periods` lists every period phrase of a text; `resolve` turns its spec into a Period (SDMX
label, first and last day), taking a missing year from the context or the published date;
`move_to_year` gives the same period in another year (for "the same period in 2019").
The grammar is econstats.reader.period_grammar, its words are econstats/vocab/*.csv.

>>> [(m.text, m.role) for m in find_periods("Sales rose in the first 10 months of 2025.")]
[('in the first 10 months of 2025', 'period')]
>>> resolve(find_periods("the first 10 months of 2025")[0].spec, None, None)
Period(label='2025-01-01/P10M', start=datetime.date(2025, 1, 1), end=datetime.date(2025, 10, 31))
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache

from econstats.core.model import Document
from econstats.reader.cues import statuses_in
from econstats.reader.lexicon import key
from econstats.reader.period_bases import comparison_role, possessive
from econstats.reader.period_grammar import Rule, period_rules, split_end
from econstats.reader.period_labels import after_publication, label_for, move_to_year, resolve
from econstats.reader.period_specs import PeriodSpec
from econstats.reader.period_vocab import period_vocab
from econstats.reader.prefilter import select

__all__ = [
    "PeriodMention",
    "PeriodSpec",
    "after_publication",
    "find_periods",
    "label_for",
    "looks_forward",
    "may_state_period",
    "move_to_year",
    "resolve",
    "unresolved_note",
]

UNITS_PER_YEAR = {
    "month": 12,
    "months": 12,
    "day": 12,
    "days": 12,
    "quarter": 4,
    "quarters": 4,
    "half": 2,
    "holiday_head": 60,  # the first N days of a holiday or travel rush (春运前20天)
    "weekday": 7,  # a weekday (ISO number) of the publication week: "On Tuesday alone"
    "days_weekday": 12,  # a day to a weekday: "from Jan 14 to Sunday" (last_day: ISO weekday)
    "week": 12,  # the seven days to a day: "the week ended April 5" (first: its month)
    "weekdays": 7,  # weekdays of the latest such week: "on Friday, Saturday and Sunday"
}


@dataclass(frozen=True)
class PeriodMention:
    """A period phrase of the text, with its document offsets and role.

    role: "period" (a reference period), "base" (what a change is compared with), "background"
    (a period that only explains a change: econstats.reader.period_bases) or "anaphor"
    ("during this period": refers back, spec None). same_period: "the same period in 2019" /
    "去年同期" -- the figure's own period moved to spec.year, or to its own year + spec.year_offset
    (move_to_year); a same-period phrase after "in"/"during" is a period ("in the same period last
    year" states last year's figure), otherwise a base.
    """

    start: int
    end: int
    text: str
    role: str
    spec: PeriodSpec | None
    same_period: bool = False
    possessive: bool = False  # the period of the value right after it: "August's $9.15 billion"


def find_periods(text: str, offset: int = 0) -> list[PeriodMention]:
    """Every period phrase, in text order, non-overlapping, the longest phrase winning.

    >>> [(m.text, m.role, m.same_period) for m in find_periods(
    ...     "up 19.4 percent compared with the same period in 2019 during the holidays")]
    [('compared with the same period in 2019', 'base', True), ('during the holidays', 'anaphor', False)]
    >>> [m.text for m in find_periods("前三季度，全国一般公共预算收入比去年同期增长")]
    ['前三季度', '比去年同期']
    >>> find_periods("Golden September and Silver October; starting on October 1; the 2022 festival")
    []
    >>> find_periods("in 2024", offset=100)[0].start
    100
    """
    starts: list[int] = []  # chosen spans, sorted by start; bisect keeps this O(n log n)
    chosen: list[tuple[int, int, PeriodMention | None]] = []
    for start, end, mention in sorted(_candidates(text, offset), key=lambda c: (c[0] - c[1], c[0])):
        at = bisect.bisect_left(starts, start)
        if (at and chosen[at - 1][1] > start) or (at < len(chosen) and chosen[at][0] < end):
            continue
        starts.insert(at, start)
        chosen.insert(at, (start, end, mention))
    return [mention for _, _, mention in chosen if mention is not None]


@cache
def _stating_rules() -> tuple[Rule, ...]:
    """The rules whose matches may state a reference period (a "same" phrase can be one)."""
    return tuple(rule for rule in period_rules() if rule.role in ("period", "same"))


def may_state_period(text: str) -> bool:
    """False when no phrase of the text can state a reference period (a cheap, exact test: the
    prefilter finds no rule that may match). A text holding it holds it in each of its parts,
    so a paragraph that fails has no sentence that passes.

    >>> may_state_period("The forum explored cooperation."), may_state_period("in the first half")
    (False, True)
    """
    return any(True for _ in select(_stating_rules(), text, lambda rule: rule.regex))


def looks_forward(text: str) -> bool:
    """Whether a sentence states a forecast or a target (a status phrase of vocab/statuses.csv):
    a year-less period of it may lie after the publication date.

    >>> looks_forward("Exports are expected to grow in December."), looks_forward("Exports rose.")
    (True, False)
    >>> looks_forward("Exports rose more than expected in December.")
    False
    """
    return any(status != "actual" for _, status in statuses_in(text))


def unresolved_note(mention: PeriodMention, doc: Document) -> str:
    """Why a period phrase gives no period: the rejection note of its figures.

    >>> spec = PeriodSpec("year", None, 1)
    >>> unresolved_note(PeriodMention(0, 9, "next year", "period", spec), Document("d", "", "", ""))
    "'next year' is relative to a publication date, and the document has none"
    """
    spec = mention.spec
    if doc.published_date is None and spec is not None and spec.year is None:
        if spec.year_offset is not None or spec.unit_offset is not None:
            return f"{mention.text!r} is relative to a publication date, and the document has none"
        return f"{mention.text!r} names no year, and neither its story nor a publication date does"
    return f"{mention.text!r} names no period of that year (a day or holiday it lacks)"


def _candidates(text: str, offset: int) -> Iterator[tuple[int, int, PeriodMention | None]]:
    """(start, end, mention) of every rule match; mention None for a blocker."""
    # prefilter (issue 7): only the rules whose required words occur in the text
    for _, rule in select(period_rules(), text, lambda rule: rule.regex):
        for match in rule.regex.finditer(text):
            if match.end() == match.start():
                continue
            if rule.role == "blocked":
                yield match.start(), match.end(), None
            elif (mention := _mention(rule, match, offset)) is not None:
                role = comparison_role(text, match.start(), match.end())
                if mention.role == "period" and role:  # "lower than in 2022": a base
                    mention = replace(mention, role=role)
                if mention.role in ("period", "base") and possessive(text, *match.span()):
                    # its value's own period: "相比2020年的1.32亿元", "above August's $9.15 billion"
                    mention = replace(mention, role="period", possessive=True)
                yield match.start(), match.end(), mention


def _mention(rule: Rule, match: re.Match[str], offset: int) -> PeriodMention | None:
    """The mention of a match; None when its numbers are out of range (month 13, Q5)."""
    groups = match.groupdict()
    role, same = _role(rule.role, _slot(groups, "lead"))
    spec = _spec(rule.kind, groups) if rule.kind is not None else None
    if rule.kind is not None and spec is None:
        return None
    return PeriodMention(match.start() + offset, match.end() + offset, match[0], role, spec, same)


def _role(rule_role: str, lead: str | None) -> tuple[str, bool]:
    """(role, same_period) from the rule and the word before the phrase (period_leads.csv)."""
    if rule_role == "anaphor":
        return "anaphor", False
    lead_role, scope, _ = period_vocab().leads.get(key(lead or ""), ("period", "", ""))
    if rule_role == "same":
        return ("period" if (lead_role, scope) == ("period", "bare") else "base"), True
    return lead_role, False


def _slot(groups: dict[str, str | None], name: str) -> str | None:
    """The first filled group of a slot: `name` or `name_<place>`."""
    return next(
        (
            value
            for group, value in groups.items()
            if value is not None and (group == name or group.startswith(name + "_"))
        ),
        None,
    )


def _number(token: str) -> int:
    """A unit number: digits, a month name or a number word.

    >>> _number("Sept."), _number("third"), _number("10月"), _number("三")
    (9, 3, 10, 3)
    """
    word = key(token).rstrip(".")
    if word.isdigit():
        return int(word)
    vocab = period_vocab()
    return vocab.months[word][0] if word in vocab.months else vocab.numbers[word][0]


def _spec(kind: str, groups: dict[str, str | None]) -> PeriodSpec | None:
    """The spec a match's slots give; None if a number is out of range."""
    vocab = period_vocab()
    if groups.get("a_interim") or groups.get("a_start"):  # interim: H1; "the start of": Jan 1
        groups = {**groups, "a_interim": None, "a_start": None, "a": "1", "d": "1"}
    if groups.get("qm"):  # the September quarter: the quarter ending that month
        groups = {**groups, "a": str(_number(groups["qm"]) // 3)}
    a, b, n, q, d = (_slot(groups, slot) for slot in ("a", "b", "n", "q", "d"))
    kind = kind + "s" if kind in ("quarter", "month") and b else kind
    if kind == "ending":  # the N months ending a month: first = N, last = that month
        unit, count = _slot(groups, "unit") or "", _slot(groups, "cnt")
        size = 3 if key(unit).startswith("quarter") else 6 if key(unit).startswith("half") else 12
        first = _number(count) * (1 if key(unit).startswith("month") else 3) if count else size
        last = split_end(groups) if groups.get("split") else _number(a or "")  # 2024-25: March
    elif n:
        first, last = 1, _number(n)
    elif q:
        first = last = 3 * _number(q)
    else:
        first = _number(a) if a else (12 if kind == "day" else 1)
        last = _number(b) if b else first
    if kind == "months" and a and b and first > last:  # October-March: the 6 months to March
        kind, first = "ending", 12 - first + last + 1
    last_day = _slot(groups, "dl")
    year = _slot(groups, "year")
    if year and groups.get("fy_end") and first < 4:  # January-March of FY 2025-26: 2026's
        year = str(int(year) + 1)
    rel = _slot(groups, "rel")
    hol = _slot(groups, "hol")
    relu = _slot(groups, "relu")
    spec = PeriodSpec(
        kind,
        year=(2000 + int(year) if len(year) == 2 else int(year)) if year else None,
        year_offset=vocab.relative_years[key(rel)][0] if rel else None,
        first=first,
        last=last,
        day=int(d) if d else None,
        holiday=vocab.holiday_of_alias(hol) if hol else None,
        unit_offset=vocab.relative_units[key(relu)][1] if relu else None,
        last_day=_number(last_day) if last_day else None,  # a day, or a weekday's ISO number
    )
    return spec if _in_range(spec) else None


def _in_range(spec: PeriodSpec) -> bool:
    """Units within the year, first <= last, a day that its month can have (Feb 29 allowed)."""
    if spec.kind == "ending":
        in_year = 1 <= spec.first <= 12 and 1 <= spec.last <= 12
        return in_year and (spec.day is None or 1 <= spec.day <= month_days(spec.last))
    if not 1 <= spec.first <= spec.last <= UNITS_PER_YEAR.get(spec.kind, 1):
        return False
    if spec.kind == "days":  # November 1 to 11: real days, the first before the last
        first, last = (spec.first, spec.day or 0), (spec.last, spec.last_day or 0)
        real = 1 <= first[1] <= month_days(first[0]) and 1 <= last[1] <= month_days(last[0])
        return real and first < last
    return spec.day is None or 1 <= spec.day <= month_days(spec.first)


def month_days(month: int) -> int:
    """Most days a month can have (February 29)."""
    return calendar.monthrange(2000, month)[1]
