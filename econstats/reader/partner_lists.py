"""Partners listed before a "respectively" list, each a subject of its own: '我国对东盟、欧盟、
美国、日本分别进出口7862亿元、7790.4亿元、7163.7亿元和3492.3亿元' is the trade with each of the
four; 'exports to the US, the EU and ASEAN rose 3%, 5% and 7%, respectively' the exports to each
of the three. Without them every figure was the total's, and the repeats rule dropped all but
one. A listed name that is a country (vocab/countries.csv) is the figure's counterpart_area;
another (东盟, ASEAN) its breakdown. clause_subjects.respective_subjects then pairs the listed
subjects with the figures in order; a list with no "respectively"/分别 after it is left alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.clause_subjects import RESPECTIVELY
from econstats.reader.lexicon import key
from econstats.reader.terms import Subject, countries

# '对A、B、C和D(分别)' right before a Chinese term: the names between the preposition and the term
CJK_NAME = r"[“”\"]?[\u4e00-\u9fff]{1,10}?[“”\"]?"
CJK_LIST = re.compile(
    rf"(?:对|與|与|自)(?P<names>{CJK_NAME}(?:[、和及]{CJK_NAME})+)(?:分别|分別)?$"
)
# 'A和B分别实现' opening the clause right before the term: the categories each figure is of
# ('茅台酒和系列酒分别实现产量5.65万吨、2.82万吨': the production of each of the two)
CJK_TOPICS = re.compile(
    rf"(?:^|(?<=[，,；;：:。\s]))(?P<names>{CJK_NAME}(?:[、和及]{CJK_NAME})+)(?:分别|分別)"
    r"(?:实现|實現|为|為|是|达到|達到|达|達|录得|錄得|完成)?$"
)
# 'A和B都只是个位数增长,销量分别为3.63万吨、3.02万吨': the names open the sentence or clause with
# 都/均, the term and its 分别 list follow in a later clause
CJK_BOTH = re.compile(
    rf"(?:^|(?<=[，,；;：:。\s]))(?P<names>{CJK_NAME}(?:[、和及]{CJK_NAME})+)(?:都|均|皆)"
)
CJK_GAP = re.compile(r"[、和及]")
# ', the EU and ASEAN' right after an English partner term ('exports to the US')
EN_NAME = r"(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}"
EN_LIST = re.compile(rf"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?P<name>{EN_NAME}))")


def both_names(text: str, start: int) -> re.Match[str] | None:
    """The names opening a clause with 都/均 before the term at `start`, when no figure stands
    between them ('茅台酒和系列酒都只是个位数增长,销量分别为…'; not '甲、乙价格均上涨0.3%,丙、丁价格
    分别…', whose names are those of the figure before)."""
    match = CJK_BOTH.search(text, max(0, start - 40), start)
    if match is None or any(char.isdigit() for char in text[match.end() : start]):
        return None
    return match


def listed(subject: Subject, name: str, start: int, end: int) -> Subject:
    """The subject of one listed name: its counterpart when a country, else its breakdown."""
    iso = countries().get(key(name.strip('“”"')))
    if iso is not None:
        return replace(subject, start=start, end=end, partner=iso, breakdown=None)
    name = normal_breakdown(name.strip('“”"'))
    return replace(subject, start=start, end=end, partner=None, breakdown=name)


def partner_lists(text: str, offset: int, subjects: Sequence[Subject]) -> list[Subject]:
    """The sentence's subjects with each listed partner a subject of its own (text order);
    `text` is the sentence, starting at document offset `offset`."""
    out: list[Subject] = []
    for subject in subjects:
        start, end = subject.start - offset, subject.end - offset
        if subject.partner is None and subject.area is None:
            match = (
                CJK_LIST.search(text, max(0, start - 60), start)
                or CJK_TOPICS.search(text, max(0, start - 40), start)
                or both_names(text, start)
            )
            if match and RESPECTIVELY.search(text, match.end("names")):
                names, at = match.group("names"), match.start("names")
                for part in CJK_GAP.split(names):
                    begin = text.index(part, at)
                    at = begin + len(part)
                    out.append(listed(subject, part, begin + offset, at + offset))
                continue  # the term itself ('进出口') is each listed partner's
        out.append(subject)
        if subject.partner is not None and RESPECTIVELY.search(text, end):
            at = end
            while match := EN_LIST.match(text, at):
                out.append(listed(subject, match.group("name"), *match.span("name")))
                out[-1] = replace(out[-1], start=out[-1].start + offset, end=out[-1].end + offset)
                at = match.end()
    return out
