"""A deterministic synthetic news corpus of any size, for benchmarks.

Real statistic passages -- the seed corpus's paragraphs that hold numbers and the sentences of
the extractor test tables (tests/extractors/test_*.py, read with ``ast``, each with its pinned
publication date) -- are mixed, with their numbers re-drawn in the same shape about two times
in three, into plenty of text without figures: the seeds' figure-free sentences and sentences
generated from them by a word bigram chain. Real news is like that: about 7% of the seed
sentences hold a figure.

Document ``i`` depends only on (seed, i), so the first megabyte of a 1 GB corpus is the same as
a 1 MB corpus. ``python -m benchmarks.corpus FOLDER --size 100MB`` writes one.
"""

from __future__ import annotations

import argparse
import ast
import csv
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE_DEFAULT_PUBLISHED = "2025-11-17"  # Case's default in tests/extractors/cases.py
STATISTIC_SHARE = 0.08  # chance that a paragraph is a statistic passage
VERBATIM_SHARE = 0.35  # chance that a statistic passage keeps its numbers as printed
DIGIT = re.compile(r"\d")
VARIABLE = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,})(?![\d,]\d)")
YEAR = re.compile(r"(?:19|20)\d\d")
SIZE = re.compile(r"(?i)\s*([0-9.]+)\s*([kmg]?)i?b?\s*")
CATALOG_COLUMNS = ("doc_id", "url", "title", "publisher", "published_date", "language")


@dataclass(frozen=True)
class Passage:
    """A real paragraph or test-table text that states figures, with its publication date."""

    text: str
    published: str


@dataclass(frozen=True)
class Sources:
    """Everything documents are made of."""

    statistics: tuple[Passage, ...]
    plain: tuple[str, ...]
    headlines: tuple[str, ...]
    chain: dict[str, tuple[str, ...]]
    starts: tuple[str, ...]


@dataclass(frozen=True)
class SyntheticDocument:
    """One generated document and its catalog fields."""

    doc_id: str
    title: str
    text: str
    published: str


