"""The claims of a document, one at a time, as a post-parse step changes them (a section's
segment, a guidance status, a twelve-month period ...): a conversion whose original was changed
points at the changed one, since rows.to_rows finds a conversion's original by identity."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from econstats.reader.parsed import Claim, ParsedDocument


def changed_claims(claims: Iterable[Claim], change: Callable[[Claim], Claim]) -> list[Claim]:
    """Each claim as `change` makes it, in order (`change` returns the claim itself to keep it);
    a conversion of a changed claim restates the changed one."""
    renamed: dict[int, Claim] = {}
    found = []
    for claim in claims:
        new = change(claim)
        if new.restates is not None and id(new.restates) in renamed:
            new = replace(new, restates=renamed[id(new.restates)])
        if new is not claim:
            renamed[id(claim)] = new
        found.append(new)
    return found


def with_changed(parsed: ParsedDocument, change: Callable[[Claim], Claim]) -> ParsedDocument:
    """The parsed document with its claims changed (changed_claims); itself when none changes."""
    claims = changed_claims(parsed.claims, change)
    if all(new is old for new, old in zip(claims, parsed.claims, strict=True)):
        return parsed
    return replace(parsed, claims=tuple(claims))
