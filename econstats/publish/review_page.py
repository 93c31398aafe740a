"""The review page's HTML: the template (review.template.html) filled with the documents'
text, every figure marked where it stands, a table of the figures and their data as JSON.

Everything from a document or the build is escaped here: text and attributes with
html.escape, the JSON with `<`, `>` and `&` written as \\u escapes, so a document holding
`<script>` or `</script>` shows it as text. The page's own script builds the details panel
with textContent only.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from html import escape
from importlib.resources import files
from typing import Any

from econstats.core.errors import SchemaFileError
from econstats.publish.review_marks import KINDS, Item, Mark
from econstats.publish.review_texts import DocumentText

TEMPLATE = "review.template.html"
GENERATOR = '<meta name="generator" content="econstats review">'  # marks a page we wrote
SLOT = re.compile(r"@@([A-Z]+)@@")  # a slot of the template, filled by render_page
SLOTS = ("TITLE", "SUMMARY", "TOPICS", "DOCUMENTS", "ROWS", "FIGURES")
NOTE_FIELDS = ("reason", "note", "repeats")  # a non-published figure's last table column
ROW_COLUMNS = ("indicator", "breakdown", "value", "unit", "period", "qualifier", "status")
NO_TOPIC = "-"  # the topic filter's value for figures no topic claimed


@dataclass(frozen=True)
class Placed:
    """A document with its marks and the items that could not be placed in its text."""

    document: DocumentText
    marks: list[Mark]
    unplaced: list[Item]


def load_template() -> str:
    """The page template, from the package; raises SchemaFileError if a slot is missing."""
    text = files("econstats.publish").joinpath(TEMPLATE).read_text(encoding="utf-8")
    for slot in SLOTS:
        if f"@@{slot}@@" not in text:
            raise SchemaFileError(f"econstats/{TEMPLATE}: the slot @@{slot}@@ is missing")
    return text


def render_page(title: str, placed: list[Placed], aside: str = "") -> str:
    """The whole page: one self-contained HTML document (`aside` ends its summary line)."""
    ids = mark_ids(placed)
    items = [item for doc in placed for item in all_items(doc)]
    counts = Counter(item.kind for item in items)
    summary = ", ".join(f"{counts[kind]} {kind}" for kind in KINDS) + (
        f"; {aside}" if aside else ""
    )
    topics = sorted({item.topic for item in items if item.topic})
    figures = {}
    for doc in placed:  # a repeat links to the mark of the figure kept in its stead
        starts = {item.start: ids[id(mark)] for mark in doc.marks for item in mark.items}
        for mark in doc.marks:
            found = [item_json(item, starts.get(item.kept_start)) for item in mark.items]
            figures[ids[id(mark)]] = found
    slots = {
        "TITLE": escape(title),
        "SUMMARY": escape(
            f"{counted(len(placed), 'document')}, {counted(len(items), 'figure')}: {summary}"
        ),
        "TOPICS": "".join(f'<option value="{escape(t)}">{escape(t)}</option>' for t in topics),
        "DOCUMENTS": "\n".join(render_document(n, doc, ids) for n, doc in enumerate(placed)),
        "ROWS": "\n".join(render_rows(placed, ids)),
        "FIGURES": script_json(figures),
    }
    # one pass over the template: a document holding "@@ROWS@@" is not filled in again
    return SLOT.sub(lambda found: slots.get(found[1], found[0]), load_template())


def all_items(doc: Placed) -> list[Item]:
    """A document's items: those in its marks, in the text's order, then the unplaced."""
    return [item for mark in doc.marks for item in mark.items] + doc.unplaced


def mark_ids(placed: list[Placed]) -> dict[int, str]:
    """{id(mark): its element id}: m1, m2, ... across the page."""
    marks = [mark for doc in placed for mark in doc.marks]
    return {id(mark): f"m{number}" for number, mark in enumerate(marks, 1)}


def item_json(item: Item, kept: str | None = None) -> dict[str, Any]:
    """What the page's script needs of an item: to filter it, show its fields and link a
    repeat to the mark (`kept`) of the figure kept in its stead."""
    found = {"kind": item.kind, "topic": item.topic, "text": item.value_text, **item.fields}
    return {**found, "kept": kept} if kept else found


def script_json(value: Any) -> str:
    """JSON safe inside <script type="application/json">: no `<`, `>` or `&` left as such.

    >>> script_json({"quote": "</script><b>&"})
    '{"quote": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def title_of(item: Item) -> str:
    """One line saying what an item is, for the mark's tooltip.

    >>> title_of(Item("rejected", "a", 0, 2, "3%", "", {"reason": "period-unresolved"}))
    'rejected: reason period-unresolved'
    """
    return f"{item.kind}: " + ", ".join(f"{name} {value}" for name, value in item.fields.items())


