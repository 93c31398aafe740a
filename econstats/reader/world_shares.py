"""An economy's share of the world's output of a good or an industry: "China accounts for 70% of
rare earths mining globally and 90% of refined output", "China accounts for over 60 percent of
the world's electric vehicle production", "中国稀土冶炼产量占全球的90%". Before, "China" was no
subject and the figures stayed unclaimed. The phrase makes the figure's subject
macro.industry.world_share, the economy its place and what it is a share of its breakdown
("rare earths mining"); a second share of the same clause, after "and", is the same economy's
("and 90% of refined output").

The world must be said ("globally", "the world's", "global", 全球, 世界): "China accounts for
30% of Apple's revenue" or "accounts for 5% of the total" is no share of world output. Found
once per sentence, after a cheap test for the words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from econstats.reader.lexicon import alternation, key

if TYPE_CHECKING:
    from econstats.reader.terms import Subject, Term

INDICATOR = "macro.industry.world_share"
GATES = ("ccount", "全球", "世界")
AMOUNT = (
    r"(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|an\s+estimated)\s+)?"
    r"\d[\d.]*+\s*+(?:%|percent|per\s+cent)(?![a-z])"
)
WORLD = r"(?:the\s+)?(?:world['’]s|global|worldwide|world)\s+"
WHAT = r"(?P<{}>[a-z][a-z -]{{2,40}}?)"  # what the share is of
AFTER = r"(?=\s*(?:[,.;)]|$|\s+and\s|\s+(?:in|last|this|by)\s))"
# what a share of world output is of names output, trade or a market ("rare earths mining",
# "refined output", "产量"): "40 percent of the medals won globally" is none
ECONOMIC = re.compile(
    r"(?i)\b(?:output|production|mining|refin\w*|processing|capacity|supply|demand|consumption"
    r"|exports?|imports?|sales|markets?|reserves|manufactur\w*|trade|shipments|deliveries"
    r"|generation|installations|investment|gdp|economy|economic)\b"
    r"|产量|產量|产能|產能|出口|进口|進口|消费|消費|需求|供应|供應|储量|儲量|销量|銷量|市场|市場"
    r"|经济|經濟|生产|生產|冶炼|冶煉"
)
_TERMS: dict[int, tuple[Sequence[Term], Term | None]] = {}  # id -> (terms, the term)


@cache
def share_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(an economy's world share, the next share of its clause, a Chinese share)."""
    from econstats.reader.terms import countries

    areas = alternation(countries())
    english = re.compile(
        rf"(?i)(?<![\w-])(?P<area>{areas})\s+(?:accounts?|accounted|accounting)\s+for\s+"
        rf"(?P<amount>{AMOUNT})\s+of\s+"
        rf"(?:{WORLD}{WHAT.format('what')}"
        rf"|{WHAT.format('whole')}\s+(?:globally|worldwide|in\s+the\s+world)){AFTER}"
    )
    following = re.compile(
        rf"(?i)\s*+(?:,\s*)?and\s+(?P<amount>{AMOUNT})\s+of\s+{WHAT.format('what')}{AFTER}"
    )
    chinese = re.compile(
        rf"(?P<area>{areas})(?P<what>[\u4e00-\u9fff]{{0,12}}?)(?:占|佔)(?:全球|世界)"
        r"(?:[\u4e00-\u9fff]{0,8}?)(?:的|比重|份额|份額)?(?:约|約|超过|超過|近|达|達|为|為)?"
        r"(?=\d)"
    )
    return english, following, chinese


def share_term(terms: Sequence[Term]) -> Term | None:
    """The world-share term among `terms`, looked for once per terms list (known by identity:
    the parser asks with all terms and with the index terms, in turn)."""
    known = _TERMS.get(id(terms))
    if known is not None and known[0] is terms:
        return known[1]
    found = next((t for t in terms if t.indicator == INDICATOR), None)
    if len(_TERMS) >= 8:  # bounded: callers that build a new sequence each time
        _TERMS.clear()
    _TERMS[id(terms)] = (terms, found)
    return found


def with_world_shares(
    text: str, offset: int, subjects: list[Subject], terms: Sequence[Term]
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document offset `offset`) with each world-share
    phrase a subject of macro.industry.world_share, in place of the subjects inside it."""
    if not any(gate in text for gate in GATES):
        return subjects
    term = share_term(terms)
    if term is None:
        return subjects
    from econstats.reader.breakdowns import normal_breakdown
    from econstats.reader.terms import Subject, countries

    english, following, chinese = share_regexes()
    found: list[tuple[int, int, int, str, str]] = []  # (start, subject end, end, area, what)
    for match in english.finditer(text):
        area = match.group("area")
        what = match["what"] or match["whole"]
        said = len(text[: match.start("amount")].rstrip())  # "China accounts for"
        found.append((match.start(), said, match.end(), area, what))
        more = following.match(text, match.end())
        if more is not None:  # "… globally and 90% of refined output": the same economy's
            said = len(text[: more.start("amount")].rstrip())  # "and"
            found.append((said - 3, said, more.end(), area, more["what"]))
    for match in chinese.finditer(text):
        what = match.group("what")
        found.append((match.start(), match.end(), match.end(), match.group("area"), what))
    if not found:
        return subjects
    kept = list(subjects)
    for start, subject_end, end, area, what in found:
        if not ECONOMIC.search(what or text[start:end]):
            continue
        kept = [s for s in kept if not (s.start - offset < end and start < s.end - offset)]
        iso = countries().get(key(area))
        breakdown = normal_breakdown(what) if what else None
        kept.append(Subject(start + offset, subject_end + offset, term, None, iso, None, breakdown))
    return sorted(kept, key=lambda s: s.start)
