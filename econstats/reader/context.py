"""What a sentence says around its figures: places (ref_area) and credited agencies."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import cache, lru_cache
from typing import Any
from urllib.parse import urlsplit

from econstats.reader.lexicon import alternation, key, load_vocab, lookup
from econstats.reader.prefilter import may_match, text_of
from econstats.reader.terms import countries

# an origin noun ends a word: not "visitorship"; 客 not in 客戶 (clients), 客運 (passenger
# transport), 客機 (airliners)
ORIGIN_END = r"(?![A-Za-z]|[戶户運运機机])"


REGION_HEADS = r"(?<![Ll]atin )(?<![Nn]orth )(?<![Ss]outh )(?<![Cc]entral )"


@cache
def country_regex(origins: bool = False) -> re.Pattern[str]:
    """Any country name or adjective of vocab/countries.csv; with `origins`, also one that
    names where visitors come from ("mainland visitors", "內地客": vocab/origin_nouns.csv),
    which only a document that names no other place falls back to (document_area)."""
    # "U.S. dollars", "Hong Kong dollars", "Singapore dollars" name a currency, not a place
    # atomic: a longer name that fails a test is not retried shorter ("中國內地旅客" is an origin,
    # never 中國 before "內地旅客")
    # "Latin America", "North America": a world region (vocab/regions.csv), not the US
    pattern = REGION_HEADS + "(?>" + alternation(countries()) + r")(?!['’]?\s*(?:dollars?|\$))"
    if not origins:
        nouns = [row["phrase"] for row in load_vocab("origin_nouns", ("phrase",))]
        pattern = origin_from(nouns) + pattern + rf"(?!\s*(?:{alternation(nouns)}){ORIGIN_END})"
    return re.compile(pattern)


def origin_from(nouns: list[str]) -> str:
    """Lookbehinds for a place after an origin noun and "from" ("Arrivals from South Korea rose
    26%", "visitors from the US"): where visitors come from, not the place measured.

    >>> bool(re.search(origin_from(["visitors"]) + "US", "Visitors from the US"))
    False
    """
    heads = [noun for noun in nouns if noun.isascii() and " " not in noun] + ["arrivals"]
    return "".join(
        rf"(?<!{head[0].upper()}{head[1:]} from{the})(?<!{head} from{the})"
        for head in heads
        for the in (" ", " the ")
    )


@cache
def agency_table() -> dict[str, dict[str, str]]:
    """key(phrase) -> agency row (name, iso2)."""
    rows = load_vocab("agencies", ("phrase", "name"))
    return lookup(rows, "phrase")


@cache
def agency_regex() -> re.Pattern[str]:
    """Any agency phrase of vocab/agencies.csv."""
    return re.compile(alternation(agency_table()))


class Countries:
    """The countries a text names outside some document spans (its figures), found as they are
    asked for and kept: each figure of a sentence asks in constant time, however many figures
    and countries the sentence holds (issue 12: a test of every span for every country, and a
    scan of the sentence for every figure, made long sentences quadratic).

    >>> found = Countries("worth 5 US dollars in the US and China", 0, [(6, 18)])
    >>> found.first(), found.first(outside=(22, 28))
    ('US', 'CN')
    """

    def __init__(
        self, text: str, offset: int, spans: Sequence[tuple[int, int]] = (), origins: bool = False
    ) -> None:
        self.offset = offset
        ordered = sorted(spans)
        self.lows = [low for low, _ in ordered]
        self.reach: list[int] = []  # the largest span end among the spans up to each one
        for _, high in ordered:
            self.reach.append(max(high, self.reach[-1]) if self.reach else high)
        self.kept: list[tuple[int, int, str]] = []  # (start, end, ISO code), document offsets
        self.matches = iter(())
        if may_match(country_regex(origins), text_of(text)):  # prefilter (issue 7)
            self.matches = country_regex(origins).finditer(text)

    def covered(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps one of the spans."""
        index = bisect_left(self.lows, end)  # the spans starting before `end`
        return index > 0 and self.reach[index - 1] > start

    def found(self) -> Iterator[tuple[int, int, str]]:
        """Every country named outside the spans, in text order."""
        yield from self.kept
        for match in self.matches:
            start, end = match.start() + self.offset, match.end() + self.offset
            if not self.covered(start, end):
                self.kept.append((start, end, countries()[key(match.group())]))
                yield self.kept[-1]

    def first(
        self, outside: tuple[int, int] | None = None, partner: str | None = None
    ) -> str | None:
        """ISO code of the first country outside the spans (and outside `outside`, a subject's
        span), or None; never the subject's `partner` ('With the EU, Japan posted a deficit')."""
        for start, end, code in self.found():
            if code == partner:
                continue
            if outside is None or end <= outside[0] or start >= outside[1]:
                return code
        return None


def country_in(text: str, offset: int, spans: Sequence[tuple[int, int]] = ()) -> str | None:
    """ISO code of the first country named in the text outside the given document spans.

    >>> country_in("worth 5 US dollars in the US", 0, [(6, 18)])
    'US'
    >>> country_in("China's fiscal revenue", 0), country_in("the country's revenue", 0)
    ('CN', None)
    """
    return Countries(text, offset, spans).first()


@cache
def currency_homes() -> dict[str, str]:
    """ISO 4217 code -> the economy a company reporting in it reports from (vocab/currency_homes.csv).

    >>> currency_homes()["CNY"], "USD" in currency_homes()
    ('CN', False)
    """
    rows = load_vocab("currency_homes", ("code", "ref_area"))
    return {row["code"]: row["ref_area"] for row in rows}


@cache
def language_areas() -> dict[str, str]:
    """key(language) -> the ref_area a document in it reports when it names no place."""
    rows = load_vocab("languages", ("language", "ref_area"))
    return {key(row["language"]): row["ref_area"] for row in rows}


def language_of(text: str, declared: str | None) -> str | None:
    """The declared language, else "zh" when most letters are CJK ideographs.

    >>> language_of("社会消费品零售总额增长3.4%", None), language_of("Retail sales rose", None)
    ('zh', None)
    """
    if declared:
        return declared
    sample = [char for char in text[:5000] if char.isalpha()]
    cjk = sum(1 for char in sample if "\u4e00" <= char <= "\u9fff")
    return "zh" if sample and cjk * 2 > len(sample) else None


@lru_cache(maxsize=4)
def document_area(text: str, declared_language: str | None, url: str | None = None) -> str | None:
    """The place a document reports when a sentence and its story name none: the first country
    or crediting agency named anywhere in it, else its site's country domain
    (vocab/web_domains.csv), else its language's default (vocab/languages.csv)."""
    # "Chinese tourists spent 40 billion yuan": an origin when the text names nothing else
    found = country_in(text, 0) or Countries(text, 0, origins=True).first()
    if found:
        return found
    agency = agency_in(text)
    if agency and agency[1]:
        return agency[1]
    if dateline_area(text):  # "TOKYO, March 21 (Reuters) -": where the story is filed
        return dateline_area(text)
    if url_area(url):
        return url_area(url)
    language = language_of(text, declared_language)
    return language_areas().get(key(language)) if language else None


def money_home(unit: str) -> str | None:
    """The economy of a figure's currency when that says where a figure is from ("Rs 623 crore":
    IN, "新台幣4174億元": TW), or None: a bare 元 reads CNY wherever it is written (a Hong Kong or
    Taiwan story's "億元"), so a CNY amount names no place.

    >>> money_home("INR"), money_home("CNY"), money_home("USD")
    ('IN', None, None)
    """
    return None if unit == "CNY" else currency_homes().get(unit)


BARE_YUAN = re.compile(r"(?<![人民幣币])元$")  # "337億元", not "3億元人民幣" or "人民币5元"
YUAN_MARKS = re.compile(r"人民[币幣]|RMB|CNY|yuan|[¥￥]", re.IGNORECASE)


@cache
def local_dollars() -> dict[str, str]:
    """ref_area -> the currency a bare 元 names there (vocab/local_dollars.csv)."""
    return {row["ref_area"]: row["code"] for row in load_vocab("local_dollars", ("code",))}


def local_unit(unit: str, value_text: str, ref_area: str | None) -> str:
    """The currency of an amount: a bare 元, read CNY, is the local dollar of a figure of Hong
    Kong, Taiwan or Macao ("337億元" of Hong Kong retail sales: HKD); any other unit stays.

    >>> local_unit("CNY", "337億元", "HK"), local_unit("CNY", "人民币5元", "HK")
    ('HKD', 'CNY')
    >>> local_unit("CNY", "337億元", "CN"), local_unit("CNY", "3012億元", "TW")
    ('CNY', 'TWD')
    """
    if unit != "CNY" or ref_area not in local_dollars() or YUAN_MARKS.search(value_text):
        return unit
    return local_dollars()[ref_area] if BARE_YUAN.search(value_text) else unit


def with_local_unit(figure: Any, ref_area: str | None, text: str) -> Any:
    """The figure in the currency its bare 元 names where it is from (local_unit), unless the
    document (`text`) names the renminbi anywhere: "296299億元(人民幣,下同)" in a Hong Kong paper
    means yuan by every later bare 元 too."""
    if figure.unit != "CNY" or names_renminbi(text):
        return figure
    unit = local_unit(figure.unit, figure.value_text, ref_area)
    return figure if unit == figure.unit else replace(figure, unit=unit)


@lru_cache(maxsize=4)
def names_renminbi(text: str) -> bool:
    """Whether a document names the renminbi (人民幣, RMB, CNY, yuan) anywhere."""
    return bool(YUAN_MARKS.search(text))


@cache
def domain_areas() -> dict[str, str]:
    """Country domain ("tw") -> ref_area (vocab/web_domains.csv)."""
    return {
        row["suffix"].lower(): row["ref_area"] for row in load_vocab("web_domains", ("suffix",))
    }


def url_area(url: str | None) -> str | None:
    """The economy of a site's country domain, or None (a .com says nothing).

    >>> url_area("https://ec.ltn.com.tw/article/1"), url_area("https://www.hk01.com/a")
    ('TW', None)
    """
    host = urlsplit(url).hostname or "" if url else ""
    return domain_areas().get(host.rsplit(".", 1)[-1]) if "." in host else None


def agency_in(text: str) -> tuple[str, str | None] | None:
    """(agency name, its country) of the first agency the text credits, or None.

    >>> agency_in("according to data from the National Bureau of Statistics (NBS)")
    ('National Bureau of Statistics', 'CN')
    """
    if not may_match(agency_regex(), text_of(text)):  # prefilter (issue 7): no agency word
        return None
    match = agency_regex().search(text)
    if not match:
        return None
    row = agency_table()[key(match.group())]
    return row["name"], row.get("iso2") or None


# a dateline: a city in capitals opening one of a story's first lines, before a comma, a
# bracket or a dash ("BEIJING, Nov. 14 (Xinhua) --", "NEW DELHI (Reuters) -", "TOKYO -")
DATELINE = re.compile(r"(?m)^[ \t]*+(?P<city>[A-Z][A-Z .'’-]{1,30}?)[ \t]*+(?:,|\(|[-–—])")
DATELINE_LINES = 6  # only the opening lines: a headline, a byline, the lead


@cache
def dateline_cities() -> dict[str, str]:
    """City in capitals -> the economy its datelines file from (vocab/datelines.csv)."""
    return {row["city"]: row["iso2"] for row in load_vocab("datelines", ("city", "iso2"))}


def dateline_area(text: str) -> str | None:
    r"""The economy of the city a story is filed from, when a dateline opens one of its first
    lines.

    >>> dateline_area("Prices ease\n\nTOKYO, March 21 (Reuters) - Prices rose.")
    'JP'
    >>> dateline_area("Tokyo, a city") is None
    True
    >>> dateline_area("NEW DELHI - India's economy grew"), dateline_area("GDP - up 5%")
    ('IN', None)
    """
    head = "\n".join(text.split("\n", DATELINE_LINES * 2)[: DATELINE_LINES * 2])
    for match in DATELINE.finditer(head):
        found = dateline_cities().get(" ".join(match.group("city").split()))
        if found:
            return found
    return None
