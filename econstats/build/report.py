"""The build report, written as it grows: list sections are spilled to disk, item by item.

A corpus of a million documents gives a report of a million `documents` entries; holding them
as dicts would make memory grow with the corpus. ReportWriter renders every item as soon as it
is added, into a spill file per section, and streams report.json at the end. The bytes are
exactly those of ``json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True,
default=str)`` plus a newline, the format the build has always written.

>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> writer = ReportWriter(folder, {"counts": {"fiscal": 2}, "documents": [], "skipped": []})
>>> writer.add("documents", {"doc_id": "a", "rows": 2})
>>> writer.write(folder / "report.json", {"counts": {"fiscal": 2}})
>>> report = {"counts": {"fiscal": 2}, "documents": [{"doc_id": "a", "rows": 2}], "skipped": []}
>>> (folder / "report.json").read_text() == dumps(report) + "\\n"
True
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from econstats.core.model import Document
from econstats.corpus.file_names import shown

INDENT = "  "
MAX_DOCUMENT_ITEMS = 1000  # one document's items listed in a section; the rest are counted
ESCAPED = "econstats.build.report-escaped"  # the encoding error handler of report files


def _escaped_in_json(error: UnicodeError) -> tuple[str, int]:
    """Write a lone surrogate (a byte of a file name that is not UTF-8, as os.fsdecode keeps
    it) as a JSON string holding the text \\xff: report.json stays UTF-8 JSON whatever the
    names of the corpus folder and its files (the listing shows bad names so itself)."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    return shown(error.object[error.start : error.end]).replace("\\", "\\\\"), error.end


codecs.register_error(ESCAPED, _escaped_in_json)


def dumps(value: Any) -> str:
    """The report's JSON rendering of a value.

    A flat dict of plain values (most report items) is rendered here, the same bytes as
    json.dumps gives but several times faster: json's indenting encoder is pure Python.

    >>> item = {"b": 1.5, "a": "café", "c": None, "d": True, "e": 3}
    >>> dumps(item) == json.dumps(item, indent=2, ensure_ascii=False, sort_keys=True)
    True
    """
    if isinstance(value, dict) and value and all(type(key) is str for key in value):
        parts = []
        for name in sorted(value):
            item = value[name]
            if type(item) not in SCALARS:
                break
            parts.append(f"{SCALAR(name)}: {SCALAR(item)}")
        else:
            return "{\n  " + ",\n  ".join(parts) + "\n}"
    return json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True, default=str)


SCALARS = (str, int, float, bool, type(None))
SCALAR = json.JSONEncoder(ensure_ascii=False).encode  # json's C encoder, for one plain value


def render(item: Any) -> str:
    """An item of a list section as report.json holds it (indented two levels): the worker
    processes render their items, so the process writing the report only copies text.

    >>> print(render({"doc_id": "a", "rows": 2}))
        {
          "doc_id": "a",
          "rows": 2
        }
    """
    return INDENT * 2 + dumps(item).replace("\n", "\n" + INDENT * 2)


def cap_items(result: dict[str, Any], sections: Sequence[str]) -> dict[str, int]:
    """Keep the first MAX_DOCUMENT_ITEMS items of each of these list sections of one
    document's result (a line of 20 MB repeats one figure 430,000 times); {section: items left
    out} of the sections cut, for the document's report entry ("unlisted").

    >>> result = {"repeats": list(range(MAX_DOCUMENT_ITEMS + 2)), "unclaimed": [1]}
    >>> cap_items(result, ["repeats", "unclaimed"]), len(result["repeats"]), result["unclaimed"]
    ({'repeats': 2}, 1000, [1])
    """
    unlisted = {}
    for name in sections:
        if len(result[name]) > MAX_DOCUMENT_ITEMS:
            unlisted[name] = len(result[name]) - MAX_DOCUMENT_ITEMS
            result[name] = result[name][:MAX_DOCUMENT_ITEMS]
    return unlisted


