"""A sentence that opens with an anaphor ("The figure fell 16 percent") takes the subject of
the sentence right before it (vocab/anaphors.csv)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from econstats.reader.lexicon import alternation, load_vocab
from econstats.reader.terms import PLACEHOLDER, Subject, Term
from econstats.reader.written_subject import subject_verb_regex
from econstats.reader.zero_anaphora import elided_subject


@cache
def anaphor_regex() -> re.Pattern[str]:
    """A phrase that opens a sentence, or follows its opening adverbial and a comma, and stands
    for the subject of the sentence before ("The figure fell 16 percent", "According to the
    bureau, the increase was 5.9 percent"; vocab/anaphors.csv)."""
    phrases = [row["phrase"] for row in load_vocab("anaphors", ("phrase",))]
    phrases += [row["phrase"] for row in load_vocab("partitives", ("phrase",))]  # "Of these,"
    # "The figure for exports ..." names its own subject
    # a quoted sentence opens with its quote mark ('"That was a 7.2 percent increase," she said')
    opening = rf"(?:^[\s\"“‘'•*]*+|,\s+|，|^{REPORTING})"  # "Data showed that the amount rose"
    return re.compile(opening + "(" + alternation(phrases) + r")(?!\s+(?:for|of|on)\b)")


def labelled(text: str) -> bool:
    """True when a sentence is a data release's bullet that opens with a label of its readings
    ("• expected +5.2%, prior +7.4%", release_bullet): it goes on about the subject of the line
    before, though that line is a heading of its own ("Retail sales y/y +5.5%, a beat"), so
    parse.py keeps that subject across the new story.

    >>> labelled("  • expected +5.2%, prior +7.4%"), labelled("Expected growth is 5%.")
    (True, False)
    """
    return release_bullet().match(text) is not None


def anaphor_subject(
    text: str, offset: int, first_figure: int, subjects: Sequence[Subject], previous: Subject | None
) -> Subject | None:
    """The subject of the sentence before, standing at an anaphor of this one ("The figure fell
    16 percent in 2024": the figure of the previous sentence), or None.

    Only where the sentence names no subject before its first figure (at document offset
    `first_figure`): "The figure for exports fell 3%" names its own. `previous` is the subject
    of the last figure claimed in the sentence right before this one (in the same story).

    >>> term = Term("fiscal revenue", "fiscal", "fiscal.revenue", frozenset(), None)
    >>> before = Subject(0, 14, term)
    >>> anaphor_subject("The figure fell 16 percent.", 100, 116, [], before).start
    100
    >>> anaphor_subject("The team won 16 medals.", 100, 113, [], before) is None
    True
    """
    if previous is None or any(subject.start < first_figure for subject in subjects):
        return None
    match = anaphor_regex().search(text, 0, first_figure - offset)
    if match is None:
        match = head_anaphor(text, first_figure - offset, previous)
    if match is None:  # "二季度增长7.9%": a Chinese sentence that leaves its subject out
        match = elided_subject(text, first_figure - offset)
    if match is None:  # "• expected +5.0%, prior +6.8%" under "Industrial Production +7.0%"
        match = release_bullet().fullmatch(text, 0, first_figure - offset)
    if match is None:
        return None
    return replace(previous, start=match.start(1) + offset, end=match.end(1) + offset)


@cache
def release_bullet() -> re.Pattern[str]:
    """A bullet of a data release that opens with a label of its readings ("• expected +5.0%,
    prior +6.8%", "- consensus: 5.2%"): the readings of the subject of the line before
    (vocab/release_labels.csv). Only after a bullet mark: a sentence that opens with
    "Expected" may name its own subject after the figure. Group 1 is the label."""
    labels = alternation([row["phrase"] for row in load_vocab("release_labels", ("phrase",))])
    return re.compile(rf"\s*+[•·▪◦‣*-][ \t]*+((?i:{labels}))(?![\w-])\.?[ \t]*+:?[ \t]*+[+-]?")


@cache
def anaphor_words() -> dict[str, frozenset[str]]:
    """kind (head, pronoun, modifier) -> words (vocab/anaphor_heads.csv)."""
    kinds: dict[str, set[str]] = {}
    for row in load_vocab("anaphor_heads", ("word", "kind")):
        kinds.setdefault(row["kind"], set()).add(row["word"].lower())
    return {kind: frozenset(words) for kind, words in kinds.items()}


# a reporting clause before the subject it reports on: "Data posted on the central bank's website
# show the holdings ...", "The ministry said that the total ..." (a pronoun after it is the
# reporter's: "The bank said it earned", head_anaphor)
REPORTING = (
    r"[^,.;:\d\"“”]{0,60}?\b(?:show|shows|showed|shown|said|says|indicated|revealed|reported)"
    r"\s+(?:that\s+)?"
)
REPORTED = re.compile(REPORTING, re.IGNORECASE)
# the words a sentence opens with before its subject: "In 2023 it", "For January to July, the
# same units", "In September alone, sales", a reporting clause (after a bullet mark: a release's
# "- Net debt stood at" under "- Public sector net debt ... was")
OPENER = (
    rf"[\s\"“‘'•▪*-]*(?:{REPORTING}|[^,，\d]{{0,40}}\d*[^,，\d]{{0,20}}(?:,\s+|，)"
    r"|(?:in|for|during|over|across|by)\s+(?:\S+\s+){1,3}?)?"
)


@cache
def determiner() -> str:
    """A determiner, or a month's or a period's possessive ("June's figure", "last year's
    total"; month names of vocab/months.csv): never a name's ("Apple's shipments" are Apple's)."""
    rows = load_vocab("months", ("name", "language", "form"))
    months = [row["name"] for row in rows if row["language"] == "en" and row["form"] == "name"]
    periods = alternation([*months, "year", "month", "quarter", "week"])
    return f"(?:(?:the|its|this|that|these|those)\\s+|(?:last\\s+|this\\s+)?{periods}['’]s\\s+)"


AFTER_HEAD = r"(?:\s+(?:also|further|alone|then|again|still|only|[a-z]+ly))?\s+"
HEAD_STOPS = frozenset("of above below by in from at with to for on between excluding".split())


def head_word(term: Term) -> str | None:
    """The noun a term's phrase is about: its last word before a preposition ("units above
    designated size": units; "current account surplus": surplus); None for a Chinese phrase.

    >>> head_word(Term("retail sales of goods", "retail", "retail.sales.goods", frozenset(), None))
    'sales'
    """
    words = []
    for word in PLACEHOLDER.sub(" ", term.phrase).split():
        if word.lower() in HEAD_STOPS:
            break
        words.append(word.lower())
    last = words[-1] if words else ""
    return last if last.isascii() and last.isalpha() and len(last) > 2 else None


def short_forms(term: Term) -> tuple[str, ...]:
    """The shorter ends of a term's phrase up to its head, two or three words, that a release
    writes for it in the next sentence ("Net debt stood at" after "public sector net debt"); a
    short form that is a term of its own is found as the sentence's own subject first.

    >>> short_forms(Term("public sector net debt", "fiscal", "fiscal.debt", frozenset(), None))
    ('net debt', 'sector net debt')
    """
    words = []
    for word in PLACEHOLDER.sub(" ", term.phrase).split():
        if word.lower() in HEAD_STOPS:
            break
        words.append(word.lower())
    if not all(word.isascii() and word.isalpha() for word in words):
        return ()
    return tuple(" ".join(words[-size:]) for size in (2, 3) if size < len(words))


@cache
def head_regex(own: str | None, tails: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The opening phrase that stands for a subject whose head word is `own` (head_anaphor),
    or for its phrase's shorter ends `tails` (short_forms)."""
    words = anaphor_words()
    # the own head's other words ("Arrivals over the first five months reached" after imports)
    # its number aside: "The revenue for September 2020" after "the GST revenues"
    other = (own[:-1] if own.endswith("s") else own + "s") if own else None
    same = {own, other, *words.get(f"same:{own}", ()), *tails} if own else set()
    heads = set(words.get("head", ())) | same
    modifiers = alternation(words.get("modifier", ())) + r"|(?-i:[A-Z][a-z]+)|\d{4}"
    noun = (
        f"(?:{determiner()}(?:(?:{modifiers})\\s+){{0,2}}(?:{alternation(heads)})"
        + (f"|{alternation(same)}" if own else "")
        + f"|{alternation(words.get('pronoun', ()))})"
    )
    # "The figure for exports" names its own subject; "That volume for the world's top buyer" a
    # holder of it, no subject
    holder = r"\s+for\s+(?:the\s+)?(?:world|country|nation|[A-Z][a-z]+)['’]s\b"
    # "The revenue for September 2020 had grown 4%": a period, no subject of its own
    months = [
        r["name"] for r in load_vocab("months", ("name", "language")) if r["language"] == "en"
    ]
    holder += rf"|\s+for\s+(?:the\s+month\s+of\s+)?(?:{alternation(months)})\b|\s+for\s+\d{{4}}\b"
    return re.compile(f"(?i:{OPENER})((?i:{noun}))(?![\\w-])(?!(?!{holder})\\s+(?:for|of|on)\\b)")


def head_anaphor(text: str, end: int, previous: Subject) -> re.Match[str] | None:
    """A sentence subject that stands for the subject of the sentence before, up to index
    `end` of `text` (its first figure): "it" ("In 2023 it surged further to $240.1 billion"),
    a determiner with a head noun ("the September figure", "the cumulative surplus" after a
    current account surplus) or that subject's own head word bare ("sales came to 3.68 trillion
    yuan" after retail sales). The phrase opens the sentence, or follows its opening adverbial,
    and a verb of a figure follows it ("surged", "was", "came to"): group 1 is the phrase."""
    words = anaphor_words()
    match = head_regex(head_word(previous.term), short_forms(previous.term)).match(text, 0, end)
    # "It rose 16 percent" may be a company or a country: a pronoun only after an opening
    # adverbial ("In 2023 it surged"), where it continues the story's subject
    opens = match is not None and not text[: match.start(1)].strip(" \"“‘'•▪*-")
    opens = opens or (match is not None and REPORTED.fullmatch(text, 0, match.start(1)) is not None)
    if match is None or (opens and match.group(1).lower() in words.get("pronoun", ())):
        return None
    verb = re.compile(f"(?i:{AFTER_HEAD})").match(text, match.end(1), end)
    at = verb.end() if verb else match.end(1)
    if verb and subject_verb_regex().match(text, at, end):
        return match
    # a holder or a period between the head and its verb: "That volume for the world's top
    # soybean buyer was up", "Arrivals over the first five months of the year reached"
    return match if verb and held_verb_regex().match(text, at, end) else None


@cache
def held_verb_regex() -> re.Pattern[str]:
    """A verb of a figure after a few words of a holder or a period (head_anaphor)."""
    lead = (
        r"(?i:(?:for|over|in|during)\s+(?:(?:[^\s,.;:()\d]+|\d{4})\s+){1,7}?)"  # "September 2020"
    )
    return re.compile(lead + "(?:" + subject_verb_regex().pattern + ")")


def continues(text: str, previous: Subject | None) -> Subject | None:
    """`previous`, where a sentence that claims no figure names its head word: "The surplus
    streak now stands at 29 consecutive months" after a current account surplus goes on about
    it, so "the cumulative surplus" after it is that surplus again; else None.

    >>> term = Term("current account surplus", "trade", "trade.current_account", frozenset(), None)
    >>> continues("The surplus streak is 29 months long.", Subject(0, 9, term)).start
    0
    >>> continues("The team won 16 medals.", Subject(0, 9, term)) is None
    True
    """
    head = head_word(previous.term) if previous is not None else None
    if head is None or not re.search(rf"(?i)\b{re.escape(head)}\b", text):
        return None
    return previous
