"""Numbers as printed: "18.65", "1,234.5", "652,939", "３．２", "٣٫٢", "3 000" -> Decimal.

A number is read from the document's own characters, never from a rewritten copy (a row's
offsets and value_text index the document): any Unicode decimal digits (full-width "３",
Arabic-Indic "٣"), all of one script; a decimal point "." "．" "٫"; a thousands separator
"," "，" "٬", a no-break space (U+00A0, U+202F) or a thin space (U+2009) between groups of
exactly three digits; invisible characters (zero-width joiner, soft hyphen, ...) between digits
are skipped. A plain space never joins digits: "4 500 billion" may be 4,500 or a "4" before
"500 billion", so a figure there is ambiguous (number_problem).

NUMBER_BODY, the pattern the figure regex uses, matches a whole run of digits and separators
("1.2.3", "3,4"), so a figure never starts or ends inside one; parse_number says whether the run
is a number.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation

DECIMAL_POINTS = ".\uff0e\u066b"  # . ． ٫
GROUP_SEPARATORS = ",\uff0c\u066c\u00a0\u202f\u2009"  # , ， ٬ no-break, narrow no-break, thin
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"  # soft hyphen, zero-width (non)joiner ...
JOINERS = DECIMAL_POINTS + GROUP_SEPARATORS + INVISIBLE  # what may stand between two digits
_J = "[" + re.escape(JOINERS) + "]"

# A run of digits and of the characters that join digits: possessive, so a run is maximal and
# never backtracks ("1.2.3", "3,4" and "3\u00a0000" are one run each).
NUMBER_BODY = rf"\d++ (?: {_J}++ \d++ )*+"
# not the tail of a word, of a longer number (of any script) or of a version string
NOT_GLUED = rf"(?<![A-Za-z.,\uff0e\u066b])(?<!\d)(?<!\d{_J})"
NUMBER = NOT_GLUED + NUMBER_BODY
NUMBER_RE = re.compile(NUMBER, re.VERBOSE)
RUN_RE = re.compile(NUMBER_BODY, re.VERBOSE)
# The number of a row's value text as printed ("18.65" of "nearly 18.65 trillion yuan",
# "1,17,010" of "Rs 1,17,010 crore"): its mantissa and decimals, for rounding and precision.
PRINTED_NUMBER = re.compile(r"\d[\d,]*+(?:\.\d++)?")

_INVISIBLE_RE = re.compile("[" + re.escape(INVISIBLE) + "]")
_POINT = "[" + re.escape(DECIMAL_POINTS) + "]"
_PLAIN = re.compile(rf"\d+(?:{_POINT}\d+)?")
_THOUSANDS = re.compile(
    rf"\d{{1,3}}(?P<sep>[{re.escape(GROUP_SEPARATORS)}])\d{{3}}(?:(?P=sep)\d{{3}})*(?:{_POINT}\d+)?"
)
# Indian grouping ("1,17,010": 1.17 lakh): groups of two digits, then one of three; read only
# in a figure that names lakh, crore or rupees (INDIAN_FIGURE), else "12,34" is no number
_INDIAN = re.compile(rf"\d{{1,2}}(?:,\d{{2}})*,\d{{3}}(?:{_POINT}\d+)?")
INDIAN_FIGURE = re.compile(r"(?i:lakh|crore|rupee|\bRs\b|\bINR\b)|\u20b9")
# Chinese myriad scales written between digits: "3萬8748" is 38,748, "1亿2000万" 120 million
MYRIADS = "万萬亿億"
# digits (or a decimal point, or digits and a myriad) right before a run: the run is the tail of
# a longer number
_CUT_BEFORE = re.compile(rf"(?:\d{_J}*|\d[{MYRIADS}]|[.,\uff0e\u066b][{re.escape(INVISIBLE)}]*)\Z")
# "4 " before a run: a free-standing lead of one to three digits and a plain space
_LEAD_GROUP = re.compile(rf"(?<![A-Za-z_])(?<!\d)(?<!{_J})\d{{1,3}} \Z")
_FIRST_GROUP = re.compile(r"\d{3}(?!\d)")
_NEXT_GROUP = re.compile(r" \d{3}(?!\d)")


def _ascii_digits(text: str) -> str | None:
    """The text with its digits as ASCII; None when they mix scripts ("1٢")."""
    zeros = {ord(char) - unicodedata.decimal(char) for char in text if char.isdecimal()}
    if len(zeros) > 1:
        return None
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def parse_number(text: str, indian: bool = False) -> tuple[Decimal, int] | None:
    """The value and the decimal places of a printed number, or None. `indian`: the figure
    names lakh, crore or rupees, so Indian grouping ("1,17,010") is read too.

    >>> parse_number("18.65")
    (Decimal('18.65'), 2)
    >>> parse_number("652,939")
    (Decimal('652939'), 0)
    >>> parse_number("1,234.5")
    (Decimal('1234.5'), 1)
    >>> parse_number("３．２"), parse_number("٣٫٢"), parse_number("3\u00a0000"), parse_number("1\u200d2")
    ((Decimal('3.2'), 1), (Decimal('3.2'), 1), (Decimal('3000'), 0), (Decimal('12'), 0))
    >>> parse_number("1.2.3") is None, parse_number("12,34") is None, parse_number("") is None
    (True, True, True)
    >>> parse_number("4 500") is None, parse_number("1٢") is None
    (True, True)
    >>> parse_number("1,17,010") is None, parse_number("1,17,010", indian=True)
    (True, (Decimal('117010'), 0))
    """
    if not text:
        return None
    visible = _INVISIBLE_RE.sub("", text)
    indian_grouped = indian and _INDIAN.fullmatch(visible)
    if not (_PLAIN.fullmatch(visible) or _THOUSANDS.fullmatch(visible) or indian_grouped):
        return None
    if visible != text and not RUN_RE.fullmatch(text):
        return None  # an invisible character before the first or after the last digit
    digits = _ascii_digits(visible)
    if digits is None:
        return None
    plain = "".join(
        "." if char in DECIMAL_POINTS else char for char in digits if char not in GROUP_SEPARATORS
    )
    try:
        value = Decimal(plain)
    except InvalidOperation:
        return None
    decimals = len(plain.partition(".")[2])
    return value, decimals


def find_numbers(text: str) -> list[tuple[int, int, str]]:
    """Spans of every number in the text (runs that are no number, "1.2.3", are left out).

    >>> find_numbers("up 0.8 percent to 18.65 trillion; Article 36; v1.2.3")
    [(3, 6, '0.8'), (18, 23, '18.65'), (42, 44, '36')]
    """
    return [
        (m.start(), m.end(), m.group())
        for m in NUMBER_RE.finditer(text)
        if parse_number(m.group()) is not None
    ]


def number_problem(text: str, start: int, end: int) -> tuple[str, str] | None:
    """(reason, note) when the figure whose value_text is text[start:end] may not be published
    as read: its number cannot be read (`number-unreadable`), digits continue past the figure's
    span (`number-unreadable`: a number is never cut), or a plain space joins it to a group of
    digits ("4 500 billion": 4,500 or "4" and "500"?, `number-ambiguous`); else None.

    A lead of four or more digits is never a thousands group, so "in 2024 500 billion yuan" is
    500 billion; "4 50 billion" and "4 5000 billion" are no grouping either.

    >>> number_problem("reached 3\u00a0000 billion yuan", 8, 25) is None
    True
    >>> number_problem("rose ３．２ percent", 7, 16)[0], number_problem("4 500 billion", 2, 13)[0]
    ('number-unreadable', 'number-ambiguous')
    >>> number_problem("rose 1.2.3 percent", 5, 18)
    ('number-unreadable', "'1.2.3' is no number (its digits, separators or script)")
    >>> number_problem("in 2024 500 billion", 8, 19) is None
    True
    >>> number_problem("3萬8748美元", 2, 8)[0], number_problem("1亿2000万元", 0, 2)[0]
    ('number-unreadable', 'number-unreadable')
    """
    first = RUN_RE.search(text, start, end)
    if first is None:
        return "number-unreadable", f"no digits in {text[start:end]!r}"
    found = RUN_RE.match(text, first.start()) or first  # the whole run: it may pass the span
    run = text[found.start() : min(found.end(), end)]
    around = text[max(0, found.start() - 3) : found.end() + 3]
    more = text[end - 1 : end + 1]  # "3萬" then "8748": the figure ends inside a number
    glued = len(more) == 2 and more[0] in MYRIADS and more[1].isdecimal()
    if (
        glued
        or found.end() > end
        or _CUT_BEFORE.search(text, max(0, found.start() - 8), found.start())
    ):
        return "number-unreadable", f"the digits of {run!r} continue past it: {around!r}"
    if parse_number(run, indian=bool(INDIAN_FIGURE.search(text, start, end))) is None:
        return "number-unreadable", f"{run!r} is no number (its digits, separators or script)"
    lead = _LEAD_GROUP.search(text, max(0, found.start() - 4), found.start())
    if lead is not None and _FIRST_GROUP.match(run):
        pair = text[lead.start() : found.start()] + run
        return "number-ambiguous", f"{pair!r}: one number with a space between groups, or two?"
    if _LEAD_GROUP.search(run + " ") and _NEXT_GROUP.match(text, found.end()):
        pair = text[found.start() : found.end() + 4]
        return "number-ambiguous", f"{pair!r}: one number with a space between groups, or two?"
    return None
