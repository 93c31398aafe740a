"""Transport figures: cross-regional passenger trips, daily averages, self-driving (transport.*)."""

from __future__ import annotations

from collections.abc import Iterator

from econstats.core.model import Candidate, Document, Rejection
from econstats.reader.claims import candidates, load_topic_terms
from econstats.reader.parsed import ParsedDocument

NAME, VERSION = "transport", "3.0.0"
TERMS = load_topic_terms(__file__)


def extract(doc: Document, parsed: ParsedDocument) -> Iterator[Candidate | Rejection]:
    """A Candidate per figure whose clause names a transport subject, else a Rejection with a reason."""
    return candidates(parsed, NAME, f"{NAME}@{VERSION}")
