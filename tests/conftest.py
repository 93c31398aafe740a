"""Shared fixtures: the seed corpus, the registry, and a one-off build of the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def ureg():
    """The one pint registry, built from schema/units.txt."""
    from econstats.core.units import build_registry

    return build_registry()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The repository's own seed corpus."""
    return ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory, seeds_dir):
    """(report, output folder) of one build of seeds/."""
    from econstats.build.run import build

    out = tmp_path_factory.mktemp("data") / "build"
    report = build(seeds_dir, out)
    return report, out
