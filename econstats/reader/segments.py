"""Breakdowns written before a company concept: the segment, business, product line, IP or
market a figure is about ("the Core Local Commerce segment revenue", "增值服務業務收入",
"國際市場遊戲收入", "MOLLY收入"), so that a segment's figure is its own series of the indicator
and no repeat of the company total. Only company concepts (terms of context "entity") take
them; a term's own {breakdown} or fixed breakdown comes first."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from econstats.reader.breakdowns import breakdown_regex, normal_breakdown
from econstats.reader.entities import company_names
from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.premodifiers import premodifier

CJK = "\u3400-\u9fff\uf900-\ufaff"
# the run of Chinese characters (and Latin names: "MOLLY", "IP") right before a Chinese term
# (a space ends a Chinese run: '营收首破千亿 净利润' is two headlines' words, not one category)
CJK_RUN = re.compile(rf"[{CJK}A-Za-z&]+(?:[ ][A-Za-z&]+)*(?:(?<=[A-Za-z])[ ])?$")
# 'X在集團總收入中的比重': X's share of the whole, the whole named after 在
ZH_SHARE_OF = re.compile(
    rf"(?P<name>[{CJK}A-Za-z]{{2,12}}?)[在於于](?:集團|集团|本集團|本集团|公司|全公司)?(?:總|总)?$"
)
# the item after a list's connector at the end of a run ('億元及租賃負債', '億元、媒體內容')
NEXT_ITEM = re.compile(rf"(?:以及|及|和|與|与|、)(?P<item>[{CJK}A-Za-z]{{2,12}})$")
ASIDE = re.compile(r"[（(][^（）()]{0,40}[）)]\s*$")  # a bracketed aside right before the term
ZH_MIN, ZH_MAX = 2, 12  # a Chinese category is a few characters, a whole clause none
# an English segment name before its marker word, right before the term
SEGMENT_MARKERS = ("segment", "segments", "business", "division", "unit", "arm", "IP", "brand")
LOOK_BACK = 80
FOOTNOTE = re.compile(r"(?<=[A-Za-z])\d{1,2}(?=\s)")  # a note mark glued on: 'Non-GAAP2 net'


@cache
def zh_stop_regex() -> re.Pattern[str]:
    """Words that no Chinese category holds (vocab/zh_breakdown_stopwords.csv): the company,
    periods, verbs, totals. A category is what follows the last of them."""
    rows = load_vocab("zh_breakdown_stopwords", ("word", "kind"))
    return re.compile(alternation([row["word"] for row in rows if row["kind"] in ("stop", "tail")]))


@cache
def zh_tail_regex() -> re.Pattern[str]:
    """Periods and verbs that may stand between a category and its term, at the run's end."""
    rows = load_vocab("zh_breakdown_stopwords", ("word", "kind"))
    return re.compile("(?:" + "|".join(r["word"] for r in rows if r["kind"] == "tail") + ")+$")


@cache
def zh_not_categories() -> frozenset[str]:
    """Runs that are parts of the concept's own name, not a category (主营业务, 营业)."""
    rows = load_vocab("zh_breakdown_stopwords", ("word", "kind"))
    return frozenset(row["word"] for row in rows if row["kind"] == "whole")


@cache
def segment_regex() -> re.Pattern[str]:
    """'<name> segment ' (or business, division, IP, brand), ending the text before a term."""
    markers = "|".join(SEGMENT_MARKERS)
    return re.compile(rf"(?<![A-Za-z'’&-]){breakdown_regex(False)}[ ](?:{markers})(?:['’]s)?[ ]+$")


