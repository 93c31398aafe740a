"""A sentence that opens by naming the basis of its figures (vocab/basis_openers.csv): India's
GST releases state each tax's gross collection, then 'As regular settlement, the government has
settled Rs 28,812 crore to CGST' and 'After regular settlements, the total revenue ... is
Rs 49,390 crore for CGST'. Three CGST figures of one month collided as repeats; the basis, kept
as a breakdown of the subject ('central gst, settlement'), tells them apart. The opener is
matched at the sentence's start only, once per sentence."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.terms import Subject


@cache
def basis_table() -> dict[str, str]:
    """key(phrase) -> basis, of vocab/basis_openers.csv."""
    rows = load_vocab("basis_openers", ("phrase", "basis"))
    return {key(row["phrase"]): row["basis"] for row in rows}


@cache
def opener_regex() -> re.Pattern[str]:
    """A basis phrase that opens its sentence, a comma after it."""
    return re.compile(rf"\s*(?P<basis>{alternation(basis_table())})(?![A-Za-z])\s*,", re.I)


@lru_cache(maxsize=64)
def opener_basis(sentence: str) -> str | None:
    """The basis the sentence opens with, or None.

    >>> opener_basis("After regular settlements, the total revenue is Rs 49,390 crore")
    'after settlement'
    >>> opener_basis("As regular settlement, the government has settled Rs 28,812 crore")
    'settlement'
    >>> opener_basis("Exports rose after settlement, of trade disputes, by 5%") is None
    True
    """
    match = opener_regex().match(sentence)
    return basis_table()[key(match.group("basis"))] if match else None


def with_basis(subject: Subject, sentence: str) -> Subject:
    """The subject with its sentence's basis added to its breakdown; a company's untouched."""
    basis = opener_basis(sentence)
    if basis is None or subject.term.topic == "company":
        return subject
    own = subject.breakdown or subject.term.breakdown
    return replace(subject, breakdown=f"{own}, {basis}" if own else basis)
