"""catalog.csv's lines and records, read as a stream: a record spans at most MAX_RECORD_LINES,
and a bad record costs one line, not the rest of the file.
"""

from __future__ import annotations

import csv
import io
import re
from collections import deque
from collections.abc import Iterable, Iterator
from typing import BinaryIO

CSV_ERRORS = {"unexpected end of data": "a quoted field is not closed"}
MAX_RECORD_LINES = 100  # a quoted catalog field still open after this many lines is unclosed
PHYSICAL_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")  # csv's own line breaks


def utf8_lines(handle: BinaryIO) -> Iterator[str]:
    """The lines of a UTF-8 file as the csv module splits them (CR, LF or CRLF kept at their
    end), a byte-order mark dropped; UnicodeDecodeError at the first invalid byte.

    >>> list(utf8_lines(io.BytesIO(b"\\xef\\xbb\\xbfa,b\\r\\nc\\rd\\n\\ne")))
    ['a,b\\r\\n', 'c\\r', 'd\\n', '\\n', 'e']
    """
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    try:
        for number, line in enumerate(text):
            line = line[1:] if number == 0 and line.startswith("\ufeff") else line
            if line:
                yield line
    finally:
        text.detach()  # the caller's file stays open


def text_lines(text: str) -> Iterator[str]:
    """The lines of a decoded text as utf8_lines gives them.

    >>> list(text_lines("a,b\\r\\nc\\rd\\n\\ne"))
    ['a,b\\r\\n', 'c\\r', 'd\\n', '\\n', 'e']
    """
    return (match.group() for match in PHYSICAL_LINE.finditer(text))


def csv_rows(lines: Iterable[str]) -> Iterator[tuple[int, list[str] | None, str]]:
    """(first line, fields, "") per record, or (line, None, error) for a record csv rejects.

    After a bad record, reading resumes on the line after the one it started on, so a stray
    quote costs one line, not the rest of the file; a quoted field may span MAX_RECORD_LINES.
    Only the lines of the current record are kept.

    >>> list(csv_rows(['a,"b\\n', 'c,d\\n']))
    [(1, None, 'a quoted field is not closed'), (2, ['c', 'd'], '')]
    """
    source = iter(lines)
    again: deque[str] = deque()  # lines to read again: those after a bad record's first line
    taken: list[str] = []  # the lines of the current record

    def feed() -> Iterator[str]:
        while len(taken) < MAX_RECORD_LINES:
            line = again.popleft() if again else next(source, None)
            if line is None:
                return
            taken.append(line)
            yield line

    reader, first = csv.reader(feed(), strict=True), 1
    while True:
        taken.clear()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            yield first, None, CSV_ERRORS.get(str(err), str(err))
            again.extendleft(reversed(taken[1:]))
            reader, first = csv.reader(feed(), strict=True), first + 1
        else:
            yield first, row, ""
            first += len(taken)
