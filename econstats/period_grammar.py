r"""The period grammar: vocabulary compiled into one regex per phrase shape, in one place.

GRAMMAR lists the rules: a header line `name role kind`, then the rule's re.VERBOSE pattern,
indented, `{NAME}` standing for a fragment (FRAGMENTS, or a word list from econstats/vocab/ built
by lexicon.alternation, longest phrase first). Rules are case-insensitive (`(?-i:Q)` keeps "Q3"
upper case). No quantifier is nested over an overlapping class and no rule starts with an empty-
matching run of spaces, so no text backtracks catastrophically. Named groups are the slots
econstats.periods reads: lead, year, rel (relative year), a/b (first/last unit), n ("first N"),
q (quarter of an end-of-quarter day), d (day), hol (holiday alias), relu (a month or quarter
relative to the published date's); a suffix (`year_head`) marks
another place for the same slot. Role is period, same (a same-period phrase), anaphor, or
blocked: a blocker matches a date or "since" phrase so the period phrase inside it gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from econstats.lexicon import alternation
from econstats.period_vocab import PeriodVocab, period_vocab

YEAR_NUM = r"(?:19[5-9]\d|20\d\d)"  # years of statistics, 1950-2099 ("in 1880" is art history)
CJK_DIGIT = "〇一二三四五六七八九十两"

# Composite fragments, filled in this order after the vocabulary ones (see _fragments).
FRAGMENTS = {
    "YEAR": r"(?<![\w$¥€£.,]){YEAR_NUM}(?![\w%]|[.,]\d)",
    "LEAD": r"(?:(?<!\w)(?P<lead>{LEADS})\s+)?",
    "ZH_LEAD": r"(?:(?P<lead_zh>{ZH_LEADS})\s*)?",
    "END_LEAD": r"(?:(?<!\w)(?P<lead>{END_LEADS})\s+)?",
    "ZH_END_LEAD": r"(?:(?P<lead_zh>{ZH_DATE_LEADS})\s*)?",
    "HEAD": r"(?:the\s+|(?P<year_head>{YEAR})['’]s\s+|(?P<rel_head>{REL})['’]s\s+)?",
    "TAIL": r"""(?: (?:\s*,\s*|\s+) (?:of\s+|in\s+)? (?P<year>{YEAR})   # the first half, 2025
                  | \s+ (?:of\s+)? (?P<rel>{REL}) (?!\w)            # ... of this year
                  | \s+ of \s+ the \s+ (?:current\s+)? year (?!\w) )?""",
    "CN_YEAR": r"(?:(?<!\d)(?P<year>{YEAR_NUM})\s*年|(?P<rel>{REL_ZH}))?",  # 2025年 / 今年
    "NOT_CJK_DIGIT": r"(?<![\d" + CJK_DIGIT + "])",
    "ZH_MONTH": r"{NOT_CJK_DIGIT}(?P<a>{MONTH_ZH})",
}

GRAMMAR = r"""
# -- blockers: dates and "since" phrases, which contain period phrases but are none
since blocked -
    (?<!\w)(?:since|until|till|before|after|prior\s+to|from)\s+
    (?: {MONTH} (?:\s+\d\d?(?!\d))? (?:(?:\s*,\s*|\s+){YEAR})? | {YEAR} )
date blocked -
    {MONTH} \s+ \d\d? (?:st|nd|rd|th)? (?!\d) (?:(?:\s*,\s*|\s+){YEAR})?  # October 1, 2024
    | (?<![\w.,]) \d\d? (?:st|nd|rd|th)? \s+ {MONTH} (?:\s+{YEAR})?       # 1 October 2024
year_range blocked -
    (?:(?<!\w)[a-z]+\s+)? (?<![\w$¥€£.,]) {YEAR_NUM}
    \s* [-–—~/] \s* (?:{YEAR_NUM}|\d\d) (?!\d)                   # in 2019-2024, 2025-09-15
holiday_event blocked -
    {HOLIDAY} \s+ (?:gala|travel\s+rush)
