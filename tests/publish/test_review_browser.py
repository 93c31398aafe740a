"""The review page in a real browser (issue 14 point 4): headless Chromium opens the page of
the seeds build, runs its script, and the rendered page is checked: every figure marked, the
filter's count written, a published figure's row shown, and a screenshot taken.

Skipped when no Chromium is installed (Debian: `apt-get install chromium`; .ci/run installs
it when it can).
"""

from __future__ import annotations

import shutil
import struct
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from econstats.publish.review import placed_documents, read_report, review

BROWSERS = ("chromium", "chromium-browser", "google-chrome")
BROWSER = next((found for name in BROWSERS if (found := shutil.which(name))), None)
WINDOW = (1280, 900)
pytestmark = pytest.mark.skipif(
    BROWSER is None,
    reason="no chromium, chromium-browser or google-chrome on PATH: the browser test of the "
    "review page needs one (Debian: apt-get install chromium)",
)


class Rendered(HTMLParser):
    """The rendered DOM's marks (id -> classes), the filter's count and the details panel."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.marks: dict[str, str] = {}
        self.inside: list[str] = []
        self.text: dict[str, str] = {"shown": "", "details": ""}
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        found = dict(attrs)
        if tag == "mark":
            self.marks[found.get("id") or ""] = found.get("class") or ""
        if found.get("id") in self.text:
            self.inside.append(found["id"])
        elif self.inside:
            self.inside.append("")

    def handle_endtag(self, tag: str) -> None:
        if self.inside:
            self.inside.pop()

    def handle_data(self, data: str) -> None:
        for name in filter(None, self.inside):
            self.text[name] += data + " "


def chromium(profile: Path, *args: str) -> str:
    """Run headless Chromium with `args` (the last one the URL); its standard output."""
    command = [
        BROWSER,
        "--headless",
        "--no-sandbox",  # as root, in a container
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        f"--user-data-dir={profile}",
        "--virtual-time-budget=3000",  # the page's script has run before the dump or shot
        *args,
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


@pytest.fixture(scope="module")
def page(seed_build, tmp_path_factory) -> tuple[Path, list]:
    """(the review page of the seeds build, its documents with their marks)."""
    _, out = seed_build
    folder = tmp_path_factory.mktemp("review")
    return review(out, folder / "review.html"), placed_documents(out, read_report(out))


def test_the_rendered_page_marks_every_figure_and_shows_a_row(page, tmp_path):
    path, placed = page
    marks = [mark for doc in placed for mark in doc.marks]
    number = 1 + next(
        n
        for n, mark in enumerate(marks)
        if mark.items[0].value_text == "nearly 18.65 trillion yuan"
    )
    dom = chromium(tmp_path / "profile", "--dump-dom", f"{path.as_uri()}#m{number}")
    rendered = Rendered(dom)
    assert len(rendered.marks) == len(marks) > 0
    shown = f"{len(marks)} of {len(marks)} marked figures shown"
    assert rendered.text["shown"].split() == shown.split()  # the page's script ran
    assert "current" in rendered.marks[f"m{number}"].split()
    details = rendered.text["details"].split()
    for shown in ("fiscal.revenue", "18,650,000,000,000", "CNY", "at_most", "actual"):
        assert shown in details


def test_a_screenshot_of_the_page_is_taken(page, tmp_path):
    path, _ = page
    shot = tmp_path / "review.png"
    size = f"--window-size={WINDOW[0]},{WINDOW[1]}"
    chromium(tmp_path / "profile", f"--screenshot={shot}", size, path.as_uri())
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 20_000  # a blank page is ~5 kB
    assert struct.unpack(">II", png[16:24]) == WINDOW  # the IHDR chunk's width and height
