"""The package's folders are the stages of its pipeline, and imports flow down it (issue 15).

core -> corpus -> reader -> extractors -> dataset -> build -> publish -> cli, api: a module
imports from its own stage and the stages before it, never after; no two modules import each
other, even through others (type-only imports included: they are still a loop to read); every
stage folder says its job in its __init__ docstring.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "econstats"
# stage -> its rank; a module may import a stage of the same or a lower rank
STAGES = {
    "core": 0,
    "corpus": 1,
    "reader": 2,
    "extractors": 3,
    "dataset": 4,
    "build": 5,
    "publish": 6,
    "cli": 7,
    "api": 7,
}
DATA_PACKAGES = {"vocab", "schema"}  # data anyone may read
TOP = "top"  # econstats/__init__.py: the version constants and the lazy API


def module_files() -> list[Path]:
    """Every module of the engine and of the extractors."""
    return sorted([*PACKAGE.rglob("*.py"), *(ROOT / "extractors").glob("*.py")])


def name_of(path: Path) -> str:
    """The dotted name a file is imported as (extractors/ installs as econstats.extractors)."""
    if path.parent == ROOT / "extractors":
        parts = ["econstats", "extractors", path.stem]
    else:
        parts = ["econstats", *path.relative_to(PACKAGE).with_suffix("").parts]
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def stage_of(name: str) -> str:
    """econstats.reader.parse -> reader; econstats -> top."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else TOP


def imports_of(path: Path, known: set[str]) -> set[str]:
    """The econstats modules a file imports, at any depth of its code (lazy ones too)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("econstats")}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if not node.module.startswith("econstats"):
                continue
            for alias in node.names:  # from econstats.reader import parse: a module
                whole = f"{node.module}.{alias.name}"
                found.add(whole if whole in known else node.module)
    return found & known


def graph() -> dict[str, set[str]]:
    files = {name_of(path): path for path in module_files()}
    known = set(files)
    return {name: imports_of(path, known) - {name} for name, path in files.items()}


GRAPH = graph()


@pytest.mark.parametrize("name", sorted(GRAPH))
def test_imports_flow_down_the_pipeline(name):
    stage = stage_of(name)
    if stage in (TOP, *DATA_PACKAGES):  # __init__ exposes the API lazily; vocab is data
        return
    assert stage in STAGES, f"{name}: a module outside the stage folders"
    upward = [
        other
        for other in sorted(GRAPH[name])
        if stage_of(other) not in (TOP, *DATA_PACKAGES) and STAGES[stage_of(other)] > STAGES[stage]
    ]
    across = [  # cli and api share a rank but neither uses the other
        other for other in sorted(GRAPH[name]) if {stage, stage_of(other)} == {"cli", "api"}
    ]
    assert not upward, f"{name} ({stage}) imports a later stage: {upward}"
    assert not across, f"{name} imports across cli and api: {across}"


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan), each sorted.

    >>> cycles({"a": {"b"}, "b": {"a"}, "c": {"a"}})
    [['a', 'b']]
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(edges.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def test_no_import_cycles():
    assert cycles(GRAPH) == []


@pytest.mark.parametrize("stage", sorted(STAGES))
def test_every_stage_says_its_job_and_what_it_imports(stage):
    folder = ROOT / "extractors" if stage == "extractors" else PACKAGE / stage
    doc = ast.get_docstring(ast.parse((folder / "__init__.py").read_text(encoding="utf-8")))
    assert doc, f"{stage}/__init__.py has no docstring"
    assert "Imports:" in doc or stage == "extractors", f"{stage}: say what it may import"


def test_nothing_but_the_api_at_the_top():
    loose = sorted(path.name for path in PACKAGE.glob("*.py") if path.name != "__init__.py")
    assert loose == []


def test_readme_layout_names_every_stage():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for stage in STAGES:
        folder = "extractors/" if stage == "extractors" else f"econstats/{stage}/"
        assert f"`{folder}`" in readme, folder


@pytest.mark.parametrize("stage", sorted(set(STAGES) - {"extractors"}))
def test_readme_layout_row_lists_the_folder(stage):
    # the README's layout table is the folder tree: a stage's row names every module in it
    row = next(
        line
        for line in (ROOT / "README.md").read_text(encoding="utf-8").splitlines()
        if line.startswith(f"| `econstats/{stage}/` |")
    )
    modules = sorted(p.stem for p in (PACKAGE / stage).glob("*.py") if p.stem != "__init__")
    missing = [name for name in modules if f"`{name}`" not in row]
    assert not missing, f"README's row of econstats/{stage}/ lacks {missing}"


TEST_DATA = {"blind", "data", "dev2", "gold", "heldout", "realnews"}  # corpora and gold, not tests


def test_test_folders_mirror_the_stages():
    folders = {p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and p.name[0] not in "._"}
    assert folders - TEST_DATA <= set(STAGES), folders - TEST_DATA - set(STAGES)
    for stage in folders - TEST_DATA:
        assert list((ROOT / "tests" / stage).glob("test_*.py")), f"tests/{stage}/ holds no tests"