zh_date blocked -
    (?:(?<!\d){YEAR_NUM}\s*年)? {MONTH_ZH}
    \s* (?: (?:\d\d?|{CARD_ZH}) \s* [日号] | [上中下]旬 | 初 )      # 10月1日, 9月上旬
zh_since blocked -
    [自从]? (?: (?<!\d){YEAR_NUM}\s*年 | {REL_ZH} ) (?:{MONTH_ZH})?
    (?: 以来 | 至今 | 以前 | 之前 | 以后 | 之后 | 后 | 前 (?!\s*(?:\d|{CARD_ZH})) )
# -- English: "first N", ordinals, Q and H codes
first_months period months
    {LEAD} {HEAD} (?<!\w)first \s+ (?P<n>\d\d?|{CARD}) \s+ months (?!\w) {TAIL}
first_quarters period quarters
    {LEAD} {HEAD} (?<!\w)first \s+ (?P<n>\d|{CARD}) \s+ quarters (?!\w) {TAIL}
quarter period quarter
    {LEAD} {HEAD} (?P<a>{ORD}) [\s-]+ quarter (?!\w) {TAIL}      # the fourth quarter of 2024
half period half
    {LEAD} {HEAD} (?P<a>{ORD}) [\s-]+ half (?!\w) {TAIL}         # the first half
q_code period quarter
    {LEAD} (?:(?P<year_head>{YEAR})\s+)? (?<!\w)(?-i:Q)(?P<a>[1-4])
    (?: \s*(?:[-–—]|to)\s* (?-i:Q)(?P<b>[1-4]) )? (?!\w)        # Q3, Q1-Q3, 2025 Q3
    (?: (?:\s*,\s*|\s+) (?:of\s+)? (?P<year>{YEAR}) )?
h_code period half
    {LEAD} (?:(?P<year_head>{YEAR})\s+)? (?<!\w)(?-i:H)(?P<a>[12]) (?!\w)
    (?: (?:\s*,\s*|\s+) (?:of\s+)? (?P<year>{YEAR}) )?           # H1 2025
# -- English months
month_range period months
    {LEAD} (?:(?<!\w)from\s+)? (?:the\s+)? (?P<a>{MONTH})
    (?: \s*[-–—]\s* | \s+(?:to|through|till|until)\s+ )         # January-October, Jan to Oct
    (?P<b>{MONTH}) (?!\s*\d\d?(?!\d)) (?:\s+period)? {TAIL}
month_between period months
    {LEAD} (?<!\w)between \s+ (?P<a>{MONTH}) \s+ and \s+ (?P<b>{MONTH}) (?!\s*\d\d?(?!\d)) {TAIL}
month_pair period months
    {LEAD} (?P<a>{MONTH}) \s+ and \s+ (?P<b>{MONTH}) (?!\s*\d\d?(?!\d)) {TAIL}  # January and February
month_range_years period months
    {LEAD} (?:(?<!\w)from\s+)? (?P<a>{MONTH}) \s+ (?P<year>{YEAR})
    (?: \s*[-–—]\s* | \s+(?:to|through|till|until)\s+ )
    (?P<b>{MONTH}) \s+ (?P=year) (?!\d)                        # April 2017 to September 2017
month_year period month
    {LEAD} (?:the\s+month\s+of\s+)? (?P<a>{MONTH})
    (?: (?:\s*,\s*|\s+) (?:of\s+)? (?P<year>{YEAR})             # October 2025, September of 2025
      | \s+ (?P<rel>{REL}) (?!\w) )                             # October last year
