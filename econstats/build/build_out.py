"""Which folder a build may replace: its own earlier output, and nothing else.

A build writes its output beside `--out` and moves it into place whole, replacing what was
there. So before it writes anything, it checks that `--out`:

- is not the corpus, does not lie inside it and does not contain it (a build into `seeds/`
  would replace the corpus by the output of reading it);
- is a new path, an empty folder, or a folder a build wrote: one that holds the stamp file
  (STAMP, written into every build) or, for builds written before the stamp existed, a
  report.json; and in either case nothing but what a build writes (BUILD_FILES: report.json,
  the stamp, `<topic>.parquet` files, `texts/` holding only `<doc_id>.txt` files, and the
  page `econstats review` writes there by default, REVIEW_PAGE). A file a person kept there
  (`notes.txt`), a release folder, a regular file or a symbolic link is refused.

A refusal is a RefusedOutputError (exit 3) naming the folder and what is wrong. The check is
made before the build starts and again just before the finished build replaces the folder.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlparse

from econstats.core.errors import RefusedOutputError
from econstats.corpus.sources import is_url

STAMP = ".econstats-build"
STAMP_TEXT = (
    "This folder was written by `econstats build`; the next build into it replaces it whole.\n"
    "Keep nothing else here: a build refuses a folder that holds other files.\n"
)
REPORT = "report.json"
TEXTS = "texts"
BUILD_FILES = (STAMP, REPORT)  # besides *.parquet files and the texts/ folder
REVIEW_PAGE = "review.html"  # written into a build by `econstats review`; replaced with it
NAMED = 3  # entries a refusal names as examples
OUTSIDE = "a build replaces its --out folder whole: give a folder outside the corpus"


def stamp(folder: Path) -> None:
    """Mark `folder` (a build being written) as a build's output."""
    (Path(folder) / STAMP).write_text(STAMP_TEXT, encoding="utf-8")


def local_corpus(corpus: Path | str) -> Path | None:
    """The corpus as a resolved local path (a folder, or a file:// URL); None for a remote URL.

    >>> local_corpus("s3://bucket/news") is None
    True
    >>> local_corpus("file:///data/news")
    PosixPath('/data/news')
    """
    if is_url(corpus):
        parsed = urlparse(str(corpus))
        return Path(parsed.path).resolve() if parsed.scheme == "file" else None
    return Path(corpus).resolve()


def check_out(corpus: Path | str, out: Path) -> None:
    """Refuse an `out` that is, holds or lies in the corpus, or is not a build's folder."""
    out = Path(out)
    source = local_corpus(corpus)
    target = out.resolve()
    if source is not None:
        if target == source:
            refuse(out, "is the corpus folder", OUTSIDE)
        if source in target.parents:
            refuse(out, f"lies inside the corpus folder {corpus}", OUTSIDE)
        if target in source.parents:
            refuse(out, f"contains the corpus folder {corpus}", OUTSIDE)
    check_replaceable(out)


def check_replaceable(out: Path) -> None:
    """Refuse an existing `out` that a build did not write (see the module's rule)."""
    if out.is_symlink():
        refuse(out, "is a symbolic link; give --out the folder itself")
    if not out.exists():
        return
    if not out.is_dir():
        refuse(out, "is a file, not a folder a build wrote")
    others = foreign_entries(out)
    if others:
        shown = ", ".join(others[:NAMED]) + (
            f" and {len(others) - NAMED} more" if others[NAMED:] else ""
        )
        refuse(out, f"holds files a build did not write ({shown})")
    names = set(os.listdir(out))
    if names and not names & set(BUILD_FILES):
        refuse(out, f"has no {STAMP} or {REPORT}: not a folder a build wrote")


def foreign_entries(folder: Path) -> list[str]:
    """The entries of `folder` a build does not write, sorted (`texts/` looked into)."""
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.name == TEXTS and entry.is_dir(follow_symlinks=False):
                found.extend(f"{TEXTS}/{name}" for name in foreign_texts(Path(entry.path)))
            elif not (entry.is_file(follow_symlinks=False) and is_build_file(entry.name)):
                found.append(entry.name)
    return sorted(found)


def foreign_texts(folder: Path) -> list[str]:
    """The entries of a build's texts/ folder that are not `<doc_id>.txt` files."""
    with os.scandir(folder) as entries:
        return [
            entry.name
            for entry in entries
            if not (entry.is_file(follow_symlinks=False) and entry.name.endswith(".txt"))
        ]


def is_build_file(name: str) -> bool:
    """True for a file name a build writes at the top of its folder.

    >>> names = ("report.json", "fiscal.parquet", "review.html", "notes.txt")
    >>> [is_build_file(name) for name in names]
    [True, True, True, False]
    """
    return name in BUILD_FILES or name == REVIEW_PAGE or name.endswith(".parquet")


def refuse(out: Path, problem: str, hint: str = "") -> None:
    """Raise the refusal of `out` (exit 3): what is wrong, and what to do."""
    hint = hint or (
        "a build replaces only a folder an earlier build wrote: give --out a new folder"
    )
    raise RefusedOutputError(f"{out}: {problem}; {hint}")
