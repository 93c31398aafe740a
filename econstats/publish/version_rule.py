"""The version rule: which version may follow the releases already published, and when.

- A new version comes after every published one, and is the next one: after X.Y.Z comes
  X.Y.(Z+1), X.(Y+1).0 or (X+1).0.0 (downgrades and skipped numbers are refused).
- Its bump, measured from the latest final release, is at least what the data needs: MAJOR when
  the schema changes, observations are removed, a topic file disappears or the topic files move
  (the layout changes: from 3.0.0 on they are in data/, see release_layout); MINOR when
  observations are added; PATCH when only existing observations are corrected (or an empty
  topic file appears).
- A release identical to the one before it (same Parquet files, same rows, same layout) is
  refused; the exception is a final release identical to its own last candidate (X.Y.Z after
  X.Y.Z-rc.N).
- Pre-releases are release candidates ``X.Y.Z-rc.N`` only: N = 1 for the first candidate of
  X.Y.Z and one more for each next one; they sort before X.Y.Z.
- The release date is not in the future, nor before the date of the release before it.

Every refusal is a VersionBumpError (exit 3) naming the release folder.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path

from econstats.core.errors import EconstatsError, VersionBumpError
from econstats.publish.diff import ReleaseDiff, Version, bump_between, bump_satisfies, diff_folders
from econstats.publish.release_layout import DATA_DIR, is_flat, parquet_files

CANDIDATE = re.compile(r"rc\.([1-9]\d*)")
DATAPACKAGE = "datapackage.json"


@dataclass(frozen=True)
class Published:
    """A release already in data/releases/: its version, date (YYYY-MM-DD) and folder."""

    version: Version
    date: str
    path: Path

    def __str__(self) -> str:
        return str(self.version)


def published_releases(releases_dir: Path) -> list[Published]:
    """The complete releases in ``releases_dir`` (folders with datapackage.json), oldest first."""
    found = []
    folder = Path(releases_dir)
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if not (Version.is_version(path.name) and (path / DATAPACKAGE).is_file()):
            continue
        package_path = path / DATAPACKAGE
        try:
            created = json.loads(package_path.read_text(encoding="utf-8"))["created"]
            date = dt.date.fromisoformat(str(created)[:10]).isoformat()
        except (OSError, ValueError, KeyError, TypeError) as err:
            raise EconstatsError(f"{package_path}: no readable 'created' date: {err}") from err
        found.append(Published(Version.parse(path.name), date, path))
    return sorted(found, key=lambda item: item.version)


def core_text(version: Version) -> str:
    """'1.2.3' of '1.2.3-rc.4'."""
    return ".".join(str(part) for part in version.core)


def next_versions(version: Version) -> tuple[str, str, str]:
    """The three versions that may follow ``version``'s MAJOR.MINOR.PATCH.

    >>> next_versions(Version.parse("1.2.3-rc.1"))
    ('1.2.4', '1.3.0', '2.0.0')
    """
    major, minor, patch = version.core
    return f"{major}.{minor}.{patch + 1}", f"{major}.{minor + 1}.0", f"{major + 1}.0.0"


def candidate_number(version: Version, target: Path) -> int | None:
    """N of X.Y.Z-rc.N, None for a final release; VersionBumpError for other pre-releases."""
    if not version.prerelease:
        return None
    match = CANDIDATE.fullmatch(str(version).split("-", 1)[1])
    if match is None:
        raise VersionBumpError(
            f"{target}: pre-release {version}: only X.Y.Z-rc.N (N = 1, 2, ...) is accepted, "
            f"e.g. {core_text(version)}-rc.1"
        )
    return int(match.group(1))


def today() -> dt.date:
    """Today's date: the later of the local and the UTC date (a release date may be either)."""
    return max(dt.date.today(), dt.datetime.now(dt.UTC).date())


def check_date(date: str, previous: Published | None, target: Path) -> None:
    """Refuse a date in the future or before the previous release's date."""
    if dt.date.fromisoformat(date) > today():
        raise VersionBumpError(
            f"{target}: release date {date} is in the future (today is {today().isoformat()})"
        )
    if previous is not None and date < previous.date:
        raise VersionBumpError(
            f"{target}: release date {date} is before {previous.date}, "
            f"the date of {previous.version}"
        )


