"""econstats cite: CITATION.cff, BibTeX and APA of a release, exact strings."""

from __future__ import annotations

import json

import pytest
from test_release import FIRST, REPO, SEED_ROWS, release_rows, run_cli

from econstats.core.checksums import sha256_file
from econstats.dataset.cite import cite, render

CFF = """\
cff-version: 1.2.0
message: "If you use this dataset, please cite it as below."
type: dataset
title: "econstats: economic figures from news text"
version: "1.1.0"
date-released: "2025-12-01"
license: "CC-BY-4.0"
authors:
  - name: "econstats contributors"
abstract: "Economic figures stated in news text (fiscal, retail, company, trade and transport \
statistics), one row per figure with its unit, period, source document and the exact text that \
states it."
keywords:
  - "economic statistics"
  - "China"
  - "news text"
  - "SDMX"
  - "Parquet"
"""
BIBTEX = """\
@misc{econstats_1_1_0,
  author = {{econstats contributors}},
  title = {{econstats: economic figures from news text}},
  year = {2025},
  month = {12},
  version = {1.1.0},
  note = {Data set, version 1.1.0, released 2025-12-01. License: CC-BY-4.0},
}
"""
APA = (
    "econstats contributors. (2025). econstats: economic figures from news text "
    "(Version 1.1.0) [Data set].\n"
)
# (format, version, date, exact text)
CITATIONS = [
    ("cff", "1.1.0", "2025-12-01", CFF),
    ("bibtex", "1.1.0", "2025-12-01", BIBTEX),
    ("apa", "1.1.0", "2025-12-01", APA),
    ("apa", "2.0.0-rc.1", "2026-01-31",
     "econstats contributors. (2026). econstats: economic figures from news text "
     "(Version 2.0.0-rc.1) [Data set].\n"),
    ("bibtex", "2.0.0-rc.1", "2026-01-31", BIBTEX.replace("1_1_0", "2_0_0_rc_1")
     .replace("1.1.0", "2.0.0-rc.1").replace("2025", "2026").replace("12-01", "01-31")
     .replace("{12}", "{01}")),
]  # fmt: skip


@pytest.mark.parametrize("fmt, version, date, text", CITATIONS, ids=lambda v: str(v)[:12])
def test_citation_formats(fmt, version, date, text):
    assert render(version, date, fmt) == text


@pytest.fixture
def data(tmp_path):
    release_rows(tmp_path, "1.0.0", FIRST, date="2025-11-20")
    release_rows(tmp_path, "1.1.0", SEED_ROWS, date="2025-12-01")
    return tmp_path / "data"


def pinned(text: str, digest: str) -> str:
    """A citation of CITATIONS pinned to a manifest digest, as `econstats cite` prints it."""
    if text.startswith("cff-version"):
        return text + (
            "identifiers:\n"
            "  - type: other\n"
            f'    value: "sha256:{digest}"\n'
            '    description: "sha256 of the release\'s manifest.json (econstats verify checks it)"\n'
        )
    if text.startswith("@misc"):
        return text.replace("CC-BY-4.0}", f"CC-BY-4.0. Manifest sha256: {digest}}}")
    return text.replace("[Data set].", f"[Data set]. Manifest sha256: {digest}.")


DIGEST = "5f3c" * 16
# (format, version, date, exact text): a citation pinned to a manifest digest
PINNED = [
    ("cff", "1.1.0", "2025-12-01", pinned(CFF, DIGEST)),
    ("bibtex", "1.1.0", "2025-12-01", BIBTEX.replace(
        "License: CC-BY-4.0}", f"License: CC-BY-4.0. Manifest sha256: {DIGEST}}}")),
    ("apa", "1.1.0", "2025-12-01",
     "econstats contributors. (2025). econstats: economic figures from news text "
     f"(Version 1.1.0) [Data set]. Manifest sha256: {DIGEST}.\n"),
]  # fmt: skip


@pytest.mark.parametrize("fmt, version, date, text", PINNED, ids=lambda v: str(v)[:12])
def test_pinned_citation_formats(fmt, version, date, text):
    assert render(version, date, fmt, DIGEST) == text


def digest_of(data, version: str) -> str:
    return sha256_file(data / "releases" / version / "manifest.json")


@pytest.mark.parametrize("fmt, text", [("cff", CFF), ("bibtex", BIBTEX), ("apa", APA)])
def test_cite_the_latest_release_pinned_to_its_manifest(data, fmt, text):
    expected = pinned(text, digest_of(data, "1.1.0"))
    assert run_cli("cite", "--format", fmt, "--data", data) == (0, expected, "")


def test_cite_an_earlier_release(data):
    code, out, _ = run_cli("cite", "1.0.0", "--format", "apa", "--data", data)
    assert (code, out) == (0, pinned(APA.replace("1.1.0", "1.0.0"), digest_of(data, "1.0.0")))
    assert (data / "releases" / "1.1.0" / "CITATION.cff").read_text() == CFF


def test_the_repository_citation_is_what_cite_prints_for_the_latest_release():
    """The committed root CITATION.cff pins the latest committed release's manifest."""
    releases = REPO / "data" / "releases"
    assert (REPO / "CITATION.cff").read_text(encoding="utf-8") == cite(releases, None, "cff")
    index = json.loads((releases / "index.json").read_text(encoding="utf-8"))
    for entry in index["releases"]:
        manifest = releases / entry["version"] / "manifest.json"
        assert entry["manifest_sha256"] == sha256_file(manifest), entry["version"]


def test_cite_an_unknown_version_or_no_release(data, tmp_path):
    code, _, err = run_cli("cite", "3.0.0", "--data", data)
    assert code == 2
    assert "no release '3.0.0' (releases: 1.0.0, 1.1.0)" in err
    code, _, err = run_cli("cite", "--data", tmp_path / "empty")
    assert code == 2
    assert "index.json: no releases yet (run econstats release)" in err


@pytest.mark.parametrize(
    "text",
    ['{"releases": [{"date": "2025-11-20"}]}', '{"releases": {}}', "[]", '{"releases": [1]}'],
)
def test_a_malformed_index_is_named_not_a_traceback(tmp_path, text):
    (tmp_path / "data" / "releases").mkdir(parents=True)
    (tmp_path / "data" / "releases" / "index.json").write_text(text)
    code, out, err = run_cli("cite", "--data", tmp_path / "data")
    assert (code, out) == (2, "")
    assert err == (
        f"econstats: error: {tmp_path / 'data' / 'releases' / 'index.json'}: malformed release "
        "index (each release needs a version and a date)\n"
    )
