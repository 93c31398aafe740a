"""Breakdowns written as a modifier before a Chinese subject term: '民营企业进出口2.78万亿元' is
the trade of private enterprises, a category of the total '进出口', not the total itself (the
repeats rule dropped one of the two). The modifier is the run of Chinese characters right before
the term, after the words that lead it ('我国', '此外') and after its last period word
('上半年人民币贷款' -> 人民币); it names a category when it ends in a head word of
vocab/breakdown_modifiers.csv (企业, 贸易, 国家, 产品, 人民币...) or follows a partner's
preposition ('对东盟进出口': 东盟), and never when it names the total (本外币, 货物贸易, 外贸)."""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.lexicon import load_vocab

# Chinese characters, the quotes around a name and the brackets of '企(事)业单位'
RUN = re.compile(r"[\u4e00-\u9fff“”「」\"()（）]+$")
QUOTES = str.maketrans("", "", '“”「」"')
MAX_CHARS = 12  # a category is a short name: a longer run is a clause, not a modifier


@cache
def modifier_words() -> dict[str, tuple[str, ...]]:
    """role -> phrases (longest first) of vocab/breakdown_modifiers.csv."""
    roles: dict[str, list[str]] = {"head": [], "lead": [], "partner": [], "cut": [], "whole": []}
    for row in load_vocab("breakdown_modifiers", ("phrase", "role")):
        roles[row["role"]].append(row["phrase"])
    return {role: tuple(sorted(words, key=len, reverse=True)) for role, words in roles.items()}


def modifier_breakdown(text: str, start: int) -> str | None:
    """The category that the Chinese modifier right before text[start] names, or None.

    >>> modifier_breakdown("一季度,民营企业进出口2.78万亿元", 8)
    '民营企业'
    >>> modifier_breakdown("此外,我国对“一带一路”沿线国家进出口2.07万亿元", 16)
    '一带一路沿线国家'
    >>> modifier_breakdown("上半年人民币贷款增加13.27万亿元", 6)
    '人民币'
    >>> modifier_breakdown("一季度,我国对东盟进出口9913.4亿元", 9)
    '东盟'
    >>> modifier_breakdown("我国货物贸易进出口", 6), modifier_breakdown("我国进出口", 2)
    (None, None)
    >>> modifier_breakdown("我国对外贸易进出口", 6), modifier_breakdown("与此同时我国进出口", 6)
    (None, None)
    >>> modifier_breakdown("Private enterprises' trade", 21)
    """
    match = RUN.search(text, max(0, start - 40), start)
    if match is None:
        return None
    words = modifier_words()
    run = match.group()
    for cut in words["cut"]:
        run = run.rpartition(cut)[2]
    stripped, partner = True, False
    while stripped and run not in words["whole"]:
        stripped = False
        for lead in sorted(words["lead"] + words["partner"], key=len, reverse=True):
            if run.startswith(lead):
                run, stripped = run[len(lead) :].lstrip('“「"'), True
                partner = lead in words["partner"]
                break
    run = run.translate(QUOTES)
    if not run or len(run) > MAX_CHARS or run in words["whole"]:
        return None
    return run if partner or run.endswith(words["head"]) else None
