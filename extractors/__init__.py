"""Topic extractors, registered explicitly and in order: each knows its subject phrases only."""

from __future__ import annotations

from econstats.extractors import company, film, fiscal, macro, prices, retail, trade, transport

EXTRACTORS = (fiscal, retail, company, trade, transport, macro, prices, film)

__all__ = ["EXTRACTORS"]
