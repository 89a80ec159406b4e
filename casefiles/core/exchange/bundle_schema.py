"""The published JSON Schemas of an exchange bundle, generated from the model, and their use.

`resources/schema/` holds three schemas (draft 2020-12): `case.schema.json` (one case as
`serial.to_json` writes it), `source.schema.json` (one source's metadata, with the citations that
link it to the bundle's cases) and `manifest.schema.json`. They are generated from the dataclasses
of `casefiles.core.model.case` and the vocabularies in `resources/vocab/` (`scripts/make_schema.py`
writes them); a test checks that the committed files equal what this module generates, so the
published schema cannot drift from the model. Reading a bundle validates against the committed
files: they are what partners build against.
"""

import json
import types
import typing
from dataclasses import Field, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, get_args, get_origin

from casefiles.core.errors import BundleRefused, InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.model.vocab import vocabulary
from casefiles.core.resources import resources_dir

# The version of the case and source schemas. Raise it (and teach the reader the old one) when a
# field is renamed or removed or its meaning changes; adding an optional field needs no new version.
SCHEMA_VERSION = 1
SCHEMA_NAMES = ("case", "source", "manifest")

_DRAFT = "https://json-schema.org/draft/2020-12/schema"
UUID_PATTERN = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"
SHA256_PATTERN = "^[0-9a-f]{64}$"
# FuzzyDate.to_text: "2021-08-15", "2021-08", "2021", "~2021", "SH 1400-05-24", "G 1400", "unknown"
_DATE_PATTERN = r"^(unknown|~(SH |G )?[0-9]{4}|(SH |G )?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?)$"
_BASE64_PATTERN = r"^[A-Za-z0-9+/]*={0,2}$"
_MAX_MESSAGE = 160


def schema_path(name: str) -> Path:
    """Where the committed schema `name` ("case", "source", "manifest") lives."""
    return resources_dir() / "schema" / f"{name}.schema.json"


# ---- generation -------------------------------------------------------------------------------

def generate(name: str) -> dict[str, Any]:
    """The schema `name` as the model and vocabularies define it today."""
    if name == "manifest":
        return _manifest_schema()
    defs: dict[str, Any] = {"date": {"type": "string", "pattern": _DATE_PATTERN}}
    root, extra = (Case, {}) if name == "case" else (Source, _source_extra(defs))
    body = _record_def(root, defs, extra)
    return {"$schema": _DRAFT, "$id": f"urn:casefiles:schema:{name}:{SCHEMA_VERSION}",
            "title": f"casefiles {name}", "x-casefiles-schema-version": SCHEMA_VERSION,
            **body, "$defs": dict(sorted(defs.items()))}


def render(name: str) -> str:
    """The schema file's exact text: what `scripts/make_schema.py` writes."""
    return json.dumps(generate(name), indent=2, ensure_ascii=False) + "\n"


def _source_extra(defs: dict[str, Any]) -> dict[str, Any]:
    """A source's citations travel with it, naming the case by UUID (local ids mean nothing)."""
    return {"citations": {"type": "array", "items": _item_schema(Citation, None, defs)}}


def _record_def(cls: type, defs: dict[str, Any], extra: dict[str, Any] | None = None
                ) -> dict[str, Any]:
    """An object schema for one dataclass: every field optional, nothing else allowed."""
    hints = typing.get_type_hints(cls)
    properties = {f.name: _field_schema(hints[f.name], f, defs) for f in fields(cls)}
    if cls is Case:
        properties["uuid"] = {"type": "string", "pattern": UUID_PATTERN}
    if cls is Citation:
        properties["case_uuid"] = {"type": "string", "pattern": UUID_PATTERN}
    if cls is Source:
        properties["sha256"] = {"type": "string", "pattern": SHA256_PATTERN}
        properties["size"] = {"type": "integer", "minimum": 0}
    properties.update(extra or {})
    schema: dict[str, Any] = {"type": "object", "properties": properties,
                              "additionalProperties": False}
    required = {Case: ["uuid"], Source: ["sha256", "size"], Citation: ["case_uuid"]}.get(cls)
    if required:
        schema["required"] = required
    return schema


def _field_schema(hint: Any, f: Field, defs: dict[str, Any]) -> dict[str, Any]:
    """One field: its type, its vocabulary's codes, null where a profile may withhold it."""
    inner, optional = _unwrap_optional(hint)
    vocab_name = f.metadata.get("vocab")
    if get_origin(inner) is list:
        (item,) = get_args(inner)
        return {"type": "array", "items": _item_schema(item, vocab_name, defs)}
    schema = _item_schema(inner, vocab_name, defs)
    # Redaction empties a withheld code or date to null, even a code typed `str`.
    return _nullable(schema) if optional or vocab_name else schema


