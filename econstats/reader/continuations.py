"""A figure that only continues the change before it, with no cue of its own: "up 0.7 percent
year-on-year and 19.4 percent ...", "exports rose 5 percent and imports 3 percent", "fell 16
percent in 2024, 13.2 percent in 2023", "a rise of 5.2 percent in nominal terms and 4.7 percent in
real terms", "增長43%（按固定匯率計算為42%）", "up 60 billion yuan, or 24.9 percent"."""

from __future__ import annotations

import re
from typing import Any

from econstats.core.model import Figure
from econstats.reader.cues import rate_regex

JOINER = re.compile(r"[\s,、，]*+(?:(?:and|or|as\s+well\s+as|和|及|与)[\s,、，]*+)?", re.IGNORECASE)
CONTINUATION = re.compile(
    r"[\s,]*+(?:and|while|whereas|but)\s++(?:[\w'’-]++\s++){1,4}", re.IGNORECASE
)  # "... and imports 3 percent": a joiner and a few words, no cue of its own
# the previous figure's own short tail before the joiner: "in 2024", "in real terms", an adverb
# ("increasing 7.6 percent nominally and 7.3 percent in real terms")
TAIL = re.compile(
    r"\s*+(?:(?:in|at|on)\s++(?:[\w'’-]++\s*+){1,3}?|[a-z]+ly\s*+)(?=[,，(（]|and\b)",
    re.IGNORECASE,
)
# a figure in brackets restating the change a other way: "(42% at constant currency)",
# "（按固定匯率計算為42%）"; a few words without digits may lead it
BRACKET = re.compile(r"\s*+[(（][^\d()（）%\n]{0,12}")
# a percent restating a change in money: "an increase of $16.5 billion, or 0.5%", "年增600億元或24.9%"
OR_PERCENT = re.compile(r"[\s,，]*+(?:or|或)\s*+", re.IGNORECASE)
# an amount alone in brackets right after a percent change restates it: "climbed 0.4 percent
# m-o-m (11 cents) to $28.11", "rose 0.4 percent ($2.1 billion)" (a comparison's words may stand
# before the bracket; "(to $3.2 billion)" names the level)
MONEY_BRACKET = re.compile(r"\s*+(?:[\w/-]++\s*+)?[(（]\s*+")
CLOSED = re.compile(r"\s*+[)）]")
# the next item of a list with its figure in brackets: "semiconductors (22.1 percent), passenger
# cars (14.0 percent) and ships (5.3 percent)" (list_items): the item's words, no digit
LIST_ITEM = re.compile(
    r"\s*+[)）][\s,;，、]*+(?:(?:and|or)\s++)?(?:[A-Za-z][\w'’&-]*+\s*+){1,6}[(（]\s*+", re.I
)
SHARE_AFTER = re.compile(r"\s*+(?:of\b|of\s+(?:the\s+)?(?:total|GDP))", re.IGNORECASE)


def inherits_sign(
    before: str, previous: Figure | None, comparison: Any, figure_kind: str, after: str = ""
) -> bool:
    """True when the figure only continues a change (see the module doc). A share ("30% of
    the total") or a rate noun in brackets ("(margin 12%)") is a figure of its own.

    >>> from econstats.core.model import Figure
    >>> fell = Figure(0, 1, "16 percent", -16.0, "percent", "percent", 0, measure="yoy_pct")
    >>> inherits_sign(" in 2024, ", fell, None, "percent"), inherits_sign(" (", fell, None,
    ...     "percent"), inherits_sign(" in May, ", fell, None, "percent", " of GDP")
    (True, True, False)
    >>> inherits_sign(" (margin ", fell, None, "percent")
    False
    """
    if previous is None or previous.measure in ("level", "share_pct"):
        return False
    if SHARE_AFTER.match(after):
        return False
    stripped = before
    if comparison:
        stripped = before.replace(before[comparison[1] : comparison[2]], "", 1)
    if previous.unit_kind != figure_kind:
        money_change = previous.measure == "abs_change" and previous.unit_kind == "money"
        if figure_kind == "money" and previous.unit_kind == "percent":  # "0.4 percent (11 cents)"
            return bool(MONEY_BRACKET.fullmatch(stripped) and CLOSED.match(after))
        return money_change and figure_kind == "percent" and bool(OR_PERCENT.fullmatch(stripped))
    if LIST_ITEM.fullmatch(stripped):
        return True
    tail = TAIL.match(stripped)
    if tail:
        stripped = stripped[tail.end() :]
    if BRACKET.fullmatch(stripped):
        return not rate_regex().search(stripped)
    return bool(JOINER.fullmatch(stripped) or CONTINUATION.fullmatch(stripped))
