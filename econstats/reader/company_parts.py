"""The parts a company's figure is split into after 'of which' (其中), each named by a bare noun
and no concept of its own: in '研发人员659人,其中博士53人,硕士153人;30岁以下134人、30-40岁371人'
the 53 are R&D personnel with doctorates, and in '门店571家,其中直营店400家' the 400 are stores
run by the company. Before, each part took the concept of the whole as its subject (the nearest
before it), and the repeats rule dropped all but one of them as the same observation.

A part is a figure of the whole's unit, a level like the whole, after the opener, with no
subject between them, whose clause (from the opener or the last comma, enumeration comma or
semicolon) holds only a short label before it: a noun ('博士', '境外'), a bracket of ages
('30-40岁'). A label that is a period ('第三季度'), a verb or a comparison ('同比增长', '占比',
'净增') is none: the figure is the whole at another period, a change or a share. Its breakdown is
the label, after the whole's own category ('r&d, 博士')."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.core.model import Figure
from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.terms import Subject

DELIMITERS = ",，、;；:："
LABEL = re.compile(r"[0-9A-Za-z\u3400-\u9fff\-–~～]{1,10}")
HAS_NAME = re.compile(r"[A-Za-z\u3400-\u9fff]")
CONNECTOR = re.compile(r"^(?:其中|及|和|与|與|以及)")
# a verb, a comparison, a share, a period or an approximation: no part's name
NOT_LABEL = re.compile(
    r"同比|环比|環比|按年|按月|较|較|相比|比上|比去|比年|占|佔|为|為|达|達|约|約|近|超过|超過|逾"
    r"|共计|共計|合计|合計|累计|累計|总计|總計|增|减|減|降|升|涨|漲|跌|提高|回落|实现|實現|完成"
    r"|录得|錄得|年|月|季度|期|旬"
)


def label_of(clause: str) -> str | None:
    """The name of a part in the words of its clause before its figure; None if they are no
    name (a verb, a comparison, a period).

    >>> [label_of(c) for c in ("其中博士", "硕士", "30岁以下", " 30-40岁", "及境外")]
    ['博士', '硕士', '30岁以下', '30-40岁', '境外']
    >>> [label_of(c) for c in ("其中第三季度", "同比增长", "占比", "净增", "其中约", "", "其中")]
    [None, None, None, None, None, None, None]
    """
    label = CONNECTOR.sub("", clause.strip())
    if not LABEL.fullmatch(label) or not HAS_NAME.search(label) or NOT_LABEL.search(label):
        return None
    if label[-1].isdigit():  # '其中2025' is a number cut off, not a name
        return None
    return label


def company_parts(
    text: str,
    offset: int,
    subjects: list[Subject],
    opener_end: int,
    parent: Subject,
    figures: Sequence[Figure],
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`) with a subject for each part named by a
    bare label after an 'of which' opener ending at `opener_end` (a document offset), the parts
    of `parent`'s figure (the last figure before the opener)."""
    whole = next((f for f in reversed(figures) if f.end <= opener_end), None)
    if whole is None or whole.measure != "level":
        return subjects
    starts = [s.start for s in subjects]
    added: list[Subject] = []
    for figure in figures:
        if figure.start < opener_end:
            continue
        if any(opener_end <= start < figure.start for start in starts):
            break  # a part that names its own concept: of_which's parts, and the end of these
        if figure.unit != whole.unit or figure.measure != "level":
            continue
        head = text[opener_end - offset : figure.start - offset]
        cut = max(head.rfind(mark) for mark in DELIMITERS) + 1
        label = label_of(head[cut:])
        if label is None:
            continue
        begin = opener_end + cut + head[cut:].find(label)
        own = parent.breakdown or parent.term.breakdown
        name = f"{own}, {normal_breakdown(label)}" if own else normal_breakdown(label)
        added.append(replace(parent, start=begin, end=begin + len(label), breakdown=name))
    return sorted(subjects + added, key=lambda s: s.start) if added else subjects
