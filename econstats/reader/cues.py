"""Words around a figure that say what it is: qualifier, change and its sign, level or share
cue, comparison (year on year ...) and status (expected, target). All phrases are vocabulary."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from econstats.reader.earlier_levels import RECOVERED_TO
from econstats.reader.lexicon import alternation, key, load_vocab, lookup
from econstats.reader.prefilter import may_match, text_of
from econstats.reader.revisions import particle_up, percent_over
from econstats.reader.status_asides import with_aside_ends


@dataclass(frozen=True)
class Cue:
    """A cue phrase found in the text: role is change | level | share."""

    start: int
    end: int
    role: str
    sign: int = 0
    adjacent: bool = False  # counts only right before the figure ("增5.3%", not "减收 ... 5.3%")


def last_match(regex: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The last non-overlapping match of the regex in the text, or None."""
    found = None
    for match in regex.finditer(text):
        found = match
    return found


@cache
def qualifier_table() -> dict[str, dict[str, str]]:
    """key(phrase) -> qualifier row."""
    return lookup(load_vocab("qualifiers", ("phrase", "qualifier", "in_value_text")), "phrase")


@cache
def qualifier_regex() -> re.Pattern[str]:
    """A qualifier phrase that ends right before a figure."""
    return re.compile(rf"(?P<phrase>{alternation(qualifier_table())})[ \u00a0]*+$")


def find_qualifier(before: str) -> tuple[str, int] | None:
    """(qualifier, length to include in the figure's span; 0 when outside it) or None.

    >>> find_qualifier("revenue exceeded "), find_qualifier("will exceed "), find_qualifier("rose ")
    (('at_least', 9), ('at_least', 0), None)
    """
    match = qualifier_regex().search(before[-60:])
    if not match or particle_up(before[-60:], match) or percent_over(before[-60:], match):
        return None
    row = qualifier_table()[key(match.group("phrase"))]
    included = len(match.group()) if row["in_value_text"] == "yes" else 0
    return row["qualifier"], included


@cache
def cue_table() -> dict[str, Cue]:
    """key(phrase) -> role and sign, for the cues written before a figure."""
    table = {}
    for row in load_vocab("changes", ("phrase", "sign", "position")):
        if row["position"] in ("before", "adjacent"):
            adjacent = row["position"] == "adjacent"
            table.setdefault(key(row["phrase"]), Cue(0, 0, "change", int(row["sign"]), adjacent))
    for row in load_vocab("cues", ("phrase", "role")):
        table.setdefault(key(row["phrase"]), Cue(0, 0, row["role"]))
    for row in load_vocab("adjacent_cues", ("phrase", "role")):  # "由4.45%上修至7.37%"
        table.setdefault(key(row["phrase"]), Cue(0, 0, row["role"], 0, True))
    return table


@cache
def cue_regex() -> re.Pattern[str]:
    """Any cue written before a figure."""
    return re.compile(alternation(cue_table()))


def last_cue(gap: str) -> Cue | None:
    """The cue nearest the figure (the last in the text before it), or None.

    >>> last_cue("retail sales rose by ").sign, last_cue(" year-on-year to ").role
    (1, 'level')
    >>> last_cue("non-tax revenue decreased by ").sign, last_cue("the proportion of trips will ").role
    (-1, 'share')
    >>> last_cue("an increase of ").sign, last_cue("Sales of cars ") is None
    (1, True)

    A cue of one Chinese character ("增", "减", "升") counts only right before the figure:
    inside a word further back (减收, 提升) it says nothing about the figure.

    >>> last_cue("GDP增").sign, last_cue("翘尾减收等影响;出口退税") is None
    (1, True)
    """
    found = None
    for match in cue_regex().finditer(gap):
        cue = cue_table()[key(match.group())]
        if not cue.adjacent or not gap[match.end() :].strip():
            found = Cue(match.start(), match.end(), cue.role, cue.sign)
    return found


def has_share_cue(gap: str) -> bool:
    """True when a share phrase stands anywhere before the figure.

    >>> has_share_cue("The proportion of self-driving trips was "), has_share_cue("Sales were ")
    (True, False)
    """
    return any(cue_table()[key(m.group())].role == "share" for m in cue_regex().finditer(gap))


