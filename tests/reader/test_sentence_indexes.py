"""Issue 12 item 4: what each figure of a sentence looks up is indexed once per sentence, and
gives what the scan per figure it replaced gave (those scans made a long line quadratic).

Each test runs the index and the old scan (written out here as the reference) on sentences of
seeds/ (# seed) or written like them (# synthetic), long ones repeated from them, and compares
them for every figure: ClauseSubjects (subjects.subject_of), figure_periods.StatedPeriods (period_of),
cues.Statuses (status_at), context.Countries (country_in and place_of), measures.Bases
(percent_change) and entities.full_names (full_name). sentences.capped cuts a sentence of over
MAX_SENTENCE characters; no sentence of seeds/ is that long.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from econstats.core.model import Document
from econstats.dataset.document import all_terms
from econstats.reader import periods
from econstats.reader.clause_subjects import ClauseSubjects, clause_starts, is_broader
from econstats.reader.context import Countries, country_regex
from econstats.reader.cues import Statuses, statuses_in
from econstats.reader.entities import CAPITALISED, full_names, trim_stop
from econstats.reader.figure_periods import StatedPeriods, clause_of
from econstats.reader.figures import find_raw_figures
from econstats.reader.lexicon import key
from econstats.reader.measures import Bases
from econstats.reader.sentences import MAX_SENTENCE, capped, split_line, split_sentences
from econstats.reader.story import SentenceContext, resolve_mentions
from econstats.reader.subjects import find_subjects
from econstats.reader.terms import Subject, countries

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = date(2025, 11, 17)

SENTENCES = [
    # seed
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "(about 2.63 trillion U.S. dollars) in the first 10 months of 2025, the Ministry of Finance "
    "said Monday.",
    # seed
    "In the first 10 months, the central government's general public budget revenue stood at "
    "8.19 trillion yuan, down 0.8 percent, while local governments collected 10.46 trillion "
    "yuan, up 2.1 percent year on year.",
    # synthetic
    "Exports rose 3 percent in October, while imports fell 2 percent in September and are "
    "expected to rise 5 percent in December; tax revenue reached 3 trillion yuan in 2024, and "
    "fiscal revenue was up 4 percent compared with the same period in 2019.",
    # synthetic
    "Trade between China and the US grew 4 percent to 500 billion dollars in the first half, "
    "with exports to Japan up 3 percent, Germany's imports down 1 percent and Vietnam flat.",
    # synthetic: a long line of clauses, as the hostile file
    "revenue rose 1.2 percent to 3 billion yuan in 2024 and " * 40,
    # synthetic: a table flattened into one line
    "| Retail sales | 3.4% | 4.63 trillion yuan | Exports | 5% | in October 2025 " * 30,
]


def walk_subject_of(position: int, starts: list[int], subjects: list[Subject]) -> Subject | None:
    """The scan ClauseSubjects replaced: every clause back from the figure's, every subject."""
    clause = max(index for index, start in enumerate(starts) if start <= position)
    for index in range(clause, -1, -1):
        end = starts[index + 1] if index + 1 < len(starts) else float("inf")
        inside = [s for s in subjects if starts[index] <= s.start < end]
        if not inside:
            continue
        limit = float("inf") if index < clause else position
        current = None
        for subject in inside:
            if subject.start > limit:  # one that starts at the figure is its own (partitives)
                break
            if current is None or not is_broader(subject, current):
                current = subject
        return current or inside[0]
    return None


@pytest.mark.parametrize("text", SENTENCES, ids=lambda text: text[:40])
def test_clause_subjects_are_the_walk_over_clauses(text: str) -> None:
    offset = 100
    subjects = find_subjects(text, offset, all_terms())
    starts = clause_starts(text, offset)
    index = ClauseSubjects(starts, subjects)
    for position in range(offset, offset + len(text), 7):
        assert index.subject_of(position) == walk_subject_of(position, starts, subjects)


