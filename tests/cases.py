"""Table helpers for extractor tests: a sentence in, the exact rows out."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import pytest

from econstats.core.model import Document
from econstats.dataset.document import extract_document


@dataclass(frozen=True)
class R:
    """An expected row: the fields a reader checks first, extras by keyword."""

    indicator: str
    measure: str
    value: float
    unit: str
    qualifier: str
    period: str
    value_text: str
    status: str = "actual"
    entity: str | None = None
    counterpart_area: str | None = None
    ref_area: str = "CN"
    base_period: str | None = None


@dataclass(frozen=True)
class Case:
    """A text, its publication date, and the rows it must give (empty: no row)."""

    text: str
    published: str = "2025-11-17"
    rows: list[R] = field(default_factory=list)
    note: str = ""


def doc_of(case: Case) -> Document:
    raw = case.text.encode("utf-8")
    return Document(
        "case",
        "case.txt",
        case.text,
        hashlib.sha256(raw).hexdigest(),
        published_date=date.fromisoformat(case.published),
    )


def rows_of(case: Case, topic: str | None = None) -> list[R]:
    """The rows the build publishes for the case's text, as R records, in text order."""
    doc = doc_of(case)
    rows = extract_document(doc)["rows"]
    found = []
    for row in rows:
        assert doc.text[row["char_start"] : row["char_end"]] == row["value_text"]
        if topic and row["topic"] != topic:
            continue
        base = None
        if row["base_period_start"]:
            base = f"{row['base_period_start']}/{row['base_period_end']}"
        found.append(
            R(
                row["indicator"],
                row["measure"],
                row["value"],
                row["unit"],
                row["qualifier"],
                row["period"],
                row["value_text"],
                row["status"],
                row["entity"],
                row["counterpart_area"],
                row["ref_area"],
                base,
            )
        )
    return found


def case_id(case: Any) -> str:
    """A table row's test id: the start of its text (one line), or <empty>."""
    return case.text[:60].replace("\n", "/") or "<empty>"


def strict_xfail(cases: list, ids: Callable[[Any], str] | None = None) -> list:
    """Known gaps: run, and fail the suite when they start passing (each row's `note` says
    why it fails); `ids` names each row's test, as parametrize's ids would."""
    return [
        pytest.param(
            case,
            id=ids(case) if ids else None,
            marks=pytest.mark.xfail(strict=True, reason=case.note),
        )
        for case in cases
    ]
