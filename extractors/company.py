"""Company figures: revenue and users of a named company or product (company.*, entity set)."""

from __future__ import annotations

from collections.abc import Iterator

from econstats.entities import full_name
from econstats.extract import candidates, load_topic_terms
from econstats.model import Candidate, Document, Rejection
from econstats.parse import Claim, ParsedDocument

NAME, VERSION = "company", "1.0.0"
TERMS = load_topic_terms(__file__)


def extract(doc: Document, parsed: ParsedDocument) -> Iterator[Candidate | Rejection]:
    """A Candidate per figure of a named company's revenue or users, else a Rejection."""

    def entity_of(claim: Claim) -> str | None:
        short = claim.subject.entity
        return full_name(short, doc.text) if short else None

    return candidates(parsed, NAME, f"{NAME}@{VERSION}", entity_of=entity_of, needs_entity=True)
