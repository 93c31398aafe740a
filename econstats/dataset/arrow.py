"""Arrow schema and Parquet metadata, derived from schema/observations.schema.json."""

from __future__ import annotations

import json
from functools import cache
from importlib.resources import files

import pyarrow as pa

from econstats.core.errors import SchemaFileError

SCHEMA_FILE = files("econstats.schema").joinpath("observations.schema.json")
ARROW_TYPES = {
    "string": pa.string(),
    "number": pa.float64(),
    "integer": pa.int64(),
    "date": pa.date32(),
    "int32": pa.int32(),
}


@cache
def load_table_schema() -> dict:
    """The Frictionless Table Schema of the observations table."""
    try:
        descriptor = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise SchemaFileError(f"{SCHEMA_FILE}: cannot read the table schema: {err}") from err
    for field in descriptor.get("fields", []):
        if field.get("arrowType", field.get("type")) not in ARROW_TYPES:
            raise SchemaFileError(f"{SCHEMA_FILE}: field {field.get('name')}: unknown type")
    return descriptor


def observation_schema(metadata: dict[str, str] | None = None) -> pa.Schema:
    """The Arrow schema of every Parquet file, with each field's description as field metadata.

    >>> schema = observation_schema()
    >>> schema.field("decimals").type, schema.field("period_start").type
    (DataType(int32), DataType(date32[day]))
    >>> schema.field("entity").nullable, schema.field("obs_id").nullable
    (True, False)
    """
    return arrow_schema(load_table_schema(), metadata)


def arrow_schema(table_schema: dict, metadata: dict[str, str] | None = None) -> pa.Schema:
    """The Arrow schema of a Frictionless Table Schema (the current one, or the one an older
    release states in its datapackage.json); KeyError on a field type Arrow has no match for.

    >>> arrow_schema({"fields": [{"name": "a", "type": "date", "constraints": {"required": True}}]})
    a: date32[day] not null
      -- field metadata --
      description: ''
    """
    fields = []
    for spec in table_schema["fields"]:
        arrow_type = ARROW_TYPES[spec.get("arrowType", spec["type"])]
        required = spec.get("constraints", {}).get("required", False)
        fields.append(
            pa.field(
                spec["name"],
                arrow_type,
                nullable=not required,
                metadata={"description": spec.get("description", "")},
            )
        )
    return pa.schema(fields, metadata=metadata)
