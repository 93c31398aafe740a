"""One figure said of each item of a list: "教育文化娱乐、医疗保健价格均上涨0.9%" (education,
culture and recreation prices and health care prices both rose 0.9%). The claim's subject is the
last item (clause_subjects takes the nearest subject); "均" ("each", "both") right before the
figure's verb makes the figure each listed item's too, so every item that shares the subject's
head noun (shared_heads: "教育文化娱乐价格") gets a claim of its own at the same figure ("都" is
left out: it ends city names, 成都, 首都). Without "均" a list before one figure is no such
statement ("化妆品、衣着价格上涨1%"), and "分别" (respectively) pairs items and figures instead
(clause_subjects.respective_subjects)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from econstats.reader.shared_heads import with_shared_heads

if TYPE_CHECKING:
    from econstats.reader.parsed import ParsedDocument
    from econstats.reader.terms import Term

# "均上涨", "均下降了", "均增长", "均为": the distributive adverb, its verb, right before the figure
EACH = re.compile(
    r"均(?:[上下]?[涨漲降升跌]|增[长長]|增加|[减減]少|下滑|回落|提高|[为為]|[达達])了?(?:约|約)?$"
)
LOOK_BACK = 12  # characters before the figure the adverb and its verb may take


def with_distributed(parsed: ParsedDocument, terms: Sequence[Term]) -> ParsedDocument:
    """The document's claims, and a claim of each listed item a "均" figure is said of."""
    if "均" not in parsed.doc.text:
        return parsed
    claims = []
    added = False
    for claim in parsed.claims:
        claims.append(claim)
        sentence, figure, subject = claim.sentence, claim.figure, claim.subject
        at = figure.start - sentence.start
        if not EACH.search(sentence.text, max(0, at - LOOK_BACK), at):
            continue
        text = sentence.text[: subject.end - sentence.start]
        items = with_shared_heads(text, sentence.start, [subject], terms)
        for item in items:
            if item.start < subject.start and item.term.indicator != subject.term.indicator:
                claims.append(replace(claim, subject=item))
                added = True
    return replace(parsed, claims=tuple(claims)) if added else parsed
