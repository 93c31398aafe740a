"""A release that explains itself: its data card and what the card refers to.

card_files(release_dir, report) returns, by path inside a staged release folder:

- ``README.md``: a data card in the manner of a Hugging Face dataset card (YAML header with
  licence, languages, size category and pretty name; then coverage, fields, units, known
  limitations with the build's rejection counts, how to load, how to cite), from
  ``econstats/card.template.md``;
- ``LICENSE``: a notice naming the licence datapackage.json states, with the attribution line,
  then the CC BY 4.0 legal code (``econstats/card.cc-by-4.0.txt``);
- ``schema/indicators.csv`` and ``schema/units.txt``: the codelist and unit definitions the
  field descriptions refer to, copied byte for byte;
- ``charts/*.svg``: observations per topic and per economy, and a line chart for every series
  with three or more periods (econstats.publish.card_charts).

Everything is read from the folder (Parquet files, datapackage.json) and the build report, so
the same input gives the same bytes: no clock, no random ids.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from string import Template

from econstats.core.errors import EconstatsError
from econstats.dataset import cite
from econstats.publish.card_charts import chart_files, series_table
from econstats.publish.card_data import Release, document_languages, load_release, table_fields
from econstats.publish.card_report import build_summary
from econstats.publish.card_tables import (
    coverage_economies,
    coverage_indicators,
    coverage_summary,
    coverage_topics,
    fields,
    units,
)

PACKAGE = files("econstats.publish")
SCHEMA = files("econstats.schema")
COPIES = {"schema/indicators.csv": "indicators.csv", "schema/units.txt": "units.txt"}
# Hugging Face's size_categories: the first whose bound exceeds the row count
SIZE_CATEGORIES = (
    (1_000, "n<1K"),
    (10_000, "1K<n<10K"),
    (100_000, "10K<n<100K"),
    (1_000_000, "100K<n<1M"),
    (10_000_000, "1M<n<10M"),
    (100_000_000, "10M<n<100M"),
    (1_000_000_000, "100M<n<1B"),
    (10_000_000_000, "1B<n<10B"),
    (100_000_000_000, "10B<n<100B"),
    (1_000_000_000_000, "100B<n<1T"),
)


def size_category(rows: int) -> str:
    """The Hugging Face size category of a dataset of ``rows`` rows.

    >>> size_category(35), size_category(1000), size_category(250_000_000)
    ('n<1K', '1K<n<10K', '100M<n<1B')
    """
    return next((name for bound, name in SIZE_CATEGORIES if rows < bound), "n>1T")


def yaml_list(values: list[str]) -> str:
    """A YAML block sequence following its key (or an empty flow sequence).

    >>> print(yaml_list(["en", "zh"])), yaml_list([])
    <BLANKLINE>
    - "en"
    - "zh"
    (None, ' []')
    """
    return "".join(f"\n- {json.dumps(value)}" for value in values) if values else " []"


def licence(package: dict) -> dict[str, str]:
    """The licence datapackage.json states: name, title and URL (EconstatsError when none)."""
    licences = package.get("licenses") or []
    if not licences or not licences[0].get("name"):
        raise EconstatsError("datapackage.json: states no licence; a release needs one")
    first = licences[0]
    return {
        "license_name": first["name"],
        "license_title": first.get("title") or first["name"],
        "license_url": first.get("path") or "",
    }


def template(name: str) -> Template:
    """A text template of the card (package data beside this module)."""
    return Template(PACKAGE.joinpath(name).read_text(encoding="utf-8"))


def common_values(release: Release) -> dict[str, str]:
    """The placeholders README.md and LICENSE share."""
    return {
        **licence(release.package),
        "title": release.package.get("title") or cite.TITLE,
        "version": release.version,
        "data_files": release.data_files,
        "attribution": cite.citation_text(release.version),
    }


def readme(release: Release, report: dict | None) -> str:
    """The data card."""
    languages = sorted(set(document_languages(release.table, report).values()))
    data_folder = release.data_files.rsplit("/", 1)[0] if "/" in release.data_files else ""
    path = f"data/releases/{release.version}" + (f"/{data_folder}" if data_folder else "")
    values = {
        **common_values(release),
        "license": release.package["licenses"][0]["name"].lower(),
        "languages": yaml_list(languages),
        "multilinguality": "multilingual" if len(languages) > 1 else "monolingual",
        "pretty_name": json.dumps(release.package.get("title") or cite.TITLE),
        "size_category": size_category(len(release.table)),
        "abstract": release.package.get("description") or cite.ABSTRACT,
        "date": release.date,
        "rows": str(len(release.table)),
        "documents": str(release.table["doc_id"].nunique()),
        "files": str(len(release.topics)),
        "path": path,
        "coverage_summary": coverage_summary(release),
        "coverage_topics": coverage_topics(release),
        "coverage_economies": coverage_economies(release),
        "coverage_indicators": coverage_indicators(release),
        "series_charts": series_table(release),
        "field_count": str(len(table_fields(release))),
        "fields": fields(release),
        "units": units(release),
        "limitations": build_summary(report, len(release.table)),
        "apa": cite.render_apa(release.version, release.date).strip(),
        "bibtex": cite.render_bibtex(release.version, release.date),
    }
    return template("card.template.md").substitute(values)


def licence_file(release: Release) -> str:
    """LICENSE: the notice, then the legal code when the licence is CC BY 4.0."""
    values = common_values(release)
    notice = template("card.notice.txt").substitute(values)
    if values["license_name"] != cite.DATA_LICENSE:
        return notice.rstrip("\n") + "\n"  # no legal text of another licence is shipped
    return notice + PACKAGE.joinpath("card.cc-by-4.0.txt").read_text(encoding="utf-8")


def card_files(release_dir: Path, report: dict | None = None) -> dict[str, bytes]:
    """The data card's files for a staged release folder, by relative POSIX path.

    ``report`` is the build's report (econstats.publish.descriptors.read_report); without it the card
    says that the rejection counts are not known.
    """
    release = load_release(Path(release_dir))
    found = {
        "README.md": readme(release, report).encode("utf-8"),
        "LICENSE": licence_file(release).encode("utf-8"),
        **{path: SCHEMA.joinpath(name).read_bytes() for path, name in COPIES.items()},
        **chart_files(release),
    }
    return dict(sorted(found.items()))


def write_card(release_dir: Path, report: dict | None = None) -> list[str]:
    """Write card_files into ``release_dir`` (a staging folder the caller owns): the paths.

    A file already there is refused before anything is written: the card replaces nothing.
    """
    found = card_files(release_dir, report)
    for name in found:
        target = Path(release_dir) / name
        if target.exists() or target.is_symlink():
            raise EconstatsError(f"{target}: exists; the data card does not replace files")
    for name, data in found.items():
        target = Path(release_dir) / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return list(found)