def zh_breakdown(before: str) -> str | None:
    """The category written right before a Chinese company term.

    >>> zh_breakdown("增值服務業務"), zh_breakdown("遊戲方面，本土市場遊戲"), zh_breakdown("MOLLY上半年")
    ('增值服務業務', '本土市場遊戲', 'molly')
    >>> zh_breakdown("系列酒实现"), zh_breakdown("公司实现"), zh_breakdown("211億港元回購"[:6])
    ('系列酒', None, None)
    >>> zh_breakdown("公司2021年"), zh_breakdown("第三季公司"), zh_breakdown("集團總")
    (None, None, None)
    >>> zh_breakdown("SKULLPANDA"), zh_breakdown("其他系列酒"), zh_breakdown("主营业务")
    ('skullpanda', '其他系列酒', None)
    >>> zh_breakdown("LABUBU系在集團總"), zh_breakdown("海外市場在"), zh_breakdown("公司在")
    ('labubu系', '海外市場', None)
    >>> zh_breakdown("領軍的THE MONSTERS（精靈天團，下稱「LABUBU系」）"), zh_breakdown("騰訊（0700）")
    ('monsters', None)
    >>> zh_breakdown("49億元及租賃負債"), zh_breakdown("49億元及")
    ('lease liabilities', None)
    """
    before = ASIDE.sub("", before)  # 'THE MONSTERS（精靈天團，下稱「LABUBU系」）收入'
    run = CJK_RUN.search(before)
    if run is None:
        return None
    share = ZH_SHARE_OF.search(run.group())
    if share:  # 'LABUBU系在集團總收入中的比重': the share of the category before 在
        return zh_breakdown(share.group("name"))
    if run.start() and before[run.start() - 1].isdigit():
        # a unit or a measure word after a number ('211億港元回購', '5個IP'), unless the next
        # item of a list follows it ('媒體內容付款49億元及租賃負債付款': 租賃負債)
        item = NEXT_ITEM.search(run.group())
        return zh_breakdown(item.group("item")) if item else None
    text = run.group().strip()
    text = zh_tail_regex().sub("", text)  # '系列酒实现' -> 系列酒, 'MOLLY上半年' -> MOLLY
    stops = list(zh_stop_regex().finditer(text))
    if stops:
        text = text[stops[-1].end() :]
    if not ZH_MIN <= len(text) <= ZH_MAX or text in zh_not_categories():
        return None
    if any(name in key(text) or key(text) in name for name in company_names()):
        return None  # a company ("茅台" of 贵州茅台), no category of its own figures
    if text.isascii() and text.isupper() and len(text) <= 3:
        return None  # an acronym of the concept ("EPS", "GMV")
    return normal_breakdown(zh_english().get(text, text))


# '中國地區方面，收入錄得82.83億元，…不過佔比由77.2%下降至59.7%': the category the sentence
# opens with, of every company concept of the sentence that names none of its own
ZH_TOPIC = re.compile(rf"^[\W\d]*+(?P<name>[{CJK}A-Za-z]{{2,14}}?)(?:方面|板块|板塊)[，,：:]")


def zh_topic(head: str) -> str | None:
    """The category a Chinese sentence opens with ('中國地區方面，'), `head` being the sentence up
    to a concept.

    >>> zh_topic("中國地區方面，"), zh_topic("海外業務方面，收入錄得5億元，佔"), zh_topic("财务方面，")
    ('中國地區', '海外業務', None)
    >>> zh_topic("盈利能力方面，"), zh_topic("公司方面，"), zh_topic("上半年，中國地區方面")
    (None, None, None)
    """
    found = ZH_TOPIC.match(head)
    return zh_breakdown(found.group("name")) if found else None


@cache
def zh_english() -> dict[str, str]:
    """Chinese categories that vocab/zh_breakdown_stopwords.csv names in English (kind
    "english": 国内 -> domestic, as the English terms' fixed breakdowns say)."""
    rows = load_vocab("zh_breakdown_stopwords", ("word", "kind"))
    return {row["word"]: row["english"] for row in rows if row["kind"] == "english"}


def en_breakdown(before: str) -> str | None:
    """The segment named right before an English company term ('the Cloud segment revenue').

    >>> en_breakdown("Revenue of the Core Local Commerce segment "), en_breakdown("JD Retail segment ")
    ('core local commerce', 'jd retail')
    >>> en_breakdown("In the quarter, the Cloud Intelligence business's "), en_breakdown("Its ")
    ('cloud intelligence', None)
    """
    found = segment_regex().search(before[-LOOK_BACK:])
    return owned(found.group("breakdown")) if found else None


