"""A business group, subsidiary or segment written as the company's own name and more words
("JD Retail", "Baidu Core", "Xiaomi Auto", "Alibaba Cloud") in a document about that company:
its figures are a breakdown of the company's indicator (entity the parent), no repeat of the
company total. It must stand as the figure's subject: right before the term ("Baidu Core
revenue"), as its owner ("JD Retail's income from operations") or opening the sentence before a
results verb ("JD Retail posted net revenues"). Words that continue the company's own name
(legal and group suffixes, "International", a period "Q3") make no subsidiary."""

from __future__ import annotations

import re
from functools import cache

from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.entities import PERIOD_WORD, canonical, company_vocab
from econstats.reader.lexicon import load_vocab

EXTRA = r"[A-Z][\w&-]*"  # a capitalised word after the company's name: "Retail", "AI", "Q3"
# what may stand between the subsidiary and the term: an owner's 's, nothing, or a results verb
OWNER = r"['’]s?[ ]+"
OPENING = r"^[\W\d]*$"  # only bullets, quotes, numbering before the name: the sentence opens


@cache
def own_name_words() -> frozenset[str]:
    """Words that continue a company's own name, no subsidiary (vocab/company_names.csv kinds
    legal, group, body, own_name; months)."""
    words = {
        phrase.rstrip(".").lower()
        for kind in ("legal", "group", "body", "own_name")
        for phrase in company_vocab().get(kind, ())
    }
    words |= {row["name"] for row in load_vocab("months", ("name",))}
    return frozenset(words)


def core_words(company: str) -> list[str]:
    """The words of a company's name that a subsidiary's name opens with: the canonical name
    without legal or group suffixes, its web domain dropped ("JD.com" -> JD).

    >>> core_words("JD Retail"), core_words("Alibaba Group Holding"), core_words("Pop Mart")
    (['JD'], ['Alibaba'], ['Pop', 'Mart'])
    """
    words = canonical(company).split()
    while len(words) > 1 and words[-1].rstrip(".").lower() in own_name_words():
        words.pop()
    words[-1] = re.sub(r"\.(?:com|cn|net|hk)$", "", words[-1], flags=re.IGNORECASE)
    return words


@cache
def subsidiary_regex(company: str) -> re.Pattern[str] | None:
    """'<company's core name> <1 to 3 capitalised words>' and what stands before the term."""
    words = core_words(company)
    if not words or not words[0]:
        return None
    core = r"[ ]".join(re.escape(word) for word in words)
    verbs = "|".join(re.escape(verb) for verb in company_vocab().get("verb", ()))
    gap = rf"(?:{OWNER}|[ ]+|[ ]+(?:{verbs})[ ]+(?:its[ ]+|a[ ]+)?)"
    return re.compile(
        rf"(?<![\w.&-])(?P<name>{core}(?P<extra>(?:[ ]{EXTRA}){{1,3}}))(?P<gap>{gap})$"
    )


def subsidiary_breakdown(before: str, company: str | None) -> str | None:
    """The subsidiary of `company` that the text `before` a company term ends with.

    >>> subsidiary_breakdown("• JD Retail posted ", "JD.com"), subsidiary_breakdown("Baidu Core ", "Baidu")
    ('jd retail', 'baidu core')
    >>> subsidiary_breakdown("Alibaba Group's ", "Alibaba"), subsidiary_breakdown("Baidu Q3 ", "Baidu")
    (None, None)
    >>> subsidiary_breakdown("He said JD Retail posted ", "JD.com"), subsidiary_breakdown("Xiaomi ", "Xiaomi")
    (None, None)
    """
    regex = subsidiary_regex(company) if company else None
    found = regex.search(before) if regex else None
    if found is None:
        return None
    extra = found.group("extra").split()
    if any(word.lower() in own_name_words() or PERIOD_WORD.fullmatch(word) for word in extra):
        return None  # the company's own name ("Alibaba Group", "Baidu Q3", "Meituan Inc")
    gap = found.group("gap")
    if gap.strip() and not re.match(OWNER, gap) and not re.match(OPENING, before[: found.start()]):
        return None  # a results verb after a name that does not open the sentence
    return normal_breakdown(found.group("name"))


def opening_subsidiary(text: str, company: str | None) -> str | None:
    """The subsidiary a sentence opens with, the owner of an "its" before a term later in it
    ("Xiaomi Auto handed over 108,796 vehicles, and its revenue tripled"): a results verb or
    another lower-case verb follows the name.

    >>> opening_subsidiary("Xiaomi Auto handed over 108,796 vehicles, and its ", "Xiaomi")
    'xiaomi auto'
    >>> opening_subsidiary("Xiaomi handed over 108,796 vehicles, and its ", "Xiaomi")
    """
    if not text.endswith(("its ", "Its ")) or not company:
        return None
    opening = re.match(rf"[\W\d]*(\S+(?:[ ]{EXTRA}){{1,3}})[ ][a-z]", text)
    return subsidiary_of(opening.group(1), company) if opening else None


def subsidiary_of(entity: str | None, company: bool | str) -> str | None:
    """The breakdown when a term's {entity} ("Alibaba Cloud's revenue") is a subsidiary of the
    document's `company` (its name; else no subsidiary): the row is the parent's.

    >>> subsidiary_of("Alibaba Cloud", "Alibaba"), subsidiary_of("Alibaba", "Alibaba")
    ('alibaba cloud', None)
    >>> subsidiary_of("Tencent Music", "Alibaba"), subsidiary_of("Alibaba Cloud", True)
    (None, None)
    """
    if not entity or not isinstance(company, str):
        return None
    regex = subsidiary_regex(company)
    found = regex.match(entity + " ") if regex else None
    return subsidiary_breakdown(entity + " ", company) if found else None
