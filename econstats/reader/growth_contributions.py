"""Contributions to GDP growth: what a part of the economy added to its growth, a share of the
growth ("Household spending remained central, contributing 52 per cent to the expansion",
"最终消费支出对经济增长的贡献率为52%") or percentage points of it ("拉动国内生产总值增长2.6个百分点",
"net exports added 1.5 percentage points to GDP growth", "對第4季GDP的影響達1個百分點").

Before, the figure went to whatever term its clause named ("net exports" -> exports, "拉动国内生产
总值增长" -> GDP's own change in points), or to no subject ("contributing"). A contribution phrase
makes the figure's subject macro.gdp.contribution, its breakdown the contributor: the noun phrase
that opens the clause of the verb ("household spending", "net exports"; the clause before when the
verb opens its own: ", contributing 52 per cent"), in Chinese the words before 对 (by their English
name of vocab/breakdown_names.csv); a 拉动 after the contribution rate of the same contributor
("…的贡献率为52%，拉动…增长2.6个百分点") is that contributor's. A term of the contributor's own
("consumption contributed": macro.gdp.contribution.consumption) keeps the figure.

English phrases need the growth they add to ("to the expansion", "of GDP growth") unless an
earlier one of the sentence named it ("…, while net exports contributed 33 percent"): "the cloud
unit contributed 12% of revenue" is no contribution to growth. Found once per sentence, after a
cheap test for the verbs' letters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from econstats.reader.world_shares import with_world_shares

if TYPE_CHECKING:
    from econstats.reader.terms import Subject, Term

INDICATOR = "macro.gdp.contribution"
GATES = (
    "ontribut",
    "dded",
    "dding",
    "ubtract",
    "nock",
    "hav",
    "贡献",
    "貢獻",
    "拉动",
    "拉動",
    "影响",
    "影響",
)
AMOUNT = (
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|an\s+estimated)\s+)?"
    r"\d[\d.,]*+\s*+(?:%|percentage\s+points?|percent|per\s+cent|pp|pts)(?![a-z])"
)
# verbs of a part taking points off the growth ("net exports knocked 0.2 percentage point off
# growth", "subtracted 0.3 percentage point from GDP growth"): negative (vocab/changes.csv)
TAKEN = r"subtract(?:ed|ing|s)|knock(?:ed|ing|s)|shav(?:ed|ing|es)"
GROWTH = r"(?:(?:the|its|their)\s+)?(?:[\w'’-]+\s+){0,3}?(?:growth|expansion)(?![\w-])"
EN = re.compile(
    rf"(?i)(?<![\w-])(?P<verb>contribut(?:ed|ing|es)|add(?:ed|ing|s)|{TAKEN})\s+"
    rf"(?:(?:another|a\s+further|an\s+additional)\s+)?(?P<amount>{AMOUNT})"
    rf"(?P<tail>\s+(?:to|of|off|from)\s+{GROWTH})?"
)
ZH_WHOLE = r"(?:经济|經濟|GDP|国内生产总值|國內生產總值)(?:增长|增長|成长|成長)?"
ZH = re.compile(
    rf"(?P<verb>(?:对|對)[^，,。；;]{{0,6}}?{ZH_WHOLE}的?(?:贡献率|貢獻率|贡献|貢獻|影响|影響|拉动|拉動)"
    rf"|(?:拉动|拉動){ZH_WHOLE})"
)
# the words of a clause before its verb: a contributor is its first noun phrase
CLAUSE_START = re.compile(r"[,;:，；：。]|\b(?:while|whereas|and|but)\b", re.IGNORECASE)
STOP = frozenset(
    "remained remains was were is are has have had alone also still continued made makes which "
    "that who grew rose expanded increased jumped contributed contributing contributes added "
    "adding adds subtracted subtracting knocked knocking shaved shaving together again once "
    "more".split()
)
NOUNS = re.compile(r"[A-Za-z][\w'’-]*")
ASIDE = re.compile(r"\s[-–—]\s|—")  # "External demand - exports minus imports - knocked": an aside
LEADS = frozenset("in during for of over the a an its their china's".split())
HAN_RUN = re.compile(r"[\u4e00-\u9fff]{1,16}$")
ZH_PERIOD = re.compile(
    r"^(?:\d{4}年|全年|今年|去年|上半年|下半年|前三季度|[一二三四1-4]季度|第[一二三四1-4]季度?)+"
)
_TERMS: dict[int, tuple[Sequence[Term], Term | None]] = {}  # id -> (terms, the term)


def contribution_term(terms: Sequence[Term]) -> Term | None:
    """The general contribution term among `terms`, looked for once per terms list (known by identity:
    the parser asks with all terms and with the index terms, in turn)."""
    known = _TERMS.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    found = next((t for t in terms if t.indicator == INDICATOR and t.breakdown is None), None)
    if len(_TERMS) >= 8:  # bounded: callers that build a new sequence each time
        _TERMS.clear()
    _TERMS[id(terms)] = (terms, found)
    return found


def english_contributor(text: str, verb: int) -> tuple[str | None, int]:
    """(the noun phrase opening the clause of the verb at `verb`, the clause before when the
    verb opens its own, or None; where its clause starts)."""
    for _ in range(2):
        starts = [m.end() for m in CLAUSE_START.finditer(text, 0, verb)]
        start = starts[-1] if starts else 0
        words = [w.lower() for w in NOUNS.findall(ASIDE.split(text[start:verb], 1)[0])]
        while words and words[0] in LEADS:
            words.pop(0)
        phrase = []
        for word in words:
            if word in STOP or word[:1].isdigit():
                break
            phrase.append(word)
        if phrase:
            return (" ".join(phrase) if len(phrase) <= 5 else None), start
        if not starts:
            return None, verb
        verb = starts[-1] - 1  # the verb opens its clause: the clause before names the part
    return None, verb


def chinese_contributor(text: str, start: int) -> tuple[str | None, int]:
    """(the words right before a Chinese contribution phrase at `start`, its leading period
    words taken off ("2025年最终消费支出" -> 最终消费支出), or None; where they start)."""
    run = HAN_RUN.search(text, max(0, start - 16), start)
    if run is None:
        return None, start
    words = ZH_PERIOD.sub("", run.group())
    return (words if len(words) >= 2 else None), start - len(words)


def with_contributions(
    text: str, offset: int, subjects: list[Subject], terms: Sequence[Term]
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document offset `offset`) with each contribution
    phrase a subject of macro.gdp.contribution, in place of the subjects inside its words; and
    with an economy's shares of world output (world_shares), the other share of a whole that is
    not the subject's own."""
    subjects = with_world_shares(text, offset, subjects, terms)
    if not any(gate in text for gate in GATES):
        return subjects
    term = contribution_term(terms)
    if term is None:
        return subjects
    from econstats.reader.breakdowns import normal_breakdown
    from econstats.reader.terms import Subject

    found: list[tuple[int, int, int, str | None]] = []  # (words start, verb start, end, who)
    named = False  # an earlier phrase of the sentence named the growth
    for match in EN.finditer(text):
        named = named or match.group("tail") is not None
        if not named:
            continue
        who, words = english_contributor(text, match.start())
        found.append((words, match.start(), match.end("verb"), who))
    last: str | None = None
    for match in ZH.finditer(text):
        who, words = chinese_contributor(text, match.start())
        if who is None and text[max(0, match.start() - 1) : match.start()] in ("，", ","):
            who = last  # "…的贡献率为52%，拉动…2.6个百分点": the same contributor's
        last = who if who is not None else last
        found.append((words, match.start(), match.end(), who))
    if not found:
        return subjects
    kept = list(subjects)
    for words, verb, end, who in found:
        inside = [s for s in kept if s.start - offset < end and words < s.end - offset]
        if any(s.term.indicator.startswith(INDICATOR) for s in inside):
            continue  # "consumption contributed": a term of its own
        kept = [s for s in kept if s not in inside]
        kept.append(Subject(verb + offset, end + offset, term, breakdown=normal_breakdown(who)))
    return sorted(kept, key=lambda s: s.start)
