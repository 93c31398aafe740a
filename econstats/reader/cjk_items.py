"""Chinese list items with their figures in brackets: "其次為珠寶首飾、鐘錶及名貴禮物(銷貨價值上升
3.6%)；其他未分類消費品(上升5.5%)；服裝(上升3.0%)；以及眼鏡店(上升7.3%)". An item that no term
names ("服裝") is a category of the list it stands in: the subject of the item before it, with the
item as its breakdown (Chinese categories by their English names, vocab/breakdown_names.csv).
Before, its figure took the item before's subject and category, and read as a repeat of it.

Only in such a list: the item follows a separator (；, ，, 以及) right after the bracket of the
figure before, which was a bracketed item too, and only change words stand between the item's
bracket and its figure. A bracket of a count, a date or a note ("(3只)", "(2024年)") is no item."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.core.model import Figure
from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.terms import Subject

CJK = r"\u3400-\u9fff"
# the words between an item's bracket and its figure: change words only ("銷貨價值上升")
BRACKET = rf"[(（][{CJK}]{{0,10}}$"
OPENED = re.compile(BRACKET)
# after the bracket of the item before: a separator, then the item, up to its own bracket
ITEM = re.compile(
    rf"[)）]\s*+[；;，,]\s*+(?:以及|及|和|与|與)?\s*+(?P<item>[{CJK}][{CJK}、]{{0,24}}?)" + BRACKET
)


def with_cjk_items(
    text: str, offset: int, figures: Sequence[Figure], subjects: Sequence[Subject]
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) and a subject at each bracketed
    list item that no term names (see the module doc).

    >>> from econstats.reader.terms import Term
    >>> term = Term("其他未分類消費品", "retail", "retail.sales", frozenset(), None)
    >>> text = "其他未分類消費品(上升5.5%)；服裝(上升3.0%)"
    >>> figures = [Figure(11, 15, "5.5%", 5.5, "percent", "percent", 0),
    ...            Figure(22, 26, "3.0%", 3.0, "percent", "percent", 0)]
    >>> [(s.start, s.breakdown) for s in with_cjk_items(text, 0, figures, [Subject(0, 8, term)])]
    [(0, None), (17, 'clothing')]
    """
    added: list[Subject] = []
    previous: Figure | None = None  # the figure before, when it stood in an item's bracket
    for figure in figures:
        start = figure.start - offset
        if not OPENED.search(text, max(0, start - 12), start):
            previous = None
            continue
        match = None if previous is None else ITEM.match(text, previous.end - offset, start)
        previous = figure
        if match is None:
            continue
        low, high = match.start("item") + offset, match.end("item") + offset
        if any(s.end > low and s.start < figure.start for s in subjects):
            continue  # the item is a term of its own ("汽車及汽車零件")
        head = next((s for s in reversed([*subjects, *added]) if s.end <= low), None)
        if head is None:
            continue
        breakdown = normal_breakdown(match.group("item"))
        added.append(replace(head, start=low, end=high, breakdown=breakdown))
    if not added:
        return list(subjects)
    return sorted([*subjects, *added], key=lambda subject: subject.start)
