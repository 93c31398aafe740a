"""A file's bytes -> a Document (or a Skipped with its reason): decoding, and for a saved web
page its main content. Shared by local and remote corpora and by `econstats extract`."""

from __future__ import annotations

import hashlib
import posixpath
from typing import Any

from econstats.core.model import Document, Skipped
from econstats.corpus.decoding import NotText, text_of
from econstats.corpus.html import HTML_SUFFIXES, to_page, too_large

CATALOG_FIELDS = ("url", "title", "publisher", "published_date", "language")
# extraction holds a document's sentences, figures and rows at once: up to ~60 bytes of memory
# a character of text dense with figures (a 4 MB line of them peaked at 367 MB, a 20 MB one at
# 1.3 GB); a longer text is skipped as too-large, so a build stays under 500 MB (issue 12)
MAX_TEXT_CHARS = 4_000_000


def is_html(where: str) -> bool:
    """True for a saved web page (.html, .htm), whose text is its extracted main content.

    >>> is_html("corpus/a.HTML"), is_html("s3://bucket/b.htm"), is_html("c.txt")
    (True, True, False)
    """
    return posixpath.splitext(where)[1].lower() in HTML_SUFFIXES  # no Path per document


def document_of(where: str, doc_id: str, raw: bytes, entry: Any = None) -> Document | Skipped:
    """The Document of a file's bytes; the catalog entry's fields win over a page's own."""
    decoded = text_of(raw)
    if isinstance(decoded, NotText):
        return Skipped(where, decoded.reason, decoded.note)
    text, encoding = decoded
    meta = {name: getattr(entry, name) for name in CATALOG_FIELDS} if entry else {}
    if is_html(where):
        why = too_large(text)
        if why:
            return Skipped(where, "too-large-for-html", why)
        page = to_page(text, with_date=not meta.get("published_date"))
        if page is None:
            return Skipped(where, "no-main-content", "the page has no article text")
        text = page.text
        meta["title"] = meta.get("title") or page.title
        meta["published_date"] = meta.get("published_date") or page.published_date
    if len(text) > MAX_TEXT_CHARS:
        note = f"{len(text)} characters of text, over max_text_chars={MAX_TEXT_CHARS}"
        return Skipped(where, "too-large", note)
    sha256 = hashlib.sha256(raw).hexdigest()
    return Document(doc_id, where, text, sha256, encoding=encoding, **meta)
