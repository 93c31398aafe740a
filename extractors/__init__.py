"""Topic extractors, registered explicitly and in order: each knows its subject phrases only."""

from __future__ import annotations

from econstats.extractors import company, fiscal, retail, trade, transport

EXTRACTORS = (fiscal, retail, company, trade, transport)

__all__ = ["EXTRACTORS"]
