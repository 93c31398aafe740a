"""The build's console summary names catalog problems (issue 14, point 5): what report.json's
"catalog" section records, and the documents left without a published_date."""

from __future__ import annotations

import pytest

from econstats.cli.build_cli import CATALOG_NAMED, print_catalog
from econstats.cli.main import main

DATED = {"doc_id": "a", "published_date": "2025-11-17"}
UNDATED = {"doc_id": "b", "published_date": None}
CLEAN = {"path": "seeds/catalog.csv", "problems": [], "problems_unlisted": 0}
MANY = [f"catalog.csv line {n}: unknown doc_id d{n}: no document file of that name" for n in range(2, 14)]  # fmt: skip

# (report.json's catalog section, its documents, what the summary adds)
SUMMARIES = [
    ("clean", CLEAN, [DATED], ""),
    (
        "problems",
        {**CLEAN, "problems": ["catalog.csv line 3: impossible date '2025-13-45' for doc_id b"]},
        [DATED, UNDATED],
        "  catalog seeds/catalog.csv: 1 problem\n"
        "    catalog.csv line 3: impossible date '2025-13-45' for doc_id b\n"
        "  1 document without a published_date: 'this year' cannot be resolved there\n",
    ),
    (
        "no catalog",
        {"path": None, "problems": ["no catalog.csv: documents have no published_date"]},
        [UNDATED, UNDATED],
        "  catalog: 1 problem\n"
        "    no catalog.csv: documents have no published_date\n"
        "  2 documents without a published_date: 'this year' cannot be resolved there\n",
    ),
    (
        "more than named, some unlisted",
        {**CLEAN, "problems": MANY, "problems_unlisted": 5},
        [DATED],
        "  catalog seeds/catalog.csv: 17 problems\n"
        + "".join(f"    {problem}\n" for problem in MANY[:CATALOG_NAMED])
        + '    ... 7 more (under "catalog" in report.json)\n',
    ),
]


@pytest.mark.parametrize(
    ("catalog", "documents", "said"), [s[1:] for s in SUMMARIES], ids=[s[0] for s in SUMMARIES]
)
def test_the_summary_names_catalog_problems(capsys, catalog, documents, said):
    print_catalog({"catalog": catalog, "documents": documents})
    assert capsys.readouterr().out == said


CATALOG = """doc_id,url,title,publisher,published_date,language
a,,,,2025-11-17,en
zz,,,,2025-11-17,en
b,,,,2025-13-45,en
"""
FALL = (
    "China's fiscal revenue decreased by 2.5 percent year on year to 18.65 trillion yuan in the "
    "first 10 months of 2025.\n"
)


def test_a_build_says_what_its_catalog_lacks(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("a", "b"):
        (corpus / f"{name}.txt").write_text(FALL, encoding="utf-8")
    (corpus / "catalog.csv").write_text(CATALOG, encoding="utf-8")
    out = tmp_path / "data" / "build"
    assert main(["build", "--corpus", str(corpus), "--out", str(out), "--quiet"]) == 0
    assert capsys.readouterr().out.splitlines()[3:] == [
        f"  catalog {corpus / 'catalog.csv'}: 2 problems",
        "    catalog.csv line 3: unknown doc_id zz: no document file of that name",
        "    catalog.csv line 4: impossible date '2025-13-45' for doc_id b",
        "  1 document without a published_date: 'this year' cannot be resolved there",
    ]
