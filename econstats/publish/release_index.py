"""What a release keeps outside its folder: data/releases/index.json and the project's citation.

index.json lists every release with its date, path and the sha256 of its manifest.json (the
digest `econstats verify` checks the manifest against, and `econstats cite` prints). A digest,
once recorded, is kept: a manifest changed later is found by verify, not re-recorded.

The repository's CITATION.cff is written only when the data folder is the data/ of an econstats
project, and only over a citation econstats wrote itself; anything else in the way of either
file is refused (ForeignFileError, exit 3). Both are replaced with one os.replace each.
"""

from __future__ import annotations

import json
import os
import tomllib
from pathlib import Path

from econstats.core.checksums import sha256_file
from econstats.core.errors import ForeignFileError
from econstats.dataset import cite
from econstats.publish.descriptors import INDEX, MANIFEST
from econstats.publish.version_rule import Published, published_releases

STAGING_INDEX = ".staging-index.json"  # cleared with the release staging folders
STAGING_CITATION = ".CITATION.cff.staging"  # beside the project's CITATION.cff
PROJECT = "econstats"  # the [project] name in pyproject.toml of an econstats checkout


def project_root(data_dir: Path) -> Path | None:
    """The econstats project whose data/ folder ``data_dir`` is, or None.

    A project is a folder whose pyproject.toml names the project "econstats".
    """
    data = Path(data_dir).resolve()
    if data.name != "data":
        return None
    try:
        pyproject = tomllib.loads((data.parent / "pyproject.toml").read_text(encoding="utf-8"))
    except (OSError, UnicodeError, tomllib.TOMLDecodeError):
        return None
    project = pyproject.get("project")
    return data.parent if isinstance(project, dict) and project.get("name") == PROJECT else None


def read_own_index(releases_dir: Path) -> dict | None:
    """index.json as econstats wrote it, None when absent; ForeignFileError when not ours."""
    path = releases_dir / INDEX
    if not path.exists() and not path.is_symlink():
        return None
    try:
        index = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        index = None
    entries = index.get("releases") if isinstance(index, dict) else None
    if (
        not isinstance(index, dict)
        or index.get("dataset") != cite.DATASET_NAME
        or not isinstance(entries, list)
        or not all(isinstance(entry, dict) and "version" in entry for entry in entries)
    ):
        raise ForeignFileError(
            f"{path}: is not a release index econstats wrote; refusing to overwrite it"
        )
    return index


def recorded_digests(releases_dir: Path) -> dict[str, str]:
    """The manifest digest index.json records for each version."""
    index = read_own_index(releases_dir) or {"releases": []}
    return {
        str(entry["version"]): str(entry["manifest_sha256"])
        for entry in index["releases"]
        if entry.get("manifest_sha256")
    }


def manifest_digest(item: Published, recorded: dict[str, str]) -> str:
    """The digest of a release: as recorded in index.json, else its manifest's sha256 now.

    A recorded digest is kept even if the manifest changed since: verify reports that.
    """
    digest = recorded.get(str(item.version))
    if digest is None:
        return sha256_file(item.path / MANIFEST)
    return digest


def index_document(releases_dir: Path) -> dict:
    """index.json: every release with its date, path and manifest digest, oldest first."""
    recorded = recorded_digests(releases_dir)
    entries = [
        {
            "version": str(item.version),
            "date": item.date,
            "path": f"{item.version}/",
            "manifest_sha256": manifest_digest(item, recorded),
        }
        for item in published_releases(releases_dir)
    ]
    return {"dataset": cite.DATASET_NAME, "latest": entries[-1]["version"], "releases": entries}


def json_text(document: object) -> str:
    """The text write_json writes."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def replace_text(path: Path, text: str, temporary: Path) -> bool:
    """Write ``text`` to ``path`` through ``temporary`` and one os.replace; False if unchanged."""
    if path.is_file() and path.read_bytes() == text.encode("utf-8"):
        return False
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    return True


def write_index(releases_dir: Path) -> bool:
    """Bring index.json up to date with the release folders; False when it already was."""
    text = json_text(index_document(releases_dir))
    return replace_text(releases_dir / INDEX, text, releases_dir / STAGING_INDEX)


def written_citations(releases_dir: Path) -> set[str]:
    """Every root CITATION.cff text econstats may have written for the releases here."""
    recorded = recorded_digests(releases_dir)
    texts = set()
    for item in published_releases(releases_dir):
        version = str(item.version)
        texts.add(cite.render_cff(version, item.date))
        texts.add(cite.render_cff(version, item.date, manifest_digest(item, recorded)))
    return texts


def check_root_citation(root: Path, releases_dir: Path) -> None:
    """ForeignFileError when the project's CITATION.cff is not one econstats wrote."""
    path = root / "CITATION.cff"
    if not path.exists() and not path.is_symlink():
        return
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeError):
        text = None
    if path.is_symlink() or text not in written_citations(releases_dir):
        raise ForeignFileError(
            f"{path}: is not a citation econstats wrote; refusing to overwrite it"
        )


def update_root_citation(root: Path, releases_dir: Path) -> bool:
    """Point the project's CITATION.cff at the latest release; False when it already did."""
    text = cite.cite(releases_dir, None, "cff")
    return replace_text(root / "CITATION.cff", text, root / STAGING_CITATION)