class ReportWriter:
    """Collects a report whose list sections go to spill files in `folder`."""

    def __init__(self, folder: Path, report: dict[str, Any]) -> None:
        self.folder = Path(folder)
        self.fields = {name: value for name, value in report.items() if not isinstance(value, list)}
        self.sections = sorted(name for name, value in report.items() if isinstance(value, list))
        self.counts = dict.fromkeys(self.sections, 0)
        self.files = {
            name: (self.folder / f"{name}.spill").open("w", encoding="utf-8", errors=ESCAPED)
            for name in self.sections
        }
        for name in self.sections:
            self.extend(name, report[name])

    def add(self, section: str, item: Any) -> None:
        """Append one item to a list section."""
        self.add_rendered(section, [render(item)])

    def extend(self, section: str, items: Any) -> None:
        """Append every item of `items` to a list section."""
        self.add_rendered(section, [render(item) for item in items])

    def add_rendered(self, section: str, texts: Sequence[str]) -> None:
        """Append items already rendered by render(), in order."""
        if not texts:
            return
        handle = self.files[section]
        if self.counts[section]:
            handle.write(",\n")
        handle.write(",\n".join(texts))
        self.counts[section] += len(texts)

    def write(self, path: Path, fields: dict[str, Any]) -> None:
        """Write report.json: the fields given at the start, updated by `fields`, and every
        section; the spill files are removed."""
        values = {**self.fields, **fields}
        names = sorted([*values, *self.sections])
        with Path(path).open("w", encoding="utf-8", errors=ESCAPED) as out:
            out.write("{\n")
            for index, name in enumerate(names):
                out.write(f"{INDENT}{json.dumps(name, ensure_ascii=False)}: ")
                if name in self.counts:
                    self._copy_section(name, out)
                else:
                    out.write(dumps(values[name]).replace("\n", "\n" + INDENT))
                out.write(",\n" if index + 1 < len(names) else "\n")
            out.write("}\n")

    def _copy_section(self, name: str, out: Any) -> None:
        """Copy a spilled section into the report and delete its spill file."""
        self.files[name].close()
        spill = self.folder / f"{name}.spill"
        if not self.counts[name]:
            out.write("[]")
        else:
            out.write("[\n")
            with spill.open(encoding="utf-8") as handle:
                for block in iter(lambda: handle.read(1 << 20), ""):
                    out.write(block)
            out.write(f"\n{INDENT}]")
        spill.unlink()

    def close(self) -> None:
        """Close the spill files (after a failure; write() closes them itself)."""
        for handle in self.files.values():
            handle.close()


class Section(Sequence):
    """A list section of a written report.json, read from the file when first used.

    build() returns these instead of lists so that a large build's report is not held in
    memory; len() is known without reading the file.
    """

    def __init__(self, path: Path, name: str, count: int) -> None:
        self.path, self.name, self.count = Path(path), name, count
        self._items: list[Any] | None = None

    def _load(self) -> list[Any]:
        if self._items is None:
            with self.path.open(encoding="utf-8") as handle:
                self._items = json.load(handle)[self.name]
        return self._items

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, index: Any) -> Any:
        return self._load()[index]

    def __iter__(self) -> Iterator[Any]:
        return iter(self._load())

    def __eq__(self, other: object) -> bool:
        return list(self) == list(other) if isinstance(other, Sequence) else NotImplemented

    def __repr__(self) -> str:
        return f"Section({self.name!r}, {self.count} items, from {self.path})"


def document_entry(doc: Document, result: dict[str, Any]) -> dict[str, Any]:
    """The report's line for a used document, with its catalog title, publisher and URL (a
    release names its sources by them)."""
    return {
        "doc_id": doc.doc_id,
        "path": doc.path,
        "sha256": doc.sha256,
        "encoding": doc.encoding,
        "status": "used",
        "title": doc.title,
        "publisher": doc.publisher,
        "url": doc.url,
        "published_date": doc.published_date.isoformat() if doc.published_date else None,
        "rows": len(result["rows"]),
        "rejected": len(result["rejections"]),
        "repeats": len(result["repeats"]),
    }
