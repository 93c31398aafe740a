"""How to cite a release: CITATION.cff, BibTeX and APA text, all from the same few constants.

What `econstats cite` prints also pins the content: the sha256 of the release's manifest.json,
as recorded in data/releases/index.json (the manifest lists the sha256 of every other file).
The CITATION.cff inside a release folder cannot hold it (the manifest lists that file), so it
cites version and date only.
"""

from __future__ import annotations

import json
from pathlib import Path

from econstats.core.errors import EconstatsError

DATASET_NAME = "econstats"
TITLE = "econstats: economic figures from news text"
AUTHOR = "econstats contributors"
DATA_LICENSE = "CC-BY-4.0"
DATA_LICENSE_TITLE = "Creative Commons Attribution 4.0 International"
DATA_LICENSE_URL = "https://creativecommons.org/licenses/by/4.0/"
ABSTRACT = (
    "Economic figures stated in news text (fiscal, retail, company, trade and transport "
    "statistics), one row per figure with its unit, period, source document and the exact "
    "text that states it."
)
KEYWORDS = ("economic statistics", "China", "news text", "SDMX", "Parquet")
FORMATS = ("cff", "bibtex", "apa")
DIGEST_DESCRIPTION = "sha256 of the release's manifest.json (econstats verify checks it)"


def citation_text(version: str) -> str:
    """A one-line citation without a date, for Parquet metadata (files hold no clock values).

    >>> citation_text("1.0.0").endswith("text (Version 1.0.0) [Data set]. License: CC-BY-4.0.")
    True
    """
    return f"{AUTHOR}. {TITLE} (Version {version}) [Data set]. License: {DATA_LICENSE}."


def render_cff(version: str, date_released: str, digest: str | None = None) -> str:
    """CITATION.cff (Citation File Format 1.2.0) for a release; strings are JSON-quoted YAML.

    ``digest`` (the manifest's sha256) becomes an identifier of type "other".

    >>> print(render_cff("1.0.0", "2025-11-20").splitlines()[4:7])
    ['version: "1.0.0"', 'date-released: "2025-11-20"', 'license: "CC-BY-4.0"']
    """
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this dataset, please cite it as below."',
        "type: dataset",
        f"title: {json.dumps(TITLE)}",
        f"version: {json.dumps(version)}",
        f"date-released: {json.dumps(date_released)}",
        f"license: {json.dumps(DATA_LICENSE)}",
        "authors:",
        f"  - name: {json.dumps(AUTHOR)}",
        f"abstract: {json.dumps(ABSTRACT)}",
        "keywords:",
        *(f"  - {json.dumps(word)}" for word in KEYWORDS),
    ]
    if digest is not None:
        lines += [
            "identifiers:",
            "  - type: other",
            f"    value: {json.dumps(f'sha256:{digest}')}",
            f"    description: {json.dumps(DIGEST_DESCRIPTION)}",
        ]
    return "\n".join(lines) + "\n"


def render_bibtex(version: str, date_released: str, digest: str | None = None) -> str:
    """A BibTeX @misc entry (BibTeX has no dataset type; biblatex readers accept @misc).

    >>> print(render_bibtex("1.0.0", "2025-11-20").splitlines()[0])
    @misc{econstats_1_0_0,
    """
    key = f"{DATASET_NAME}_{version}".replace(".", "_").replace("-", "_")
    year, month = date_released[:4], date_released[5:7]
    lines = [
        f"@misc{{{key},",
        f"  author = {{{{{AUTHOR}}}}},",
        f"  title = {{{{{TITLE}}}}},",
        f"  year = {{{year}}},",
        f"  month = {{{month}}},",
        f"  version = {{{version}}},",
        f"  note = {{Data set, version {version}, released {date_released}. "
        f"License: {DATA_LICENSE}{pin(digest)}}},",
        "}",
    ]
    return "\n".join(lines) + "\n"


def pin(digest: str | None) -> str:
    """The sentence that pins a citation to a manifest digest ('' without one).

    >>> pin("ab" * 32)[:30]
    '. Manifest sha256: abababababa'
    """
    return "" if digest is None else f". Manifest sha256: {digest}"


def render_apa(version: str, date_released: str, digest: str | None = None) -> str:
    """APA 7 reference for a data set.

    >>> render_apa("1.0.0", "2025-11-20")[:32]
    'econstats contributors. (2025). '
    """
    text = f"{AUTHOR}. ({date_released[:4]}). {TITLE} (Version {version}) [Data set]"
    return f"{text}{pin(digest)}.\n"


def render(version: str, date_released: str, fmt: str = "cff", digest: str | None = None) -> str:
    """The citation of ``version`` in one of FORMATS, pinned to ``digest`` when given."""
    renderers = {"cff": render_cff, "bibtex": render_bibtex, "apa": render_apa}
    if fmt not in renderers:
        raise EconstatsError(f"unknown citation format {fmt!r}; use one of {', '.join(FORMATS)}")
    return renderers[fmt](version, date_released, digest)


def read_index(releases_dir: Path) -> dict:
    """data/releases/index.json as written by econstats.publish.release; EconstatsError if unreadable."""
    index_path = Path(releases_dir) / "index.json"
    try:
        return json.loads(index_path.read_text(encoding="utf-8"))
    except FileNotFoundError as err:
        raise EconstatsError(f"{index_path}: no releases yet (run econstats release)") from err
    except (OSError, json.JSONDecodeError) as err:
        raise EconstatsError(f"{index_path}: cannot read the release index: {err}") from err


def cite(releases_dir: Path, version: str | None = None, fmt: str = "cff") -> str:
    """The citation of ``version`` (default: the latest release) listed in the release index."""
    index = read_index(releases_dir)
    releases = index.get("releases") if isinstance(index, dict) else None
    if not isinstance(releases, list) or not all(
        isinstance(entry, dict) and {"version", "date"} <= entry.keys() for entry in releases
    ):
        raise EconstatsError(
            f"{Path(releases_dir) / 'index.json'}: malformed release index "
            "(each release needs a version and a date)"
        )
    entries = {entry["version"]: entry for entry in releases}
    wanted = version or index.get("latest")
    if wanted not in entries:
        known = ", ".join(entries) or "none"
        raise EconstatsError(
            f"{Path(releases_dir) / 'index.json'}: no release {wanted!r} (releases: {known})"
        )
    entry = entries[wanted]
    return render(wanted, entry["date"], fmt, entry.get("manifest_sha256"))
