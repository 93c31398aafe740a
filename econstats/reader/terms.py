"""The records of subject phrases and how a phrase is compiled: a Term (one phrase of a topic's
terms file), a Subject (a term found in a sentence, with what its placeholders captured),
term_pattern, and the names a placeholder may capture (clean_entity, countries).

The steps that find subjects (econstats.reader.subjects and the modules it calls) share these;
they live apart so that those modules need not import subjects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from econstats.reader.breakdowns import breakdown_regex
from econstats.reader.lexicon import alternation, either_apostrophe, key, load_vocab
from econstats.reader.money import to_currency
from econstats.reader.possessives import inner_possessive

ENTITY = (
    r"(?-i:(?<![\w&.-])(?P<entity>[A-Z][\w&.-]*+(?:[ ][A-Z][\w&.-]*+){0,3}(?:[ ]\d{1,2}(?!\d))?))"
)
PLACEHOLDER = re.compile(r"\{(entity|area|partner|breakdown)\}")
WORD_END = "(?![A-Za-z0-9])"  # how lexicon.phrase_pattern ends a phrase of Latin letters
FOOTNOTE = r"(?:(?:i{1,3}|iv|vi{0,3})(?=\s))?"  # a footnote mark: "Vehicle marginii was"
ACRONYM = re.compile(r"[A-Za-z]{2,5}")  # "roe", "eps", "gmv": one short word
MEMBERS = r"(?:the\s+\d+-(?:member|nation|country)\s+)?"  # "the 27-member European Union"


@dataclass(frozen=True)
class Term:
    """One subject phrase of a topic's terms file."""

    phrase: str
    topic: str
    indicator: str
    measures: frozenset[str]
    pattern: re.Pattern[str] | None
    sign: int = 1  # -1: the phrase names the negative of the indicator ("net loss", "deficit")
    context: str = ""  # where it holds: "entity", "title", "index" (find_subjects)
    breakdown: str | None = None  # a fixed category within the indicator (terms file column)


@dataclass(frozen=True)
class Subject:
    """A term found in a sentence, with what its placeholders captured."""

    start: int
    end: int
    term: Term
    entity: str | None = None
    area: str | None = None
    partner: str | None = None
    breakdown: str | None = None  # what {breakdown} captured, normalised


@cache
def entity_stopwords() -> frozenset[str]:
    """Capitalised words that start a sentence but no name (vocab/entity_stopwords.csv)."""
    return frozenset(row["word"] for row in load_vocab("entity_stopwords", ("word",)))


def clean_entity(name: str | None) -> str | None:
    """The name without leading sentence words; None when nothing is left, it is a country or
    an amount ("net profit of RMB 4.13 billion": no company "RMB 4").

    >>> clean_entity("In Tencent"), clean_entity("China"), clean_entity("The"), clean_entity(None)
    ('Tencent', None, None, None)
    >>> clean_entity("RMB 4"), clean_entity("US$ 3"), clean_entity("HK$")
    (None, None, None)
    """
    words = (name or "").split()
    while words and words[0] in entity_stopwords():
        words.pop(0)
    cleaned = " ".join(words)
    if not cleaned or key(cleaned) in countries() or to_currency(words[0]):
        return None
    return cleaned


@cache
def countries() -> dict[str, str]:
    """key(country phrase) -> ISO 3166-1 alpha-2."""
    return {key(r["phrase"]): r["iso2"] for r in load_vocab("countries", ("phrase", "iso2"))}


@cache
def regions() -> dict[str, str]:
    """key(world region or group phrase) -> its breakdown name (vocab/regions.csv): a trade
    partner that is no country ("exports to Africa", "imports from ASEAN")."""
    return {
        key(r["phrase"]): r["breakdown"] for r in load_vocab("regions", ("phrase", "breakdown"))
    }


def term_pattern(phrase: str) -> re.Pattern[str]:
    """Compile a term phrase, placeholders included."""
    parts = PLACEHOLDER.split(phrase)
    regex = ""
    for index, part in enumerate(parts):
        if index % 2 == 0:
            lead = r"\s+" if part[:1].isspace() else ""
            tail = r"\s+" if part[-1:].isspace() else ""
            literal = inner_possessive(part, initial=index == 0) if part.strip() else ""
            regex += lead + literal + tail if part.strip() else re.escape(part)
        elif part == "entity":
            regex += ENTITY
        elif part == "breakdown":
            regex += breakdown_regex(index == len(parts) - 2 and not parts[-1].strip())
        elif part == "partner":  # a country, or a world region or group: "exports to Africa"
            regex += MEMBERS + f"(?P<partner>{alternation([*countries(), *regions()])})"
        else:
            regex += f"(?P<{part}>{alternation(countries())})"
    # a press release's footnote mark glued to its last word ("Vehicle marginii was 14.7%")
    if regex.endswith(WORD_END):
        # an acronym may be glued to its figure in Chinese text ("ROE15.60%", "EPS3.44元")
        glued = r"|(?=\d)" if ACRONYM.fullmatch(phrase) else ""
        regex = regex[: -len(WORD_END)] + f"(?:{FOOTNOTE}{WORD_END}{glued})"
    # no (?i:...) around the whole: phrase_pattern makes each lower-case part case-free, and
    # the country alternation its phrases; around it, compiling the alternation's lookarounds
    # case-insensitively took 17 ms a placeholder (issue 7: 0.3 s of every process's start-up)
    return re.compile(either_apostrophe(regex))