@cache
def after_sign_table() -> dict[str, int]:
    """key(phrase) -> sign, for the change nouns written after a figure."""
    rows = load_vocab("changes", ("phrase", "sign", "position"))
    return {key(r["phrase"]): int(r["sign"]) for r in rows if r["position"] == "after"}


@cache
def after_change_regex() -> re.Pattern[str]:
    """A change noun right after a percent figure ("the 2.4 percent growth"), or after the basis
    of the change ("a 4.3 per cent year-on-year drop", "a 9.2% y/y decline")."""
    basis = (
        r"(?:(?:year|month|quarter)[-\s]++(?:on|over)[-\s]++(?:year|month|quarter)|[ymq]/[ymq]|yoy)"
    )
    noun = alternation(after_sign_table())
    return re.compile(rf"\s*+-?\s*+(?:{basis}\s++)?(?P<noun>{noun})", re.IGNORECASE)


def sign_after(after: str) -> int:
    """+1 / -1 when a change noun follows the figure, else 0.

    >>> sign_after(" growth seen in"), sign_after(" decline"), sign_after(" of the total")
    (1, -1, 0)
    >>> sign_after(" year-on-year drop in March"), sign_after(" y/y decline")
    (-1, -1)
    """
    match = after_change_regex().match(after)
    if not match:
        return 0
    return after_sign_table()[key(match.group("noun"))]


@cache
def rate_table() -> dict[str, tuple[str, int]]:
    """key(phrase) -> (reading, sign) of the nouns that make a percent level a rate."""
    rows = load_vocab("rates", ("phrase", "reading", "sign"))
    return {key(row["phrase"]): (row["reading"], int(row["sign"])) for row in rows}


@cache
def rate_regex() -> re.Pattern[str]:
    """Any rate noun (growth, growth rate, share, margin, 增速, 比重 ...)."""
    return re.compile(alternation(rate_table()))


SHARE_AFTER = re.compile(r"\s*+(?:of(?![A-Za-z])|的)", re.IGNORECASE)  # "87.2% of GDP", "73%的营收"
BEATS_AFTER = re.compile(  # "3.1% above the forecast": a distance from a benchmark, no rate
    r"\s*+(?:above|below|ahead\s++of|short\s++of|higher|lower|more|less)(?![A-Za-z])|\s*+[高低]于|\s*+[高低]於",
    re.IGNORECASE,
)
PACE_AFTER = re.compile(r"\s*+(?:annual\s++)?(?:pace|rate)(?![A-Za-z])", re.IGNORECASE)


def rate_reading(before: str, after: str) -> tuple[str, int]:
    """("growth" | "share" | "", sign) for a percent figure written as a level: what the words
    around it make of it. A share noun in the gap wins over a growth noun ("the contribution of
    consumption to growth was 52%"); "of" right after the figure makes a share of a whole.

    >>> rate_reading("fiscal revenue growth slowed to ", " in 2019")
    ('growth', 1)
    >>> rate_reading("public sector net debt stood at ", " of GDP"), rate_reading("跌幅为", "")
    (('share', 0), ('growth', -1))
    >>> rate_reading("retail sales were ", " in May"), rate_reading("growth was fast, ", " above")
    (('', 0), ('', 0))
    """
    if BEATS_AFTER.match(after):
        return "", 0
    if SHARE_AFTER.match(after) or RECOVERED_TO.search(before):  # "恢复至2019年同期的107.7%"
        return "share", 0
    found = [rate_table()[key(match.group())] for match in rate_regex().finditer(before)]
    if any(reading == "share" for reading, _ in found):
        return "share", 0
    if found:
        return found[-1]
    if PACE_AFTER.match(after):
        return "growth", 1
    return "", 0


@cache
def comparison_table() -> dict[str, str]:
    """key(phrase) -> measure code (yoy_pct, mom_pct, qoq_pct)."""
    rows = load_vocab("comparisons", ("phrase", "measure"))
    return {key(row["phrase"]): row["measure"] for row in rows}