month_possessive period month
    {LEAD} (?P<a>{MONTH}) ['’]s (?!\w)                          # October's
month_licensed period month
    (?<!\w)(?P<lead>{BARE_LEADS}) \s+ (?:the\s+month\s+of\s+)?
    (?P<a>{MONTH}) (?!\s*\d)                                    # in October; never October 1
# -- English days: a stock "as of" a day or "at the end of" a month, quarter or year
end_of_month period day
    {END_LEAD} (?:the\s+)? (?<!\w)end (?:\s+of\s+|-) (?:the\s+month\s+of\s+)?
    (?P<a>{MONTH}) {TAIL}                                       # as of the end of June, end-June
end_of_quarter period day
    {END_LEAD} (?:the\s+)? (?<!\w)end \s+ of \s+ (?:the\s+)? (?P<q>{ORD}) [\s-]+ quarter (?!\w)
    {TAIL}
end_of_year period day
    {END_LEAD} (?:the\s+)? (?<!\w)
    (?: end (?:\s+of\s+|-) (?: (?P<year>{YEAR}) | (?P<rel>{REL}) (?!\w) | the\s+year (?!\w) )
      | year [\s-] end (?!\w) )                                 # at the end of 2024, year-end
as_of_date period day
    (?<!\w)(?P<lead>{DATE_LEADS}) \s+
    (?: (?P<a>{MONTH}) \s+ (?P<d>\d\d?) (?:st|nd|rd|th)? (?!\d)  # as of September 5
      | (?P<d_uk>\d\d?) (?:st|nd|rd|th)? \s+ (?P<a_uk>{MONTH}) ) # as at 30 June
    (?: (?:\s*,\s*|\s+) (?P<year>{YEAR}) )?
# -- English years
year_licensed period year
    (?<!\w)(?P<lead>{YEAR_LEADS}) \s+ (?P<year>{YEAR})          # in 2024, not "for 2000 yuan"
    (?! \s*% | \s+(?:percent|per\s+cent|yuan|dollars|people|units|times)(?!\w) )
year_whole period year
    {LEAD} (?:the\s+)? (?<!\w)
    (?: (?:whole|entire|full) [\s-]+ (?:calendar\s+)? year (?:\s+of)?  # full-year 2024
      | (?:whole|entire) \s+ of | (?:calendar\s+)? year ) \s+ (?P<year>{YEAR})
year_whole_context period year
    {LEAD} (?:the\s+)? (?<!\w)(?:whole|entire|full) [\s-]+ year (?![\w-])  # the whole year
year_possessive period year
    (?P<year>{YEAR}) ['’]s (?!\w)                               # 2024's
relative_year period year
    {LEAD} (?P<rel>{REL}) (?!\w)                                # last year
from_relative_unit blocked -
    (?<!\w)(?:from|than|over|on|versus|vs\.)\s+ (?:{REL_MONTH}|{REL_QUARTER}) (?!\w)
relative_month period month
    {LEAD} (?P<relu>{REL_MONTH}) (?!\w)                         # last month
relative_quarter period quarter
    {LEAD} (?P<relu>{REL_QUARTER}) (?!\w)                       # next quarter
fiscal_year period fiscal_year
    {LEAD} (?:the\s+)? (?<!\w)
    (?: (?P<year>{YEAR}) \s+ fiscal \s+ year | fiscal \s+ (?:year\s+)? (?P<year_b>{YEAR})
      | (?-i:FY) \s? (?P<year_c>{YEAR_NUM}|\d\d) ) (?![\w%])
# -- English holidays, same-period bases, anaphors
holiday period holiday
    {LEAD} (?:the\s+)?
    (?: (?: China | (?P<rel_head>{REL}) | (?P<year_head>{YEAR}) ) ['’]s \s+
      | (?P<year_pre>{YEAR}) \s+ )?                             # this year's, the 2024
    (?: (?:\d\d?|{CARD}) [\s-]+ day \s+ | week [\s-]? long \s+ )?  # three-day, week-long
    (?P<hol>{HOLIDAY}) (?: \s+ (?:holidays?|break|period|vacation|golden\s+week) )? (?!\w)
    (?: \s+ (?:of|in) \s+ (?P<year>{YEAR}) )?
same_period same year
    {LEAD} (?:(?<!\w)(?:from|over|on)\s+)? (?:the\s+)? (?<!\w)same \s+
    (?:period|time|quarter|month|months)                        # the same period in 2019
    (?: \s+ (?:of|in) \s+ (?P<year>{YEAR}) | \s+ (?:of\s+)? (?P<rel>{REL_SAME}) (?!\w) )
anaphor anaphor -
    (?<!\w)(?P<lead>{ANAPHOR_LEADS}) \s+ (?:this|that|the\s+same|the) \s+
    (?:period|holidays?|festival|break|quarter|month) (?!\w)    # during this period
    | (?<!\w)(?P<lead_n>{ANAPHOR_LEADS}) \s+ (?:this|that|the) \s+
    (?:\d\d?|{CARD}) [\s-]+ (?:month|week|day) [\s-]+ (?:period|holiday|break) (?!\w)  # the six-month period
# -- Chinese
zh_same same year
    {ZH_LEAD} (?: (?<!\d)(?P<year>{YEAR_NUM}) \s* 年 | (?P<rel>{REL_ZH}) ) 同期  # 去年同期
zh_anaphor anaphor -
    同期 | 此期间 | 这一期间 | 该期间 | 同一时期
zh_month_range period months
    {ZH_LEAD} {CN_YEAR} {NOT_CJK_DIGIT} (?P<a>\d\d?|{CARD_ZH}) \s* (?:月份?)? \s*
    [-–—~～至到] \s* (?P<b>{MONTH_ZH}) 份?                       # 1-10月, 1月至10月
zh_first_months period months
    {ZH_LEAD} {CN_YEAR} [前首] \s* (?P<n>\d\d?|{CARD_ZH}) \s* [个個]? \s* 月  # 前10个月, 首7個月
zh_first_quarters period quarters
    {ZH_LEAD} {CN_YEAR} [前首] \s* (?P<n>\d|{CARD_ZH}) \s* [个個]? \s* 季度 (?![末底])  # 前三季度
zh_quarter period quarter
    {ZH_LEAD} {CN_YEAR} 第? {NOT_CJK_DIGIT} (?P<a>\d|{CARD_ZH}) \s* 季度 (?![末底])  # 第二季度
zh_half period half
    {ZH_LEAD} {CN_YEAR} (?P<a>{ORD_ZH}) 半年 (?![末底])          # 上半年
zh_full_year period year
    {ZH_LEAD} {CN_YEAR} 全年
zh_month period month
    {ZH_LEAD} {CN_YEAR} {ZH_MONTH} 份?
    (?! \s* (?:\d|{CARD_ZH}|[日号末底初]|[上中下]旬) )            # 10月, 10月份
zh_year period year
    {ZH_LEAD} (?<!\d)(?P<year>{YEAR_NUM}) \s* 年 (?![度代])
zh_fiscal_year period fiscal_year
    {ZH_LEAD} (?<!\d)(?P<year>{YEAR_NUM}) \s* (?:年度|财年|财政年度)
zh_relative_month period month
    {ZH_LEAD} (?P<relu>{REL_MONTH_ZH}) (?!\s*(?:\d|{CARD_ZH}))  # 上月, never 上月10日
zh_relative_quarter period quarter
    {ZH_LEAD} (?P<relu>{REL_QUARTER_ZH}) (?![末底])               # 上季度, never 上季度末
zh_relative_year period year
    {ZH_LEAD} (?P<rel>{REL_ZH}) (?!度)
zh_end_of_month period day
    {ZH_END_LEAD} {CN_YEAR} {ZH_MONTH} 份? [末底]                # 截至2025年9月末
zh_end_of_quarter period day
    {ZH_END_LEAD} {CN_YEAR} 第? {NOT_CJK_DIGIT} (?P<q>\d|{CARD_ZH}) \s* 季度 [末底]  # 三季度末
zh_end_of_year period day
    {ZH_END_LEAD}
    (?: (?: (?<!\d)(?P<year>{YEAR_NUM}) \s* 年 | (?P<rel>{REL_ZH}) ) 年? | 年 ) [末底]  # 去年底
zh_as_of_date period day
    (?P<lead_zh>{ZH_DATE_LEADS}) \s* 到? \s* {CN_YEAR} {ZH_MONTH} \s* (?P<d>\d\d?) \s* [日号]
zh_holiday period holiday
    {ZH_LEAD} {CN_YEAR} (?P<hol>{HOLIDAY_ZH}) (?:假期|长假|小长假|黄金周)? (?:期间)?  # 国庆假期
"""


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
        for name, role, kind, pattern in _parse(GRAMMAR)
    )