def parse_size(text: str) -> int:
    """Bytes of a size such as "100MB", "1GB", "512k" or "2000".

    >>> parse_size("100MB"), parse_size("1GB"), parse_size("512k"), parse_size("2000")
    (100000000, 1000000000, 512000, 2000)
    """
    match = SIZE.fullmatch(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (use e.g. 100MB, 1GB)")
    factor = {"": 1, "k": 10**3, "m": 10**6, "g": 10**9}[match.group(2).lower()]
    return int(float(match.group(1)) * factor)


def table_passages(folder: Path) -> list[Passage]:
    """The Case texts of the extractor test tables, with their pinned publication dates."""
    passages = []
    for path in sorted(folder.glob("test_*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Case"):
                continue
            if not (node.args and isinstance(node.args[0], ast.Constant)):
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            published = keywords.get("published")
            when = published.value if isinstance(published, ast.Constant) else None
            passages.append(Passage(node.args[0].value, when or TABLE_DEFAULT_PUBLISHED))
    return passages


def seed_dates(folder: Path) -> dict[str, str]:
    """doc_id -> published_date of the seed catalog (documents without one are left out)."""
    with (folder / "catalog.csv").open(encoding="utf-8", newline="") as handle:
        return {row["doc_id"]: row["published_date"] for row in csv.DictReader(handle)}


def seed_paragraphs(folder: Path) -> Iterator[tuple[str, str, bool]]:
    """(paragraph, published date, is headline) for every non-empty line of the seeds."""
    dates = seed_dates(folder)
    for path in sorted(folder.glob("*.txt")):
        published = dates.get(path.stem) or TABLE_DEFAULT_PUBLISHED
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                yield line, published, not line.endswith((".", '"', "”", "?", "!", ":"))


def split_plain(paragraph: str) -> list[str]:
    """The sentences of a paragraph (a rough split: generated text needs no more)."""
    return [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", paragraph) if part]


@cache
def load_sources(root: Path = ROOT) -> Sources:
    """Statistic passages, figure-free sentences, headlines and a bigram chain, from the repo."""
    statistics = table_passages(root / "tests" / "extractors")
    plain, headlines = [], []
    for paragraph, published, headline in seed_paragraphs(root / "seeds"):
        if headline:
            headlines.extend([paragraph] if len(paragraph) >= 20 else [])
        elif DIGIT.search(paragraph):
            statistics.append(Passage(paragraph, published))
        else:
            plain.extend(split_plain(paragraph))
    chain: dict[str, list[str]] = {}
    for sentence in plain:
        words = sentence.split()
        for first, second in zip(words, words[1:], strict=False):
            chain.setdefault(first, []).append(second)
    starts = tuple(sentence.split()[0] for sentence in plain)
    frozen = {word: tuple(nexts) for word, nexts in chain.items()}
    return Sources(tuple(statistics), tuple(plain), tuple(headlines), frozen, starts)


def redraw(match: re.Match[str], rng: random.Random) -> str:
    """A number of the same shape (digits, separators, decimals); years stay as they are."""
    text = match.group()
    if YEAR.fullmatch(text):
        return text
    digits = [rng.choice("0123456789") if c.isdigit() else c for c in text]
    if text[0] != "0":
        digits[0] = rng.choice("123456789")
    return "".join(digits)


def vary(passage: Passage, rng: random.Random) -> str:
    """The passage as printed, or with its numbers re-drawn."""
    if rng.random() < VERBATIM_SHARE:
        return passage.text
    return VARIABLE.sub(lambda match: redraw(match, rng), passage.text)


def chain_sentence(sources: Sources, rng: random.Random) -> str:
    """A figure-free sentence walked along the bigram chain of the seeds' plain sentences."""
    words = [rng.choice(sources.starts)]
    while len(words) < 45 and not words[-1].endswith((".", "?", "!")):
        nexts = sources.chain.get(words[-1])
        if not nexts:
            break
        words.append(rng.choice(nexts))
    sentence = " ".join(words)
    return sentence if sentence.endswith((".", "?", "!")) else sentence + "."


def plain_paragraph(sources: Sources, rng: random.Random) -> str:
    """One to three figure-free sentences, real or generated."""
    sentences = []
    for _ in range(rng.randint(1, 3)):
        real = rng.random() < 0.5
        sentences.append(rng.choice(sources.plain) if real else chain_sentence(sources, rng))
    return " ".join(sentences)


def make_document(index: int, seed: int = 0) -> SyntheticDocument:
    """Document number `index` of corpus `seed`: a headline, then paragraphs to a drawn size."""
    sources = load_sources()
    rng = random.Random(f"econstats-bench:{seed}:{index}")
    target = min(40_000, max(500, int(rng.lognormvariate(8.1, 0.6))))  # median ~3.3 kB
    title = rng.choice(sources.headlines)
    published = None
    parts = [title]
    size = len(title)
    while size < target:
        if rng.random() < STATISTIC_SHARE:
            passage = rng.choice(sources.statistics)
            published = published or passage.published
            paragraph = vary(passage, rng)
        elif rng.random() < 0.03:
            paragraph = rng.choice(sources.headlines)  # a second story starts
        else:
            paragraph = plain_paragraph(sources, rng)
        parts.append(paragraph)
        size += len(paragraph) + 2
    if published is None:
        published = (date(2024, 1, 1) + timedelta(days=rng.randrange(730))).isoformat()
    return SyntheticDocument(f"doc{index:07d}", title, "\n\n".join(parts) + "\n", published)


def iter_documents(seed: int = 0, start: int = 0) -> Iterator[SyntheticDocument]:
    """Documents start, start + 1, ... of corpus `seed`, without end."""
    index = start
    while True:
        yield make_document(index, seed)
        index += 1


def documents_of_size(size: int, seed: int = 0) -> Iterator[SyntheticDocument]:
    """The first documents of the corpus, until their UTF-8 text reaches `size` bytes."""
    total = 0
    for document in iter_documents(seed):
        if total >= size:
            return
        total += len(document.text.encode("utf-8"))
        yield document


def write_corpus(folder: Path, size: int, seed: int = 0) -> tuple[int, int]:
    """Write a corpus of at least `size` bytes of text (plus catalog.csv); (documents, bytes)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    count = total = 0
    with (folder / "catalog.csv").open("w", encoding="utf-8", newline="") as catalog:
        writer = csv.writer(catalog, lineterminator="\n")
        writer.writerow(CATALOG_COLUMNS)
        for document in documents_of_size(size, seed):
            raw = document.text.encode("utf-8")
            (folder / f"{document.doc_id}.txt").write_bytes(raw)
            row = (document.doc_id, "", document.title, "synthetic", document.published, "en")
            writer.writerow(row)
            count += 1
            total += len(raw)
    return count, total


def main(argv: list[str] | None = None) -> int:
    """python -m benchmarks.corpus FOLDER [--size 100MB] [--seed 0]"""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.corpus", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", type=parse_size, default=parse_size("10MB"))
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    count, total = write_corpus(args.folder, args.size, args.seed)
    print(f"wrote {count} documents, {total / 1e6:.1f} MB, to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
