"""A saved page's date is looked for in full only when the catalog gives none (econstats.corpus.html):
the text read is the same either way, and the catalog's date wins."""

from __future__ import annotations

from datetime import date

import pytest

from econstats.corpus.documents import document_of
from econstats.corpus.html import to_page

PAGE = (
    "<html><head><title>Sales up</title>{meta}</head><body><nav>Home</nav><article>"
    "<h1>Retail sales rise</h1><p>{dateline}</p>"
    "<p>Retail sales rose 3 percent in October from a year earlier, the bureau said.</p>"
    "<p>Exports fell 2.1 percent to $25.3 billion in the third quarter.</p>"
    "</article></body></html>"
)
META = '<meta property="article:published_time" content="2025-11-17T08:00:00Z">'


class Entry:
    """A catalog row: the fields document_of reads."""

    def __init__(self, published_date: date | None) -> None:
        self.url = "https://example.com/a"
        self.title = "Catalog title"
        self.publisher = "Example"
        self.published_date = published_date
        self.language = "en"


@pytest.mark.parametrize(
    "meta, dateline",
    [
        (META, "Published 17 November 2025"),
        ("", "Posted on Monday, 17 November 2025, 08:00"),
        ("", "Beijing, Nov 17 (Xinhua)"),
        ("", "no date here"),
    ],
)
def test_same_text_with_or_without_the_date_search(meta: str, dateline: str) -> None:
    html = PAGE.format(meta=meta, dateline=dateline)
    full, fast = to_page(html), to_page(html, with_date=False)
    assert full is not None and fast is not None
    assert (fast.text, fast.title) == (full.text, full.title)


def test_a_stated_date_is_read_without_the_full_search() -> None:
    page = to_page(PAGE.format(meta=META, dateline=""), with_date=False)
    assert page is not None and page.published_date == date(2025, 11, 17)


@pytest.mark.parametrize(
    "catalog, expected",
    [(date(2025, 11, 18), date(2025, 11, 18)), (None, date(2025, 11, 17))],
)
def test_the_catalog_date_wins(catalog: date | None, expected: date) -> None:
    raw = PAGE.format(meta=META, dateline="Retail").encode()
    doc = document_of("corpus/a.html", "a", raw, Entry(catalog))
    assert doc.published_date == expected
    assert "Retail sales rose 3 percent" in doc.text
