"""Strategies for case and source JSON, generated from the published JSON Schemas.

`schema_json("case")` walks resources/schema/case.schema.json and draws values that follow it,
with real vocabulary codes, dates in both calendars and every precision, and text in English,
Dari and Pashto; `schema_json("case", wrong=True)` does the same but now and then puts a wrong
value in a field's place: another JSON type, an unknown code or a label instead of the code,
an absurd date, very long text, right-to-left and control characters, an unknown key, a
required key left out. Fields are all optional in the schema, so each object holds a random
subset of its fields: a partial case doubles as an edit.
"""

import base64
import datetime as dt
import json
import uuid as uuidlib
from functools import cache
from typing import Any

from hypothesis import strategies as st

from casefiles.core.exchange.bundle_schema import schema_path
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision
from tests.fuzz.helpers import hostile_text, one_of_json

# A few uuids drawn again and again, so that items collide within a case and across cases.
UUID_POOL = [str(uuidlib.UUID(int=n, version=4)) for n in range(1, 6)]
_TEXT = st.sampled_from(["Falcon-17", "احمد ولی", "ګل زمان", "Former NDS officer, threatened.",
                         "  padded  ", "Kandahar", "", "AF-KAN"]) | hostile_text
_WRONG_DATES = st.sampled_from(
    ["31 Mizan 1400", "2021-02-29", "2021-13-01", "0000-00-00", "SH 9999", "~G 0001", "G 2021-08",
     "SH 1400-12-30", "1400/13/1", "yesterday", "", "unknown-ish", "~2021-08", "2021-8-15",
     "SH 1580-12-30", "1799", "2201", "١٤٠٠"])
# With wrong values: of every so many fields, one on average is wrong.
_GOOD_PER_WRONG = 12
_WRONG_VALUES = one_of_json(st.none() | st.booleans() | st.integers() | st.floats() | _TEXT)


@st.composite
def fuzzy_dates(draw: st.DrawFn) -> FuzzyDate:
    """A valid date in either calendar, at any precision."""
    day = draw(st.dates(min_value=dt.date(1802, 1, 1), max_value=dt.date(2200, 12, 31)))
    date = FuzzyDate(Precision.DAY, Calendar.GREGORIAN, day.year, day.month, day.day)
    date = date.converted(draw(st.sampled_from(Calendar)))
    precision = draw(st.sampled_from(Precision))
    if precision is Precision.UNKNOWN:
        return FuzzyDate(Precision.UNKNOWN)
    if precision is Precision.DAY:
        return date
    month = date.month if precision is Precision.MONTH else None
    return FuzzyDate(precision, date.calendar, date.year, month)


def date_texts(canonical_only: bool) -> st.SearchStrategy[str]:
    """Valid dates as text: canonical (what the schema takes), or also as displayed."""
    dates = fuzzy_dates()
    if canonical_only:
        return dates.map(FuzzyDate.to_text)
    return dates.map(FuzzyDate.to_text) | st.builds(
        lambda d, c: d.display(c), dates, st.sampled_from(Calendar))


@cache
def _schema(name: str) -> dict[str, Any]:
    return json.loads(schema_path(name).read_text(encoding="utf-8"))


class _Walker:
    """Turns one schema into a strategy (wrong values mixed in when `wrong`)."""

    def __init__(self, name: str, wrong: bool) -> None:
        self.root, self.wrong, self.cache = _schema(name), wrong, {}

    def strategy(self, schema: dict[str, Any], key: str = "") -> st.SearchStrategy[Any]:
        good = self._good(schema, key)
        if not self.wrong:
            return good
        return st.one_of([good] * _GOOD_PER_WRONG + [self._wrong(schema)])

    def _wrong(self, schema: dict[str, Any]) -> st.SearchStrategy[Any]:
        if "enum" in schema:
            return st.sampled_from(["AF-XXX", "Kandahar", "NDS", "in Iran", "Male", "THREAT",
                                    " threat", "قندهار"]) | _WRONG_VALUES
        if schema.get("$ref") == "#/$defs/date" or "anyOf" in schema:
            return _WRONG_DATES | _WRONG_VALUES
        return _WRONG_VALUES

    def _good(self, schema: dict[str, Any], key: str) -> st.SearchStrategy[Any]:
        if "$ref" in schema:
            name = schema["$ref"].rsplit("/", 1)[1]
            if name == "date":
                return date_texts(canonical_only=not self.wrong)
            if name not in self.cache:  # records may nest: defer the build
                self.cache[name] = st.deferred(lambda: self._good(self.root["$defs"][name], key))
            return self.cache[name]
        if "anyOf" in schema:
            return st.one_of([self._good(s, key) for s in schema["anyOf"]])
        if "enum" in schema:
            return st.sampled_from(schema["enum"])
        kind = schema.get("type")
        if kind == "object":
            return self._object(schema)
        if kind == "array":
            return st.lists(self.strategy(schema["items"], key), max_size=3)
        if kind == "boolean":
            return st.booleans()
        if kind == "integer":
            return st.integers(min_value=schema.get("minimum", -10), max_value=10**6)
        if kind == "null":
            return st.none()
        return self._string(schema, key)

    def _string(self, schema: dict[str, Any], key: str) -> st.SearchStrategy[str]:
        if schema.get("contentEncoding") == "base64":
            return st.binary(max_size=64).map(lambda b: base64.b64encode(b).decode())
        if key in ("uuid", "case_uuid") or key.endswith("_uuid"):
            return st.sampled_from(UUID_POOL) | st.uuids(version=4).map(str) | (
                st.just("") if key != "case_uuid" else st.sampled_from(UUID_POOL))
        if key == "sha256":
            return st.binary(min_size=32, max_size=32).map(bytes.hex)
        return _TEXT

    def _object(self, schema: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
        properties = schema.get("properties", {})
        required = set(schema.get("required", ()))
        fixed = {k: self.strategy(v, k) for k, v in properties.items() if k in required}
        optional = {k: self.strategy(v, k) for k, v in properties.items() if k not in required}
        strategy = st.fixed_dictionaries(fixed, optional=optional)
        if self.wrong:
            strategy = st.one_of([strategy] * _GOOD_PER_WRONG + [_tampered(strategy, required)])
        return strategy


@st.composite
def _tampered(draw: st.DrawFn, objects: st.SearchStrategy[dict[str, Any]],
              required: set[str]) -> dict[str, Any]:
    """An object with an unknown key added or a required one taken out."""
    data = dict(draw(objects))
    if required and draw(st.booleans()):
        data.pop(draw(st.sampled_from(sorted(required))), None)
    else:
        data[draw(st.sampled_from(["secret", "Summary", "person ", "", "\u202esummary"]))] = (
            draw(_WRONG_VALUES))
    return data


@cache
def schema_json(name: str, wrong: bool = False) -> st.SearchStrategy[dict[str, Any]]:
    """Objects drawn from schema `name` ("case", "source"), wrong values mixed in if `wrong`."""
    walker = _Walker(name, wrong)
    return walker.strategy({k: v for k, v in _schema(name).items() if k != "$defs"})


@cache
def record_json(schema: str, record: str, wrong: bool = False) -> st.SearchStrategy[Any]:
    """Objects drawn from one record of a schema ("case", "Incident"), as `schema_json`."""
    return _Walker(schema, wrong).strategy({"$ref": f"#/$defs/{record}"})


def case_inputs() -> st.SearchStrategy[Any]:
    """Case JSON as a script might send it: valid, now and then wrong, or any JSON at all."""
    return st.one_of(schema_json("case"), schema_json("case", wrong=True), _WRONG_VALUES)
