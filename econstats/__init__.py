"""econstats: economic figures in news text -> a clean, versioned, citable dataset.

The API for analysts: extract(text) and extract_report(text) read a text; load(version) reads a
release; indicators() is the codelist; cite(version, format) is a release's citation. Importing
econstats is cheap: pandas, pyarrow and the reading engine are imported when a function that
needs them is first used (module __getattr__, PEP 562).
"""

from __future__ import annotations

import importlib
import os
import types

__version__ = "3.0.0"
CONTRACT_VERSION = "3.0.0"

LAZY = {  # public name -> the module defining it, imported on first use
    "extract": "econstats.api",
    "extract_report": "econstats.api",
    "Extraction": "econstats.api",
    "load": "econstats.api_releases",
    "indicators": "econstats.api_releases",
}

__all__ = ["__version__", "CONTRACT_VERSION", "cite", *LAZY]


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


class CitationModule(types.ModuleType):
    """econstats.cite, the module of citations (econstats/cite.py), callable as a function.

    The module is named as `econstats cite` is; being callable, econstats.cite(version) prints
    the same citation, and `from econstats import cite` still gives the module.
    """

    def __call__(
        self, version: str | None = None, format: str = "cff", data: str | os.PathLike[str] = "data"
    ) -> str:
        """The citation of ``version`` (default: the latest release) as `econstats cite` prints
        it: format "cff", "bibtex" or "apa"; ``data`` is the data folder holding releases/.

        >>> import econstats
        >>> from econstats.api_releases import EXAMPLE_DATA
        >>> print(econstats.cite("2.0.7", format="apa", data=EXAMPLE_DATA), end="")
        econstats contributors. (2026). econstats: economic figures from news text (Version 2.0.7) [Data set]. Manifest sha256: 143e5e2530b7f4cb5b4ae6457250b12962c6e413157de3bc63be13033e2d3ec3.
        >>> econstats.cite("2.0.7", format="mla", data=EXAMPLE_DATA)
        Traceback (most recent call last):
        econstats.errors.EconstatsError: unknown citation format 'mla'; use one of cff, bibtex, apa
        """
        from pathlib import Path

        return self.cite(Path(data) / "releases", version, format)


from econstats import cite  # noqa: E402 - it reads __version__ above; stdlib imports only

cite.__class__ = CitationModule
