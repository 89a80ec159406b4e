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
from casefiles.core.model.textnorm import excerpt
from casefiles.core.model.vocab import vocabulary

T = TypeVar("T")
_MAX_NAME = 80  # a longer unknown key is cut short in messages


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
        name = unknown[0]
        shown = name if name.isidentifier() and len(name) <= _MAX_NAME else excerpt(name)
        raise InvalidInput(_("{path}: unknown field {name}").format(
            path=_join(path, shown), name=excerpt(name)))
    values = {}
    for plan in _json_plan(cls):
        if plan.name in data:
            values[plan.name] = _value_from_json(plan, data[plan.name], _join(path, plan.name))
    return cls(**values)


class _FieldPlan(typing.NamedTuple):
    """How one field's JSON value is read, worked out once per class (a bundle of thousands of
    cases reads each field of each record)."""

    name: str
    field: Field
    inner: Any  # the type, `X | None` unwrapped; for a list, the items' type
    optional: bool
    is_list: bool
    vocab: str | None


@cache
def _json_plan(cls: type) -> tuple[_FieldPlan, ...]:
    """The fields JSON input may set (output-only ones are ignored on input)."""
    plans = []
    for f in fields(cls):  # type: ignore[arg-type]
        if f.metadata.get("output_only"):
            continue
        inner, optional = _unwrap_optional(_hints(cls)[f.name])
        is_list = get_origin(inner) is list
        plans.append(_FieldPlan(f.name, f, get_args(inner)[0] if is_list else inner, optional,
                                is_list, f.metadata.get("vocab")))
    return tuple(plans)


def _value_from_json(plan: _FieldPlan, value: Any, path: str) -> Any:
    if value is None:
        f = plan.field
        if plan.optional:
            return None
        if f.default is not MISSING and f.default is not None:
            return f.default
        if f.default_factory is not MISSING:
            return f.default_factory()
        raise InvalidInput(_("{path}: a value is required").format(path=path))
    if plan.is_list:
        if not isinstance(value, list):
            raise InvalidInput(_("{path}: expected a list").format(path=path))
        return [_item_from_json(plan.inner, plan.vocab, item, f"{path}[{i}]")
                for i, item in enumerate(value)]
    return _item_from_json(plan.inner, plan.vocab, value, path)


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
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # JSON can escape half of a UTF-16 pair ("\ud800"), alone
        raise InvalidInput(_("{path}: the text holds a broken character (half of a UTF-16 "
                             "pair), as a damaged file or a faulty program writes").format(
                                 path=path)) from None
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
        # A uuid that is not text names no item (from_json then says what is wrong with it).
        return [merge_patch(existing[item["uuid"]], item)
                if isinstance(item, dict) and isinstance(item.get("uuid"), str)
                and item["uuid"] in existing else item
                for item in patch]
    return patch


# ---- database rows ----------------------------------------------------------------------------

@cache
def scalar_fields(cls: type) -> tuple[Field, ...]:
    """The fields stored as columns: everything but nested records and lists of records.
    Cached, like `_columns`: a case is read and written row by row, thousands at a time."""
    result = []
    for f in fields(cls):  # type: ignore[arg-type]
        inner, _optional = _unwrap_optional(_hints(cls)[f.name])
        if _is_record(inner):
            continue
        if get_origin(inner) is list and _is_record(get_args(inner)[0]):
            continue
        result.append(f)
    return tuple(result)


_DATE, _LIST, _BOOL, _PLAIN = "date", "list", "bool", "plain"


@cache
def _columns(cls: type) -> tuple[tuple[str, str], ...]:
    """(field name, how its column value is read back) for each scalar field of `cls`."""
    out = []
    for f in scalar_fields(cls):
        inner, _optional = _unwrap_optional(_hints(cls)[f.name])
        kind = (_DATE if inner is FuzzyDate else _LIST if get_origin(inner) is list
                else _BOOL if inner is bool else _PLAIN)
        out.append((f.name, kind))
    return tuple(out)


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
    for name, kind in _columns(cls):
        value = row.get(prefix + name)
        if value is None:
            continue
        if kind == _DATE:
            value = FuzzyDate.parse(value)
        elif kind == _LIST:
            value = json.loads(value)
        elif kind == _BOOL:
            value = bool(value)
        values[name] = value
    return cls(**values)
