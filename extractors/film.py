"""Film figures: national box office, and a named film's takings in entity (film.*)."""

from __future__ import annotations

from collections.abc import Iterator

from econstats.core.model import Candidate, Document, Rejection
from econstats.reader.claims import candidates, load_topic_terms
from econstats.reader.parsed import ParsedDocument
from econstats.reader.titles import titled

NAME, VERSION = "film", "3.0.0"
TERMS = load_topic_terms(__file__)


def extract(doc: Document, parsed: ParsedDocument) -> Iterator[Candidate | Rejection]:
    """A Candidate per figure of the box office, national or of a named film (its entity: a
    name, or a title quoted before the figure), else a Rejection."""
    for found in candidates(parsed, NAME, f"{NAME}@{VERSION}", full_names=True):
        yield titled(found) if isinstance(found, Candidate) else found