def scan_period_of(figure, context: SentenceContext, clause: tuple[int, float]) -> tuple | None:
    """The scan StatedPeriods.nearest replaced: every stated period for every figure."""
    stated = [(m, p, f"stated: {m.text!r}") for m, p in context.resolved]
    stated += [(m, None, note) for m, note in context.unresolved]
    stated.sort(key=lambda item: item[0].start)
    inside = [item for item in stated if clause[0] <= item[0].start < clause[1]]
    if not inside:
        return None
    return min(
        inside, key=lambda item: max(item[0].start - figure.end, figure.start - item[0].end, 0)
    )


class NoStory:
    """A story that states no year."""

    year = None
    year_anchored = False


@pytest.mark.parametrize("text", SENTENCES, ids=lambda text: text[:40])
@pytest.mark.parametrize("published", [PUBLISHED, None])
def test_stated_periods_give_the_nearest_period_of_the_clause(text: str, published) -> None:
    doc = Document("d", "d.txt", text, "0" * 64, published_date=published)
    context = resolve_mentions(periods.find_periods(text), NoStory(), doc, text)
    stated = StatedPeriods(context)
    starts = clause_starts(text, 0)
    for figure in find_raw_figures(text):
        clause = clause_of(figure.start, starts)
        assert stated.nearest(figure, clause) == scan_period_of(figure, context, clause)


def status_at(statuses: list[tuple[int, str]], position: int) -> str:
    """The lookup Statuses.at replaced (its list of ends built for each figure)."""
    index = bisect_right([end for end, _ in statuses], position)
    return statuses[index - 1][1] if index else "actual"


@pytest.mark.parametrize("text", SENTENCES, ids=lambda text: text[:40])
def test_statuses_are_the_nearest_phrase_before(text: str) -> None:
    found, listed = Statuses(text), statuses_in(text)
    for position in range(len(text)):
        assert found.at(position) == status_at(listed, position)


def scan_country_in(text: str, offset: int, spans: list[tuple[int, int]]) -> str | None:
    """The scan Countries replaced: every span tested for every country."""
    for match in country_regex().finditer(text):
        start, end = match.start() + offset, match.end() + offset
        if all(end <= low or start >= high for low, high in spans):
            return countries()[key(match.group())]
    return None


@pytest.mark.parametrize("text", SENTENCES, ids=lambda text: text[:40])
def test_countries_outside_figures_and_a_subject(text: str) -> None:
    offset = 50
    spans = [(f.start, f.end) for f in find_raw_figures(text, offset)]
    found = Countries(text, offset, spans)
    assert found.first() == scan_country_in(text, offset, spans)
    for subject in find_subjects(text, offset, all_terms()):
        outside = (subject.start, subject.end)
        expected = scan_country_in(text, offset, [*spans, outside])
        assert found.first(outside=outside) == expected


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("China and the US and Japan", [(0, 5), (3, 30)]),  # synthetic: overlapping spans
        ("the US, China", [(4, 6), (4, 6)]),
        ("Japan", []),
        ("no place here", [(0, 2)]),
    ],
)
def test_countries_with_any_spans(text: str, spans: list[tuple[int, int]]) -> None:
    assert Countries(text, 0, spans).first() == scan_country_in(text, 0, spans)


def scan_base(mentions, start: int, end: int):
    """The scan Bases replaced: every mention of the sentence for every figure."""
    return next((m for m in mentions if m.role == "base" and start <= m.start <= end), None)


@pytest.mark.parametrize("text", SENTENCES, ids=lambda text: text[:40])
def test_bases_are_the_first_base_after_a_figure(text: str) -> None:
    mentions = periods.find_periods(text, 10)
    bases = Bases(mentions)
    for start in range(10, 10 + len(text), 5):
        for length in (0, 20, 80, 400):
            assert bases.first_within(start, start + length) == scan_base(
                mentions, start, start + length
            )


