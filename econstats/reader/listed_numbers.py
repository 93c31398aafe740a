"""Bare numbers listed before the one figure whose unit they share, in a "respectively" list:
"一二三线城市新建商品住宅销售价格同比降幅分别收窄0.2、0.4和0.5个百分点", "the rates for the three
groups fell 0.2, 0.4 and 0.5 percentage points, respectively". Each listed number is a figure of
that unit; before, only the last one was, and the respectively rule found one figure for three
subjects. Only where 分别/分別 stands right before the list (its verb between) or "respectively"
right after its figure: "2023、2024和2025年", "第1、2和3名" and "3, 4 and 5 stars" state no such
list.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from econstats.reader.figures import RawFigure

NUMBER = r"\d+(?:\.\d+)?"
JOIN = r"(?:\s*+[、,，]\s*+(?:and\s+)?|\s*+(?:和|及|与|與|以及|and)\s*+)"
# the bare numbers and their joiners right before the figure: "0.2、0.4和", "0.2, 0.4 and "
LISTED = re.compile(
    rf"(?<![A-Za-z0-9_.,\-])(?P<items>{NUMBER}(?:{JOIN}{NUMBER})*){JOIN}$", re.IGNORECASE
)
ITEM = re.compile(NUMBER)
# 分别 and a short verb before the list ("分别收窄", "分别增长了", "分别为")
OPENER = re.compile(r"(?:分别|分別)[\u4e00-\u9fff]{0,4}$")
RESPECTIVELY = re.compile(r"\s*+,?\s*+respectively\b", re.IGNORECASE)
WRITTEN = re.compile(r"\d+(?:[.,]\d+)*")
TAIL = 60  # characters the list and its opener may take before the figure


def listed_numbers(text: str, offset: int, raw: RawFigure) -> list[RawFigure]:
    """The bare numbers listed before `raw` (in the sentence `text` at document offset `offset`)
    as figures of its unit, in text order; none when no such list stands there.

    >>> from decimal import Decimal as D
    >>> text = "降幅分别收窄0.2、0.4和0.5个百分点"
    >>> raw = RawFigure(text.index("0.5"), len(text), D("0.5"), "percent", "pp", 1)
    >>> [(text[r.start:r.end], r.value) for r in listed_numbers(text, 0, raw)]
    [('0.2', Decimal('0.2')), ('0.4', Decimal('0.4'))]
    >>> text = "2023、2024和2025年分别增长3%"
    >>> listed_numbers(text, 0, RawFigure(len(text) - 2, len(text), D("3"), "percent", "pct", 0))
    []
    """
    at = raw.start - offset
    before = text[max(0, at - TAIL) : at]
    match = LISTED.search(before)
    if match is None:
        return []
    opened = OPENER.search(before, 0, match.start()) is not None
    if not opened and RESPECTIVELY.match(text, raw.end - offset) is None:
        return []
    written = WRITTEN.search(text, at, raw.end - offset)
    try:
        high = Decimal(written.group().replace(",", "")) if written else Decimal(0)
    except InvalidOperation:
        return []
    if not high:
        return []
    base = offset + max(0, at - TAIL) + match.start("items")
    found = []
    for item in ITEM.finditer(match.group("items")):
        number = Decimal(item.group())
        found.append(
            replace(
                raw,
                start=base + item.start(),
                end=base + item.end(),
                value=raw.value * number / high,
                decimals=len(item.group().partition(".")[2]),
                negative=False,
            )
        )
    return found