def _item_schema(tp: Any, vocab_name: str | None, defs: dict[str, Any]) -> dict[str, Any]:
    if vocab_name:
        return {"enum": vocabulary(vocab_name).codes()}
    if tp is FuzzyDate:
        return {"$ref": "#/$defs/date"}
    if is_dataclass(tp):
        if tp.__name__ not in defs:
            defs[tp.__name__] = {}  # reserve the name first: records may nest
            defs[tp.__name__] = _record_def(tp, defs)  # type: ignore[arg-type]
        return {"$ref": f"#/$defs/{tp.__name__}"}
    if tp is bytes:
        return {"type": "string", "contentEncoding": "base64", "pattern": _BASE64_PATTERN}
    return {"type": {bool: "boolean", int: "integer", str: "string"}[tp]}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    if "enum" in schema:
        return {"enum": [*schema["enum"], None]}
    return {"anyOf": [schema, {"type": "null"}]}


def _unwrap_optional(tp: Any) -> tuple[Any, bool]:
    if get_origin(tp) in (typing.Union, types.UnionType):
        return next(a for a in get_args(tp) if a is not type(None)), True
    return tp, False


def _manifest_schema() -> dict[str, Any]:
    """The manifest: what the bundle holds, from whom, signed in manifest.sig."""
    member = {"type": "object", "additionalProperties": False,
              "required": ["name", "size", "sha256"],
              "properties": {"name": {"type": "string", "maxLength": 200},
                             "size": {"type": "integer", "minimum": 0},
                             "sha256": {"type": "string", "pattern": SHA256_PATTERN}}}
    sender = {"type": "object", "additionalProperties": False,
              "required": ["name", "ed25519_public_key"],
              "properties": {"name": {"type": "string", "maxLength": 500},
                             "ed25519_public_key": {"type": "string",
                                                    "pattern": "^[A-Za-z0-9+/]{43}=$"}}}
    return {"$schema": _DRAFT, "$id": "urn:casefiles:schema:manifest:1",
            "title": "casefiles bundle manifest", "type": "object",
            "additionalProperties": False,
            "required": ["format", "format_version", "schema_version", "created_at", "sender",
                         "profile", "members"],
            "properties": {"format": {"const": "casefiles-bundle"},
                           "format_version": {"type": "integer"},
                           "schema_version": {"type": "integer"},
                           "created_at": {"type": "string", "format": "date-time"},
                           "sender": sender,
                           "profile": {"type": "string", "maxLength": 200},
                           "members": {"type": "array", "items": member}}}


# ---- validation -------------------------------------------------------------------------------

@cache
def _validator(name: str) -> Any:
    """A validator for the committed schema `name` (jsonschema, draft 2020-12): it finds and
    explains what is wrong."""
    import jsonschema  # only reading and writing bundles needs it

    return jsonschema.Draft202012Validator(_schema(name))


@cache
def _fast_validator(name: str) -> Any:
    """The same schema compiled by jsonschema-rs, which says whether data follows it some
    fifty times faster: a bundle holds thousands of cases and nearly all of them do."""
    import jsonschema_rs

    return jsonschema_rs.validator_for(_schema(name))


def _schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


def validate(name: str, data: Any, member: str,
             error_class: type[InvalidInput] = BundleRefused) -> None:
    """Refuse `data` that does not follow schema `name`, naming where and why.

    Reading raises BundleRefused; writing passes InvalidInput (our own data, not a bad bundle).
    """
    if _follows(name, data):
        return
    import jsonschema

    # jsonschema decides (it always has): a refusal by jsonschema-rs alone is not a refusal.
    error = jsonschema.exceptions.best_match(_validator(name).iter_errors(data))
    if error is None:
        return
    where = "/".join(str(p) for p in error.absolute_path) or "top level"
    message = error.message if len(error.message) <= _MAX_MESSAGE else (
        error.message[:_MAX_MESSAGE] + "...")
    raise error_class(_("{member} does not follow the {schema} schema at {where}: {message}")
                        .format(member=member, schema=name, where=where, message=message))


def _follows(name: str, data: Any) -> bool:
    """jsonschema-rs's verdict; False when it cannot take the data (an integer beyond 64 bits
    from a hostile bundle), which leaves the verdict to jsonschema."""
    try:
        return bool(_fast_validator(name).is_valid(data))
    except (ValueError, TypeError, OverflowError):
        return False
