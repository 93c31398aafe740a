"""Appositives and relative clauses after a sentence's subject: in "M2, the broad money supply
gauge that counts cash in circulation plus all deposits, rose by 9.4 percent" the figure is M2's;
"cash in circulation" (M0) inside the clause set off by commas only describes it. A subject named
inside such a clause, one that opens with a determiner or a relative pronoun right after another
subject and closes with a comma before the sentence's first figure, is none of the figure's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from econstats.reader.terms import Subject

APPOSITIVE = re.compile(r"\s*,\s+(?:the|a|an|its|which|who|that)\s[^,;:()\d]*?,", re.I)


def outside_appositives(
    text: str, offset: int, subjects: Sequence[Subject], first: int
) -> list[Subject]:
    """`subjects` of the sentence `text` (at `offset`) but those inside an appositive or a
    relative clause after another subject, before the first figure (document offset `first`).

    >>> from econstats.reader.terms import Term
    >>> m2, m0 = (Term(p, "money", p, frozenset(), None) for p in ("M2", "cash in circulation"))
    >>> text = "M2, the gauge that counts cash in circulation, rose 9.4 percent."
    >>> [s.term.phrase for s in outside_appositives(text, 0, [Subject(0, 2, m2),
    ...     Subject(26, 45, m0)], 52)]
    ['M2']
    """
    inside: list[tuple[int, int]] = []
    for subject in subjects:
        match = APPOSITIVE.match(text, subject.end - offset)
        if match is not None and match.end() + offset <= first:
            inside.append((subject.end, match.end() + offset))
    if not inside:
        return list(subjects)
    return [s for s in subjects if not any(a < s.start and s.end <= b for a, b in inside)]
