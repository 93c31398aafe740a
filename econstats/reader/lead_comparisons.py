"""A comparison that opens its sentence, set off by a comma, holds for the sentence's changes
that name none of their own: "Month on month, the CPI dipped 0.3 percent" is a month-on-month
change (before, the default year-on-year reading made it a repeat of the year-on-year figure
of the sentence before); "环比看,食品价格下降0.6%" too. A figure whose own segment names its
comparison keeps it ("Month on month, prices fell 0.3 percent, and rose 2.2 percent year on
year").

A sentence that opens on the parts of the one before ("其中,", "食品中,", "Of which,", "Among
them,") and names no comparison of its own holds the comparison of that sentence: in
"12月份,全国居民消费价格环比持平。其中,城市持平,农村下降0.1%;食品价格下降0.6%" the rural and food
changes are month on month, not the default year on year (before, they were repeats of the
year-on-year figures of the paragraph before). The sentence before is that of the same line
(paragraph), read to its own comparison or, opening on parts too, to the one before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.core.model import Figure
from econstats.reader.cues import comparison_regex, comparison_table, find_comparison
from econstats.reader.lexicon import key
from econstats.reader.of_which import of_which_regex
from econstats.reader.sentences import Line

# the opening words before the first comma: a few words, no digit ("On a month-on-month basis,")
OPENING = re.compile(r"\s*(?P<words>[^,，;；\d]{2,40}?)\s*[,，]")
SEGMENT = re.compile(r"[,，;；]")
CHANGES = ("yoy_pct", "mom_pct", "qoq_pct")
# a sentence on the parts of the one before: "食品中," "工业品中," (among X), "Among them,"
PARTS = re.compile(
    r"\s*(?:[\u4e00-\u9fff]{1,8}中\s*[,，]|(?:among|of) (?:them|these|those|which)\s*,)", re.I
)
ENDS = re.compile(r"(?<=[。！？!?])|(?<=[a-z%)]\.)\s+")
LOOKBACK = 600  # characters before a sentence searched for those before it (bounded: linear)


def opens_on_parts(text: str) -> bool:
    """Whether the sentence opens on the parts of the one before ("其中,", "食品中,")."""
    opener = of_which_regex().match(text)
    return bool(opener and opener.start() == 0) or bool(PARTS.match(text))


def comparisons_of(text: str) -> set[str]:
    """The change measures a sentence names."""
    found = {comparison_table()[key(m.group())] for m in comparison_regex().finditer(text)}
    return found & set(CHANGES)


def carried(text: str, before: str) -> str | None:
    """The comparison a sentence opening on parts takes from the sentences before it in its
    paragraph (`before`: the paragraph's text up to the sentence), or None.

    >>> carried("其中,城市持平,农村下降0.1%。", "12月份,全国居民消费价格环比持平。")
    'mom_pct'
    >>> carried("食品中,鲜菜价格下降2.4%。", "价格环比下降0.3%。其中,猪肉价格下降2.1%。")
    'mom_pct'
    >>> carried("食品价格下降0.6%。", "12月份,全国居民消费价格环比持平。") is None
    True
    >>> carried("其中,食品价格下降0.6%。", "价格同比上涨0.1%,环比持平。") is None
    True
    """
    if not opens_on_parts(text) or comparisons_of(text):
        return None
    pieces = [p for p in ENDS.split(before[-LOOKBACK:]) if p and p.strip()]
    for piece in reversed(pieces[-4:]):
        found = comparisons_of(piece)
        if found:
            return found.pop() if len(found) == 1 else None
        if not opens_on_parts(piece.lstrip()):
            return None
    return None


def lead_comparison(
    text: str, offset: int, figures: Sequence[Figure], line: Line | None = None
) -> list[Figure]:
    """The figures with the opening comparison's measure where they name none (`text` is the
    sentence, starting at document offset `offset`), or with that of the sentence before in
    its `line` where the sentence opens on its parts (carried).

    >>> from decimal import Decimal
    >>> text = "Month on month, the CPI dipped 0.3 percent."
    >>> f = Figure(31, 42, "0.3 percent", Decimal("-0.3"), "percent", "percent", 1, measure="yoy_pct")
    >>> [g.measure for g in lead_comparison(text, 0, [f])]
    ['mom_pct']
    >>> [g.measure for g in lead_comparison("In November, the CPI dipped 0.3 percent.", 0, [f])]
    ['yoy_pct']
    """
    before = carried(text, line.text[max(line.start, offset - LOOKBACK) : offset]) if line else None
    if before is not None:
        return [
            replace(f, measure=before) if f.measure in CHANGES and not f.prior else f
            for f in figures
        ]
    opening = OPENING.match(text)
    if opening is None or len(opening.group("words").split()) > 6:
        return list(figures)
    found = find_comparison(opening.group("words"))
    if found is None or found[0] not in CHANGES:
        return list(figures)
    out = []
    for figure in figures:
        start, end = figure.start - offset, figure.end - offset
        own = SEGMENT.split(text[:start])[-1] + " " + SEGMENT.split(text[end:])[0]
        if (
            start > opening.end()
            and figure.measure in CHANGES
            and figure.measure != found[0]
            and not figure.prior
            and find_comparison(own) is None
        ):
            figure = replace(figure, measure=found[0])
        out.append(figure)
    return out