@cache
def comparison_regex() -> re.Pattern[str]:
    """Any comparison phrase."""
    return re.compile(alternation(comparison_table()))


def find_comparison(text: str) -> tuple[str, int, int] | None:
    """(measure, start, end) of the first comparison phrase in the text.

    >>> find_comparison(" year-on-year in the first eight months")
    ('yoy_pct', 1, 13)
    >>> find_comparison(" month on month"), find_comparison(" in October") is None
    (('mom_pct', 1, 15), True)
    """
    match = comparison_regex().search(text)
    if not match:
        return None
    return comparison_table()[key(match.group())], match.start(), match.end()


@cache
def status_regex() -> re.Pattern[str]:
    """Any status phrase (expected, projected, aims ...)."""
    return re.compile(alternation(status_table()))


@cache
def status_table() -> dict[str, str]:
    """key(phrase) -> forecast | target."""
    return {key(r["phrase"]): r["status"] for r in load_vocab("statuses", ("phrase", "status"))}


def statuses_in(text: str) -> list[tuple[int, str]]:
    """(end offset, status) of every status phrase of a sentence, in order: read once."""
    if not may_match(status_regex(), text_of(text)):  # prefilter (issue 7): no status word
        return []
    return [(m.end(), status_table()[key(m.group())]) for m in status_regex().finditer(text)]


class Statuses:
    """The status phrases of a sentence, read once, for each of its figures to look up by
    position (issue 12: a list of ends built for each figure made a long sentence quadratic).

    >>> found = Statuses("Sales rose 3% and are expected to rise 5%")
    >>> found.at(11), found.at(39)
    ('actual', 'forecast')
    """

    def __init__(self, text: str) -> None:
        found = with_aside_ends(text, statuses_in(text))  # "(expected 5.0%), sales +5.5%"
        self.text = text
        self.ends = [end for end, _ in found]
        self.names = [name for _, name in found]

    def at(self, position: int) -> str:
        """The status of a figure at `position` (an index into the sentence)."""
        index = bisect_right(self.ends, position)
        return self.names[index - 1] if index else "actual"

    def of_figure(self, start: int, end: int, clause_start: int, limit: int) -> str:
        """The status of the figure at [start, end) (indexes into the sentence) whose clause
        begins at `clause_start`; `limit` is where its clause or the next figure begins.

        A status phrase before the figure governs it; a figure that opens its clause as the
        subject of a verb after it ("4.4 trillion yuan of special bonds will be issued", "a
        total of 1.3 trillion yuan ... is planned") takes the status of that verb, when it
        stands before the limit with no comma between. A figure after its clause's own verb
        ("rose 5%, and is expected to grow 4%") takes nothing from a later phrase.

        >>> found = Statuses("A total of 1.3 trillion yuan of bonds will be issued.")
        >>> found.of_figure(11, 28, 0, 53)
        'target'
        >>> found = Statuses("Exports rose 5% and are expected to grow 4% next year.")
        >>> found.of_figure(13, 15, 0, 41), found.of_figure(41, 43, 0, 55)
        ('actual', 'forecast')
        """
        status = self.at(start)
        if status != "actual":
            return status
        index = bisect_right(self.ends, end)
        if index == len(self.ends) or self.ends[index] > limit:
            return status  # no status phrase after it (looked up first: the clause scan below
            # made a long clause of figures quadratic)
        gap = self.text[clause_start:start]
        cue = last_cue(gap)
        if cue is not None and gap[: cue.start].strip(" ,;:•*-–—\t"):
            return status  # the figure follows its clause's verb: the object, not the subject
        phrase = status_regex().search(self.text, end, self.ends[index])
        if phrase is None or "," in self.text[end : phrase.start()]:
            return status
        if not key(phrase.group()).startswith(FOLLOWING_STATUS_HEADS):
            return status
        return self.names[index]


# the status phrases that govern a figure written before them: a verb of the clause the figure
# is the subject of ("... will be issued", "... is expected to", "... are projected")
FOLLOWING_STATUS_HEADS = ("will", "would", "is ", "are ", "将", "预计", "預計")
