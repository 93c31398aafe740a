"""Siblings listed without the head noun the sentence named before, in a "respectively" list:
"Health care prices gained 2.6 percent ..., and housing as well as transport and communication
saw rises of 2.4 percent and 1.6 percent, respectively" (the prices of housing, and of transport
and communication). Each listed item that with the head of an earlier subject of the sentence
("prices") makes a term's phrase of the same topic ("transport and communication prices",
vocab/sibling_names.csv: "housing") names that term, so the respectively rule pairs the items with the figures;
before, both figures took the earlier subject and the repeats rule dropped them. The items are
those between the figure before the list of figures and its first figure, joined by a comma,
"and" or "as well as"; only a list of as many items as figures, each one a term."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from econstats.core.model import Figure
from econstats.reader.lexicon import key, load_vocab
from econstats.reader.terms import Subject, Term
from econstats.reader.unit_terms import _SIBLINGS

RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
FIGURE_JOIN = re.compile(r"\s*+(?:,\s*+)?(?:and\s+|,\s*+)")  # "2.4 percent and 1.6 percent"
LEAD = re.compile(r"[\s,;]*+(?:(?:and|while|whereas|but)\s++)?")
JOIN = re.compile(r"\s*+,?\s*+(?:and|as\s+well\s+as)\s++|\s*+,\s*+")
WORD_END = re.compile(r"[A-Za-z](?![A-Za-z-])")
HEADS = ("prices",)  # the head nouns listed siblings leave out
MAX_ITEMS = 4


def list_siblings(
    text: str,
    offset: int,
    subjects: list[Subject],
    figures: Sequence[Figure],
) -> list[Subject]:
    """`subjects` of the sentence `text` (at document `offset`) with a subject for each sibling
    listed before a respectively list of `figures` (module)."""
    markers = [m.start() + offset for m in RESPECTIVELY.finditer(text)] if subjects else []
    found = list(subjects)
    for marker in markers:
        run = figure_run(text, offset, figures, marker)
        if len(run) < 2 or len(run) > MAX_ITEMS:
            continue
        first = figures.index(run[0])
        low = figures[first - 1].end if first else 0
        heads = [s for s in found if s.end <= run[0].start and head_of(s.term.phrase)]
        if not heads or heads[-1].end > low and first:
            continue
        parent = heads[-1]
        low = max(low, parent.end)
        if any(low <= s.start < run[0].start for s in found):
            continue  # the list names its own subjects
        start = LEAD.match(text, low - offset).end()
        items = items_from(text, start, run[0].start - offset, len(run), parent)
        found.extend(Subject(a + offset, b + offset, term) for a, b, term in items)
    return sorted(found, key=lambda s: s.start)


def figure_run(text: str, offset: int, figures: Sequence[Figure], marker: int) -> list[Figure]:
    """The figures joined as a list right before the word "respectively" at `marker`."""
    before = [f for f in figures if f.end <= marker]
    if not before or text[before[-1].end - offset : marker - offset].strip(" ,") != "":
        return []
    run = [before[-1]]
    for figure in reversed(before[:-1]):
        gap = text[figure.end - offset : run[0].start - offset]
        if not FIGURE_JOIN.fullmatch(gap):
            break
        run.insert(0, figure)
    return run


def head_of(phrase: str) -> str | None:
    """The head noun of a term's phrase that siblings leave out ("health care prices": prices)."""
    words = phrase.lower().split()
    return next((h for h in HEADS if words and (words[-1] == h or words[0] == h)), None)


def items_from(
    text: str,
    start: int,
    end: int,
    count: int,
    parent: Subject,
) -> list[tuple[int, int, Term]]:
    """`count` items from text[start:end], joined one to the next, each a sibling term."""
    if count == 0:
        return []
    head = head_of(parent.term.phrase)
    for word in WORD_END.finditer(text, start, end):
        item = text[start : word.end()]
        term = sibling(item, head or "", parent.term.topic)
        if term is None:
            continue
        if count == 1:
            return [(start, word.end(), term)]
        joined = JOIN.match(text, word.end(), end)
        if joined is None:
            continue
        rest = items_from(text, joined.end(), end, count - 1, parent)
        if rest:
            return [(start, word.end(), term), *rest]
    return []


def sibling(item: str, head: str, topic: str) -> Term | None:
    """The term an item names with the head ("transport and communication" + "prices"), or the
    sibling name of vocab/sibling_names.csv ("housing")."""
    terms = topic_terms()
    for phrase in (f"{item} {head}", f"{head} for {item}", f"{head} of {item}"):
        found = terms.get((topic, key(phrase)))
        if found:
            return found
    code = sibling_names().get((key(item), head))
    return by_indicator().get((topic, code)) if code else None


_INDEX: list[tuple[int, dict, dict]] = []  # (registry size, (topic, key) -> term, by indicator)


def topic_terms() -> dict[tuple[str, str], Term]:
    """(topic, key(phrase)) -> the first term of the phrase, of every terms file loaded."""
    return _index()[0]


def by_indicator() -> dict[tuple[str, str], Term]:
    """(topic, indicator) -> a term of that indicator."""
    return _index()[1]


def _index() -> tuple[dict, dict]:
    """The terms registered so far (econstats.reader.unit_terms), indexed once per registry size."""
    if not _INDEX or _INDEX[0][0] != len(_SIBLINGS):
        phrases = {(t, key(p)): terms[0] for (t, p), terms in _SIBLINGS.items() if terms}
        codes: dict[tuple[str, str], Term] = {}
        for term in phrases.values():
            codes.setdefault((term.topic, term.indicator), term)
        _INDEX[:] = [(len(_SIBLINGS), phrases, codes)]
    return _INDEX[0][1], _INDEX[0][2]


@cache
def sibling_names() -> dict[tuple[str, str], str]:
    """(key(phrase), head) -> indicator, of vocab/sibling_names.csv."""
    rows = load_vocab("sibling_names", ("phrase", "head", "indicator"))
    return {(key(row["phrase"]), row["head"]): row["indicator"] for row in rows}
