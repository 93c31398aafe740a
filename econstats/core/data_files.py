r"""The project's data files read as tables: a vocabulary or codelist CSV, its problems named.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "currencies.csv"
>>> _ = path.write_text("alias,code\nyuan,CNY\n", encoding="utf-8")
>>> load_csv(path, ("alias", "code"))
[{'alias': 'yuan', 'code': 'CNY'}]
>>> _ = path.write_text("alias,code\nyuan,\n", encoding="utf-8")
>>> load_csv(path, ("alias", "code"))  # doctest: +ELLIPSIS
Traceback (most recent call last):
econstats.core.errors.SchemaFileError: ...currencies.csv line 2: empty or extra field in {'alias': 'yuan', 'code': ''}
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from econstats.core.errors import SchemaFileError


def load_csv(path: Path | str, required: Iterable[str]) -> list[dict[str, str]]:
    """Rows of a vocabulary CSV; raises SchemaFileError naming the file, line and problem."""
    text = Path(str(path)).read_text(encoding="utf-8")
    reader = csv.DictReader(text.splitlines())
    missing = set(required) - set(reader.fieldnames or [])
    if missing:
        raise SchemaFileError(f"{path}: missing columns {sorted(missing)}")
    rows = []
    for line, row in enumerate(reader, start=2):
        if None in row or any(row.get(name) in (None, "") for name in required):
            raise SchemaFileError(f"{path} line {line}: empty or extra field in {row}")
        rows.append(row)
    return rows
