"""Film figures: national box office, and a named film's takings in entity (film.*)."""

from __future__ import annotations

from collections.abc import Iterator

from econstats.extract import candidates, load_topic_terms
from econstats.model import Candidate, Document, Rejection
from econstats.parse import ParsedDocument

NAME, VERSION = "film", "2.4.0"
TERMS = load_topic_terms(__file__)


def extract(doc: Document, parsed: ParsedDocument) -> Iterator[Candidate | Rejection]:
    """A Candidate per figure of the box office, national or of a named film, else a Rejection."""
    return candidates(parsed, NAME, f"{NAME}@{VERSION}", full_names=True)
