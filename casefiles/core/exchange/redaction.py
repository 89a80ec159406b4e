"""Redaction profiles: which fields of a case each kind of recipient sees, and how coarsely.

A profile is data, one file per profile in `resources/profiles/` (its README explains the
format and each profile's choices). It gives a rule for every field path of every record in
`casefiles.core.model.case` ("person.birth", "incidents.description", "risk.factors.present"):
include, withhold, or coarsen a date to its month or year. A profile that forgets a field, or
names one that does not exist, does not load, so a field added to the model is never shown by
accident. One function, `redact`, applies a profile; every output renders what it returns.

Identity (the fields marked `sensitivity="identity"`) has a second lock: even a profile whose
rules include it shows it only when the case's consent records the scope the profile names
(`identity_consent`); otherwise it is withheld as if the rules said so.
"""

import copy
import json
import re
import string
import types
import typing
import unicodedata
from collections.abc import Mapping
from dataclasses import Field, dataclass, field, fields, is_dataclass
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, get_args, get_origin

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _, lang_or_current, shown
from casefiles.core.model.case import IDENTITY, Case, Citation, ShareEntry, Source
from casefiles.core.model.dates import FuzzyDate, Precision
from casefiles.core.model.vocab import LANGUAGES, vocabulary
from casefiles.core.resources import resources_dir

T = TypeVar("T")

INCLUDE = "include"
WITHHOLD = "withhold"
COARSEN_TO_MONTH = "coarsen_to_month"
COARSEN_TO_YEAR = "coarsen_to_year"
RULES = (INCLUDE, WITHHOLD, COARSEN_TO_MONTH, COARSEN_TO_YEAR)

# The records a profile has rules for: everything that can appear in an output about a case.
# The share log never leaves the store; its rules exist so that no record of the model is
# without them.
ROOTS: tuple[type, ...] = (Case, Source, Citation, ShareEntry)

FORMAT = 1
_TEXTS = ("title", "description", "marking", "withheld_note")
_TEXTS_IN_EVERY_LANGUAGE = ("title", "marking", "withheld_note")  # printed in the dossier
_KEYS = {"format", "name", *_TEXTS, "identity_consent", "sharing_consent", "sources",
         "file_name", "rules"}
_SOURCE_KEYS = {"include", "types", "types_with_identity"}
# Placeholders of a file-name pattern, and the Case field each one shows (None: not case data).
_PLACEHOLDERS: dict[str, str | None] = {"code": "code", "pseudonym": "person.pseudonym",
                                        "profile": None}
_SAFE_LITERAL = re.compile(r"^[A-Za-z0-9._-]*$")
_SAFE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")
_PRECISION_OF = {COARSEN_TO_MONTH: Precision.MONTH, COARSEN_TO_YEAR: Precision.YEAR}
_FINER_THAN = {Precision.MONTH: (Precision.DAY,),
               Precision.YEAR: (Precision.DAY, Precision.MONTH)}
_EMPTY_SCALARS: dict[type, Any] = {str: "", bool: False, int: 0, bytes: b""}


def _profiles_dir() -> Path:
    return resources_dir() / "profiles"


PROFILES: tuple[str, ...] = tuple(sorted(p.stem for p in _profiles_dir().glob("*.json")))


# ---- the model's field paths ------------------------------------------------------------------

@dataclass(frozen=True)
class _Leaf:
    """A field that holds a value (not a nested record): what a rule applies to."""

    field: Field
    hint: Any
    identity: bool  # inside a field marked sensitivity="identity"


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _unwrap_optional(hint: Any) -> tuple[Any, bool]:
    """(inner type, whether None is allowed) of `X | None`."""
    if get_origin(hint) in (typing.Union, types.UnionType):
        return next(a for a in get_args(hint) if a is not type(None)), True
    return hint, False


