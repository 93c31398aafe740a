"""A document that broke the build's code is set aside, not the build.

A bug met by one document (an exception nobody expected while it is read, extracted or turned
into Arrow rows) must not stop the other documents of a corpus: the engines catch it for that
document alone, where it ran (this process, a worker process or a Dask task), and the build
lists the document under `failed` in report.json with the exception's type and message, and
its traceback under --debug. KeyboardInterrupt and SystemExit are no document's fault and are
never caught.
"""

from __future__ import annotations

import traceback as tb
from dataclasses import asdict, dataclass
from typing import Any

MESSAGE_CHARS = 1000  # an exception's message is kept whole up to this many characters
STAGES = ("read", "extract", "write")  # loading and decoding; parsing to rows; Arrow rows


@dataclass(frozen=True)
class Failed:
    """A document whose reading or extraction raised an unexpected exception."""

    doc_id: str
    path: str
    stage: str  # one of STAGES
    error: str  # the exception's type name
    message: str
    traceback: str | None = None  # under --debug only


def failure(doc_id: str, path: str, stage: str, err: Exception, debug: bool) -> Failed:
    """The record of `err`, raised by the document at `path` during `stage`.

    >>> failure("rx10", "news/rx10.txt", "extract", ValueError("amounts must be positive"), False)
    Failed(doc_id='rx10', path='news/rx10.txt', stage='extract', error='ValueError', message='amounts must be positive', traceback=None)
    """
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}: use one of {', '.join(STAGES)}")
    message = str(err)
    if len(message) > MESSAGE_CHARS:
        message = message[:MESSAGE_CHARS] + f"... ({len(message)} characters)"
    trace = "".join(tb.format_exception(err)) if debug else None
    return Failed(doc_id, path, stage, type(err).__name__, message, trace)


def entry(failed: Failed) -> dict[str, Any]:
    """The report's line for a failed document (a traceback only when one was kept).

    >>> entry(Failed("a", "news/a.txt", "read", "OSError", "disk on fire"))["error"]
    'OSError'
    """
    fields = asdict(failed)
    if fields["traceback"] is None:
        del fields["traceback"]
    return fields


def summary(failed: dict[str, Any]) -> str:
    """One line naming a failed document and what it raised, for the console.

    >>> summary({"doc_id": "rx10", "stage": "extract", "error": "ValueError", "message": "bad"})
    'rx10 (extract): ValueError: bad'
    """
    said = f"{failed['doc_id']} ({failed['stage']}): {failed['error']}"
    lines = failed["message"].splitlines()
    return f"{said}: {lines[0]}" if lines else said
