"""econstats.cite: a release's citation, as `econstats cite` prints it."""

from __future__ import annotations

import os
from pathlib import Path

from econstats.dataset import cite as citations


def cite(
    version: str | None = None, format: str = "cff", data: str | os.PathLike[str] = "data"
) -> str:
    """The citation of ``version`` (default: the latest release) as `econstats cite` prints
    it: format "cff", "bibtex" or "apa"; ``data`` is the data folder holding releases/.

    >>> from econstats.api.releases import EXAMPLE_DATA
    >>> print(cite("2.0.7", format="apa", data=EXAMPLE_DATA), end="")
    econstats contributors. (2026). econstats: economic figures from news text (Version 2.0.7) [Data set]. Manifest sha256: 143e5e2530b7f4cb5b4ae6457250b12962c6e413157de3bc63be13033e2d3ec3.
    >>> cite("2.0.7", format="mla", data=EXAMPLE_DATA)
    Traceback (most recent call last):
    econstats.core.errors.EconstatsError: unknown citation format 'mla'; use one of cff, bibtex, apa
    """
    return citations.cite(Path(data) / "releases", version, format)
