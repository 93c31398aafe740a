"""A period phrase inside a comparison is the base of a change, never the figure's own period.

"43.5 percent lower than in the fourth quarter of last year", "up by 3.5% on August 2014",
"0.2 percentage point below the rate for 2018", "與2023年四季度相比": the words around the phrase
(vocab/period_comparisons.csv) make it what the figure is compared with, whatever lead it has
("in" states a period; "than in" a base). A base is neither a figure's period nor its story's;
nor is a "background" period, one that only explains a change ("due to last year's high base",
"主要受去年年中…影响").
"""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.earlier_levels import RECOVERING
from econstats.reader.lexicon import alternation, load_vocab

# what may stand between a comparison word and the period phrase: "than that of", "below the
# rate for", "compared with those seen in"
FILLER = (
    r"(?:(?:that|those|the\s+(?:levels?|rates?|pace|figures?|readings?|ones?|amount|total"
    r"|outturns?|results?|numbers?|values?|growth|increases?|rises?|gains?|declines?|falls?"
    r"|drops?))\s+)?"
    r"(?:(?:of|in|for|at|during|(?:seen|recorded|posted|reported)\s+in)\s+)?"
)
# the end of a figure, before "on": "up by 3.5% on August 2014", "£12.6 billion on the outturn",
# an aside in brackets between: "an increase of £145.2 billion (or 4.4 percentage points as a
# ratio of GDP) on September 2016"
FIGURE_END = (
    r"(?:\d%?|percent|per\s+cent|points?|pts?\.?|[mb]n|million|billion|trillion)\s+"
    r"(?:\([^()]{0,80}\)\s+)?"
)
POSSESSIVE_ZH = re.compile(r"\s*的\s*\d")  # 去年全年的307亿元: last year's 30.7 billion
POSSESSIVE_EN = re.compile(
    r"\s*(?:[$€£¥\d]|(?:RMB|US\$|HK\$|Rs\.?)\s*\d)"
)  # August's $9.15 billion
REACH = 150  # characters before a phrase read for its comparison word (and an aside's)


@cache
def _markers() -> dict[str, tuple[re.Pattern[str], re.Pattern[str]]]:
    """role -> (its words before a phrase, up to the phrase's start; its words after it)."""
    columns = ("phrase", "side", "after_figure", "language", "role")
    rows = load_vocab("period_comparisons", columns)
    found = {}
    for role in sorted({row["role"] for row in rows}):
        mine = [row for row in rows if row["role"] == role]
        plain = [r["phrase"] for r in mine if (r["side"], r["after_figure"]) == ("before", "no")]
        figure = [r["phrase"] for r in mine if (r["side"], r["after_figure"]) == ("before", "yes")]
        after = [r["phrase"] for r in mine if r["side"] == "after"]
        words = [alternation(plain)] if plain else []
        words += [FIGURE_END + alternation(figure)] if figure else []
        before = rf"(?:{'|'.join(words) or '(?!)'})\s*{FILLER}$"
        behind = rf"\s*(?:的\s*)?{alternation(after)}" if after else "(?!)"
        found[role] = (re.compile(before, re.IGNORECASE), re.compile(behind, re.IGNORECASE))
    return found


def comparison_role(text: str, start: int, end: int) -> str | None:
    """ "base" when the period phrase text[start:end] is what a change is compared with,
    "background" when it only explains one ("due to last year's high base", "主要受去年…影响"),
    else None.

    >>> comparison_role("lower than in the fourth quarter", 11, 32)
    'base'
    >>> comparison_role("sales in the fourth quarter", 6, 27) is None
    True
    """
    if possessive(text, start, end):
        return None  # "above August's $9.15 billion", "超过去年全年的307亿元": its own value's
    for role, (before, after) in _markers().items():
        if before.search(text, max(0, start - REACH), start) or after.match(text, end):
            return role
    return None


def possessive(text: str, start: int, end: int) -> bool:
    """Whether the period phrase text[start:end] is the period of the value right after it
    ("August's $9.15 billion", "去年全年的307亿元"); not after 恢复至 ("恢复至2019年同期的107.7%": a
    share of that period's level)."""
    if text.endswith(("'s", "’s"), start, end):
        return bool(POSSESSIVE_EN.match(text, end))
    if text.startswith(("'s", "’s"), end):  # "September 2024's $11.29 billion": after the year
        return bool(POSSESSIVE_EN.match(text, end + 2))
    recovering = RECOVERING.search(text, max(0, start - 8), start)
    return bool(POSSESSIVE_ZH.match(text, end)) and recovering is None
