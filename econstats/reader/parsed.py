"""What the parser gives: a Claim (a figure a topic's subject names, with everything its row
needs) and a ParsedDocument (a document's claims and the figures nothing claimed).

Every step after the parser (econstats.reader.parse) reads and changes these records; they live
apart from the parser so that the steps need not import it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from econstats.core.model import Document, Figure, Period, Sentence
from econstats.reader.terms import Subject


@dataclass(frozen=True)
class Claim:
    """A figure whose clause names a topic's subject, with everything its row needs."""

    figure: Figure
    sentence: Sentence
    subject: Subject
    period: Period | None
    period_note: str
    base_period: Period | None
    status: str
    ref_area: str | None
    data_source: str | None
    restates: Claim | None = None
    company: str | None = None  # the company the document names last before the figure


@dataclass(frozen=True)
class ParsedDocument:
    """Claims of a document, and the figures no subject claimed (for the report)."""

    doc: Document
    claims: tuple[Claim, ...]
    unclaimed: tuple[tuple[Sentence, Figure], ...]

    def claims_for(self, topic: str) -> Iterator[Claim]:
        """The claims whose subject is one of the topic's terms."""
        return (claim for claim in self.claims if claim.subject.term.topic == topic)
