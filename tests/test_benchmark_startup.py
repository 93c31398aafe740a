"""benchmarks.startup: the commands it times and the table it writes (no timing asserted)."""

from __future__ import annotations

from pathlib import Path

from benchmarks import startup
from benchmarks.runner import Measured


def test_the_commands_are_help_and_extract_of_one_sentence(tmp_path: Path) -> None:
    sentence = tmp_path / "one.txt"
    assert startup.commands(sentence) == {
        "econstats --help": ["--help"],
        "econstats extract <one sentence>": [
            "extract", str(sentence), "--published-date", "2025-11-17",
        ],
    }  # fmt: skip


def test_the_results_put_old_and_new_side_by_side(monkeypatch) -> None:
    monkeypatch.setattr(startup, "machine", lambda: {"cores": "2"})
    found = {
        ("econstats --help", "old"): Measured("help", {"seconds": 1.7171}, 1.7171, 90.0),
        ("econstats --help", "new"): Measured("help", {"seconds": 0.0724}, 0.0724, 32.4),
        ("econstats extract <one sentence>", "old"): Measured("x", {"seconds": 3.2}, 3.2, 140),
        ("econstats extract <one sentence>", "new"): Measured("x", {"seconds": 3.35}, 3.35, 137),
    }
    text = startup.render(found, "e6e8770", "python -m benchmarks.startup")
    assert text.splitlines()[4:] == [
        "- command: `python -m benchmarks.startup`",
        "- cores: 2",
        "- old: e6e8770",
        "",
        "| command | old seconds | new seconds | new peak RSS MB |",
        "|---|---:|---:|---:|",
        "| `econstats --help` | 1.717 | 0.072 | 32 |",
        "| `econstats extract <one sentence>` | 3.200 | 3.350 | 137 |",
        "",
        "`--help` in 0.072 s (target < 0.3 s: met)",
    ]
