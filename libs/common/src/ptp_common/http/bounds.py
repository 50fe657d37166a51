"""Bounded, strict inputs for every operation, from one place.

Every string, array and integer a request carries (body, query, path) is bounded, and dates are
ISO 8601 strings, never numbers. A field that declares its own bound (``max_length``, ``le``...)
keeps it; one that does not gets the default below. Two halves, both driven by the same constants:

- :func:`install_bounded_validation` makes FastAPI check each body/query/path value against the
  JSON schema of its field before pydantic validates it (pydantic does not bound what a model does
  not bound, and in lax mode takes ``0`` for a date). A violation is an ordinary 422 naming the field.
- :func:`document_bounds` writes the defaults into the OpenAPI document (``maxLength``, ``maxItems``,
  ``minimum``/``maximum``) wherever a request schema or a parameter has none, so what is documented
  is what is enforced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

MAX_STRING = 4000
"""Characters in a body string without a bound of its own (free text: descriptions, notes)."""
MAX_PARAM_STRING = 500
"""Characters in a query or path parameter without a bound of its own."""
MAX_ITEMS = 500
"""Items in an array (or entries in a map) without a bound of its own."""
INT_MIN, INT_MAX = -(2**31) + 1, 2**31 - 1
"""Integers without bounds of their own: the narrowest integer column the suite stores into."""

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?([Zz]|[+-]\d{2}:?\d{2})?$")
LOCATIONS = ("body", "query", "path")
DECIMAL_PATTERN = r"^-?[0-9]{1,16}(\.[0-9]{1,6})?$"
"""A decimal written as a string (pydantic's ``Decimal`` takes a number or a string)."""
_DECIMAL = re.compile(DECIMAL_PATTERN)


def _decimal_branches(branches: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The plain-string branch of pydantic's ``Decimal`` schema (``anyOf: [number, string]``)."""
    kinds = {b.get("type") for b in branches} - {"null"}
    if kinds != {"number", "string"}:
        return None
    string = next(b for b in branches if b.get("type") == "string")
    return None if {"pattern", "format", "enum"} & set(string) else string


# -- enforcement -----------------------------------------------------------------------------------
def _error(kind: str, loc: tuple[Any, ...], msg: str, value: Any) -> dict[str, Any]:
    shown = "<too long>" if kind.endswith("long") and isinstance(value, str | list | dict) else value
    return {"type": kind, "loc": loc, "msg": msg, "input": shown}


def _resolve(schema: Any, defs: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = defs.get(schema["$ref"].rsplit("/", 1)[-1], {})
    return schema if isinstance(schema, dict) else {}


_TYPES: dict[str, Any] = {
    "null": type(None),
    "string": str,
    "integer": int,
    "number": int | float,
    "boolean": bool,
    "array": list,
    "object": dict,
}


def _fits(schema: dict[str, Any], value: Any) -> bool:
    if "enum" in schema:
        return value in schema["enum"]
    if "const" in schema:
        return bool(value == schema["const"])
    kind = schema.get("type")
    if kind is None:
        return True
    if isinstance(value, bool):
        return kind == "boolean"
    expected = _TYPES.get(kind) if isinstance(kind, str) else None
    return expected is None or isinstance(value, expected)


def _int_bounds(schema: dict[str, Any]) -> tuple[float, float]:
    low = schema.get("minimum", schema.get("exclusiveMinimum", INT_MIN))
    high = schema.get("maximum", schema.get("exclusiveMaximum", INT_MAX))
    return max(low, INT_MIN), min(high, INT_MAX)


def check(
    schema: Any, value: Any, loc: tuple[Any, ...], defs: dict[str, Any], place: str
) -> list[dict[str, Any]]:
    """Bound and strict-format violations of ``value`` against ``schema`` (pydantic JSON schema)."""
    schema = _resolve(schema, defs)
    if value is None:
        return []
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = [_resolve(b, defs) for b in schema[key]]
            if isinstance(value, str) and _decimal_branches(branches) is not None:
                if len(value) > 24 or not _DECIMAL.match(value):
                    return [_error("decimal_parsing", loc, f"a decimal like 12.5 ({DECIMAL_PATTERN})", value)]
                return []
            fitting = [b for b in branches if _fits(b, value)]
            if not fitting and isinstance(value, int | float) and not isinstance(value, bool):
                # A number where only a date (or null) fits: say so, lax pydantic would take it.
                fitting = [b for b in branches if b.get("format") in ("date", "date-time")][:1]
            if not fitting and isinstance(value, bool) and place == "body":
                # true/false where no branch is a boolean: lax pydantic would read it as 1/0.
                return [_error("bool_not_allowed", loc, "not a boolean: the documented type", value)]
            found: list[dict[str, Any]] = []
            for branch in fitting:
                refused = check(branch, value, loc, defs, place)
                if not refused:
                    return []
                found = found or refused
            return found
    errors: list[dict[str, Any]] = []
    for part in schema.get("allOf", ()):
        errors += check(part, value, loc, defs, place)
    kind = schema.get("type")
    fmt = schema.get("format")
    if isinstance(value, bool):
        if place == "body" and kind in ("integer", "number", "string"):
            errors.append(_error("bool_not_allowed", loc, f"a JSON {kind}, not a boolean", value))
        return errors
    if isinstance(value, str):
        if kind == "string" and "enum" not in schema:
            limit = schema.get("maxLength", MAX_STRING if place == "body" else MAX_PARAM_STRING)
            if len(value) > limit:
                errors.append(_error("string_too_long", loc, f"at most {limit} characters", value))
            elif fmt == "date" and not DATE.match(value):
                errors.append(_error("date_from_datetime_parsing", loc, "a date as YYYY-MM-DD", value))
            elif fmt == "date-time" and not DATE_TIME.match(value):
                errors.append(_error("datetime_parsing", loc, "a date-time in ISO 8601", value))
        elif kind == "integer" and place != "body":
            try:
                number = int(value)
            except ValueError:
                return errors  # pydantic says it is not an integer
            low, high = _int_bounds(schema)
            if not low <= number <= high:
                errors.append(_error("int_out_of_range", loc, f"an integer from {low} to {high}", value))
    elif isinstance(value, int | float):
        if kind == "string" and fmt in ("date", "date-time"):
            errors.append(_error("date_type", loc, f"a {fmt} is an ISO 8601 string, not a number", value))
        elif kind == "integer" and isinstance(value, int):
            low, high = _int_bounds(schema)
            if not low <= value <= high:
                errors.append(_error("int_out_of_range", loc, f"an integer from {low} to {high}", value))
    elif isinstance(value, list):
        if kind == "array":
            limit = schema.get("maxItems", MAX_ITEMS)
            if len(value) > limit:
                errors.append(_error("too_long", loc, f"at most {limit} items", value))
            else:
                items = schema.get("items")
                for i, item in enumerate(value):
                    errors += check(items, item, (*loc, i), defs, place)
    elif isinstance(value, dict) and (kind == "object" or "properties" in schema):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        if not properties and len(value) > schema.get("maxProperties", MAX_ITEMS):
            errors.append(_error("too_long", loc, f"at most {MAX_ITEMS} entries", value))
            return errors
        for key, item in value.items():
            if key in properties:
                errors += check(properties[key], item, (*loc, key), defs, place)
            elif isinstance(extra, dict):
                if isinstance(key, str) and len(key) > MAX_PARAM_STRING:
                    errors.append(_error("string_too_long", (*loc, key[:40]), "key too long", key))
                errors += check(extra, item, (*loc, key), defs, place)
    return errors


_SCHEMAS: dict[int, tuple[Any, dict[str, Any]]] = {}


def _schema_of(field: Any) -> dict[str, Any]:
    cached = _SCHEMAS.get(id(field))
    if cached is not None and cached[0] is field:
        return cached[1]
    try:
        schema = field._type_adapter.json_schema(mode="validation")
    except Exception:  # a type with no JSON schema (uploads...): nothing to bound
        schema = {}
    _SCHEMAS[id(field)] = (field, schema)
    return schema  # type: ignore[no-any-return]


def bound_errors(field: Any, value: Any, loc: tuple[Any, ...]) -> list[dict[str, Any]]:
    if not loc or loc[0] not in LOCATIONS or not isinstance(value, str | int | float | list | dict):
        return []
    schema = _schema_of(field)
    if not schema:
        return []
    return check(schema, value, tuple(loc), schema.get("$defs", {}), str(loc[0]))


_INSTALLED: list[bool] = []


def install_bounded_validation() -> None:
    """Check bounds and strict dates before FastAPI's own validation of each parameter and body."""
    if _INSTALLED:
        return
    from fastapi.dependencies import utils

    original = utils._validate_value_with_model_field

    def validate(*, field: Any, value: Any, values: dict[str, Any], loc: tuple[str, ...]) -> Any:
        errors = bound_errors(field, value, loc)
        if errors:
            return None, errors
        return original(field=field, value=value, values=values, loc=loc)

    utils._validate_value_with_model_field = validate  # type: ignore[assignment]
    _INSTALLED.append(True)


# -- documentation ---------------------------------------------------------------------------------
def bound_schema(schema: Any, components: dict[str, Any], place: str, seen: set[str]) -> None:
    """Add the default bounds to ``schema`` (and what it refers to) where it has none of its own."""
    if not isinstance(schema, dict):
        return
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name not in seen:
            seen.add(name)
            bound_schema(components.get(name), components, place, seen)
        return
    kind = schema.get("type")
    if kind == "string" and "enum" not in schema and "const" not in schema and "maxLength" not in schema:
        schema["maxLength"] = MAX_STRING if place == "body" else MAX_PARAM_STRING
    elif kind == "integer":
        if "maximum" not in schema and "exclusiveMaximum" not in schema:
            schema["maximum"] = INT_MAX
        if "minimum" not in schema and "exclusiveMinimum" not in schema:
            schema["minimum"] = INT_MIN
    elif kind == "array" and "maxItems" not in schema:
        schema["maxItems"] = MAX_ITEMS
    elif kind == "object" and isinstance(schema.get("additionalProperties"), dict):
        schema.setdefault("maxProperties", MAX_ITEMS)
    decimal = _decimal_branches([b for b in schema.get("anyOf", ()) if isinstance(b, dict)])
    if decimal is not None:
        decimal.update(pattern=DECIMAL_PATTERN, maxLength=24)
    for key in ("anyOf", "oneOf", "allOf", "prefixItems"):
        for part in schema.get(key, ()):
            bound_schema(part, components, place, seen)
    for key in ("items", "additionalProperties"):
        bound_schema(schema.get(key), components, place, seen)
    for part in schema.get("properties", {}).values():
        bound_schema(part, components, place, seen)


def _operations(openapi: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for item in openapi.get("paths", {}).values():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "options", "head", "patch", "trace"):
                yield operation


def document_bounds(openapi: dict[str, Any]) -> None:
    components = openapi.get("components", {}).get("schemas", {})
    seen: set[str] = set()
    for operation in _operations(openapi):
        for parameter in operation.get("parameters", ()):
            if parameter.get("in") in ("query", "path"):
                bound_schema(parameter.get("schema"), components, "param", set())
        for media in operation.get("requestBody", {}).get("content", {}).values():
            bound_schema(media.get("schema"), components, "body", seen)