def _record_type(hint: Any) -> tuple[type | None, bool]:
    """(the record class a field holds, whether as a list); (None, _) for plain values."""
    inner, _optional = _unwrap_optional(hint)
    is_list = get_origin(inner) is list
    if is_list:
        inner = get_args(inner)[0]
    record = inner if is_dataclass(inner) and inner is not FuzzyDate else None
    return record, is_list  # type: ignore[return-value]


@cache
def leaf_paths(root: type) -> dict[str, _Leaf]:
    """Every value field under `root`, by dotted path; lists of records are transparent."""
    return dict(_walk(root, "", identity=False))


def _walk(cls: type, prefix: str, identity: bool) -> typing.Iterator[tuple[str, _Leaf]]:
    for f in fields(cls):  # type: ignore[arg-type]
        path = prefix + f.name
        hint = _hints(cls)[f.name]
        inside_identity = identity or f.metadata.get("sensitivity") == IDENTITY
        record, _is_list = _record_type(hint)
        if record is None:
            yield path, _Leaf(f, hint, inside_identity)
        else:
            yield from _walk(record, path + ".", inside_identity)


# ---- profiles ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Profile:
    """One redaction profile as loaded from `resources/profiles/<name>.json`."""

    name: str
    includes_sources: bool
    # The consent scope a case must record for its identity to be shown (None: never shown).
    identity_consent: str | None
    # The consent scope a case must record to go out under this profile at all (None: none
    # beyond keeping the file, as for the asylum authority deciding the person's own claim).
    sharing_consent: str | None
    # Source types always allowed, and those allowed only when the identity is shown (they
    # may name the person: letters, statements, photos, recordings, posts).
    source_types: frozenset[str]
    source_types_with_identity: frozenset[str]
    file_name_pattern: str
    texts: Mapping[str, Mapping[str, str]] = field(hash=False, repr=False)
    rules: Mapping[str, Mapping[str, str]] = field(hash=False, repr=False)

    def title(self, lang: str | None = None) -> str:
        """The profile's name as the caseworker chooses it."""
        return self._text("title", lang)

    def description(self, lang: str | None = None) -> str:
        """What the recipient gets and what is held back, for the caseworker choosing."""
        return self._text("description", lang)

    def marking(self, lang: str | None = None) -> str:
        """The confidentiality marking for the dossier's cover and every page footer."""
        return self._text("marking", lang)

    def _text(self, key: str, lang: str | None) -> str:
        """In `lang`, by default the interface's language; English when it has none."""
        texts = self.texts[key]
        return shown(texts.get(lang_or_current(lang)) or texts["en"])

    def rule(self, path: str, record: type = Case) -> str:
        """The rule for one field path of `record` ("person.birth"): one of RULES."""
        return self.rules[record.__name__][path]

    def allows_source(self, source: Source, case: Case) -> bool:
        """Whether `source` (its metadata, citations and original) may go out with `case`."""
        if not self.includes_sources:
            return False
        kind = source.type or "other"
        if kind in self.source_types:
            return True
        return kind in self.source_types_with_identity and identity_included(case, self)

    def file_name(self, case: Case) -> str:
        """The output's file name: only [A-Za-z0-9._-], and only what the profile shows."""
        values = {"code": case.code, "pseudonym": case.person.pseudonym, "profile": self.name}
        name = self.file_name_pattern.format(**{k: _safe_part(v) for k, v in values.items()})
        assert _SAFE_NAME.match(name), name  # literals are checked when the profile loads
        return name


