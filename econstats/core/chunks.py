"""Consecutive items a few at a time: documents sent to workers, values bound in one query."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive items, `size` at a time (the last list may be shorter).

    >>> list(chunked(range(7), 3)), list(chunked([], 3))
    ([[0, 1, 2], [3, 4, 5], [6]], [])
    """
    part: list[T] = []
    for item in items:
        part.append(item)
        if len(part) >= size:
            yield part
            part = []
    if part:
        yield part
