"""Freeze a build into data/releases/<version>/: immutable, reproducible, verifiable.

The release is staged in a hidden temporary folder inside data/releases/ and moved into place
with one os.replace, so it appears whole or not at all. A lock file in the data folder
serialises release runs. Publishing an existing version is a no-op when its Parquet bytes are
identical and refused (ReleaseExistsError) otherwise; a new version must follow the version
rule against the latest earlier release (VersionBumpError names the bump it needs).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from econstats import cite
from econstats.diff import (
    ReleaseDiff,
    Version,
    bump_between,
    bump_satisfies,
    diff_folders,
    render_changes,
)
from econstats.errors import EconstatsError, LockedError, ReleaseExistsError, VersionBumpError
from econstats.parquet_io import dataset_metadata, read_table, schema_problems, write_table
from econstats.verify import (
    DATAPACKAGE,
    build_datapackage,
    build_manifest,
    read_report,
    write_json,
)

log = logging.getLogger(__name__)
LOCK_NAME = ".lock"
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


def lock_holder(lock: Path) -> int | None:
    """The pid written in a lock file, or None if it holds no pid (yet)."""
    try:
        text = lock.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        return None
    return int(text) if text.isdigit() else None


def pid_alive(pid: int) -> bool:
    """Whether a process with ``pid`` exists (a pid we may not signal exists too)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextmanager
def data_lock(data_dir: Path) -> Iterator[Path]:
    """Hold ``data_dir``/.lock (O_CREAT|O_EXCL, holding our pid) for the duration of a run.

    A lock left by a dead process is taken over; a live holder raises LockedError.
    """
    lock = Path(data_dir) / LOCK_NAME
    for attempt in range(2):
        try:
            handle = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            holder = lock_holder(lock)
            if attempt or holder is None or pid_alive(holder):
                raise LockedError(
                    f"{lock}: held by pid {holder}; wait for it, or delete the file "
                    "if no econstats build or release is running"
                ) from None
            log.warning("%s: taking over the lock of dead pid %s", lock, holder)
            lock.unlink(missing_ok=True)
            continue
        with os.fdopen(handle, "w", encoding="ascii") as out:
            out.write(f"{os.getpid()}\n")
        break
    try:
        yield lock
    finally:
        lock.unlink(missing_ok=True)


def build_files(build_dir: Path) -> list[Path]:
    """The build's Parquet files, each checked against the observations schema."""
    paths = sorted(Path(build_dir).glob("*.parquet"))
    if not paths:
        raise EconstatsError(f"{build_dir}: no Parquet files (run econstats build first)")
    for path in paths:
        problems = schema_problems(read_table(path).schema)
        if problems:
            raise EconstatsError(f"{path}: not the observations schema: {'; '.join(problems)}")
    return paths


def release_versions(releases_dir: Path) -> list[Version]:
    """Versions of the complete releases in ``releases_dir``, oldest first."""
    versions = []
    for path in Path(releases_dir).iterdir() if Path(releases_dir).is_dir() else []:
        if Version.is_version(path.name) and (path / DATAPACKAGE).is_file():
            versions.append(Version.parse(path.name))
    return sorted(versions)


def same_parquet(staged: Path, existing: Path) -> bool:
    """Whether two release folders hold the same Parquet files with the same bytes."""
    names = sorted(path.name for path in staged.glob("*.parquet"))
    if names != sorted(path.name for path in existing.glob("*.parquet")):
        return False
    return all((staged / name).read_bytes() == (existing / name).read_bytes() for name in names)


def check_version_rule(staged: Path, releases_dir: Path, version: Version) -> ReleaseDiff | None:
    """Diff against the latest earlier release (None if first); VersionBumpError if too small."""
    earlier = [known for known in release_versions(releases_dir) if known < version]
    if not earlier:
        return None
    previous = earlier[-1]
    diff = diff_folders(releases_dir / str(previous), staged, str(previous), str(version))
    needed, actual = diff.required_bump(), bump_between(previous, version)
    if not bump_satisfies(actual, needed):
        reasons = "; ".join(diff.schema_changes) or diff.counts()
        raise VersionBumpError(
            f"{releases_dir / str(version)}: {previous} -> {version} is a "
            f"{(actual or 'pre-release').upper()} bump, but the data needs a {needed.upper()} "
            f"bump from {previous} ({reasons})"
        )
    return diff


