"""Company names: a short name in a sentence ("Kling's revenue") -> the full name the document
uses for it elsewhere ("Kling AI"), as journalists write the full name first and shorten it."""

from __future__ import annotations

import re
from collections import Counter

CAPITALISED = r"(?:[ ](?:[A-Z][\w&.-]*|\d{1,2}(?!\d)))"


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
    pattern = re.compile(rf"(?<![\w]){re.escape(short)}{CAPITALISED}{{1,3}}(?![\w'’])")
    names = Counter(trim_stop(match.group()) for match in pattern.finditer(text))
    if not names:
        return short
    return sorted(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]
