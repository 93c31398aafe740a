"""Company names: a short name in a sentence ("Kling's revenue") -> the full name the document
uses for it elsewhere ("Kling AI"), as journalists write the full name first and shorten it."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

import ahocorasick

from econstats.reader.lexicon import key, load_vocab

CAPITALISED = r"(?:[ ](?:[A-Z][\w&.-]*|\d{1,2}(?!\d)))"
NAME_TAIL = re.compile(rf"{CAPITALISED}{{1,3}}(?![\w'’])")  # what follows a short name
WORD = re.compile(r"\w")


KEEP_STOP = ("Corp.", "Inc.", "Ltd.", "Co.", "Bhd.", "Plc.")


def trim_stop(name: str) -> str:
    """The name without a sentence's full stop ("Kling AI." -> "Kling AI"; "Acme Inc." stays).

    >>> trim_stop("Kling AI."), trim_stop("Acme Inc.")
    ('Kling AI', 'Acme Inc.')
    """
    if name.endswith(".") and not name.endswith(KEEP_STOP):
        return name[:-1]
    return name


def full_name(short: str, text: str) -> str:
    """The most frequent longer capitalised name in the text that starts with `short`.

    >>> full_name("Kling", "studio Kling AI ... Kling AI met our needs ... Kling's revenue")
    'Kling AI'
    >>> full_name("Acme", "Acme's revenue rose"), full_name("Acme", "Acme Corp. and Acme Inc.")
    ('Acme', 'Acme Corp.')
    """
    return full_names([short], text)[short]


def full_names(shorts: Iterable[str], text: str) -> dict[str, str]:
    """short name -> full_name(short, text) for each of the shorts, in one pass over the text.

    The shorts are found together by an Aho-Corasick automaton; each place one of them starts a
    word is then read as the short followed by 1 to 3 capitalised words, as a regex search
    for that short alone would find it (issue 12: a search of the whole document for every
    company figure made a document naming a company in every sentence quadratic).

    >>> full_names(["Kling", "Acme"], "Kling AI and Acme Inc ... Kling's, Acme Inc and Acme Corp")
    {'Acme': 'Acme Inc', 'Kling': 'Kling AI'}
    """
    wanted = sorted(set(shorts))
    starts: dict[str, list[int]] = {short: [] for short in wanted}
    if any(wanted):
        automaton = ahocorasick.Automaton()
        for short in wanted:
            if short:
                automaton.add_word(short, short)
        automaton.make_automaton()
        for last, short in automaton.iter(text):
            starts[short].append(last - len(short) + 1)
    return {short: most_frequent(short, names_at(short, starts[short], text)) for short in wanted}


def names_at(short: str, starts: Iterable[int], text: str) -> Counter[str]:
    """How often each full name starts with `short` at the given places, which are taken in
    order and left to right as re.finditer would (none inside an earlier name); the short
    standing alone ("Xiaomi sold", "Xiaomi's") counts for itself, so a subsidiary named twice
    ("Xiaomi Auto") is not the name of a company the text calls "Xiaomi" throughout."""
    names: Counter[str] = Counter()
    taken = 0  # where the last name ended
    for start in starts:
        if start < taken or (start and WORD.match(text, start - 1)):
            continue
        end = start + len(short)
        if WORD.match(text, end):
            continue  # inside a longer word ("Xiaomis")
        match = NAME_TAIL.match(text, end)
        names[trim_stop(text[start : match.end()]) if match else short] += 1
        taken = match.end() if match else end
    return names


def most_frequent(short: str, names: Counter[str]) -> str:
    """The most frequent name, the longer on a tie, then the first in order; else `short`."""
    if not names:
        return short
    return sorted(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


# --- the company a document is about (issue 13: a name in the lead carries to what follows) ---

CJK = "\u3400-\u9fff\uf900-\ufaff"
NAME_WORD = r"[A-Z][\w&.-]*[\w&.]|[A-Z]"  # "JD.com", "NIO", "Kweichow"
LATIN_NAME = rf"(?<![\w&.-])(?:{NAME_WORD})(?:[ ](?:(?:and|of|&)[ ])?(?:{NAME_WORD})){{0,4}}"


@dataclass(frozen=True)
class CompanyMention:
    """A company named in the text: where, and the name as an entity."""

    start: int
    end: int
    name: str


@cache
def company_vocab() -> dict[str, tuple[str, ...]]:
    """kind -> phrases of vocab/company_names.csv, longest first."""
    kinds: dict[str, list[str]] = {}
    for row in load_vocab("company_names", ("phrase", "kind")):
        kinds.setdefault(row["kind"], []).append(row["phrase"])
    return {kind: tuple(sorted(p, key=len, reverse=True)) for kind, p in kinds.items()}


def _alt(kind: str) -> str:
    return "|".join(re.escape(phrase) for phrase in company_vocab().get(kind, ()))


@cache
def company_regexes() -> tuple[re.Pattern[str], ...]:
    """The ways a text names a company: a ticker in brackets after the name ("Meituan
    (3690.HK", "騰訊（0700）", "JD.com, Inc. (NASDAQ: JD"), a legal or group suffix ("NIO Inc.",
    "PDD Holdings"), a results verb ("BYD reports ... profit", "贵州茅台对外发布...年度报告")."""
    exchange = rf"(?i:{_alt('exchange')})\s*[:：]"
    code = r"\d{4,6}(?:\.[A-Za-z]{1,3})?(?=\s*[)）\],，/])"
    acronym = r"(?P<acronym>[A-Z]{2,5})(?:[ ][A-Z]{2})?(?=\s*[)）\]/])"
    ticker = rf"[ ]?[(\[（][ ]?(?:{exchange}|{code}|{acronym})"
    suffix = rf",?[ ](?P<suffix>{_alt('legal')}|{_alt('group')})(?![\w&])"
    verb = rf"[ ](?i:{_alt('verb')})\b(?=[^.。\n]{{0,80}}?\b(?i:{_alt('results')})\b)"
    zh_name = rf"(?<!\w)(?P<zh>[{CJK}]{{2,8}}?)"
    zh_lead = rf"(?:{_alt('zh_lead')})*"
    zh_verb = rf"(?:{_alt('zh_verb')})了?(?=[^。，,\n]{{0,16}}?(?:{_alt('zh_results')}))"
    return (
        re.compile(rf"(?P<name>{LATIN_NAME})(?:{ticker}|{suffix}|{verb})"),
        re.compile(rf"(?<!\w)(?P<name>[{CJK}]{{2,8}})[ ]?[(（][ ]?{code}"),
        re.compile(rf"{zh_name}{zh_lead}{zh_verb}"),
    )


def company_mentions(text: str) -> list[CompanyMention]:
    """Every company the text names (company_regexes), in text order.

    >>> [m.name for m in company_mentions("JD.com, Inc. (NASDAQ: JD) today reported results. "
    ...     "Baidu (BIDU) fell; the National Bureau of Statistics (NBS) said.")]
    ['JD.com', 'Baidu']
    >>> [m.name for m in company_mentions("騰訊（0700）今日發表業績。3月31日凌晨,贵州茅台对外发布2021年年度报告")]
    ['騰訊', '贵州茅台']
    """
    found: dict[int, CompanyMention] = {}
    for regex in company_regexes():
        for match in regex.finditer(text):
            name = company_name(match)
            if name and match.start() not in found:
                found[match.start()] = CompanyMention(match.start(), match.end(), name)
    return [found[start] for start in sorted(found)]


def company_name(match: re.Match[str]) -> str | None:
    """The entity a company match names, or None when it names no company (a public body, a
    newsroom, an abbreviation "(NBS)" of the words before it, a generic word "公司")."""
    from econstats.reader.terms import clean_entity  # subjects imports nothing of this module

    groups = match.groupdict()
    if groups.get("zh"):
        name = groups["zh"]
        if name in company_vocab().get("zh_lead", ()):
            return None
        if name in company_vocab().get("zh_generic", ()) or name.endswith(
            company_vocab().get("zh_body", ())
        ):
            return None
        return name
    name = groups.get("name") or ""
    if not re.match(rf"[{CJK}]", name):
        words = (clean_entity(name) or "").split()
        while words and words[-1] in company_vocab().get("legal", ()):
            words.pop()  # "NIO Inc. Reports ...": the suffix is no part of the entity
        name = " ".join(words)
        if not words or any(word in company_vocab().get("body", ()) for word in words):
            return None
        acronym = groups.get("acronym")
        capitals = "".join(word[0] for word in words if word[0].isupper())
        if acronym and (acronym == capitals or acronym[0] != name[0]):
            return None  # "Gross Domestic Product (GDP)": an abbreviation, no ticker
        if groups.get("suffix") in company_vocab().get("group", ()):
            name = f"{name} {groups['suffix']}"
    elif name in company_vocab().get("zh_generic", ()) or name.endswith(
        company_vocab().get("zh_body", ())
    ):
        return None
    for forum in company_vocab().get("zh_forum", ()):  # "贵州茅台吧(600519)": a stock forum's
        if name.endswith(forum) and len(name) > len(forum) + 1:
            return name.removesuffix(forum)
    return name


class Companies:
    """The company each place of a document is about: the last one named before it, else the
    first one the document names (a headline or lead may speak of "the company" before its
    name); None when the document names no company."""

    def __init__(self, text: str) -> None:
        self.mentions = company_mentions(text)
        self.starts = [mention.start for mention in self.mentions]

    def at(self, position: int) -> str | None:
        if not self.mentions:
            return None
        index = bisect_right(self.starts, position) - 1
        return self.mentions[max(index, 0)].name


@cache
def company_aliases() -> dict[str, str]:
    """A company's other names -> the one name its rows carry (vocab/company_aliases.csv)."""
    return {row["alias"]: row["name"] for row in load_vocab("company_aliases", ("alias", "name"))}


PERIOD_WORD = re.compile(r"(?:[QH][1-4]|[1-4][QH]\d{0,4}|FY\d{0,4})")  # "BYD Q1 profit"


def canonical(name: str) -> str:
    """The name a company's rows carry: its alias's name, without a trailing period word.

    >>> canonical("騰訊"), canonical("BYD Q1"), canonical("Kling AI")
    ('Tencent', 'BYD', 'Kling AI')
    """
    words = name.split()
    while len(words) > 1 and PERIOD_WORD.fullmatch(words[-1]):
        words.pop()
    name = " ".join(words)
    return company_aliases().get(name, name)


@cache
def company_names() -> frozenset[str]:
    """Company names and aliases (vocab/company_aliases.csv): a company is no category."""
    rows = load_vocab("company_aliases", ("alias", "name"))
    return frozenset(key(name) for row in rows for name in (row["alias"], row["name"]))
