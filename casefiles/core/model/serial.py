"""Generic conversion of the domain dataclasses to and from JSON and database rows.

One mapping, driven by the dataclasses' type hints and field metadata, serves the CLI's JSON,
the store's rows and (later) exchange bundles, so a field added to the model needs no code here.
Input is checked strictly: an unknown key, a wrong type or an unknown vocabulary term is an
InvalidInput naming the exact path (`incidents[2].province`).
"""

import base64
import binascii
import json
import types
import typing
from dataclasses import MISSING, Field, fields, is_dataclass
from functools import cache
from typing import Any, TypeVar, get_args, get_origin

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.vocab import vocabulary

T = TypeVar("T")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _is_record(tp: Any) -> bool:
    """A nested record (dataclass), as opposed to a value like FuzzyDate."""
    return is_dataclass(tp) and tp is not FuzzyDate


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """(inner type, whether None is allowed) of `X | None`."""
    if get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in get_args(tp) if a is not type(None)]
        return args[0], True
    return tp, False


# ---- JSON -------------------------------------------------------------------------------------

def to_json(obj: Any) -> Any:
    """The JSON-ready form of a dataclass (dates as canonical text, bytes as base64)."""
    if isinstance(obj, FuzzyDate):
        return obj.to_text()
    if is_dataclass(obj):
        return {f.name: to_json(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, list):
        return [to_json(item) for item in obj]
    if isinstance(obj, bytes):
        return base64.b64encode(obj).decode("ascii")
    return obj


def from_json(cls: type[T], data: Any, path: str = "") -> T:
    """Build a `cls` from JSON data, or raise InvalidInput naming the path of the first error."""
    if not isinstance(data, dict):
        raise InvalidInput(_("{path}: expected an object").format(path=path or "input"))
    known = {f.name: f for f in fields(cls)}  # type: ignore[arg-type]
    unknown = sorted(set(data) - set(known))
    if unknown:
        raise InvalidInput(_("{path}: unknown field {name!r}").format(
            path=_join(path, unknown[0]), name=unknown[0]))
    values = {}
    for name, f in known.items():
        if name in data and not f.metadata.get("output_only"):
            values[name] = _value_from_json(_hints(cls)[name], f, data[name], _join(path, name))
    return cls(**values)


def _value_from_json(tp: Any, f: Field, value: Any, path: str) -> Any:
    inner, optional = _unwrap_optional(tp)
    if value is None:
        if optional:
            return None
        if f.default is not MISSING and f.default is not None:
            return f.default
        if f.default_factory is not MISSING:
            return f.default_factory()
        raise InvalidInput(_("{path}: a value is required").format(path=path))
    vocab_name = f.metadata.get("vocab")
    if get_origin(inner) is list:
        if not isinstance(value, list):
            raise InvalidInput(_("{path}: expected a list").format(path=path))
        (item_type,) = get_args(inner)
        return [_item_from_json(item_type, vocab_name, item, f"{path}[{i}]")
                for i, item in enumerate(value)]
    return _item_from_json(inner, vocab_name, value, path)


def _item_from_json(tp: Any, vocab_name: str | None, value: Any, path: str) -> Any:
    if tp is FuzzyDate:
        return _date_from_json(value, path)
    if is_dataclass(tp):
        return from_json(tp, value, path)
    if tp is bool:
        if not isinstance(value, bool):
            raise InvalidInput(_("{path}: expected true or false").format(path=path))
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise InvalidInput(_("{path}: expected a whole number").format(path=path))
        return value
    if tp is bytes:
        try:
            return base64.b64decode(str(value), validate=True)
        except (binascii.Error, ValueError):
            raise InvalidInput(_("{path}: expected base64 data").format(path=path)) from None
    if not isinstance(value, str):
        raise InvalidInput(_("{path}: expected text").format(path=path))
    if vocab_name:
        return vocabulary(vocab_name).resolve(value, path)
    return value


def _date_from_json(value: Any, path: str) -> FuzzyDate:
    try:
        if isinstance(value, str):
            return FuzzyDate.parse(value)
        if isinstance(value, dict):
            return FuzzyDate(**value)
    except InvalidInput as err:
        raise InvalidInput(f"{path}: {err}") from None
    except (TypeError, ValueError):
        pass
    raise InvalidInput(_("{path}: expected a date such as \"2021-08-15\" or \"24 Asad 1400\"")
                       .format(path=path))


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def merge_patch(base: Any, patch: Any) -> Any:
    """Apply an edit given as partial JSON to the JSON of an existing record.

    Objects merge key by key. A list given in the patch becomes the new list; its items that
    carry the `uuid` of an existing item are merged into that item (so unmentioned fields of an
    incident survive), items without a uuid are new, and existing items left out are removed.
    """
    if isinstance(base, dict) and isinstance(patch, dict):
        merged = dict(base)
        for key, value in patch.items():
            merged[key] = merge_patch(base.get(key), value)
        return merged
    if isinstance(patch, list) and isinstance(base, list):
        existing = {item.get("uuid"): item for item in base
                    if isinstance(item, dict) and item.get("uuid")}
        return [merge_patch(existing[item["uuid"]], item)
                if isinstance(item, dict) and item.get("uuid") in existing else item
                for item in patch]
    return patch


# ---- database rows ----------------------------------------------------------------------------

def scalar_fields(cls: type) -> list[Field]:
    """The fields stored as columns: everything but nested records and lists of records."""
    result = []
    for f in fields(cls):  # type: ignore[arg-type]
        inner, _optional = _unwrap_optional(_hints(cls)[f.name])
        if _is_record(inner):
            continue
        if get_origin(inner) is list and _is_record(get_args(inner)[0]):
            continue
        result.append(f)
    return result


def to_row(obj: Any, prefix: str = "") -> dict[str, Any]:
    """Column values of a dataclass's scalar fields, for sqlite."""
    row = {}
    for f in scalar_fields(type(obj)):
        value = getattr(obj, f.name)
        if isinstance(value, FuzzyDate):
            value = value.to_text()
        elif isinstance(value, list):
            value = json.dumps(value, ensure_ascii=False)
        elif isinstance(value, bool):
            value = int(value)
        row[prefix + f.name] = value
    return row


def from_row(cls: type[T], row: dict[str, Any], prefix: str = "", **nested: Any) -> T:
    """Rebuild a dataclass from its row (and `nested` values for its record fields)."""
    values = dict(nested)
    for f in scalar_fields(cls):
        value = row.get(prefix + f.name)
        inner, _optional = _unwrap_optional(_hints(cls)[f.name])
        if value is None:
            continue
        if inner is FuzzyDate:
            value = FuzzyDate.parse(value)
        elif get_origin(inner) is list:
            value = json.loads(value)
        elif inner is bool:
            value = bool(value)
        values[f.name] = value
    return cls(**values)