def write_release_files(
    staged: Path, report: dict, version: str, diff: ReleaseDiff | None, date: str
) -> None:
    """CHANGES.md, CITATION.cff, datapackage.json and manifest.json beside the staged Parquet."""
    total = sum(read_table(path).num_rows for path in staged.glob("*.parquet"))
    (staged / "CHANGES.md").write_text(render_changes(diff, version, total), encoding="utf-8")
    (staged / "CITATION.cff").write_text(cite.render_cff(version, date), encoding="utf-8")
    write_json(staged / DATAPACKAGE, build_datapackage(version, date, staged, report))
    write_json(staged / "manifest.json", build_manifest(version, staged, report))


def write_index(releases_dir: Path) -> None:
    """index.json: every release with its date and path, oldest first; replaced atomically."""
    entries = []
    for version in release_versions(releases_dir):
        package = json.loads((releases_dir / str(version) / DATAPACKAGE).read_text("utf-8"))
        entries.append(
            {"version": str(version), "date": package["created"][:10], "path": f"{version}/"}
        )
    index = {"dataset": cite.DATASET_NAME, "latest": entries[-1]["version"], "releases": entries}
    temporary = releases_dir / f"{STAGING_PREFIX}index.json"
    write_json(temporary, index)
    os.replace(temporary, releases_dir / "index.json")


def update_root_citation(data_dir: Path, releases_dir: Path) -> None:
    """Point CITATION.cff at the repository root (parent of ``data_dir``) to the latest release."""
    index = cite.read_index(releases_dir)
    latest = index["releases"][-1]
    path = Path(data_dir).resolve().parent / "CITATION.cff"
    path.write_text(cite.render_cff(latest["version"], latest["date"]), encoding="utf-8")


def remove_tree(path: Path) -> None:
    """Delete a staging folder while another error propagates; a failure is logged, not raised."""
    try:
        shutil.rmtree(path)
    except OSError as err:
        log.error("%s: could not remove the staging folder: %s", path, err)


def clear_staging(releases_dir: Path) -> None:
    """Remove staging folders left by a crashed run (called under the lock)."""
    for path in releases_dir.glob(f"{STAGING_PREFIX}*"):
        log.warning("%s: removing a staging folder left by an interrupted release", path)
        if path.is_dir():
            shutil.rmtree(path)
        else:
            path.unlink()


def stage(version: Version, build_dir: Path, releases_dir: Path, date: str) -> tuple[Path, str]:
    """Write the whole release into a staging folder; return it and the outcome."""
    report = read_report(build_dir, releases_dir.resolve().parent.parent)
    staged = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{version}-", dir=releases_dir))
    try:
        for path in build_files(build_dir):
            write_table(read_table(path), staged / path.name, dataset_metadata(str(version)))
        target = releases_dir / str(version)
        if target.exists():
            if not same_parquet(staged, target):
                raise ReleaseExistsError(
                    f"{target}: release {version} exists with different content; "
                    "releases are immutable, publish a new version"
                )
            shutil.rmtree(staged)
            return target, "unchanged"
        diff = check_version_rule(staged, releases_dir, version)
        write_release_files(staged, report, str(version), diff, date)
        staged.chmod(0o755)
    except BaseException:
        remove_tree(staged)
        raise
    return staged, "staged"


def release(
    version: str, build_dir: Path, data_dir: Path, date: str | None = None
) -> ReleaseResult:
    """Publish ``build_dir`` as data_dir/releases/``version``; see the module docstring."""
    parsed = Version.parse(version)
    day = resolve_date(date)
    releases_dir = Path(data_dir) / "releases"
    releases_dir.mkdir(parents=True, exist_ok=True)
    with data_lock(Path(data_dir)):
        clear_staging(releases_dir)
        staged, outcome = stage(parsed, Path(build_dir), releases_dir, day)
        target = releases_dir / version
        if outcome == "unchanged":
            message = f"{target}: release {version} exists with identical content; nothing to do"
            return ReleaseResult(version, target, "unchanged", message)
        try:
            os.replace(staged, target)
        except OSError:
            remove_tree(staged)
            raise
        write_index(releases_dir)
        update_root_citation(Path(data_dir), releases_dir)
    return ReleaseResult(version, target, "created", f"{target}: release {version} written")
