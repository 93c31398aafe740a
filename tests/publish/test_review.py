"""econstats review (issue 14 point 4): one HTML page marking every figure of a build where it
stands, published, repeat, rejected or unclaimed; document text shown as text, never markup."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from econstats.build.run import build
from econstats.cli.main import main
from econstats.publish.review import review

# synthetic: a figure with no period (rejected), one published, and markup a page must not run
HOSTILE = (
    "<script>alert('pwned')</script> Budget news </script><b>bold</b> @@ROWS@@ &amp;\n"
    "Tax revenue totaled 15.34 trillion yuan.\n"
    "China's fiscal revenue increased by 0.8 percent year on year to nearly 18.65 trillion yuan "
    "in the first 10 months of 2025.\n"
    "The exhibition showcases more than 100 artworks.\n"
)
CATALOG = "doc_id,url,title,publisher,published_date,language\nhostile,,,,2025-11-17,en\n"


class Page(HTMLParser):
    """What a test looks at in a page: its marks, table rows, scripts and the figures' JSON."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.marks: list[dict[str, str]] = []
        self.rows: list[dict[str, str]] = []
        self.scripts: list[dict[str, str]] = []
        self.bold = 0
        self.figures: dict = {}
        self.in_figures = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = {name: value or "" for name, value in attrs}
        if tag == "mark":
            self.marks.append(found)
        elif tag == "tr" and "data-kind" in found:
            self.rows.append(found)
        elif tag == "script":
            self.scripts.append(found)
            self.in_figures = found.get("id") == "figures"
        elif tag == "b":
            self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        self.in_figures = False

    def handle_data(self, data: str) -> None:
        if self.in_figures:
            self.figures = json.loads(data)


