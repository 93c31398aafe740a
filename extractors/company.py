"""Company figures: revenue and users of a named company or product (company.*, entity set)."""

from __future__ import annotations

from collections.abc import Iterator

from econstats.core.model import Candidate, Document, Rejection
from econstats.reader.claims import candidates, load_topic_terms
from econstats.reader.parsed import ParsedDocument

NAME, VERSION = "company", "3.0.0"
TERMS = load_topic_terms(__file__)


def extract(doc: Document, parsed: ParsedDocument) -> Iterator[Candidate | Rejection]:
    """A Candidate per figure of a named company, else a Rejection."""
    return candidates(parsed, NAME, f"{NAME}@{VERSION}", full_names=True, needs_entity=True)
