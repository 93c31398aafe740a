"""Greps over the source that keep the layout honest (owid's test_etl_step_code.py style).

STYLE.md parts B3 and C: pint only behind econstats/core/units.py, no swallowed exceptions, no regex
and no magic numbers in an extractor, explicit registration, small modules, logging configured
in the CLI only, and no path that leaves the repository.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("econstats", "extractors")
MAX_LINES = 300
MAX_EXTRACTOR_LINES = 80
SEMVER = re.compile(r"\d+\.\d+\.\d+")

# Known violations, each reported with its reason; an entry that no longer violates fails
# test_allow_lists_are_not_stale, so the lists can only shrink.
PINT_IMPORT_ALLOWED = {
    "econstats/core/units.py": "the one module that builds the registry",
}
OVER_MAX_LINES: dict[str, str] = {}
OUTSIDE_REPOSITORY_ALLOWED: dict[str, str] = {}
OUTSIDE_REPOSITORY = "/".join(["..", "shared"])  # spelled so that this file does not match
SKIPPED_DIRS = {".git", "data", "__pycache__", ".pytest_cache", ".ruff_cache", ".venv"}
TEXT_SUFFIXES = {".py", ".md", ".txt", ".csv", ".json", ".toml", ".cff", ".yml", ".yaml", ".cfg"}


def sources(*packages: str) -> list[Path]:
    """Python files of the packages, repository-relative order."""
    return sorted(path for package in packages for path in (ROOT / package).rglob("*.py"))


def rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def extractor_modules() -> list[str]:
    return sorted(
        path.stem for path in (ROOT / "extractors").glob("*.py") if path.stem != "__init__"
    )


def imported_modules(module: ast.Module) -> set[str]:
    """Top-level names of every module the code imports."""
    names = set()
    for node in ast.walk(module):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("path", sources(*PACKAGES), ids=rel)
def test_pint_only_in_units(path):
    if rel(path) in PINT_IMPORT_ALLOWED:
        return
    assert "pint" not in imported_modules(tree(path)), f"{rel(path)} imports pint"


def swallowed(handler: ast.ExceptHandler) -> str | None:
    """Why an except clause hides a failure, or None."""
    if handler.type is None:
        return "bare except:"
    if all(isinstance(statement, ast.Pass) for statement in handler.body):
        return f"except {ast.unparse(handler.type)}: pass"
    return None


@pytest.mark.parametrize("path", sources(*PACKAGES), ids=rel)
def test_no_bare_or_silent_except(path):
    found = [
        f"line {node.lineno}: {reason}"
        for node in ast.walk(tree(path))
        if isinstance(node, ast.ExceptHandler) and (reason := swallowed(node))
    ]
    assert not found, f"{rel(path)}: {found}"


@pytest.mark.parametrize("path", sources("extractors"), ids=rel)
def test_extractor_has_no_regex_and_no_numbers(path):
    module = tree(path)
    assert not imported_modules(module) & {"re", "regex"}, f"{rel(path)} imports a regex module"
    uses_re = [
        node.lineno
        for node in ast.walk(module)
        if isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "re"
    ]
    numbers = [
        (node.lineno, node.value)
        for node in ast.walk(module)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, int | float | complex)
        and not isinstance(node.value, bool)
        and node.value not in (0, 1)
    ]
    assert not uses_re, f"{rel(path)}: re. on lines {uses_re}"
    assert not numbers, f"{rel(path)}: numeric literals {numbers} (vocabulary belongs in data)"


@pytest.mark.parametrize("name", extractor_modules())
def test_extractor_interface(name):
    module = importlib.import_module(f"econstats.extractors.{name}")
    assert module.NAME == name
    assert SEMVER.fullmatch(module.VERSION), f"{name}: VERSION {module.VERSION!r} is not semver"
    assert isinstance(module.TERMS, tuple) and module.TERMS, f"{name}: no TERMS"
    assert callable(module.extract), f"{name}: no extract()"


def test_every_extractor_module_is_registered():
    from econstats.extractors import EXTRACTORS

    registered = [module.NAME for module in EXTRACTORS]
    assert len(registered) == len(set(registered)), registered
    assert sorted(registered) == extractor_modules()


@pytest.mark.parametrize("path", sources(*PACKAGES), ids=rel)
def test_module_size(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    limit = MAX_LINES
    if path.parent.name == "extractors" and path.stem != "__init__":
        limit = MAX_EXTRACTOR_LINES
    if rel(path) in OVER_MAX_LINES:
        return
    assert lines <= limit, f"{rel(path)} has {lines} lines (at most {limit})"


@pytest.mark.parametrize("path", sources(*PACKAGES), ids=rel)
def test_logging_configured_only_in_cli(path):
    if rel(path) == "econstats/cli/main.py":
        return
    calls = [
        node.lineno
        for node in ast.walk(tree(path))
        if isinstance(node, ast.Attribute) and node.attr == "basicConfig"
    ]
    assert not calls, f"{rel(path)}: logging.basicConfig on lines {calls}"


def repository_text_files() -> list[Path]:
    """Text files of the repository, generated folders (.git, data, *.egg-info) left out."""
    found = []
    for path in ROOT.rglob("*"):
        parts = path.relative_to(ROOT).parts
        if any(part in SKIPPED_DIRS or part.endswith(".egg-info") for part in parts):
            continue
        if path.is_file() and (path.suffix in TEXT_SUFFIXES or not path.suffix):
            found.append(path)
    return sorted(found)


def test_nothing_refers_outside_the_repository():
    found = []
    for path in repository_text_files():
        if rel(path) in OUTSIDE_REPOSITORY_ALLOWED:
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        if OUTSIDE_REPOSITORY in text:
            found.append(rel(path))
    assert not found, f"files referring to {OUTSIDE_REPOSITORY}: {found}"


def test_allow_lists_are_not_stale():
    stale = []
    for name in set(PINT_IMPORT_ALLOWED) - {"econstats/core/units.py"}:
        if "pint" not in imported_modules(tree(ROOT / name)):
            stale.append(name)
    for name in OVER_MAX_LINES:
        if len((ROOT / name).read_text(encoding="utf-8").splitlines()) <= MAX_LINES:
            stale.append(name)
    for name in OUTSIDE_REPOSITORY_ALLOWED:
        path = ROOT / name
        if not path.exists() or OUTSIDE_REPOSITORY not in path.read_text(encoding="utf-8"):
            stale.append(name)
    assert not stale, f"allow-list entries that no longer violate (remove them): {stale}"
