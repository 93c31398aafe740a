"""Goods traded by weight, named by a verb ("China exported 6,217 tons of rare earths",
"brought in a record 12.02 million tonnes of soybeans"): the verb (vocab/trade_verbs.csv)
gives the flow, the words after "of" the goods, looked up as "<flow> of <goods>" in the
topics' terms; goods not in the terms ("of the 17-mineral group") are the story's last
subject of that flow by weight. Only an amount by weight (unit kg) is read so: a ship's
tonnage or a port's cargo has no verb of trade before it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from econstats.core.model import Figure
from econstats.reader.lexicon import alternation, key, load_vocab
from econstats.reader.ranked_goods import ranked_goods
from econstats.reader.terms import Subject, Term
from econstats.reader.trade_flows import with_traded_values

GOODS = re.compile(r"\s+of\s+(?:the\s+)?([A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*)?)")
BETWEEN = re.compile(r"[^.;:,()]{0,40}")  # verb to amount: no clause break ("a record high of")
_LOOKUP: list[tuple[Sequence[Term], dict[str, Term]]] = []


@cache
def verb_regex() -> tuple[re.Pattern[str], dict[str, str]]:
    rows = load_vocab("trade_verbs", ("phrase", "direction"))
    flows = {key(row["phrase"]): row["direction"] for row in rows}
    words = alternation(row["phrase"] for row in rows)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])", re.I), flows


def _terms_by_phrase(terms: Sequence[Term]) -> dict[str, Term]:
    """The literal trade volume terms by phrase, kept for the last terms (known by identity)."""
    if _LOOKUP and _LOOKUP[0][0] is terms:
        return _LOOKUP[0][1]
    found = {key(t.phrase): t for t in terms if "_volume" in t.indicator and "{" not in t.phrase}
    _LOOKUP[:] = [(terms, found)]
    return found


def with_traded_goods(
    text: str,
    offset: int,
    figures: Sequence[Figure],
    subjects: Sequence[Subject],
    terms: Sequence[Term],
    previous: Subject | None,
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) and a subject at each verb of
    trade that an amount by weight follows with no subject between them."""
    # goods by value sent to or received from a partner (trade_flows) first
    subjects = with_traded_values(text, offset, figures, subjects, terms, previous)
    subjects = ranked_goods(text, offset, subjects, previous)  # "X ranked first, Y (€36bn) second"
    weights = [f for f in figures if f.unit == "kg"]
    if not weights:
        return subjects
    pattern, flows = verb_regex()
    added: list[Subject] = []
    for verb in pattern.finditer(text):
        start, end = verb.start() + offset, verb.end() + offset
        figure = next((f for f in weights if f.start >= end), None)
        if figure is None or not BETWEEN.fullmatch(text[verb.end() : figure.start - offset]):
            continue
        if any(s.end > start and s.start < figure.start for s in subjects):
            continue  # a subject of its own: "exports of steel rose to 3 million tonnes"
        flow = flows[key(verb.group())]
        term = _goods_term(text[figure.end - offset :], flow, terms)
        if term is None and previous is not None:
            term = previous.term if previous.term.indicator.startswith(f"trade.{flow}_") else None
        if term is not None:
            added.append(Subject(start, end, term))
    return sorted([*subjects, *added], key=lambda s: s.start) if added else list(subjects)


def _goods_term(after: str, flow: str, terms: Sequence[Term]) -> Term | None:
    """The term of '<flow> of <goods>' for the goods named after an amount, or None."""
    goods = GOODS.match(after)
    if goods is None:
        return None
    by_phrase = _terms_by_phrase(terms)
    words = goods.group(1).split()
    for size in (2, 1):
        found = by_phrase.get(key(f"{flow} of {' '.join(words[:size])}"))
        if found is not None and len(words) >= size:
            return found
    return None
