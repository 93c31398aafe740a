"""An earlier value written without its unit, which the new value after it gives: in
'研发人员由2020年的513增长至659人' the 513 are people too, the level of 2020, and in
'净利润从1.2增至1.5亿元' the 1.2 are hundreds of millions of yuan. Before, the bare number was no
figure at all. Only a number after 由/从 (and its period: '2020年的'), right before a change verb
and 至/到, is one: a bare number elsewhere ('30岁', '第3名') stays none."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

VERB = (
    r"(?:增长|增長|增加|上升|提高|提升|上涨|上漲|扩大|擴大|下降|减少|減少|降低|回落|下滑|缩小|縮小"
    r"|增|升|涨|漲|降|减|減|跌)"
)
# 由/从, an optional period or owner ending in 的 ('2020年的', '上年同期的'), the bare number,
# a change verb and 至/到, right before the new value
EARLIER = re.compile(
    rf"(?:由|从|從)\s*+(?:[^\d,，。；;、]{{0,8}}?(?:\d{{4}}\s*+年[^\d,，。；;、]{{0,6}}?)?的\s*+)?"
    rf"(?P<number>\d+(?:\.\d+)?)\s*+{VERB}(?:了)?\s*+(?:至|到)\s*+$"
)
WRITTEN = re.compile(r"\d+(?:[.,]\d+)*")
TAIL = 40  # characters the number, its cue and its verb may take


def bare_earlier(before: str, figure: str) -> tuple[re.Match[str], Decimal] | None:
    """The bare earlier value before a figure (its text `figure`) and the number the figure is
    written with; None when there is none.

    >>> m, w = bare_earlier("研发人员由2020年的513增长至", "659人")
    >>> m.group("number"), w
    ('513', Decimal('659'))
    >>> bare_earlier("净利润从1.2增至", "1.5亿元")[0].group("number")
    '1.2'
    >>> bare_earlier("员工增长至", "659人"), bare_earlier("30岁以下", "134人")
    (None, None)
    """
    match = EARLIER.search(before, max(0, len(before) - TAIL))
    written = WRITTEN.search(figure)
    if match is None or written is None:
        return None
    try:
        return match, Decimal(written.group().replace(",", ""))
    except InvalidOperation:
        return None
