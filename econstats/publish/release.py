"""Freeze a build into data/releases/<version>/: immutable, reproducible, verifiable.

A release holds its Parquet files in data/ (release_layout: one path reads them in every tool)
and, at its top, CHANGES.md, CITATION.cff, datapackage.json and manifest.json, which checksums
every other file of the release, in data/ too. Releases before 3.0.0 kept their Parquet files at
the top; they stay readable and verifiable as they are.

The release is staged in a hidden temporary folder inside data/releases/ and moved into place
with one os.replace, so it appears whole or not at all. A lock file in the data folder
serialises release runs. Publishing an existing version is a no-op when its Parquet bytes are
identical and refused (ReleaseExistsError) otherwise; a new version must follow the version
rule (econstats.publish.version_rule) against the releases already published.

A release writes inside the data folder only, and replaces only what econstats wrote: the
release folder, data/releases/index.json (every release with its date and the sha256 of its
manifest.json) and, when the data folder is the data/ of an econstats project, the project's
CITATION.cff. Anything else in the way is refused (ForeignFileError, exit 3). index.json and
the root CITATION.cff are written after the release folder; a rerun of a run stopped in between
writes them, so they never stay stale.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from econstats.build.data_lock import data_lock
from econstats.core.errors import (
    EconstatsError,
    ForeignFileError,
    ReleaseExistsError,
)
from econstats.dataset import cite
from econstats.dataset.parquet_io import (
    dataset_metadata,
    read_table,
    schema_problems,
    write_table,
)
from econstats.publish.card import write_card
from econstats.publish.descriptors import (
    DATAPACKAGE,
    MANIFEST,
    build_datapackage,
    build_manifest,
    read_report,
    write_json,
)
from econstats.publish.diff import ReleaseDiff, Version
from econstats.publish.release_changes import CHANGES, render_release_changes
from econstats.publish.release_index import (
    STAGING_CITATION,
    check_root_citation,
    project_root,
    read_own_index,
    update_root_citation,
    write_index,
)
from econstats.publish.release_layout import DATA_DIR, parquet_files
from econstats.publish.version_rule import Published, check_content, check_order, published_releases

log = logging.getLogger(__name__)
STAGING_PREFIX = ".staging-"


@dataclass(frozen=True)
class ReleaseResult:
    """What a release run did: "created" the folder, or found it "unchanged"."""

    version: str
    path: Path
    status: str
    message: str


def resolve_date(date: str | None) -> str:
    """The release date: ``date`` (YYYY-MM-DD), else SOURCE_DATE_EPOCH (UTC), else today.

    >>> resolve_date("2025-11-20")
    '2025-11-20'
    """
    if date is not None:
        try:
            return dt.date.fromisoformat(date).isoformat()
        except ValueError as err:
            raise EconstatsError(f"--date {date!r} is not YYYY-MM-DD") from err
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        try:
            return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat()
        except (ValueError, OverflowError) as err:
            raise EconstatsError(f"SOURCE_DATE_EPOCH={epoch!r} is not a Unix time") from err
    return dt.date.today().isoformat()


def build_files(build_dir: Path) -> list[Path]:
    """The build's Parquet files, each checked against the observations schema."""
    paths = parquet_files(build_dir)
    if not paths:
        raise EconstatsError(f"{build_dir}: no Parquet files (run econstats build first)")
    for path in paths:
        problems = schema_problems(read_table(path).schema)
        if problems:
            raise EconstatsError(f"{path}: not the observations schema: {'; '.join(problems)}")
    return paths


def same_parquet(staged: Path, existing: Path) -> bool:
    """Whether two release folders hold the same Parquet files with the same bytes (a
    release laid out before 3.0.0 compares by topic file name, wherever its files are)."""
    new, old = parquet_files(staged), parquet_files(existing)
    if [path.name for path in new] != [path.name for path in old]:
        return False
    return all(a.read_bytes() == b.read_bytes() for a, b in zip(new, old, strict=True))


def write_release_files(
    staged: Path,
    report: dict,
    version: str,
    diff: ReleaseDiff | None,
    date: str,
    previous: Path | None = None,
) -> None:
    """CITATION.cff, datapackage.json, CHANGES.md and manifest.json beside the staged data/.

    CHANGES.md compares every file staged before it with ``previous`` (the latest release) and
    manifest.json checksums every file of the folder, so they come last: a file added to the
    release (such as a data card) is written before them.
    """
    total = sum(read_table(path).num_rows for path in parquet_files(staged))
    (staged / "CITATION.cff").write_text(cite.render_cff(version, date), encoding="utf-8")
    write_json(staged / DATAPACKAGE, build_datapackage(version, date, staged, report))
    write_card(staged, report)  # README.md, LICENSE, schema/, charts/: before CHANGES, manifest
    changes = render_release_changes(diff, version, total, previous, staged)
    (staged / CHANGES).write_text(changes, encoding="utf-8")
    write_json(staged / MANIFEST, build_manifest(version, staged, report))


