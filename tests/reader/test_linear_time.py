"""Issue 6 item 4: arbitrary text never breaks extraction, and time grows linearly with length.

Three layers:
- properties (hypothesis, derandomized): any text -> extract_document returns, within a
  budget per character;
- the issue's own adversarial inputs at their full size, each within a fixed CPU budget;
- scaling: for each hostile shape, the CPU time of 4n characters over that of n stays under
  8 (linear gives 4, quadratic 16: a growth exponent under 1.5, as time(2n)/time(n) < 2.8),
  n doubled until a run is long enough to measure.
Shapes once quadratic name the pattern or loop that was fixed, and stay as tests.
Times are CPU seconds of this process (time.process_time), so a busy machine does not fail
a test; each test takes a few seconds at most.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from econstats.core.model import Document
from econstats.dataset.document import extract_document

FACTOR, MAX_RATIO = 4, 8.0  # time(4n) / time(n): 4 for linear work, 16 for quadratic
MEASURABLE = 0.02  # CPU seconds: n is doubled until a run takes this long ...
MAX_CHARS = 4_000_000  # ... or reaches this size
PUBLISHED = date(2025, 11, 17)


def cpu_seconds(text: str, runs: int = 2) -> float:
    """CPU seconds of extracting `text` as one document (the best of `runs`)."""
    doc = Document("d", "d.txt", text, "0" * 64, published_date=PUBLISHED)
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        extract_document(doc)
        best = min(best, time.process_time() - start)
    return best


def growth(make: Callable[[int], str], n: int = 500, runs: int = 2) -> str | None:
    """None when make(FACTOR * n) takes under MAX_RATIO times make(n), else what it took;
    n is first doubled until make(n) is measurable."""
    elapsed = cpu_seconds(make(n), runs=1)
    while elapsed < MEASURABLE and n < MAX_CHARS:
        n *= 2
        elapsed = cpu_seconds(make(n), runs=1)
    once, more = cpu_seconds(make(n), runs), cpu_seconds(make(FACTOR * n), runs)
    if more < MAX_RATIO * once:
        return None
    return f"n={n}: {once:.3f}s, {FACTOR}n: {more:.3f}s ({more / once:.1f} times)"


@pytest.fixture(scope="module", autouse=True)
def warm() -> None:
    """Compile every pattern and load every vocabulary before anything is timed."""
    extract_document(Document("w", "w.txt", "Retail sales rose 3 percent in 2024.", "0" * 64))


# -- properties: arbitrary text

TOKENS = [
    *("1", "0", "12", "3.5", "1,234", "18.65", "2025", "2019", "10"),
    *(".", ",", " ", "  ", "\n", "\t", "\u00a0", "\u3000", "\r", "(", ")", "（", "）"),
    *("%", "$", "US$", "HK$", "RMB", "¥", "€", "yuan", "dollars", "percent", "per cent"),
    *("trillion", "billion", "million", "亿", "万", "元", "亿元", "万亿", "同比", "增长", "下降"),
    *("前", "个月", "年", "月", "季度", "同期", "截至", "末", "国庆", "假期", "期间", "，", "。"),
    *("rose", "fell", "up", "down", "to", "nearly", "about", "over", "year on year", "or"),
    *("the first", "months", "of", "in", "October", "Q3", "H1", "first half", "last year"),
    *("China", "U.S.", "Canada", "'s", "’s", "revenue", "fiscal revenue", "tax revenue"),
    *("retail sales", "exports", "imports", "trips", "Kling AI", "Inc.", "and", "equivalent to"),
    *("compared with the same period", "expected", "aims", "National Bureau of Statistics"),
    *("accounted for", "percentage points", "平方米", "TEU", "-", "—", "~", "/", "'", '"', "“"),
    *("!", "?", ":", "A", "B", "x", "é", "\ufeff", "\u2028", "Golden Week", "Spring Festival"),
]
NEWSLIKE = st.lists(st.sampled_from(TOKENS) | st.text(max_size=3), max_size=300).map("".join)
PROPERTY = settings(
    max_examples=300,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# typical: 15-50 µs a character; the bound catches a blow-up, not a slow spell of the machine
# (0.25 s once failed on this VM, whose speed varies by a fifth from run to run)
BASE_SECONDS, PER_CHAR_SECONDS = 1.0, 0.5e-3


@PROPERTY
@given(text=NEWSLIKE, published=st.sampled_from([None, PUBLISHED]))
def test_newslike_text_never_raises_and_time_per_character_is_bounded(text, published) -> None:
    doc = Document("d", "d.txt", text, "0" * 64, published_date=published)
    start = time.process_time()
    result = extract_document(doc)
    elapsed = time.process_time() - start
    assert elapsed < BASE_SECONDS + PER_CHAR_SECONDS * len(text), (elapsed, len(text))
    for row in result["rows"]:
        assert text[row["char_start"] : row["char_end"]] == row["value_text"]


@PROPERTY
@given(text=st.text(max_size=500))
def test_any_unicode_text_never_raises(text) -> None:
    start = time.process_time()
    extract_document(Document("d", "d.txt", text, "0" * 64, published_date=PUBLISHED))
    assert time.process_time() - start < BASE_SECONDS + PER_CHAR_SECONDS * len(text)


# -- the adversarial inputs at full size: (case, text, CPU-second budget)

PROSE = "the quick brown fox jumps over the lazy dog while cats sleep; "
NUMBERS = "Officials said 7 foxes jumped over 12 lazy dogs in 2025, and nobody minded it. "
FULL_SIZE = [
    ("100,000 digits", "1" * 100_000, 5.0),
    ("50,000 commas", "," * 50_000, 5.0),
    ("25,000 thousands groups", "1" + ",000" * 25_000, 5.0),
    ("1.1.1.1... runs", "1." * 50_000, 5.0),
    ("a million repeated percent", "percent " * 1_000_000, 5.0),
    ("a 20 MB single line", (PROSE * (20_000_000 // len(PROSE) + 1))[:20_000_000], 5.0),
    ("a 1 MB line with numbers", (NUMBERS * (1_000_000 // len(NUMBERS) + 1))[:1_000_000], 5.0),
]


@pytest.mark.parametrize(
    ("text", "budget"), [case[1:] for case in FULL_SIZE], ids=[case[0] for case in FULL_SIZE]
)
def test_adversarial_input_at_full_size_within_budget(text: str, budget: float) -> None:
    start = time.process_time()
    extract_document(Document("d", "d.txt", text, "0" * 64, published_date=PUBLISHED))
    assert time.process_time() - start < budget


# -- scaling: (case, text of about n characters)

LINEAR: list[tuple[str, Callable[[int], str]]] = [
    ("digits", lambda n: "1" * n),
    ("commas", lambda n: "," * n),
    ("thousands groups", lambda n: "1" + ",000" * (n // 4)),
    ("dotted numbers", lambda n: "1." * (n // 2)),
    ("percent", lambda n: "percent " * (n // 8)),
    ("figures of percent", lambda n: "1 percent " * (n // 10)),
    ("dollar signs", lambda n: "$" * n),
    ("亿", lambda n: "亿" * n),
    ("亿元 figures", lambda n: "增长3亿元，" * (n // 6)),
    ("spaces", lambda n: "Retail sales " + " " * n + "rose."),
    ("capitalised words", lambda n: "Aaa " * (n // 4)),
    ("capital letters", lambda n: "A" * n),
    ("opening brackets", lambda n: "(" * n),
    ("brackets and figures", lambda n: "(1 yuan " * (n // 8)),
    ("years", lambda n: "in 2025 " * (n // 8)),
    ("Chinese periods", lambda n: "前10个月" * (n // 5)),
    ("quarter codes", lambda n: "Q1-" * (n // 3)),
    ("keyword prose", lambda n: ("China's retail sales in the first 10 months of 2025, " * n)[:n]),
    ("sentences without figures", lambda n: "Sales were strong. " * (n // 19)),
    ("dot-space runs", lambda n: ". " * (n // 2)),
    # a table's header of periods, then a long line of words (a row's label and its cells)
    (
        "a table header then a long line",
        lambda n: "2024  2025\nRetail sales " + "ab " * (n // 3),
    ),
    ("a run of digits and blanks", lambda n: "1 " * (n // 2)),
]


@pytest.mark.parametrize("make", [case[1] for case in LINEAR], ids=[case[0] for case in LINEAR])
def test_time_grows_linearly(make: Callable[[int], str]) -> None:
    assert growth(make) is None


# Shapes that were quadratic (bugs caught by this file, issue 6), now linear: (case, a size
# where the quadratic part dominated, text of about n characters, the cause and its fix).
FORMERLY_QUADRATIC = [
    (
        "run of full stops",
        1000,
        lambda n: "." * n,
        "sentences.SENTENCE_END `[.!?]+ [quotes]* (?=\\s+...)` restarts inside a run of stops: "
        "add (?<![.!?]) and make it [.!?]++",
    ),
    (
        "long token before a sentence end",
        2000,
        lambda n: "x" * n + " end. Next one.",
        "sentences.LAST_TOKEN `(\\S+)$` searched over the span tries every start in the token: "
        "walk back from the sentence end to the previous space instead",
    ),
    (
        "abbreviations",
        2000,
        lambda n: "U.S. " * (n // 5),
        "sentences.split_line searches LAST_TOKEN from the last cut, which an abbreviation does "
        "not move, so each 'U.S.' rescans the line: look back from the match only",
    ),
    (
        "spaces after a percent figure",
        500,
        lambda n: "Retail sales 5 percent" + " " * n + "x.",
        "cues.after_change_regex `\\s*-?\\s*(?:growth|...)` tried with .match splits the space "
        "run in every way: `\\s*+-?\\s*+`",
    ),
    (
        "spaces between change figures",
        4000,
        lambda n: "Retail sales rose 5 percent" + " " * n + "x 3 percent.",
        "measures.JOINER `[\\s,]*(?:and|or|as\\s+well\\s+as)?[\\s,]*` fullmatch splits the run: "
        "`[\\s,]*+(?:(?:and|or|as\\s+well\\s+as)[\\s,]*+)?`",
    ),
    (
        "spaces between currencies",
        500,
        lambda n: "Retail sales rose to 5 yuan" + " " * n + "x $3.",
        "measures.RESTATEMENT `\\s* (?: [(] | ,?\\s* or | ...) \\s*$` fullmatch: two adjacent "
        "\\s* split the run; make each \\s* possessive (\\s*+)",
    ),
    (
        "long capitalised word",
        1000,
        lambda n: "A" * n + " x's revenue rose 5 percent.",
        "subjects.ENTITY `[A-Z][\\w&.-]*(?:[ ][A-Z][\\w&.-]*){0,3}` starts at every capital of a "
        "word: add (?<![\\w&.-]) before it and make the runs possessive ([\\w&.-]*+)",
    ),
    (
        "many figures in one sentence",
        250,
        lambda n: "Retail sales rose " + "$1" * (n // 2) + " end.",
        "parse.claim_figures scans the sentence again for every figure (cues.status_before on "
        "its prefix, place_of -> context.country_in): find status phrases and countries once "
        "per sentence",
    ),
    (
        "many sentences with a figure and no place",
        2000,
        lambda n: "Retail sales rose 5 percent.\n" * (n // 29),
        "parse.claim_figures calls context.document_area(doc.text) for every figure without a "
        "place, reading the whole document each time: compute it once per document",
    ),
]


@pytest.mark.parametrize(
    ("n", "make"),
    [case[1:3] for case in FORMERLY_QUADRATIC],
    ids=[case[0] for case in FORMERLY_QUADRATIC],
)
def test_formerly_quadratic_shapes(n: int, make: Callable[[int], str]) -> None:
    assert growth(make, n, runs=3) is None


# -- issue 12 item 4: time doubles with the text, for the shapes of hostile documents.
# The issue measures 2 MB against 4 MB; that takes minutes at best of 3, so the test doubles
# 128 KB to 256 KB (the same ratio; the full 20 MB line is timed once in the commit message).
# Each shape once held a mechanism whose work per figure grew with its line, sentence or story.

DOUBLING_CHARS, MAX_DOUBLING_RATIO = 128_000, 2.5  # time(2n) / time(n): 2 for linear work


def repeated(unit: str, n: int, head: str = "", tail: str = "") -> str:
    """`head`, then `unit` repeated to n characters, then `tail`."""
    return head + (unit * (n // len(unit) + 1))[:n] + tail


CLAUSE = "revenue rose 1.2 percent to 3 billion yuan in 2024 and "
HOSTILE_SHAPES: list[tuple[str, Callable[[int], str], str]] = [
    (
        "a line of figures without full stops (the issue's)",
        lambda n: repeated(CLAUSE, n),
        "measures.percent_change looked at every period of the sentence for each figure",
    ),
    (
        "a line of subjects and figures without full stops",
        lambda n: repeated("Retail sales rose 3.4% to 4.63 trillion yuan, exports 5 percent, ", n),
        "subjects.subject_of walked every subject of the clause for each figure",
    ),
    (
        "a line of months: a row for each figure",
        lambda n: repeated(
            "China's retail sales rose 3.4 percent in January 2024, 2.1 percent in "
            "March 2025 and 5 percent in the first half of 2023 as expected with a "
            "total of 300 million yuan in the US, ",
            n,
        ),
        "parse.period_of, cues.status_at and context.country_in scanned the sentence's "
        "periods, statuses and figures for each figure",
    ),
    (
        "a line of sentences",
        lambda n: repeated(
            "China's retail sales rose 3.4 percent to 4.63 trillion yuan in October 2025. ", n
        ),
        "",
    ),
    (
        "many short lines",
        lambda n: repeated("Retail sales in China rose 3.4 percent in 2024.\n", n),
        "",
    ),
    (
        "a table of pipes",
        lambda n: repeated(
            "| Retail sales | 3.4% | 4.63 trillion yuan |\n", n, "Retail sales, October 2025\n"
        ),
        "",
    ),
    (
        "a table of tabs",
        lambda n: repeated("Retail sales\t3.4%\t4.63 trillion yuan\n", n, "China, October 2025\n"),
        "",
    ),
    (
        "a table flattened into one line",
        lambda n: repeated("| Retail sales | 3.4% | 4.63 trillion yuan ", n, "October 2025 "),
        "",
    ),
    (
        "a story of lines without figures, then one figure",
        lambda n: repeated(
            "The forum in Beijing discussed cooperation in the first half of 2024.\n",
            n,
            "China news\n",
            "Retail sales rose 3.4 percent.\n",
        ),
        "",
    ),
    (
        "a company named in every sentence",
        lambda n: repeated("Kling AI's revenue rose 5 percent to 3 billion yuan in 2024. ", n),
        "extract.candidates called entities.full_name for each claim: a scan of the document",
    ),
]


def best_of_alternating(small: str, large: str, runs: int = 5) -> tuple[float, float]:
    """CPU seconds of extracting each text as one document, the fastest of `runs`, the two
    measured in turn (a slow spell of a shared machine then slows both, not one: best of 3 of
    each in a row failed once in CI at 2.56x on a shape that measures 1.8-2.2x)."""
    once, twice = [], []
    for _ in range(runs):
        once.append(cpu_seconds(small, runs=1))
        twice.append(cpu_seconds(large, runs=1))
    return min(once), min(twice)


@pytest.mark.parametrize(
    "make", [case[1] for case in HOSTILE_SHAPES], ids=[case[0] for case in HOSTILE_SHAPES]
)
def test_time_doubles_with_the_text(make: Callable[[int], str]) -> None:
    once, twice = best_of_alternating(make(DOUBLING_CHARS), make(2 * DOUBLING_CHARS))
    assert twice < MAX_DOUBLING_RATIO * once, f"{once:.2f}s -> {twice:.2f}s ({twice / once:.2f}x)"