def last_final(published: list[Published]) -> Published | None:
    """The latest release that is not a candidate."""
    finals = [item for item in published if not item.version.prerelease]
    return finals[-1] if finals else None


def check_order(version: Version, published: list[Published], date: str, target: Path) -> None:
    """Refuse a version that is not the next one after the published releases, or a bad date."""
    number = candidate_number(version, target)
    latest = published[-1] if published else None
    check_date(date, latest, target)
    if latest is None:
        return
    if version <= latest.version:
        raise VersionBumpError(f"{target}: {version} is not after the latest release {latest}")
    core = core_text(version)
    if latest.version.prerelease and latest.version.core == version.core:
        following = candidate_number(latest.version, target) or 0
        if number is not None and number != following + 1:
            raise VersionBumpError(
                f"{target}: after {latest} comes {core}-rc.{following + 1} or {core}"
            )
        return
    base = last_final(published) or latest
    allowed = next_versions(base.version)
    if core not in allowed:
        raise VersionBumpError(
            f"{target}: {base} -> {version} skips a version: after {base} comes "
            f"{allowed[0]}, {allowed[1]} or {allowed[2]}"
        )
    if number is not None and number != 1:
        raise VersionBumpError(
            f"{target}: after {latest} the first candidate of {core} is {core}-rc.1"
        )


def parquet_names(folder: Path) -> set[str]:
    """Names of the topic files of a release or staging folder, in either layout."""
    return {path.name for path in parquet_files(folder)}


def file_changes(old: Path, new: Path) -> tuple[list[str], list[str]]:
    """(topic files added, topic files removed) from ``old`` to ``new``; a topic file moved to
    another folder is neither (layout_change says so)."""
    before, after = parquet_names(old), parquet_names(new)
    return sorted(after - before), sorted(before - after)


def layout_change(old: Path, new: Path) -> list[str]:
    """How the topic files moved from ``old`` to ``new``: [] or one line saying where to."""
    if is_flat(old) == is_flat(new):
        return []
    where = f"{DATA_DIR}/" if is_flat(old) else "the top folder"
    return [f"layout: topic files moved to {where}"]


def needed_bump(
    diff: ReleaseDiff, added: list[str], removed: list[str], moved: list[str]
) -> str | None:
    """The bump the data needs: the diff's, raised to MAJOR for a removed file or a change of
    layout (every reader's path changes), to PATCH for a new file."""
    if removed or moved:
        return "major"
    return diff.required_bump() or ("patch" if added else None)


def reasons(diff: ReleaseDiff, added: list[str], removed: list[str], moved: list[str]) -> str:
    """Why the data needs its bump, for the refusal message."""
    files = [f"{name} removed" for name in removed] + [f"{name} added" for name in added]
    return "; ".join([diff.counts(), *files, *moved, *diff.schema_changes])


def check_content(
    version: Version, staged: Path, published: list[Published], target: Path
) -> ReleaseDiff | None:
    """Refuse identical content and a bump smaller than the data needs; the diff to the latest."""
    if not published:
        return None
    latest = published[-1]
    diff = diff_folders(latest.path, staged, str(latest.version), str(version))
    added, removed = file_changes(latest.path, staged)
    moved = layout_change(latest.path, staged)
    promotion = bool(latest.version.prerelease) and latest.version.core == version.core
    needed = needed_bump(diff, added, removed, moved)
    if needed is None and not (promotion and not version.prerelease):
        raise VersionBumpError(
            f"{target}: {version} has the same content as {latest}; nothing to release"
        )
    base = last_final(published)
    if base is None:
        return diff
    if base is not latest:
        base_diff = diff_folders(base.path, staged, str(base.version), str(version))
        added, removed = file_changes(base.path, staged)
        moved = layout_change(base.path, staged)
    else:
        base_diff = diff
    needed = needed_bump(base_diff, added, removed, moved)
    actual = bump_between(base.version, version)
    if not bump_satisfies(actual, needed):
        raise VersionBumpError(
            f"{target}: {base} -> {version} is a {(actual or 'pre-release').upper()} bump, but "
            f"the data needs a {(needed or 'patch').upper()} bump from {base} "
            f"({reasons(base_diff, added, removed, moved)})"
        )
    return diff