def render_document(number: int, doc: Placed, ids: dict[int, str]) -> str:
    """A document's section: heading, note, its text with marks, its unplaced figures."""
    text = doc.document.text or ""
    parts, at = [], 0
    for mark in doc.marks:
        kinds = sorted({item.kind for item in mark.items}, key=KINDS.index)
        topics = sorted({item.topic or NO_TOPIC for item in mark.items})
        tip = "\n".join(title_of(item) for item in mark.items)
        parts.append(escape(text[at : mark.start]))
        parts.append(
            f'<mark id="{ids[id(mark)]}" class="fig k-{mark.kind}" data-kinds="{" ".join(kinds)}"'
            f' data-topics="{escape(" ".join(topics))}" title="{escape(tip)}">'
            f"{escape(text[mark.start : mark.end])}</mark>"
        )
        at = mark.end
    parts.append(escape(text[at:]))
    note = f'<p class="note">{escape(doc.document.note)}</p>' if doc.document.note else ""
    unplaced = "".join(
        f"<li>{escape(item.value_text)}: {escape(title_of(item))}</li>" for item in doc.unplaced
    )
    listed = f'<ul class="unplaced">{unplaced}</ul>' if unplaced else ""
    return (
        f'<section class="doc" id="d{number}"><h2>{escape(doc.document.doc_id)}</h2>'
        f'<p class="meta">{escape(doc.document.path)}</p>{note}'
        f'<pre class="text">{"".join(parts)}</pre>{listed}</section>'
    )


def render_rows(placed: list[Placed], ids: dict[int, str]) -> list[str]:
    """The table's rows: one per figure, linking to its mark (or saying it is not placed)."""
    lines = []
    for doc in placed:
        where = {id(item): ids[id(mark)] for mark in doc.marks for item in mark.items}
        for item in all_items(doc):
            cells = row_cells(item, doc.document.doc_id, where.get(id(item)))
            lines.append(
                f'<tr class="k-{item.kind}" data-kind="{item.kind}"'
                f' data-topic="{escape(item.topic or NO_TOPIC)}">'
                + "".join(f"<td>{cell}</td>" for cell in cells)
                + "</tr>"
            )
    return lines


def row_cells(item: Item, doc_id: str, mark: str | None) -> list[str]:
    """One figure's table cells, as HTML: kind, document, a link to its mark, topic, the row's
    fields, and the reason, subject or kept figure.

    >>> row_cells(Item("unclaimed", "a", 0, 2, "3%", "", {"subject": "<b>"}), "a", "m1")[2:4]
    ['<a href="#m1">3%</a>', '']
    >>> row_cells(Item("unclaimed", "a", 0, 2, "3%", "", {"subject": "<b>"}), "a", None)[-1]
    'subject: &lt;b&gt;'
    """
    text = escape(item.value_text)
    link = f'<a href="#{mark}">{text}</a>' if mark else f"{text} (not placed)"
    if item.kind == "unclaimed":
        note = f"subject: {item.fields.get('subject', '')}"
    else:
        note = "; ".join(item.fields[name] for name in NOTE_FIELDS if name in item.fields)
    values = [item.topic, *(item.fields.get(name, "") for name in ROW_COLUMNS), note]
    return [escape(item.kind), escape(doc_id), link, *(escape(value) for value in values)]


def counted(number: int, noun: str) -> str:
    """A count and its noun, plural unless one.

    >>> counted(1, "document"), counted(3, "figure"), counted(0, "figure")
    ('1 document', '3 figures', '0 figures')
    """
    return f"{number} {noun}{'' if number == 1 else 's'}"
