"""Figures whose number is written in words: "around five percent", "exceeded two million",
"twenty-five per cent", "增长三成" (three tenths: 30 percent), "不到一个百分点", "首破万亿元".

English: a number word (one to ninety-nine) right before a percent word or a scale word; the
word is read as its digits and the figure pattern (econstats.reader.figures) reads the rest, so a
currency or unit after the scale counts as it does after digits ("two billion yuan"). A number
word before anything else ("one of the", "two cities") is no figure.

Chinese: a numeral before 成 (tenths), before 个百分点 (points; 半 is a half), or a numeral and
scale characters written without digits before a currency ("万亿元" is one trillion yuan,
"三千亿元" 300 billion). A lone scale ("亿元", a table's unit), a vague count ("数千亿元",
"几百亿元"), a rate per amount ("每百万元") and idioms ("一成不变") are no figure.
"""

from __future__ import annotations

import re
from decimal import Decimal

from econstats.reader.figures import RawFigure, find_raw_figures
from econstats.reader.money import to_currency

ONES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_ONES = "|".join(sorted(ONES, key=len, reverse=True))
_TENS = "|".join(TENS)
ENGLISH = re.compile(  # the lookahead on a first letter makes the scan fast
    rf"(?=[efnost])(?<![\w-])(?P<word>(?:{_TENS})(?:[- ](?:{_ONES}))?|{_ONES})"
    r"(?=[ \u00a0]++(?:percentage[ \u00a0]points?|per[ \u00a0]?cent|percent|pct|million|billion"
    r"|trillion)(?![\w-]))",
    re.IGNORECASE,
)

CN_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
CN_DIGITS |= {"八": 8, "九": 9}
CN_SCALES = {"十": 10, "百": 100, "千": 1000, "万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_DIGIT = "[" + "".join(CN_DIGITS) + "]"
# not the tail of a longer number, a vague count or a rate per amount
_FREE = r"(?<![\d\uff10-\uff19.．一二两兩三四五六七八九十百千万萬亿億几幾数數多上每第])"
CHINESE = re.compile(  # the lookahead on a numeral or scale makes the scan fast
    rf"""(?=[一二两兩三四五六七八九十百千万萬半]){_FREE}
    (?: (?P<tenths> {_DIGIT} ) 成
        (?= $ | [\s,，。;；、:：)）！!？?的以左多至和与與及或] )          # 三成, not 一成不变
      | (?P<points> {_DIGIT} | 十 | 半 ) (?:个|個) 百分(?:点|點)           # 一个百分点
      | (?P<head> {_DIGIT} )? (?P<scales> [十百千万萬]{{1,2}}[亿億] | [十百千][万萬] | [万萬][亿億] )
        (?P<currency> 美元 | 港元 | 港幣 | 港币 | 人民币 | 人民幣 | 元 )   # 万亿元, 三千亿元
    )""",
    re.VERBOSE,
)
EN_HINTS = ("cent", "pct", "illion")  # a word one of the English readings needs (lower case)
CN_HINTS = "成百万萬亿億"  # a character one of the Chinese readings needs


def find_word_figures(text: str, offset: int, taken: list[RawFigure]) -> list[RawFigure]:
    """The figures of the sentence written with number words, outside those already found.

    >>> [(f.value, f.unit) for f in find_word_figures("grew around five percent", 0, [])]
    [(Decimal('5'), 'percent')]
    >>> [(str(f.value), f.unit) for f in find_word_figures("exceeded two million, 二十 and", 0, [])]
    [('2000000', 'count')]
    >>> [(f.value, f.unit_kind) for f in find_word_figures("增长三成,相差不到一个百分点", 0, [])]
    [(Decimal('30'), 'percent'), (Decimal('1'), 'pp')]
    >>> [(f.value, f.unit) for f in find_word_figures("消费首破万亿元,三千亿元", 0, [])]
    [(Decimal('1000000000000'), 'CNY'), (Decimal('300000000000'), 'CNY')]
    >>> find_word_figures("one of two cities, 一成不变, 单位:亿元, 数千亿元, 每百万元", 0, [])
    []
    """
    low = text.lower()
    found = english(text, offset) if any(hint in low for hint in EN_HINTS) else []
    if any(hint in text for hint in CN_HINTS):
        found += chinese(text, offset)
    if not found:
        return found
    spans = [(f.start, f.end) for f in taken]
    return [f for f in found if not any(s < f.end and f.start < e for s, e in spans)]


def spelled(text: str) -> bool:
    """Whether a line without digits may hold a figure written in words.

    >>> spelled("growth of around five percent"), spelled("one of two cities"), spelled("增长三成")
    (True, False, True)
    """
    low = text.lower()
    if any(hint in low for hint in EN_HINTS) and ENGLISH.search(text):
        return True
    return any(hint in text for hint in CN_HINTS) and CHINESE.search(text) is not None


def english(text: str, offset: int) -> list[RawFigure]:
    """Number words read as their digits, the rest by the figure pattern."""
    words = list(ENGLISH.finditer(text))
    if not words:
        return []
    chars = list(text)
    starts = {}
    for match in words:  # "twenty-five" -> "         25": same length, the digits last
        digits = str(value_of(match.group("word")))
        start, end = match.span()
        chars[start:end] = " " * (end - start - len(digits)) + digits
        starts[end - len(digits)] = start
    figures = []
    for raw in find_raw_figures("".join(chars), offset):
        start = starts.get(raw.start - offset)
        if start is not None:
            figures.append(
                RawFigure(start + offset, raw.end, raw.value, raw.unit, raw.unit_kind, 0)
            )
    return figures


def value_of(word: str) -> int:
    """The value of a number word: "five" 5, "twenty-five" 25, "Forty" 40."""
    parts = re.split(r"[- ]", word.lower())
    return sum(TENS.get(part, ONES.get(part, 0)) for part in parts)


def chinese(text: str, offset: int) -> list[RawFigure]:
    """Chinese numerals before 成, 个百分点 or a scale and a currency."""
    figures = []
    for match in CHINESE.finditer(text):
        start, end = match.start() + offset, match.end() + offset
        if match.group("tenths"):
            value = Decimal(CN_DIGITS[match.group("tenths")] * 10)
            figures.append(RawFigure(start, end, value, "percent", "percent", 0))
        elif match.group("points"):
            points = match.group("points")
            value = Decimal("0.5") if points == "半" else Decimal(CN_DIGITS.get(points, 10))
            figures.append(
                RawFigure(start, end, value, "percent", "pp", 1 if points == "半" else 0)
            )
        else:
            value = Decimal(CN_DIGITS[match.group("head")] if match.group("head") else 1)
            for char in match.group("scales"):
                value *= CN_SCALES[char]
            currency = to_currency(match.group("currency")) or "CNY"
            figures.append(RawFigure(start, end, value, currency, "money", 0))
    return figures
