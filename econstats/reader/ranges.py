"""Ranges: "between 3 and 4 percent", "3-4%", "1 to 2 billion yuan", "3%至4%" state no figure.

A range of a clear subject is read as its two bounds, as the gold reads "GDP growth of 4.5-5
percent" (a target's lower bound, at least 4.5 percent, and its upper bound, at most 5): neither
end is an exact figure, and a bare lower end ("3 to 4 percent") is a figure of its own.

Two figures of one unit joined by a dash or a tilde are a range; joined by "to"/"至"/"到" when they
are percents (an amount "rose $2 billion to $30 billion" is a change and the level it reached);
joined by "and"/"和"/"与" after "between"/"介于" or before "之间". A bare number before a figure's
dash or "to" is its lower end ("3 to 4 percent", "3-4%", "3至4%") when it is below the figure.
"From 3 to 4 percent" and "从3%升至4%" are an earlier value and a new one, never a range.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal, InvalidOperation

from econstats.core.model import Figure
from econstats.reader.bare_earlier import bare_earlier
from econstats.reader.figures import RawFigure
from econstats.reader.listed_numbers import listed_numbers

DASH = r"[-\u2010-\u2015~\uff5e\u301c]"  # hyphens, en and em dashes, tildes (~, ～, 〜)
TO = r"(?:to|至|到)"
AND = r"(?:and|和|与|與)"
# what stands between the two ends of a range, nothing else around it
JOINER = re.compile(rf"\s*+(?P<word>{DASH}|{TO}|{AND})\s*+", re.IGNORECASE)
# a bare number (no unit of its own) and a joiner right before a figure: "3 to ", "3-", "3至"
BARE_END = re.compile(
    rf"(?<![A-Za-z0-9_.,\-])(?P<number>\d+(?:\.\d+)?)\s*+(?:{DASH}|{TO}|{AND})\s*+$", re.IGNORECASE
)
OPENS = re.compile(r"(?:between|介于|介於)\s*+$", re.IGNORECASE)  # before the lower end
CLOSES = re.compile(r"^\s*+(?:之间|之間)")  # after the upper end: "在3%和4%之间"
FROM = re.compile(r"(?:\bfrom|从|由|從)\s*+$", re.IGNORECASE)  # "from 3% to 4%": not a range
WRITTEN = re.compile(r"\d+(?:[.,]\d+)*")
TAIL = 40  # characters a lower end, its joiner or the word before it may take


def with_lower_ends(text: str, offset: int, raws: Sequence[RawFigure]) -> list[RawFigure]:
    """The sentence's raw figures (`text` starts at document offset `offset`), each bare lower
    end of a range ("3.5 to 4 percent", "3-4%") made a raw figure of the upper end's unit.

    >>> from econstats.reader.figures import find_raw_figures
    >>> def show(text):
    ...     raws = with_lower_ends(text, 0, find_raw_figures(text))
    ...     return [(text[raw.start : raw.end], raw.value) for raw in raws]
    >>> show("Sales rose 3.5 to 4 percent.")
    [('3.5', Decimal('3.5')), ('4 percent', Decimal('4'))]
    >>> show("The rate rose from 3 to 4 percent.")
    [('4 percent', Decimal('4'))]
    """
    found: list[RawFigure] = []
    for raw in raws:
        # "分别收窄0.2、0.4和0.5个百分点": the listed numbers share the last one's unit
        listed = listed_numbers(text, offset, raw)
        found.extend(item for item in listed if not found or found[-1].end <= item.start)
        before, written = text[: raw.start - offset], text[raw.start - offset : raw.end - offset]
        low = bare_lower_end(before, written) or bare_earlier(before, written)  # 由513增长至659人
        number, written = low or (None, Decimal(0))
        if number is not None and (not found or found[-1].end <= offset + number.start()):
            found.append(
                replace(
                    raw,
                    start=offset + number.start("number"),
                    end=offset + number.end("number"),
                    value=raw.value * Decimal(number.group("number")) / written,
                    decimals=len(number.group("number").partition(".")[2]),
                    negative=False,
                )
            )
        found.append(raw)
    return found


def read_ranges(text: str, offset: int, figures: Sequence[Figure]) -> list[Figure]:
    """The sentence's figures with each range read as its two bounds: the lower end at least,
    the upper end at most, and the upper end read as the lower one is (its change word, sign,
    measure): "rose 3% to 4%" is a rise of at least 3 and at most 4 percent, not a level of 4.

    >>> from econstats.reader.figures import find_raw_figures
    >>> from econstats.reader.measures import build_figures
    >>> def show(text):
    ...     raws = with_lower_ends(text, 0, find_raw_figures(text))
    ...     figures = read_ranges(text, 0, build_figures(text, 0, raws))
    ...     return [(f.value_text, f.value, f.measure, f.qualifier) for f in figures]
    >>> show("Sales rose between 3% and 4%.")
    [('3%', Decimal('3'), 'yoy_pct', 'at_least'), ('4%', Decimal('4'), 'yoy_pct', 'at_most')]
    >>> show("销售额同比下降3%至4%。")
    [('3%', Decimal('-3'), 'yoy_pct', 'at_least'), ('4%', Decimal('-4'), 'yoy_pct', 'at_most')]
    >>> show("The rate rose from 3% to 4%.")
    [('3%', Decimal('3'), 'level', 'exact'), ('4%', Decimal('4'), 'level', 'exact')]
    """
    read = list(figures)
    for index in range(1, len(read)):
        low, high = read[index - 1], read[index]
        if not pair(text, offset, low, high, text[low.end - offset : high.start - offset]):
            continue
        read[index - 1] = bound(low, "at_least")
        value = abs(high.value) if low.value >= 0 else -abs(high.value)
        upper = replace(low, start=high.start, end=high.end, value_text=high.value_text)
        read[index] = replace(upper, value=value, decimals=high.decimals)
        read[index] = bound(replace(read[index], qualifier=high.qualifier), "at_most")
    return read


def bound(figure: Figure, qualifier: str) -> Figure:
    """The figure as a bound of its range: its own qualifier ("about 3-4%") is kept."""
    return figure if figure.qualifier != "exact" else replace(figure, qualifier=qualifier)


def pair(text: str, offset: int, low: Figure, high: Figure, between: str) -> bool:
    """Whether two neighbouring figures are the ends of one range."""
    joiner = JOINER.fullmatch(between)
    if joiner is None or (low.unit, low.unit_kind) != (high.unit, high.unit_kind):
        return False
    if low.restates is not None or high.restates is not None:
        return False
    lead = text[: low.start - offset]
    if FROM.search(lead):
        return False
    word = joiner.group("word").lower()
    if re.fullmatch(AND, word):
        return bool(OPENS.search(lead) or CLOSES.match(text[high.end - offset :]))
    if re.fullmatch(TO, word):
        bare = low.value_text[-1:].isdigit()  # "3.5 to 4 percent": the bare end's own unit
        # a count written in full before one ten times as large is a change and the level it
        # reached ("claims fell 43,000 to 1.85 million", "fell 3,000 to 224,000"), no range
        full = bare and "," in low.value_text and abs(high.value) >= 10 * abs(low.value)
        return (
            (bare or high.unit_kind == "percent") and abs(low.value) < abs(high.value) and not full
        )
    return True


def bare_lower_end(before: str, figure: str) -> tuple[re.Match[str], Decimal] | None:
    """The bare number that stands right before a figure (its text `figure`) with a joiner, as
    its lower end, and the number the figure is written with."""
    # each search looks at the last characters only: a figure's lower end stands right before
    # it, and a search of the whole text before every figure made long lists quadratic
    match = BARE_END.search(before, max(0, len(before) - TAIL))
    if match is None or FROM.search(before, max(0, match.start() - TAIL), match.start()):
        return None
    joiner = before[match.end("number") :]
    if re.fullmatch(rf"\s*+{AND}\s*+", joiner, re.IGNORECASE) and not OPENS.search(
        before, max(0, match.start() - TAIL), match.start()
    ):
        return None
    written = WRITTEN.search(figure)
    if written is None:
        return None
    try:
        low = Decimal(match.group("number"))
        high = Decimal(written.group().replace(",", ""))
    except InvalidOperation:
        return None
    return (match, high) if 0 < low < high else None