def items_by_kind(page: Page) -> Counter:
    """Figures by kind, as the page's JSON holds them."""
    return Counter(item["kind"] for items in page.figures.values() for item in items)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory) -> Path:
    """A build of one hostile document (its corpus beside it, named `news`)."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "news").mkdir()
    (root / "news" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    (root / "news" / "catalog.csv").write_text(CATALOG, encoding="utf-8")
    build(root / "news", root / "build")
    return root / "build"


def test_seeds_page_marks_every_figure_of_the_build(seed_build, tmp_path):
    _, out = seed_build
    page = Page(review(out, tmp_path / "review.html").read_text(encoding="utf-8"))
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    expected = {
        "published": sum(report["counts"].values()),  # 35 rows in 2.7.0
        "repeat": len(report["repeats"]),
        "rejected": len(report["rejections"]),
        "unclaimed": len(report["unclaimed"]),
    }
    assert dict(items_by_kind(page)) == {kind: n for kind, n in expected.items() if n}
    assert Counter(row["data-kind"] for row in page.rows) == Counter(expected)
    assert len(page.marks) == len(page.figures) > 0
    assert [mark["id"] for mark in page.marks] == [f"m{n}" for n in range(1, len(page.marks) + 1)]
    assert "(not placed)" not in (tmp_path / "review.html").read_text(encoding="utf-8")


def test_a_published_mark_carries_its_row(seed_build, tmp_path):
    _, out = seed_build
    page = Page(review(out, tmp_path / "review.html").read_text(encoding="utf-8"))
    levels = [
        items
        for items in page.figures.values()
        if items[0]["kind"] == "published" and items[0]["text"] == "nearly 18.65 trillion yuan"
    ]
    assert len(levels) == 1
    row = levels[0][0]
    assert (row["indicator"], row["value"], row["unit"], row["qualifier"]) == (
        "fiscal.revenue",
        "18,650,000,000,000",
        "CNY",
        "at_most",
    )
    assert (row["topic"], row["status"], row["period"][:7]) == ("fiscal", "actual", "2025-01")


def test_document_text_is_shown_as_text_never_run(hostile_build, tmp_path):
    html = review(hostile_build, tmp_path / "review.html").read_text(encoding="utf-8")
    page = Page(html)
    assert "&lt;script&gt;alert(&#x27;pwned&#x27;)&lt;/script&gt;" in html
    assert [script.get("type") for script in page.scripts] == ["application/json", None]
    assert html.count("</script>") == 2 and page.bold == 0  # only the page's own
    assert "@@ROWS@@ &amp;amp;" in html  # a slot's name in a document is not filled in
    assert dict(items_by_kind(page)) == {"published": 2, "rejected": 1}
    rejected = [row for row in page.rows if row["data-kind"] == "rejected"]
    assert len(rejected) == 1 and 'title="rejected: reason period-unresolved' in html


def test_review_command_writes_into_the_build_and_the_next_build_replaces_it(
    hostile_build, tmp_path, capsys
):
    copy = tmp_path / "build"
    shutil.copytree(hostile_build, copy)
    assert main(["review", str(copy)]) == 0
    assert capsys.readouterr().out.startswith(f"wrote {copy / 'review.html'}")
    assert main(["review", str(copy)]) == 0  # its own page: replaced
    build(hostile_build.parent / "news", copy)  # a reviewed build is a build's folder
    assert not (copy / "review.html").exists()


def test_a_file_review_did_not_write_is_kept(hostile_build, tmp_path, capsys):
    notes = tmp_path / "notes.html"
    notes.write_text("<p>my notes</p>", encoding="utf-8")
    assert main(["review", str(hostile_build), "--out", str(notes)]) == 3
    assert "not an econstats review page" in capsys.readouterr().err
    assert notes.read_text(encoding="utf-8") == "<p>my notes</p>"


def test_the_documents_are_read_from_the_corpus_given(hostile_build, tmp_path):
    copy = tmp_path / "build"
    shutil.copytree(hostile_build, copy)
    report = json.loads((copy / "report.json").read_text(encoding="utf-8"))
    report["corpus"] = str(tmp_path / "moved")  # the corpus is no longer where it was
    (copy / "report.json").write_text(json.dumps(report), encoding="utf-8")
    lost = review(copy, tmp_path / "lost.html").read_text(encoding="utf-8")
    assert "cannot read" in lost and Page(lost).marks == []
    found = review(copy, tmp_path / "found.html", hostile_build.parent / "news")
    assert len(Page(found.read_text(encoding="utf-8")).marks) == 3


def test_a_document_changed_since_the_build_is_not_marked(hostile_build, tmp_path):
    corpus = tmp_path / "news"
    shutil.copytree(hostile_build.parent / "news", corpus)
    (corpus / "hostile.txt").write_text("Edited. " + HOSTILE, encoding="utf-8")
    html = review(hostile_build, tmp_path / "review.html", corpus).read_text(encoding="utf-8")
    assert "changed since the build" in html and Page(html).marks == []
    assert html.count("(not placed)") == 3  # still listed in the table


def test_a_folder_without_a_report_is_named(tmp_path, capsys):
    assert main(["review", str(tmp_path)]) == 2
    assert f"{tmp_path / 'report.json'}: no build report here" in capsys.readouterr().err


def test_a_repeat_links_to_the_figure_kept(seed_build, tmp_path):
    _, out = seed_build
    page = Page(review(out, tmp_path / "review.html").read_text(encoding="utf-8"))
    repeats = [
        item for items in page.figures.values() for item in items if item["kind"] == "repeat"
    ]
    assert [item["text"] for item in repeats] == ["0.8 pct", "0.8 pct"]  # 001_40eeacbf8687f7d6
    for item in repeats:
        kept = page.figures[item["kept"]]
        assert [(k["kind"], k["text"]) for k in kept] == [("published", "0.8 percent")]


def test_doc_shows_only_the_documents_named(seed_build, tmp_path, capsys):
    _, out = seed_build
    page = tmp_path / "one.html"
    assert main(["review", str(out), "--out", str(page), "--doc", "001_40eeacbf8687f7d6"]) == 0
    html = page.read_text(encoding="utf-8")
    assert html.count('<section class="doc"') == 1 and "001_40eeacbf8687f7d6" in html
    assert {row["data-kind"] for row in Page(html).rows} == {"published", "repeat", "unclaimed"}
    assert main(["review", str(out), "--out", str(page), "--doc", "nope"]) == 2
    assert "no document nope in this build" in capsys.readouterr().err


def test_a_web_pages_text_is_read_from_the_build(hostile_build, tmp_path):
    copy = tmp_path / "build"
    shutil.copytree(hostile_build, copy)
    (copy / "texts").mkdir()  # as a build keeps the main content of a saved web page
    (copy / "texts" / "hostile.txt").write_text(HOSTILE, encoding="utf-8")
    html = review(copy, tmp_path / "review.html", tmp_path / "nowhere").read_text(encoding="utf-8")
    assert len(Page(html).marks) == 3 and "cannot read" not in html