def remove_tree(path: Path) -> None:
    """Delete a staging folder while another error propagates; a failure is logged, not raised."""
    try:
        shutil.rmtree(path)
    except OSError as err:
        log.error("%s: could not remove the staging folder: %s", path, err)


def clear_staging(releases_dir: Path, root: Path | None) -> None:
    """Remove what a crashed run left (called under the lock): only names econstats uses."""
    leftovers = [
        *releases_dir.glob(f"{STAGING_PREFIX}*"),
        *([root / STAGING_CITATION] if root is not None else []),
    ]
    for path in leftovers:
        if not path.exists() and not path.is_symlink():
            continue
        log.warning("%s: removing what an interrupted release left", path)
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        else:
            path.unlink()


def check_target(target: Path) -> None:
    """ForeignFileError when ``target`` exists and is not a release folder econstats wrote."""
    if not (target.exists() or target.is_symlink()):
        return
    if target.is_symlink() or not (target.is_dir() and (target / DATAPACKAGE).is_file()):
        raise ForeignFileError(
            f"{target}: exists and is not a release econstats wrote; refusing to replace it"
        )


def stage_parquet(version: Version, build_dir: Path, releases_dir: Path) -> Path:
    """A staging folder holding the build's Parquet files, stamped with ``version``, in data/."""
    staged = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{version}-", dir=releases_dir))
    try:
        (staged / DATA_DIR).mkdir()
        for path in build_files(build_dir):
            target = staged / DATA_DIR / path.name
            write_table(read_table(path), target, dataset_metadata(str(version)))
    except BaseException:
        remove_tree(staged)
        raise
    return staged


def check_unchanged(version: Version, build_dir: Path, target: Path) -> None:
    """Re-releasing an existing version: ReleaseExistsError unless its Parquet bytes are equal."""
    staged = stage_parquet(version, build_dir, target.parent)
    try:
        if not same_parquet(staged, target):
            raise ReleaseExistsError(
                f"{target}: release {version} exists with different content; "
                "releases are immutable, publish a new version"
            )
    finally:
        remove_tree(staged)


def stage(
    version: Version, build_dir: Path, releases_dir: Path, date: str, published: list[Published]
) -> Path:
    """Write the whole new release into a staging folder, checked against the version rule."""
    report = read_report(build_dir, releases_dir.resolve().parent.parent)
    staged = stage_parquet(version, build_dir, releases_dir)
    try:
        diff = check_content(version, staged, published, releases_dir / str(version))
        previous = published[-1].path if published else None
        write_release_files(staged, report, str(version), diff, date, previous)
        staged.chmod(0o755)
    except BaseException:
        remove_tree(staged)
        raise
    return staged


def finish(releases_dir: Path, root: Path | None) -> list[Path]:
    """Write index.json and the project's CITATION.cff where stale; the paths written."""
    written = []
    if write_index(releases_dir):
        written.append(releases_dir / "index.json")
    if root is not None and update_root_citation(root, releases_dir):
        written.append(root / "CITATION.cff")
    return written


def release(
    version: str, build_dir: Path, data_dir: Path, date: str | None = None
) -> ReleaseResult:
    """Publish ``build_dir`` as data_dir/releases/``version``; see the module docstring."""
    parsed = Version.parse(version)
    day = resolve_date(date)
    releases_dir = Path(data_dir) / "releases"
    root = project_root(Path(data_dir))
    releases_dir.mkdir(parents=True, exist_ok=True)
    target = releases_dir / version
    with data_lock(Path(data_dir)):
        clear_staging(releases_dir, root)
        read_own_index(releases_dir)
        if root is not None:
            check_root_citation(root, releases_dir)
        check_target(target)
        if target.exists():
            check_unchanged(parsed, Path(build_dir), target)
            status = "unchanged"
        else:
            published = published_releases(releases_dir)
            check_order(parsed, published, day, target)
            staged = stage(parsed, Path(build_dir), releases_dir, day, published)
            try:
                os.replace(staged, target)
            except OSError:
                remove_tree(staged)
                raise
            status = "created"
        written = finish(releases_dir, root)
    return ReleaseResult(version, target, status, outcome_message(target, status, written, root))


def outcome_message(target: Path, status: str, written: list[Path], root: Path | None) -> str:
    """One line: what the run did, naming every file it wrote outside the release folder."""
    version = target.name
    citation = root / "CITATION.cff" if root is not None else None
    if status == "created":
        message = f"{target}: release {version} written"
        if citation in written:
            message += f"; {citation} now cites release {version}"
        return message
    message = f"{target}: release {version} exists with identical content; "
    if not written:
        return message + "nothing to do"
    names = ", ".join(str(path) for path in written)
    return message + f"completed what an interrupted run left undone: {names}"