def regex_full_name(short: str, text: str) -> str:
    """The search full_names replaced: one regex over the whole text for each short name, the
    short standing alone counting for itself (round 5: "Xiaomi" is not "Xiaomi Auto")."""
    tail = rf"{CAPITALISED}{{1,3}}(?![\w'’])"
    pattern = re.compile(rf"(?<![\w]){re.escape(short)}(?:{tail}|(?!\w))")
    names = Counter(trim_stop(match.group()) for match in pattern.finditer(text))
    if not names:
        return short
    return sorted(names.items(), key=lambda item: (-item[1], -len(item[0]), item[0]))[0][0]


FULL_NAME_TEXTS = [
    # synthetic, after the Kling AI seed story
    "Kuaishou's video generator Kling AI ... Kling AI met our needs ... Kling's revenue rose.",
    "Acme Corp. and Acme Inc. reported; Acme's revenue rose; Acme Corp. said; xAcme Big.",
    "Tencent Music Entertainment Group and Tencent Music, Tencent Holdings Ltd. and Tencent 12 "
    "Tencent's revenue; Tencent Music's users; Tencent Music Entertainment's",
    "BYD Auto BYD Auto BYD Co. Ltd. BYD Co. Ltd. BYD Auto BYD's sales; Li Auto, Li Auto Inc.",
    "A B C D E F A B C A B ... A's revenue, A B's revenue",
    "Kling AI" * 3 + " Kling-AI Kling AI's Kling AI’s Kling AI2 Kling AI 7 Kling AI 123",
]
SHORTS = ["Kling", "Kling AI", "Acme", "Tencent", "Tencent Music", "BYD", "Li", "A", "A B", "Z"]


@pytest.mark.parametrize("text", FULL_NAME_TEXTS, ids=lambda text: text[:40])
def test_full_names_are_the_regex_search_for_each_name(text: str) -> None:
    assert full_names(SHORTS, text) == {short: regex_full_name(short, text) for short in SHORTS}


def test_full_names_of_a_seed_document() -> None:
    text = (ROOT / "seeds" / "000_b10aee10baf3644e.txt").read_text(encoding="utf-8")
    shorts = ["Kling", "Kuaishou", "China", "Kling AI", "AI"]
    assert full_names(shorts, text) == {short: regex_full_name(short, text) for short in shorts}


def test_no_seed_sentence_is_cut() -> None:
    sentences = [
        s
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for s in split_sentences(path.read_text(encoding="utf-8"))
    ]
    assert sentences and max(len(s.text) for s in sentences) < MAX_SENTENCE


CUTS = [
    # (a line over MAX_SENTENCE characters, where its pieces are cut)
    (
        "revenue rose 1.2 percent to 3 billion yuan in 2024 and " * 40,  # the line
        "at a space",
    ),
    ("Exports rose 3 percent, while imports fell 2 percent; " * 40, "where a clause opens"),
    ("出口增长3%，进口下降2%，" * 150, "after a Chinese comma"),
    ("1" * 2500, "at the limit"),
]


@pytest.mark.parametrize(("line", "how"), CUTS, ids=[case[1] for case in CUTS])
def test_long_sentences_are_cut_into_pieces(line: str, how: str) -> None:
    pieces = list(split_line(line, 0, len(line)))
    assert len(pieces) > 1
    assert all(MAX_SENTENCE // 2 <= end - start <= MAX_SENTENCE for start, end in pieces[:-1])
    assert all(line[start:end] == line[start:end].strip() for start, end in pieces)
    joined = "".join(line[start:end] for start, end in pieces)
    assert joined.replace(" ", "") == line.replace(" ", "")  # nothing lost but spaces at cuts
    if how == "where a clause opens":
        assert all(line[start:].startswith((", while", "; ")) for start, _ in pieces[1:])
    if how == "at a space":
        assert all(line[start - 1] == " " for start, _ in pieces[1:])
    if how == "after a Chinese comma":
        assert all(line[start - 1] == "，" for start, _ in pieces[1:])


def test_a_short_sentence_is_one_piece() -> None:
    line = "  Retail sales rose 3.4 percent.  "
    assert list(capped(line, 0, len(line))) == [(2, 32)]
