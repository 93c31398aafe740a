"""Visitor groups of a per-visitor figure: "過夜旅客人均消費為5300元" and "不過夜旅客的人均消費
錄得1100元" are two series (overnight and same-day visitors' spending), and "過夜內地客的人均消費"
a third; one indicator with the group as its breakdown, so the repeats rule keeps all three.

The group words (vocab/visitor_groups.csv, role "group") are looked for in the words that lead
the subject term: the run of Chinese characters right before it (after its last period word, a
"的" between them allowed), or the English words of its noun phrase ("same-day per capita
visitor spending", "overnight visitors' spending per visitor"). Only the terms of the indicators
of role "indicator" (a per-visitor measure) take a group; a run naming none leaves no breakdown.
"""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.lexicon import alternation, load_vocab

# the run that leads a Chinese term: Chinese characters, at most 16, ending right at the term
CJK_RUN = re.compile(r"[\u4e00-\u9fff]{1,16}$")
# the English noun phrase around a term: words and hyphens, apostrophes, no clause punctuation
LATIN_BEFORE = re.compile(r"[A-Za-z' \u2019-]{1,40}$")
PERIOD_WORDS = re.compile(r".*(?:年|月|季度|季|期間|期间)")  # the run starts after its last


@cache
def vocabulary() -> tuple[frozenset[str], dict[str, str], re.Pattern[str]]:
    """(per-visitor indicators, group phrase -> group, regex of the group phrases)."""
    rows = load_vocab("visitor_groups", ("phrase", "role", "group"))
    indicators = frozenset(row["phrase"] for row in rows if row["role"] == "indicator")
    groups = {row["phrase"].lower(): row["group"] for row in rows if row["role"] == "group"}
    regex = re.compile(rf"(?<![A-Za-z-]){alternation(list(groups))}(?![A-Za-z])", re.I)
    return indicators, groups, regex


def visitor_group(text: str, start: int, indicator: str) -> str | None:
    """The group of visitors named around the term at text[start] of a per-visitor indicator.

    >>> spend = "transport.tourism.spending_per_visitor"
    >>> visitor_group("今年第二季過夜旅客人均消費為5300元", 9, spend)
    'overnight'
    >>> visitor_group("至於不過夜旅客的人均消費,今年第二季錄得1100元", 8, spend)
    'same-day'
    >>> visitor_group("若只看內地過夜客的人均消費,跌幅更明顯", 9, spend)
    'mainland overnight'
    >>> visitor_group("旅客人均消費為5300元", 2, spend), visitor_group("過夜旅客人均消費", 4, "x")
    (None, None)
    >>> visitor_group("Same-day per capita visitor spending fell", 9, spend)
    'same-day'
    """
    indicators, groups, regex = vocabulary()
    if indicator not in indicators:
        return None
    window = text[max(0, start - 40) : start]
    run = CJK_RUN.search(window.removesuffix("的"))
    if run is not None:
        lead = PERIOD_WORDS.sub("", run.group())
    else:
        latin = LATIN_BEFORE.search(window)
        lead = latin.group() if latin else ""
    found = {groups[match.group().lower()] for match in regex.finditer(lead)}
    return " ".join(sorted(found)) or None
