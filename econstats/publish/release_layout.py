"""Where a release (or a build) keeps its Parquet files.

Releases from 3.0.0 on keep them in a folder of their own, ``data/``, so that every tool reads
the release with the folder's path (``pandas.read_parquet("data/releases/3.0.0/data")``);
releases before it (1.0.0 to 2.0.7) and build folders keep them beside the other files. Both
stay readable: published releases are never rewritten.
"""

from __future__ import annotations

from pathlib import Path

DATA_DIR = "data"  # the Parquet folder inside a release


def parquet_folder(folder: Path | str) -> Path:
    """The folder holding the Parquet files of a release or build folder.

    >>> import tempfile
    >>> root = Path(tempfile.mkdtemp())
    >>> parquet_folder(root) == root
    True
    >>> (root / DATA_DIR).mkdir(); (root / DATA_DIR / "fiscal.parquet").touch()
    >>> parquet_folder(root) == root / DATA_DIR
    True
    """
    folder = Path(folder)
    inner = folder / DATA_DIR
    if inner.is_dir() and any(inner.glob("*.parquet")):
        return inner
    return folder


def parquet_files(folder: Path | str) -> list[Path]:
    """The Parquet files of a release or build folder, sorted by name, in either layout."""
    return sorted(parquet_folder(folder).glob("*.parquet"))


def is_flat(folder: Path | str) -> bool:
    """Whether a release or build folder keeps its Parquet files at its top (before 3.0.0)."""
    return parquet_folder(folder) == Path(folder)


def relative_name(path: Path, folder: Path | str) -> str:
    """``path`` inside ``folder`` as a POSIX path: 'CHANGES.md', 'data/fiscal.parquet'.

    >>> relative_name(Path("/r/3.0.0/data/fiscal.parquet"), "/r/3.0.0")
    'data/fiscal.parquet'
    """
    return Path(path).relative_to(folder).as_posix()


def release_files(folder: Path | str) -> list[Path]:
    """Every file of a release folder, in subfolders too, sorted by relative name."""
    folder = Path(folder)
    found = [path for path in folder.rglob("*") if path.is_file() or path.is_symlink()]
    return sorted(found, key=lambda path: relative_name(path, folder))
