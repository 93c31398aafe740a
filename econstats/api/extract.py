"""econstats.extract and econstats.extract_report: the figures of a text, as pandas DataFrames.

They read a string as `econstats extract` reads a file and `econstats build` reads a document of
its corpus (econstats.dataset.document.extract_document): the rows are the ones a build would publish for
that text, with the contract's columns and types (dates as datetime64, see econstats.api.frames).
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from econstats.core.dates import parse_iso_date
from econstats.core.errors import CorpusError, EconstatsError

if TYPE_CHECKING:
    import pandas as pd

    from econstats.core.model import Document, Rejection

REJECTED_COLUMNS = (
    "reason",
    "note",
    "doc_id",
    "char_start",
    "char_end",
    "value_text",
    "indicator",
    "extractor",
)
UNCLAIMED_COLUMNS = ("doc_id", "char_start", "char_end", "value_text", "subject")
REPEAT_COLUMNS = (
    "obs_id",
    "doc_id",
    "char_start",
    "char_end",
    "value_text",
    "value",
    "kept_char_start",
    "kept_value_text",
)


class ArgumentError(EconstatsError, ValueError):
    """An argument of an econstats function has a value it cannot use."""


@dataclass(frozen=True)
class Extraction:
    """What reading one text found, each as a DataFrame.

    `rows`: the observations, with the contract's columns (schema/CONTRACT.md); `rejected`:
    figures that cannot be published, with a kebab-case `reason` and a `note`; `unclaimed`:
    figures whose subject names no concept of the codelist, with that `subject`; `repeats`:
    statements of a figure that a more precise one in the same text publishes.
    """

    rows: pd.DataFrame
    rejected: pd.DataFrame
    unclaimed: pd.DataFrame
    repeats: pd.DataFrame


def extract(
    text: str,
    published_date: date | str | None = None,
    doc_id: str = "text",
    html: bool = False,
) -> pd.DataFrame:
    """The observations a build publishes for ``text``, one row per figure (the contract's columns).

    ``published_date`` (a date or "YYYY-MM-DD") resolves "this year" and "in October"; without
    it such figures are rejected (see extract_report). ``doc_id`` names the text in the rows;
    ``html``: the text is a saved web page, read for its main content as a build reads a .html
    file (its own publication date is used when ``published_date`` is not given).

    >>> import econstats
    >>> rows = econstats.extract(
    ...     "China's fiscal revenue rose 0.8 percent year on year to nearly 18.65 trillion yuan "
    ...     "in the first 10 months of 2025.", published_date="2025-11-17")
    >>> rows[["indicator", "measure", "value", "unit", "qualifier", "period"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['fiscal.revenue', 'yoy_pct', 0.8, 'percent', 'exact', '2025-01-01/P10M'],
     ['fiscal.revenue', 'level', 18650000000000.0, 'CNY', 'at_most', '2025-01-01/P10M']]
    >>> rows["value_text"].tolist(), str(rows["period_start"].dtype)
    (['0.8 percent', 'nearly 18.65 trillion yuan'], 'datetime64[ms]')
    """
    return extract_report(text, published_date, doc_id, html).rows


def extract_report(
    text: str,
    published_date: date | str | None = None,
    doc_id: str = "text",
    html: bool = False,
) -> Extraction:
    """Everything reading ``text`` found: rows, rejected and unclaimed figures, repeats.

    The arguments are extract()'s. Every figure of the text is in exactly one of the rows,
    ``rejected`` (with its reason) or ``unclaimed`` (with its subject), or is a repeat; each
    table is in the order of the text.

    >>> import econstats
    >>> text = ("China's retail sales rose 2.9 percent year on year in October. "
    ...         "Bookings for natural scenic spots rose 29.6 percent.")
    >>> found = econstats.extract_report(text)
    >>> found.rows.empty
    True
    >>> found.rejected[["value_text", "reason", "note"]].values.tolist()
    ... # doctest: +NORMALIZE_WHITESPACE
    [['2.9 percent', 'period-unresolved',
      "'in October' names no year, and neither its story nor a publication date does"]]
    >>> found.unclaimed[["value_text", "subject"]].values.tolist()
    [['29.6 percent', 'Bookings for natural scenic spots']]
    >>> econstats.extract_report(text, "2025-11-14").rows[["value_text", "period"]].values.tolist()
    [['2.9 percent', '2025-10']]
    """
    from econstats.api.frames import rows_frame, table_frame
    from econstats.dataset.document import extract_document

    result = extract_document(document(text, to_published_date(published_date), doc_id, html))
    rejected = [asdict(rejection) for rejection in sorted(result["rejections"], key=place)]
    return Extraction(
        rows=rows_frame(result["rows"]),
        rejected=table_frame(rejected, REJECTED_COLUMNS),
        unclaimed=table_frame(result["unclaimed"], UNCLAIMED_COLUMNS),
        repeats=table_frame(result["repeats"], REPEAT_COLUMNS),
    )


def place(rejection: Rejection) -> tuple[bool, int]:
    """Sort key: rejections in the order of the text, any without offsets last."""
    return rejection.char_start is None, rejection.char_start or 0


def to_published_date(value: Any) -> date | None:
    """A publication date from a date, a datetime (its day) or "YYYY-MM-DD"; None stays None.

    >>> to_published_date("2025-11-17"), to_published_date(datetime(2025, 11, 17, 9, 30))
    (datetime.date(2025, 11, 17), datetime.date(2025, 11, 17))
    >>> to_published_date("17/11/2025")
    Traceback (most recent call last):
    econstats.api.extract.ArgumentError: published_date '17/11/2025' is not a date of the form YYYY-MM-DD, such as 2025-11-17
    >>> to_published_date("2025-02-30")
    Traceback (most recent call last):
    econstats.api.extract.ArgumentError: published_date '2025-02-30' is no calendar date: day 30 does not exist in 2025-02 (expected YYYY-MM-DD, such as 2025-11-17)
    >>> to_published_date(20251117)
    Traceback (most recent call last):
    TypeError: published_date must be a date or a YYYY-MM-DD string, not int (20251117)
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return parse_iso_date(
                value.strip()
            )  # in the words of `econstats extract --published-date`
        except ValueError as err:
            raise ArgumentError(f"published_date {err}") from err
    raise TypeError(
        f"published_date must be a date or a YYYY-MM-DD string, not {type(value).__name__} "
        f"({value!r})"
    )


def document(text: str, published: date | None, doc_id: str, html: bool) -> Document:
    """The Document of a string: its offsets index ``text`` itself, and its sha256 is that of
    its UTF-8 bytes (what the build records for the same text saved as a UTF-8 file)."""
    from econstats.core.model import Document, Skipped
    from econstats.corpus.documents import document_of

    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}: decode bytes first")
    if not isinstance(doc_id, str) or not doc_id:
        raise TypeError(f"doc_id must be a non-empty str, not {doc_id!r}")
    raw = text.encode("utf-8", errors="surrogatepass")
    if not html:
        sha256 = hashlib.sha256(raw).hexdigest()
        return Document(doc_id, f"{doc_id}.txt", text, sha256, published_date=published)
    page = document_of(f"{doc_id}.html", doc_id, raw)
    if isinstance(page, Skipped):
        raise CorpusError(f"{doc_id}: {page.reason}: {page.note}")
    return replace(page, published_date=published or page.published_date)