def _safe_part(value: str) -> str:
    """`value` folded to ASCII letters, digits, "_" and "-" (never empty, never a path)."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9_]+", "-", ascii_text).strip("-_") or "case"


def load_profile(name: str) -> Profile:
    """The profile called `name`, or InvalidInput listing the profiles there are."""
    if name not in PROFILES:
        raise InvalidInput(_("{name!r} is not a redaction profile (use one of: {names})")
                           .format(name=name, names=", ".join(PROFILES)))
    return _load(name)


@cache
def _load(name: str) -> Profile:
    path = _profiles_dir() / f"{name}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise InvalidInput(_("Redaction profile {name} cannot be read: {err}")
                           .format(name=name, err=err)) from None
    return _parse(name, data)


def profiles() -> list[Profile]:
    """Every profile, in the order of PROFILES."""
    return [load_profile(name) for name in PROFILES]


# ---- checking a profile file ------------------------------------------------------------------

def _require(ok: bool, name: str, problem: str) -> None:
    """Refuse a profile file that is not exactly as the format says: fail closed."""
    if not ok:
        raise InvalidInput(_("Redaction profile {name} is not valid: {problem}")
                           .format(name=name, problem=problem))


def _parse(name: str, data: Any) -> Profile:
    _require(isinstance(data, dict), name, _("expected a JSON object"))
    _require(set(data) == _KEYS, name, _("expected exactly the keys {keys}")
             .format(keys=", ".join(sorted(_KEYS))))
    _require(data["format"] == FORMAT and data["name"] == name, name,
             _("format must be {format} and name {name!r}").format(format=FORMAT, name=name))
    rules = _parse_rules(name, data["rules"])
    identity_consent = _parse_identity_consent(name, data["identity_consent"], rules)
    sharing_consent = data["sharing_consent"]
    _require(sharing_consent is None or sharing_consent in vocabulary("consent_scopes").codes(),
             name, _("sharing_consent {scope!r} is not a consent scope")
             .format(scope=sharing_consent))
    includes, kinds, kinds_with_identity = _parse_sources(name, data["sources"], rules)
    profile = Profile(
        name=name, includes_sources=includes, identity_consent=identity_consent,
        sharing_consent=sharing_consent,
        source_types=kinds, source_types_with_identity=kinds_with_identity,
        file_name_pattern=data["file_name"], texts=_parse_texts(name, data), rules=rules)
    _check_file_name(profile)
    return profile


def _parse_texts(name: str, data: dict) -> dict[str, dict[str, str]]:
    """Title, description, marking and note: English always, Dari and Pashto where printed."""
    texts = {}
    for key in _TEXTS:
        value = data[key]
        needed = LANGUAGES if key in _TEXTS_IN_EVERY_LANGUAGE else ("en",)
        _require(isinstance(value, dict) and set(value) <= set(LANGUAGES)
                 and all(isinstance(value.get(lang), str) and value[lang].strip()
                         for lang in needed), name,
                 _("{key} needs a text in each of: {langs}").format(key=key,
                                                                     langs=", ".join(needed)))
        texts[key] = dict(value)
    return texts


def _parse_rules(name: str, data: Any) -> dict[str, dict[str, str]]:
    """One rule for every field path of every record, and nothing else."""
    _require(isinstance(data, dict) and set(data) == {r.__name__ for r in ROOTS}, name,
             _("rules need exactly the records {records}")
             .format(records=", ".join(r.__name__ for r in ROOTS)))
    for root in ROOTS:
        given, expected = data[root.__name__], leaf_paths(root)
        _require(isinstance(given, dict), name, root.__name__)
        missing, unknown = sorted(set(expected) - set(given)), sorted(set(given) - set(expected))
        _require(not missing, name, _("no rule for {record} field(s) {paths}")
                 .format(record=root.__name__, paths=", ".join(missing)))
        _require(not unknown, name, _("{record} has no field(s) {paths}")
                 .format(record=root.__name__, paths=", ".join(unknown)))
        for path, rule in given.items():
            leaf = expected[path]
            _empty(leaf)  # a field of a type redaction cannot empty fails here, not later
            _require(rule in RULES, name, _("{record}.{path}: {rule!r} is not one of {rules}")
                     .format(record=root.__name__, path=path, rule=rule, rules=", ".join(RULES)))
            _require(rule not in _PRECISION_OF or _unwrap_optional(leaf.hint)[0] is FuzzyDate,
                     name, _("{record}.{path}: only dates can be coarsened")
                     .format(record=root.__name__, path=path))
    return {root: dict(rules) for root, rules in data.items()}


def _shows_identity(rules: Mapping[str, Mapping[str, str]]) -> bool:
    """Whether any identity field's rule would show it (consent permitting)."""
    case_rules = rules[Case.__name__]
    return any(leaf.identity and case_rules[path] != WITHHOLD
               for path, leaf in leaf_paths(Case).items())


