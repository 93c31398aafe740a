r"""The period grammar: vocabulary compiled into one regex per phrase shape, in one place.

The grammar file (vocab/period_grammar.txt) lists the rules: a header line `name role kind`, then the rule's re.VERBOSE pattern,
indented, `{NAME}` standing for a fragment (FRAGMENTS, or a word list from econstats/vocab/ built
by lexicon.alternation, longest phrase first). Rules are case-insensitive (`(?-i:Q)` keeps "Q3"
upper case). No quantifier is nested over an overlapping class and no rule starts with an empty-
matching run of spaces, so no text backtracks catastrophically. Named groups are the slots
econstats.reader.periods reads: lead, year, rel (relative year), a/b (first/last unit), n ("first N"),
q (quarter of an end-of-quarter day), d (day), hol (holiday alias), relu (a month or quarter
relative to the published date's); a suffix (`year_head`) marks
another place for the same slot. Role is period, same (a same-period phrase), anaphor, or
blocked: a blocker matches a date or "since" phrase so the period phrase inside it gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from econstats.reader.lexicon import alternation
from econstats.reader.period_vocab import PeriodVocab, period_vocab

YEAR_NUM = r"(?:19[5-9]\d|20\d\d)"  # years of statistics, 1950-2099 ("in 1880" is art history)
CJK_DIGIT = "〇一二三四五六七八九十两"

# Composite fragments, filled in this order after the vocabulary ones (see _fragments).
FRAGMENTS = {
    "YEAR": r"(?<![\w$¥€£.,]){YEAR_NUM}(?![\w%]|[.,]\d)",
    "LEAD": r"(?:(?<!\w)(?P<lead>{LEADS})\s+)?",
    "ZH_LEAD": r"(?:(?P<lead_zh>{ZH_LEADS})\s*)?",
    "END_LEAD": r"(?:(?<!\w)(?P<lead>{END_LEADS})\s+)?",
    "ZH_END_LEAD": r"(?:(?P<lead_zh>{ZH_END_LEADS})\s*)?",  # 截至9月末; 较9月末: a base
    "HEAD": r"(?:the\s+|(?P<year_head>{YEAR})['’]s\s+|(?P<rel_head>{REL})['’]s\s+)?",
    "TAIL": r"""(?: (?:\s*,\s*|\s+) (?:of\s+|in\s+)? (?P<year>{YEAR})   # the first half, 2025
                  | \s+ (?:of\s+)? (?P<rel>{REL}) (?!\w)            # ... of this year
                  | \s+ of \s+ the \s+ (?:current\s+)? year (?!\w) )?""",
    "CN_YEAR": r"(?:(?<!\d)(?P<year>{YEAR_NUM})\s*年|(?P<rel>{REL_ZH}))?",  # 2025年 / 今年
    "NOT_CJK_DIGIT": r"(?<![\d" + CJK_DIGIT + "])",
    "ZH_MONTH": r"{NOT_CJK_DIGIT}(?P<a>{MONTH_ZH})",
}

GRAMMAR_FILE = Path(__file__).parents[1] / "vocab" / "period_grammar.txt"


@dataclass(frozen=True)
class Rule:
    """One compiled phrase shape: role period | same | anaphor | blocked; kind a PeriodSpec kind."""

    name: str
    role: str
    kind: str | None
    regex: re.Pattern[str]


def _months(vocab: PeriodVocab, language: str) -> str:
    """Month names longest first; abbreviations may end in a dot ("Sept.")."""
    names = [name for name, (_, lang) in vocab.months.items() if lang == language]
    dot = {name: r"\.?" for name in names if name in vocab.abbreviations}
    return alternation(names, after=dot)


def _words(table: dict[str, tuple], first: str | tuple[str, ...], language: str) -> str:
    """Phrases of a vocabulary table whose kind/scope (row[1]) is in `first`, in one language."""
    wanted = (first,) if isinstance(first, str) else first
    return alternation(p for p, row in table.items() if row[1] in wanted and row[-1] == language)


def _units(vocab: PeriodVocab, unit: str, language: str) -> str:
    """Relative month or quarter phrases ("last month", 上季度) in one language."""
    table = vocab.relative_units
    return alternation(p for p, (u, _, lang) in table.items() if (u, lang) == (unit, language))


def _fragments(vocab: PeriodVocab) -> dict[str, str]:
    """Every fragment: vocabulary alternations, then FRAGMENTS filled in from them."""
    leads, numbers, years = vocab.leads, vocab.numbers, vocab.relative_years
    aliases = [alias for holiday in vocab.holidays for alias in holiday.aliases]
    parts = {
        "YEAR_NUM": YEAR_NUM,
        "MONTH": _months(vocab, "en"),
        "MONTH_ZH": _months(vocab, "zh"),
        "CARD": _words(numbers, "cardinal", "en"),
        "CARD_ZH": _words(numbers, "cardinal", "zh"),
        "ORD": _words(numbers, "ordinal", "en"),
        "ORD_ZH": _words(numbers, "ordinal", "zh"),
        "WEEKDAY": _words(numbers, "weekday", "en"),
        "REL": _words(years, "any", "en"),
        "REL_SAME": _words(years, ("any", "same_period"), "en"),
        "REL_ZH": _words(years, "any", "zh"),
        "REL_MONTH": _units(vocab, "month", "en"),
        "REL_QUARTER": _units(vocab, "quarter", "en"),
        "REL_MONTH_ZH": _units(vocab, "month", "zh"),
        "REL_QUARTER_ZH": _units(vocab, "quarter", "zh"),
        "LEADS": _words(leads, ("bare", "phrase"), "en"),
        "BARE_LEADS": _words(leads, "bare", "en"),
        "YEAR_LEADS": _words(leads, ("bare", "year"), "en"),
        "DATE_LEADS": _words(leads, "date", "en"),
        "END_LEADS": _words(leads, ("date", "end"), "en"),
        "ANAPHOR_LEADS": alternation(
            p
            for p, (role, scope, lang) in leads.items()
            if (role, lang) == ("period", "en") and scope in ("bare", "phrase")
        ),
        "ZH_LEADS": _words(leads, ("bare", "phrase"), "zh"),
        "ZH_DATE_LEADS": _words(leads, "date", "zh"),
        "ZH_END_LEADS": _words(leads, ("date", "bare"), "zh"),
        "HOLIDAY": alternation(alias for alias in aliases if alias.isascii()),
        "HOLIDAY_ZH": alternation(alias for alias in aliases if not alias.isascii()),
    }
    for name, template in FRAGMENTS.items():
        parts[name] = template.format_map(parts)
    return parts


def _parse(grammar: str) -> list[tuple[str, str, str | None, str]]:
    """(name, role, kind, pattern) of each rule of the grammar text; kind "-" is None."""
    rules: list[tuple[str, str, str | None, str]] = []
    for line in grammar.splitlines():
        if line.startswith((" ", "\t")):
            name, role, kind, pattern = rules[-1]
            rules[-1] = (name, role, kind, pattern + line + "\n")
        elif line.strip() and not line.startswith("#"):
            name, role, kind = line.split()
            rules.append((name, role, None if kind == "-" else kind, ""))
    return rules


@cache
def period_rules() -> tuple[Rule, ...]:
    """Every rule compiled once, blockers first (they win ties), from the vocabulary files."""
    parts = _fragments(period_vocab())
    flags = re.VERBOSE | re.IGNORECASE
    return tuple(
        Rule(name, role, kind, re.compile(pattern.format_map(parts), flags))
        for name, role, kind, pattern in _parse(GRAMMAR_FILE.read_text(encoding="utf-8"))
    )


def split_end(groups: dict[str, str | None]) -> int:
    """The month a fiscal year written across two calendar years ends in ("2024-25": March, 3),
    or 0 (no period) when its years do not follow each other ("2019-24" is a range of years).

    >>> split_end({"split": "2024-25", "year": "25"}), split_end({"split": "2019/24", "year": "24"})
    (3, 0)
    >>> split_end({"split": "1999-00", "year": "00"})
    3
    """
    first, second = int((groups.get("split") or "0")[:4]), int(groups.get("year") or "-1")
    return 3 if (first + 1) % 100 == second else 0
