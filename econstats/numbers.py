"""Numbers as printed: "18.65", "1,234.5", "652,939" -> Decimal, with their decimal places."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

NUMBER_BODY = r"""
    (?: \d{1,3} (?:,\d{3})+     # 1,234,567  (thousands separators)
      | \d+ )                   # 1234567
    (?: \.\d+ )?                # decimals
    (?! [.,]?\d )               # not followed by more digits ("1.1.1", "12,34")
"""
NOT_GLUED = r"(?<![A-Za-z0-9.,])"  # not the tail of a word, a longer number or a version string
NUMBER = NOT_GLUED + NUMBER_BODY
NUMBER_RE = re.compile(NUMBER, re.VERBOSE)


def parse_number(text: str) -> tuple[Decimal, int] | None:
    """The value and the decimal places of a printed number, or None.

    >>> parse_number("18.65")
    (Decimal('18.65'), 2)
    >>> parse_number("652,939")
    (Decimal('652939'), 0)
    >>> parse_number("1,234.5")
    (Decimal('1234.5'), 1)
    >>> parse_number("1.2.3") is None, parse_number("12,34") is None, parse_number("") is None
    (True, True, True)
    """
    if not text or not NUMBER_RE.fullmatch(text):
        return None
    digits = text.replace(",", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    decimals = len(digits.partition(".")[2])
    return value, decimals


def find_numbers(text: str) -> list[tuple[int, int, str]]:
    """Spans of every number in the text.

    >>> find_numbers("up 0.8 percent to 18.65 trillion; Article 36; v1.2.3")
    [(3, 6, '0.8'), (18, 23, '18.65'), (42, 44, '36')]
    """
    return [(m.start(), m.end(), m.group()) for m in NUMBER_RE.finditer(text)]
