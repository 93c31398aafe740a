"""Saved web pages: the main content of an HTML page as plain text (trafilatura), so navigation,
adverts and "Popular Reads" lists never become figures. Offsets then index this text, which
the build keeps beside its output (texts/<doc_id>.txt) so every quote can be checked."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

HTML_SUFFIXES = frozenset([".html", ".htm"])
MIN_WORDS = 5  # fewer is a leftover menu ("Home"), not an article
# trafilatura's tree costs ~35 bytes of memory per character of a page (a 20 MB page peaked at
# 749 MB): a larger page is skipped as too-large-for-html, the build staying under 500 MB
MAX_PAGE_CHARS = 5_000_000
# htmldate's settings when the date is not needed (trafilatura's defaults, no extensive search)
NO_DATE_SEARCH = {"original_date": True, "extensive_search": False}


def too_large(html: str) -> str | None:
    """Why a page is not reduced to its main content: too large for trafilatura's tree.

    >>> too_large("<p>news</p>"), too_large("x" * (MAX_PAGE_CHARS + 1))
    (None, '5000001 characters, over max_page_chars=5000000')
    """
    if len(html) <= MAX_PAGE_CHARS:
        return None
    return f"{len(html)} characters, over max_page_chars={MAX_PAGE_CHARS}"


@dataclass(frozen=True)
class Page:
    """The main text of a page, with the title and date the page states (None when absent)."""

    text: str
    title: str | None
    published_date: date | None


def parse_date(value: str | None) -> date | None:
    """An ISO date (YYYY-MM-DD...) or None.

    >>> parse_date("2025-11-17"), parse_date("17 Nov"), parse_date(None)
    (datetime.date(2025, 11, 17), None, None)
    """
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def to_page(html: str, with_date: bool = True) -> Page | None:
    """The main content of a page, its headline first; None when the page has no main text.
    Without `with_date` (the catalog gives the date) the page's date is looked for only where
    pages state it (meta tags, markup): htmldate's extensive search ends in dateparser, whose
    language data took seconds of a build's start-up; the text is the same either way.

    >>> page = to_page("<html><body><nav>Home</nav><article><h1>Sales up</h1>"
    ...                "<p>Retail sales rose 3 percent in October, the bureau said.</p>"
    ...                "</article></body></html>")
    >>> page.text.splitlines()[-1]
    'Retail sales rose 3 percent in October, the bureau said.'
    >>> to_page("<html><body></body></html>"), to_page("<html><body><nav>Home</nav></body></html>")
    (None, None)
    """
    import trafilatura  # here, not at the top: a corpus of .txt files never pays its import

    extracted = trafilatura.bare_extraction(
        html,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
        date_extraction_params=None if with_date else NO_DATE_SEARCH,
    )
    if extracted is None or len((extracted.text or "").split()) < MIN_WORDS:
        return None
    text = extracted.text
    title = extracted.title or None
    if title and not text.startswith(title):
        text = f"{title}\n{text}"
    return Page(text=text, title=title, published_date=parse_date(extracted.date))