def _parse_identity_consent(name: str, scope: Any, rules: dict) -> str | None:
    """A profile that would show identity must name the consent scope that allows it."""
    if scope is None:
        _require(not _shows_identity(rules), name,
                 _("identity fields are included, so identity_consent must name a consent "
                   "scope"))
        return None
    _require(isinstance(scope, str) and scope in vocabulary("consent_scopes").codes(), name,
             _("identity_consent {scope!r} is not a consent scope").format(scope=scope))
    return scope


def _parse_sources(name: str, data: Any, rules: dict
                   ) -> tuple[bool, frozenset[str], frozenset[str]]:
    """Whether sources go out, of which types; without sources, no source field is shown."""
    _require(isinstance(data, dict) and set(data) == _SOURCE_KEYS
             and isinstance(data["include"], bool), name,
             _("sources needs exactly: {keys}").format(keys=", ".join(sorted(_SOURCE_KEYS))))
    known = set(vocabulary("source_types").codes())
    kinds = frozenset(data["types"])
    kinds_with_identity = frozenset(data["types_with_identity"])
    _require((kinds | kinds_with_identity) <= known, name,
             _("sources name unknown source types"))
    if not data["include"]:
        _require(not kinds and not kinds_with_identity and all(
            rule == WITHHOLD for root in (Source, Citation)
            for rule in rules[root.__name__].values()), name,
            _("without sources, no source type is listed and every Source and Citation field "
              "is withheld"))
    return data["include"], kinds, kinds_with_identity


def _check_file_name(profile: Profile) -> None:
    """Safe literal text, known placeholders, and none for a field the profile withholds."""
    pattern = profile.file_name_pattern
    try:
        parts = list(string.Formatter().parse(pattern))
    except ValueError:
        parts = []
        _require(False, profile.name, _("file_name has an unmatched brace"))
    for literal, placeholder, spec, conversion in parts:
        _require(bool(_SAFE_LITERAL.match(literal)), profile.name,
                 _("file_name may hold only A-Z, a-z, 0-9, '.', '_' and '-'"))
        if placeholder is None:
            continue
        _require(placeholder in _PLACEHOLDERS and not spec and not conversion, profile.name,
                 _("file_name placeholders are {names}").format(names=", ".join(_PLACEHOLDERS)))
        shows = _PLACEHOLDERS[placeholder]
        _require(shows is None or profile.rule(shows) == INCLUDE, profile.name,
                 _("file_name shows {field}, which the profile withholds").format(field=shows))
    _require(bool(_SAFE_NAME.match(pattern.replace("{", "").replace("}", ""))), profile.name,
             _("file_name must not start with '.' or '-'"))


# ---- applying a profile -----------------------------------------------------------------------

def check_sharing_consent(case: Case, profile: Profile) -> None:
    """Refuse (InvalidInput) to let `case` out under `profile` without the consent it needs."""
    scope = profile.sharing_consent
    if scope is not None and scope not in case.consent.scope:
        raise InvalidInput(_(
            "Case {code} does not record the person's consent to \"{consent}\", which the "
            "profile \"{profile}\" needs. Record the consent in the case first (Edit consent), "
            "or choose another profile.").format(
                code=case.code, consent=vocabulary("consent_scopes").label(scope),
                profile=profile.title()))


def identity_included(case: Case, profile: Profile) -> bool:
    """Whether `profile` shows this case's identity: its rules do, and the consent allows it.

    It does not look at whether `case` was loaded with its identity, so a caller can ask first
    and load the identity (`cases.load_case(..., with_identity=True)`) only when it will show.
    """
    return (profile.identity_consent is not None
            and profile.identity_consent in case.consent.scope
            and _shows_identity(profile.rules))


