"""econstats: economic figures in news text -> a clean, versioned, citable dataset.

The package's folders are the stages of its pipeline, each importing only from the ones before
it (tests/test_architecture.py): core (errors, records, codelist, units) -> corpus (where
documents come from) -> reader (text -> figures with subject, period, place, status) ->
econstats.extractors (topics: concepts -> indicators) -> dataset (rows, ids, validation,
currencies, Parquet) -> build (engines, report, progress) -> publish (release, verify, diff,
data card, review page) -> cli and api. Only the API lives here.

The API for analysts: extract(text) and extract_report(text) read a text; load(version) reads a
release; indicators() is the codelist; cite(version, format) is a release's citation. Importing
econstats is cheap: pandas, pyarrow and the reading engine are imported when a function that
needs them is first used (module __getattr__, PEP 562).
"""

from __future__ import annotations

import importlib

__version__ = "3.0.0"
CONTRACT_VERSION = "3.0.0"

LAZY = {  # public name -> the module defining it, imported on first use
    "extract": "econstats.api.extract",
    "extract_report": "econstats.api.extract",
    "Extraction": "econstats.api.extract",
    "load": "econstats.api.releases",
    "indicators": "econstats.api.releases",
    "cite": "econstats.api.citation",
}

__all__ = ["__version__", "CONTRACT_VERSION", *LAZY]


def __getattr__(name: str) -> object:
    """The API's functions, imported when first asked for (``econstats.load``)."""
    if name not in LAZY:
        raise AttributeError(f"module 'econstats' has no attribute {name!r}")
    value = getattr(importlib.import_module(LAZY[name]), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names, the lazy ones included (what a notebook completes)."""
    return sorted(__all__)