@cache
def lead_segment_regex() -> re.Pattern[str]:
    """A sentence that opens with a segment: 'The New Initiatives segment, by contrast, ...'."""
    markers = "|".join(SEGMENT_MARKERS)
    return re.compile(rf"^\W*{breakdown_regex(False)}[ ](?:{markers})(?![\w'’-])")


def lead_segment(sentence_head: str) -> str | None:
    """The segment a sentence opens with, the subject of its company terms that no other
    subject precedes ('The New Initiatives segment saw a 15.9% rise in revenue').

    >>> lead_segment("The New Initiatives segment, by contrast, saw a 15.9% rise in ")
    'new initiatives'
    >>> lead_segment("Revenue at the cloud segment rose, and "), lead_segment("The segment's ")
    (None, None)
    """
    found = lead_segment_regex().search(sentence_head)
    return owned(found.group("breakdown")) if found else None


def owned(name: str) -> str | None:
    """A segment's name without its owner ("the company's cloud" -> cloud).

    >>> owned("company's Cloud"), owned("Alibaba's"), owned("JD Retail")
    ('cloud', None, 'jd retail')
    """
    words = (normal_breakdown(name) or "").split()
    while words and words[0].endswith("'s"):
        words.pop(0)
    return " ".join(words) or None


def segment_breakdown(text: str, start: int, phrase: str, floor: int = 0) -> str | None:
    """The segment written before a company term `phrase` found at `start` of `text`, after
    `floor` (the end of the subject before it: '营收和净利润' gives 净利润 no category).

    >>> segment_breakdown("國際市場遊戲收入為208億元", 6, "收入"), segment_breakdown("营收和净利润", 3, "净利润", 2)
    ('國際市場遊戲', None)
    """
    if floor == start and re.match(rf"[{CJK}]", phrase):
        floor = 0  # a concept glued to the one before it: '機械人商店銷售收入', the shops' revenue
    before = text[max(floor, start - LOOK_BACK) : start]
    if re.match(rf"[{CJK}]", phrase):
        return zh_breakdown(before) or zh_topic(text[:start])
    if floor == 0 and start <= 2 * LOOK_BACK:  # no subject before it: the sentence's opening
        return en_breakdown(before) or lead_segment(text[:start])
    return en_breakdown(before)


def company_segment(
    text: str, start: int, term, floor: int = 0, company: str | None = None
) -> str | None:
    """The segment before a company concept's term (context "entity", no breakdown of its own)
    found at `start` of `text`, or a subsidiary of the document's `company` named there ("JD
    Retail posted net revenues": subsidiaries.py); None for any other term."""
    from econstats.reader.subsidiaries import opening_subsidiary, subsidiary_breakdown

    if term.context != "entity" or term.breakdown or "{" in term.phrase:
        return None
    before = text[max(floor, start - LOOK_BACK) : start]
    return (
        segment_breakdown(text, start, term.phrase, floor)
        or subsidiary_breakdown(before, company)
        or opening_subsidiary(text[:start], company)
        or (
            premodifier(before, floor == 0 and start <= LOOK_BACK, company)
            if term.phrase.isascii()
            else None
        )
    )


@cache
def adjusted_basis_regex() -> re.Pattern[str]:
    """'On a non-GAAP basis, ' and the like before a company concept (vocab/adjusted_bases.csv)."""
    phrases = [row["phrase"] for row in load_vocab("adjusted_bases", ("phrase",))]
    return re.compile(alternation(phrases))


def adjusted_term(text: str, start: int, term, floor: int = 0):
    """The term as its adjusted indicator when the words before it, after `floor` (the end of
    the subject before it), say the figure is on an adjusted or non-GAAP basis; else the term.
    'On a non-GAAP basis, diluted net income per ADS was RMB3.73': company.eps.adjusted."""
    from econstats.core.codelist import load_indicators  # the codelist loads terms: no cycle

    if term.context != "entity" or ".adjusted" in term.indicator:
        return term
    before = FOOTNOTE.sub("", text[max(floor, start - LOOK_BACK) : start])
    if not adjusted_basis_regex().search(before):
        return term
    codes = load_indicators()
    for code in (term.indicator + ".adjusted", term.indicator.rsplit(".", 1)[0] + ".adjusted"):
        if code.startswith("company.") and code in codes:
            return replace(term, indicator=code)
    return term