def redact(case: Case, profile: Profile) -> Case:
    """A deep copy of `case` with what `profile` withholds emptied and coarsened dates coarser.

    Withheld values become "" (text), [] (lists), None (dates and codes, even codes typed
    `str`, so that JSON says null and reads back as the field's default), False and 0. A list
    of records whose every field is withheld becomes []. The identity is Identity() unless
    `identity_included`. `case` itself is never changed.
    """
    return _redact_record(case, profile.rules[Case.__name__],
                          show_identity=identity_included(case, profile))


def redact_source(source: Source, profile: Profile, case: Case) -> Source | None:
    """`source` as it may go out with `case` under `profile`, or None if it may not at all."""
    if not profile.allows_source(source, case):
        return None
    return _redact_record(source, profile.rules[Source.__name__], show_identity=False)


def redact_citation(citation: Citation, profile: Profile) -> Citation:
    """`citation` redacted; drop it too when `redact_source` refuses its source."""
    return _redact_record(citation, profile.rules[Citation.__name__], show_identity=False)


def withheld_note(profile: Profile, lang: str | None = None) -> str:
    """One sentence for the dossier saying what this profile withheld and why."""
    return profile._text("withheld_note", lang)


def _redact_record(record: T, rules: Mapping[str, str], show_identity: bool) -> T:
    return _record(record, rules, "", withhold_all=False, show_identity=show_identity)


def _record(record: T, rules: Mapping[str, str], prefix: str, withhold_all: bool,
            show_identity: bool) -> T:
    """A new `record` built field by field; `withhold_all` empties a whole hidden subtree."""
    values = {}
    for f, hint, kind, is_list in _plan(type(record)):
        path = prefix + f.name
        hidden = withhold_all or (f.metadata.get("sensitivity") == IDENTITY and not show_identity)
        value = getattr(record, f.name)
        if kind is None:
            rule = WITHHOLD if hidden else rules[path]
            values[f.name] = _apply(rule, value, _Leaf(f, hint, identity=hidden))
        elif is_list:
            keep = not hidden and not _all_withheld(rules, path)
            values[f.name] = [_record(item, rules, path + ".", hidden, show_identity)
                              for item in value] if keep else []
        else:
            values[f.name] = _record(value, rules, path + ".", hidden, show_identity)
    return type(record)(**values)


@cache
def _plan(cls: type) -> tuple[tuple[Field, Any, type | None, bool], ...]:
    """(field, type hint, record class or None, whether a list) per field of `cls`: worked out
    once per class, not once per record of every case."""
    return tuple((f, _hints(cls)[f.name], *_record_type(_hints(cls)[f.name]))
                 for f in fields(cls))  # type: ignore[arg-type]


def _all_withheld(rules: Mapping[str, str], path: str) -> bool:
    """Whether every field under `path` is withheld (its records would show nothing)."""
    under = path + "."
    return all(rule == WITHHOLD for p, rule in rules.items() if p.startswith(under))


def _apply(rule: str, value: Any, leaf: _Leaf) -> Any:
    if rule == INCLUDE:
        return copy.deepcopy(value)
    if rule == WITHHOLD:
        return _empty(leaf)
    return coarsen(value, _PRECISION_OF[rule])


def _empty(leaf: _Leaf) -> Any:
    """What a withheld field holds: the empty value of its type (None for codes and dates)."""
    inner, optional = _unwrap_optional(leaf.hint)
    if get_origin(inner) is list:
        return []
    if optional or leaf.field.metadata.get("vocab"):
        return None
    return _EMPTY_SCALARS[inner]


def coarsen(date: FuzzyDate | None, precision: Precision) -> FuzzyDate | None:
    """`date` no finer than `precision` (month or year), in its own calendar.

    A day becomes its month or year, a month its year; years, approximate and unknown dates
    are already coarse enough and stay as they are.
    """
    if date is None or date.precision not in _FINER_THAN[precision]:
        return date
    month = date.month if precision is Precision.MONTH else None
    return FuzzyDate(precision, date.calendar, date.year, month)
