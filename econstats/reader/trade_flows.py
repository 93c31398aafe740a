"""Goods traded by value, named by a verb and its partner, as statistics offices write them
("Germany dispatched goods to the value of €49.4bn to the member states of the EU, while it
received goods to the value of €46.2bn from those countries"; "Goods to the value of €30.0bn
were sent to the euro area countries, while goods received from those countries were worth
€31.5bn"): a verb of sending (to) is the exports to the partner, one of receiving (from) the
imports from it. Without them the figures had no subject, or the total's, and the repeats rule
dropped them. "Those countries" is the partner named last before it in the sentence, else the
previous sentence's ("Exports to the EU were up by 3.5%, and imports from those countries by
4.4%": the imports from the EU). Only goods ("goods", "merchandise") sent to or received from
a country or union of vocab/countries.csv are read ("shares sold to investors" has none);
"EU countries outside the euro area" is a part of the EU: its breakdown "outside the euro
area", another series than the exports to the whole EU."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from econstats.core.model import Figure
from econstats.reader.breakdowns import normal_breakdown
from econstats.reader.lexicon import key
from econstats.reader.terms import Subject, Term, countries

GATE = re.compile(r"goods|merchandise|th(?:ose|ese)\s+(?:countries|economies|nations)", re.I)
FLOWS = {"to": "exports", "from": "imports"}
SEND = "dispatched|sent|shipped|exported|delivered|sells|sold"
RECEIVE = "received|imported|bought|buys|purchased|brought\\s+in"
# the verb, its goods (before it: "goods received"; after: "dispatched goods to the value of
# €49.4bn"), then the partner after "to"/"from" with no clause break between
VERB = re.compile(rf"(?<![\w-])(?:(?P<send>{SEND})|(?P<receive>{RECEIVE}))(?![\w-])", re.I)
REACH = re.compile(r"[^;:!?]{0,80}")  # verb to its partner: no clause break (a sentence's text)
PREP = re.compile(r"\s(?P<prep>to|from)\s+(?P<partner>[\w.'’()-]+(?:\s+[\w.'’()-]+){0,6})", re.I)
# the goods before a passive verb ("Goods to the value of €30.0bn (+2.1%) were sent to"; "goods
# received from") or its object ("dispatched goods to the value of €49.4bn to")
GOODS_BEFORE = re.compile(
    r"\b(?:goods|merchandise)\b(?:(?!\bwhile\b|\bwhereas\b)[^;]){0,50}$", re.I
)
GOODS = re.compile(r"\b(?:goods|merchandise)\b", re.I)
ANAPHOR = re.compile(r"^(?:th(?:ose|ese)\s+(?:countries|economies|nations|markets)|them)\b", re.I)
# "from those countries" right after a trade subject ("imports from those countries by 4.4%")
AFTER_TERM = re.compile(
    r"\s+(?:to|from|with)\s+(?:th(?:ose|ese)\s+(?:countries|economies|nations|markets))\b", re.I
)
WHOLE_OF = re.compile(r"^(?:the\s+)?(?:member\s+states|countries|members)\s+of\s+", re.I)
WORD = re.compile(r"\S+")
RESULT = re.compile(r"(?:leaving|resulting\s+in)\s", re.I)  # the terms of a balance left by flows
PART = frozenset(["outside", "excluding", "except", "beyond", "besides"])
PART_ENDS = frozenset(["in", "on", "during", "for", "while", "and", "whereas", "compared", "from"])
_PHRASES = {
    "exports": "exports of goods to {partner}",
    "imports": "imports of goods from {partner}",
}
_LOOKUP: list[tuple[Sequence[Term], dict[str, Term]]] = []


def partner_code(phrase: str) -> tuple[str | None, str | None]:
    """The ISO code of the partner a phrase after "to"/"from" names (or None), and the part of
    it the phrase names, if any ("EU countries outside the euro area": the EU's, a breakdown).

    >>> partner_code("the member states of the European Union (EU), while")
    ('EU', None)
    >>> partner_code("the Euro Area countries in August 2015"), partner_code("China last year")
    (('EZ', None), ('CN', None))
    >>> partner_code("EU countries outside the Euro Area in 2015"), partner_code("investors")
    (('EU', 'outside the euro area'), (None, None))
    """
    return _partner(phrase)[:2]


def _partner(phrase: str) -> tuple[str | None, str | None, int]:
    """partner_code's code and part, and the length of the phrase's words that name them."""
    whole = WHOLE_OF.match(phrase)
    lead = whole.end() if whole else 0
    spans = [m.span() for m in WORD.finditer(phrase, lead)]
    words = [phrase[a:b] for a, b in spans]
    for size in range(min(len(words), 4), 0, -1):
        name = key(" ".join(words[:size]).rstrip(",.;"))
        bare = name.removeprefix("the ")
        code = countries().get(name) or countries().get(bare) or countries().get(f"the {bare}")
        if code is None:
            continue
        used = size + (words[size : size + 1] in (["countries"], ["members"], ["nations"]))
        rest = [w.lower() for w in words[used:]]
        if not rest or rest[0] not in PART:
            return code, None, spans[used - 1][1]
        part = []  # "outside the euro area": up to a period or clause word, or punctuation
        for word in rest[:5]:
            if word.strip(",;()") in PART_ENDS or part and word[:1] in "(":
                break
            part.append(word.strip(",;()"))
            if word[-1:] in ",;)":
                break
        return code, normal_breakdown(" ".join(part)), spans[used + len(part) - 1][1]
    return None, None, 0


def _flow_terms(terms: Sequence[Term]) -> dict[str, Term]:
    """The exports-to and imports-from partner terms of the trade terms (by identity)."""
    if _LOOKUP and _LOOKUP[0][0] is terms:
        return _LOOKUP[0][1]
    by_phrase = {key(t.phrase): t for t in terms}
    found = {f: by_phrase[key(p)] for f, p in _PHRASES.items() if key(p) in by_phrase}
    _LOOKUP[:] = [(terms, found)]
    return found


def with_traded_values(
    text: str,
    offset: int,
    figures: Sequence[Figure],
    subjects: Sequence[Subject],
    terms: Sequence[Term],
    previous: Subject | None,
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) with a subject at each verb
    sending goods to a partner or receiving them from one, and the partner of "those
    countries" after a trade subject."""
    if not any(f.unit_kind == "money" or f.unit_kind == "percent" for f in figures):
        return list(subjects)
    subjects = _with_flows_partner(subjects)
    if not GATE.search(text):
        return subjects
    flows = _flow_terms(terms)
    last = previous.partner if previous is not None else None
    named = [(s.end - offset, s.partner) for s in subjects if s.partner]
    added: list[Subject] = []
    for verb in VERB.finditer(text):
        flow = "exports" if verb.group("send") else "imports"
        reach = REACH.match(text, verb.end())
        if flow not in flows or reach is None:
            continue
        before = GOODS_BEFORE.search(text, max(0, verb.start() - 70), verb.start())
        code, part, at = None, None, verb.end()
        for prep in PREP.finditer(text, verb.end()):
            if prep.start() > reach.end():
                break
            if FLOWS[prep.group("prep").lower()] != flow:
                continue
            if not before and not GOODS.search(text, verb.end(), prep.start()):
                continue
            phrase = prep.group("partner")
            anaphor = ANAPHOR.match(phrase)
            if anaphor:
                earlier = [p for end, p in named if end <= verb.start()]
                code = earlier[-1] if earlier else last
                at = prep.start("partner") + anaphor.end()
            else:
                code, part, used = _partner(phrase)
                at = prep.start("partner") + used
            if code is not None:
                break
        if code is None:
            continue
        named.append((at, code))
        named.sort(key=lambda item: item[0])
        start = verb.start() + offset
        end = (verb.end("send") if verb.group("send") else verb.end("receive")) + offset
        if not any(end <= f.start < at + offset for f in figures):
            end = at + offset  # "sent to the euro area": the partner is the subject's, no place
        over = [i for i, s in enumerate(subjects) if s.end > start and s.start < end]
        if not over:
            added.append(Subject(start, end, flows[flow], partner=code, breakdown=part))
        for i in over:  # a term of its own ("dispatched goods"): the partner is its partner
            own = subjects[i]
            if own.term.topic == "trade" and own.partner is None and own.area != code:
                subjects[i] = replace(own, partner=code, breakdown=own.breakdown or part)
    out = [_with_anaphor(text, offset, s, named, last) for s in subjects]
    return sorted([*out, *added], key=lambda s: s.start)


def _with_anaphor(
    text: str, offset: int, subject: Subject, named: list[tuple[int, str | None]], last: str | None
) -> Subject:
    """A trade subject followed by "from those countries" with the partner named before it."""
    if subject.partner or subject.term.topic != "trade":
        return subject
    if not AFTER_TERM.match(text, subject.end - offset):
        return subject
    before = [p for end, p in named if end <= subject.start - offset]
    code = before[-1] if before else last
    return replace(subject, partner=code) if code and code != subject.area else subject


def _with_flows_partner(subjects: Sequence[Subject]) -> list[Subject]:
    """A balance the flows before it leave ("imports from China fell 5.7 percent to 1.74
    trillion yen, leaving a deficit of 838.53 billion yen") with the partner of the flow right
    before it, when that flow has one: the deficit with China, not the total's again. With no
    trade subject before it the words name no trade balance ("revenue rose, leaving a surplus").
    """
    out: list[Subject] = []
    for subject in subjects:
        if subject.partner or not RESULT.match(subject.term.phrase):
            out.append(subject)
            continue
        before = out[-1] if out else None
        if before is None or before.term.topic != "trade":
            continue  # "revenue rose 5%, leaving a surplus of": no flows, no trade balance
        if before.partner and before.partner != subject.area:
            subject = replace(subject, partner=before.partner)
        out.append(subject)
    return out
