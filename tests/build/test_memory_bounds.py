"""Memory stays bounded whatever the input (issue 12, item 7): a build of a 20 MB web page, or
of a catalog of a million lines, peaks under 500 MB, and what no report may hold whole (a
page too large for trafilatura's tree, a million catalog problems) is counted, not listed.

Each build runs in a child process whose own peak RSS (and its workers') it prints: the test
process's peak says nothing of one build.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from econstats.build import report as report_module
from econstats.build.run import build
from econstats.corpus import catalog as catalog_module
from econstats.corpus import documents, html
from econstats.corpus.documents import MAX_TEXT_CHARS, document_of
from econstats.corpus.html import MAX_PAGE_CHARS

PEAK_MB = 500
EN = (
    "China's fiscal revenue increased by 0.8 percent year on year to 18.65 trillion yuan in 2024.\n"
)
# The child's own peak is VmHWM: its ru_maxrss (RUSAGE_SELF) keeps the peak of the process that
# started it across exec (after the whole test suite, pytest's own 585 MB), while the children
# it forks start afresh, so RUSAGE_CHILDREN is theirs.
MEASURE = """
import re, resource, sys
from pathlib import Path
from econstats.cli.main import main
code = main(["build", "--corpus", sys.argv[1], "--out", sys.argv[2], "--jobs", "1", "--quiet"])
own = int(re.search(r"VmHWM:\\s*(\\d+) kB", Path("/proc/self/status").read_text()).group(1))
peak = max(own, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
print(code, peak // 1024)
"""


def build_peak(corpus: Path, out: Path) -> tuple[int, int]:
    """(exit code, peak RSS in MB) of `econstats build --jobs 1` in a child process."""
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(corpus), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    code, peak = done.stdout.split()[-2:]  # after what the build printed
    return int(code), int(peak)


def web_page(size: int) -> str:
    """A news page of about `size` characters: its article, then comments and related links."""
    head = f"<html><head><title>Revenue</title></head><body><article><p>{EN}</p></article>"
    item = (
        '<div class="comment"><a href="/u/1">reader</a><p>Interesting figures, thanks.</p></div>\n'
    )
    return head + item * ((size - len(head)) // len(item)) + "</body></html>"


def catalog_lines(count: int) -> str:
    """A catalog of `count` rows, every doc_id but the first naming no file (one problem each)."""
    rows = "".join(f"d{i:07d},https://x.example/{i},T,P,2025-11-17,en\n" for i in range(count))
    return "doc_id,url,title,publisher,published_date,language\n" + rows


def test_a_20_mb_web_page_is_skipped_within_the_memory_bound(tmp_path: Path) -> None:
    """The largest page read (MAX_PAGE_CHARS) and a 20 MB one, skipped: under PEAK_MB."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    page = web_page(20_000_000)
    (corpus / "big.html").write_text(page, encoding="utf-8")
    (corpus / "bound.html").write_text(web_page(MAX_PAGE_CHARS), encoding="utf-8")
    (corpus / "good.txt").write_text(EN, encoding="utf-8")
    code, peak = build_peak(corpus, tmp_path / "data" / "build")
    report = json.loads((tmp_path / "data" / "build" / "report.json").read_text(encoding="utf-8"))
    assert code == 0 and peak < PEAK_MB, peak
    [skipped] = report["skipped"]
    assert skipped["reason"] == "too-large-for-html"
    assert skipped["note"] == f"{len(page)} characters, over max_page_chars={MAX_PAGE_CHARS}"
    assert [doc["doc_id"] for doc in report["documents"]] == ["bound", "good"]
    assert report["documents"][0]["rows"] == 2


# (case, characters of the page past the bound, reason) for a bound of BOUND characters
BOUND = 50_000
PAGES = [("small", -BOUND + 2_000, None), ("at the bound", 0, None), ("past it", 1, "too-large")]


@pytest.mark.parametrize(
    ("past", "reason"), [case[1:] for case in PAGES], ids=[case[0] for case in PAGES]
)
def test_a_page_is_read_up_to_the_bound(monkeypatch: pytest.MonkeyPatch, past, reason) -> None:
    monkeypatch.setattr(html, "MAX_PAGE_CHARS", BOUND)
    page = web_page(BOUND + min(past, 0))
    page += " " * (BOUND + past - len(page))
    found = document_of("c/page.html", "page", page.encode(), None)
    if reason is None:
        assert found.text.startswith("Revenue\n") and EN.strip() in found.text
    else:
        assert (found.path, found.reason) == ("c/page.html", "too-large-for-html")
        assert found.note == f"{len(page)} characters, over max_page_chars={BOUND}"


def test_a_catalog_of_a_million_lines_within_the_memory_bound(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "d0000000.txt").write_text(EN, encoding="utf-8")
    (corpus / "catalog.csv").write_text(catalog_lines(1_000_000), encoding="utf-8")
    code, peak = build_peak(corpus, tmp_path / "data" / "build")
    report = json.loads((tmp_path / "data" / "build" / "report.json").read_text(encoding="utf-8"))
    assert code == 0 and peak < PEAK_MB, peak
    problems = report["catalog"]["problems"]
    assert len(problems) == catalog_module.MAX_PROBLEMS
    assert (
        problems[0] == "catalog.csv line 3: unknown doc_id d0000001: no document file of that name"
    )
    assert report["catalog"]["problems_unlisted"] == 999_999 - catalog_module.MAX_PROBLEMS
    assert report["documents"][0]["published_date"] == "2025-11-17"


CLAUSES = (
    "Retail sales rose 3.4 percent year on year to 4.63 trillion yuan in the first 10 months. "
    "Exports grew 5 percent in October 2025, while imports fell 1.2 percent. "
)


def test_a_20_mb_line_is_skipped_within_the_memory_bound(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    line = CLAUSES * (20_000_000 // len(CLAUSES))
    (corpus / "line.txt").write_text(line, encoding="utf-8")
    (corpus / "good.txt").write_text(EN, encoding="utf-8")
    code, peak = build_peak(corpus, tmp_path / "data" / "build")
    report = json.loads((tmp_path / "data" / "build" / "report.json").read_text(encoding="utf-8"))
    assert code == 0 and peak < PEAK_MB, peak
    [skipped] = report["skipped"]
    assert skipped["reason"] == "too-large"
    assert (
        skipped["note"] == f"{len(line)} characters of text, over max_text_chars={MAX_TEXT_CHARS}"
    )
    assert [doc["doc_id"] for doc in report["documents"]] == ["good"]


# (case, characters past a bound of TEXT_BOUND, reason)
TEXTS = [("at the bound", 0, None), ("past it", 1, "too-large")]
TEXT_BOUND = 5_000


@pytest.mark.parametrize(
    ("past", "reason"), [case[1:] for case in TEXTS], ids=[case[0] for case in TEXTS]
)
def test_a_text_is_read_up_to_the_bound(monkeypatch: pytest.MonkeyPatch, past, reason) -> None:
    monkeypatch.setattr(documents, "MAX_TEXT_CHARS", TEXT_BOUND)
    text = EN + " " * (TEXT_BOUND + past - len(EN))
    found = document_of("c/text.txt", "text", text.encode(), None)
    if reason is None:
        assert found.text == text
    else:
        assert (found.path, found.reason) == ("c/text.txt", "too-large")
        assert found.note == f"{len(text)} characters of text, over max_text_chars={TEXT_BOUND}"


# (case, sentences in the document, items listed per document)
CAPS = [("under the cap", 3, 10), ("at the cap", 6, 10), ("over it", 20, 10), ("none listed", 4, 0)]
# (the other document repeats its two figures twice: 4 repeats)


@pytest.mark.parametrize(
    ("clauses", "cap"), [case[1:] for case in CAPS], ids=[case[0] for case in CAPS]
)
def test_a_document_lists_at_most_its_share_of_items(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clauses: int, cap: int
) -> None:
    """Each repeated sentence repeats its two figures; past the cap they are counted, not
    listed."""
    monkeypatch.setattr(report_module, "MAX_DOCUMENT_ITEMS", cap)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "many.txt").write_text(EN * clauses, encoding="utf-8")
    (corpus / "other.txt").write_text(EN * 3, encoding="utf-8")
    built = build(corpus, tmp_path / "data" / "build")
    written = json.loads((tmp_path / "data" / "build" / "report.json").read_text(encoding="utf-8"))
    for report in (built, written):
        many, other = report["documents"]
        repeats = 2 * (clauses - 1)  # two figures a sentence
        assert many["repeats"] == repeats  # the count is every repeat's
        listed = [item for item in report["repeats"] if item["doc_id"] == "many"]
        assert len(listed) == min(repeats, cap)
        assert many.get("unlisted", {}) == ({"repeats": repeats - cap} if repeats > cap else {})
        assert len([item for item in report["repeats"] if item["doc_id"] == "other"]) == min(4, cap)
        assert ("unlisted" in other) == (cap < 4)
