"""Redaction profiles: every field ruled, nothing withheld leaks, identity only with consent."""

import base64
import copy
import inspect
import json
import re
import types
import typing
from dataclasses import fields, is_dataclass
from typing import Any

import pytest

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import redaction
from casefiles.core.exchange.redaction import (
    PROFILES,
    Profile,
    check_sharing_consent,
    identity_included,
    load_profile,
    profiles,
    redact,
    withheld_note,
)
from casefiles.core.model import case as model
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Identity, Source
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision
from casefiles.core.model.vocab import vocabulary
from casefiles.core.resources import resources_dir

ROOTS = (model.Case, model.Source, model.Citation, model.ShareEntry)
EMPTY = ("", None, [], False, 0, b"")
CONSENT = "identity_to_authorities"


# ---- walking the model, independently of the module under test ----------------------------

def _inner(hint: Any) -> tuple[Any, bool]:
    """(type without `| None` and without `list[...]`, whether it was a list)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        hint = next(a for a in typing.get_args(hint) if a is not type(None))
    if typing.get_origin(hint) is list:
        return typing.get_args(hint)[0], True
    return hint, False


def _is_record(tp: Any) -> bool:
    return is_dataclass(tp) and tp is not FuzzyDate


def model_paths(cls: type, prefix: str = "", seen: set | None = None) -> dict[str, Any]:
    """Dotted path -> field of every value field under `cls`; `seen` collects the classes."""
    if seen is not None:
        seen.add(cls)
    paths = {}
    hints = typing.get_type_hints(cls)
    for f in fields(cls):
        inner, _is_list = _inner(hints[f.name])
        if _is_record(inner):
            paths.update(model_paths(inner, f"{prefix}{f.name}.", seen))
        else:
            paths[prefix + f.name] = (f, hints[f.name])
    return paths


def values_at(obj: Any, path: str) -> list[Any]:
    """Every value at `path` in `obj`, through lists of records."""
    head, _, rest = path.partition(".")
    value = getattr(obj, head)
    if not rest:
        return [value]
    items = value if isinstance(value, list) else [value]
    return [v for item in items for v in values_at(item, rest)]


# ---- a full fictional case: a distinct marker in every field ------------------------------

def _value_for(path: str, f: Any, hint: Any, n: int) -> Any:
    """A value for the field at `path` that no other field shares (codes from their vocab)."""
    inner, is_list = _inner(hint)
    vocab_name = f.metadata.get("vocab")
    if vocab_name:
        codes = vocabulary(vocab_name).codes()
        picked = codes[n % len(codes)]
        return [picked] if is_list else picked
    if inner is FuzzyDate:
        calendar = Calendar.SOLAR_HIJRI if n % 2 else Calendar.GREGORIAN
        year = (1360 if n % 2 else 1980) + n
        return FuzzyDate(Precision.DAY, calendar, year, n % 12 + 1, n % 28 + 1)
    if inner is bool:
        return True
    if inner is int:
        return 1000 + n
    if inner is bytes:
        return f"<<{path}#{n}>>".encode()
    marker = f"<<{path}#{n}>>"
    return [marker] if is_list else marker


def _build(cls: type, prefix: str, counter: list[int]) -> Any:
    values = {}
    hints = typing.get_type_hints(cls)
    for f in fields(cls):
        path = prefix + f.name
        inner, is_list = _inner(hints[f.name])
        if _is_record(inner):
            items = [_build(inner, path + ".", counter) for _ in range(2)]
            values[f.name] = items if is_list else items[0]
        else:
            counter[0] += 1
            values[f.name] = _value_for(path, f, hints[f.name], counter[0])
    return cls(**values)


def full_case(consent: bool = True) -> Case:
    """A case with every field filled, the identity loaded, and (optionally) identity consent."""
    case = _build(Case, "", [0])
    case.code = "CF-7K3M-Q9XD"
    case.consent.scope = ["record", "share_partners", "public_advocacy"] + (
        [CONSENT] if consent else [])
    return case


def effective_rule(profile: Profile, case: Case, path: str) -> str:
    if path.startswith("identity.") and not identity_included(case, profile):
        return redaction.WITHHOLD
    return profile.rule(path)


def json_text(obj: Any) -> str:
    """The whole serialised output, as a recipient would get it."""
    return json.dumps(serial.to_json(obj), ensure_ascii=False)


def marker_forms(values: list[Any]) -> set[str]:
    """How the markers among `values` appear in JSON (bytes as base64)."""
    forms = set()
    for value in values:
        if isinstance(value, list):
            forms |= marker_forms(value)
        elif isinstance(value, bytes):
            forms.add(base64.b64encode(value).decode("ascii"))
        elif isinstance(value, str) and value.startswith("<<"):
            forms.add(value)
    return forms


def identity_forms(case: Case) -> set[str]:
    return marker_forms([v for path in model_paths(Case) if path.startswith("identity.")
                         for v in values_at(case, path)])


@pytest.fixture(params=PROFILES)
def profile(request: pytest.FixtureRequest) -> Profile:
    return load_profile(request.param)


# ---- every field has a rule -----------------------------------------------------------------

def test_every_record_of_the_model_is_reached_from_a_root() -> None:
    seen: set[type] = set()
    for root in ROOTS:
        model_paths(root, seen=seen)
    defined = {cls for _name, cls in inspect.getmembers(model, inspect.isclass)
               if is_dataclass(cls) and cls.__module__ == model.__name__}
    assert defined - seen == set(), "a record of case.py no profile has rules for"


@pytest.mark.parametrize("name", PROFILES)
def test_every_field_has_a_rule_in_the_profile_file(name: str) -> None:
    data = json.loads((resources_dir() / "profiles" / f"{name}.json").read_text("utf-8"))
    for root in ROOTS:
        rules = data["rules"][root.__name__]
        assert set(rules) == set(model_paths(root)), root.__name__
        assert set(rules.values()) <= set(redaction.RULES)


def test_profiles_are_the_files() -> None:
    files = sorted(p.stem for p in (resources_dir() / "profiles").glob("*.json"))
    assert list(PROFILES) == files
    assert {"asylum_authority", "partner_organisation", "public_advocacy"} <= set(PROFILES)
    assert [p.name for p in profiles()] == list(PROFILES)


def _profile_data(name: str) -> dict:
    return json.loads((resources_dir() / "profiles" / f"{name}.json").read_text("utf-8"))


def _drop_rule(d: dict) -> None:
    del d["rules"]["Case"]["person.birth"]


def _unknown_rule(d: dict) -> None:
    d["rules"]["Case"]["person.nickname"] = "withhold"


def _coarsen_text(d: dict) -> None:
    d["rules"]["Case"]["summary"] = "coarsen_to_year"


def _identity_without_consent(d: dict) -> None:
    d["rules"]["Case"]["identity.full_name"] = "include"


def _file_name_shows_withheld_code(d: dict) -> None:
    d["file_name"] = "dossier-{code}.pdf"


def _file_name_with_path(d: dict) -> None:
    d["file_name"] = "../{pseudonym}.pdf"


def _sources_without_rules(d: dict) -> None:
    d["sources"]["types"] = ["news_article"]


def _no_dari_marking(d: dict) -> None:
    del d["marking"]["fa"]


@pytest.mark.parametrize("breakage", [
    _drop_rule, _unknown_rule, _coarsen_text, _identity_without_consent,
    _file_name_shows_withheld_code, _file_name_with_path, _sources_without_rules,
    _no_dari_marking])
def test_a_broken_profile_file_does_not_load(breakage: Any) -> None:
    data = _profile_data("public_advocacy")
    redaction._parse("public_advocacy", copy.deepcopy(data))  # the real one loads
    breakage(data)
    with pytest.raises(InvalidInput, match="public_advocacy is not valid"):
        redaction._parse("public_advocacy", data)


def test_a_missing_rule_is_named() -> None:
    data = _profile_data("partner_organisation")
    del data["rules"]["Case"]["incidents.district"]
    with pytest.raises(InvalidInput, match=r"incidents\.district"):
        redaction._parse("partner_organisation", data)


# ---- nothing withheld leaks -----------------------------------------------------------------

def test_withheld_markers_never_appear_in_the_output(profile: Profile) -> None:
    case = full_case(consent=True)
    text = json_text(redact(case, profile))
    checked = 0
    for path in model_paths(Case):
        forms = marker_forms(values_at(case, path))
        if effective_rule(profile, case, path) == redaction.WITHHOLD:
            leaked = {form for form in forms if form in text}
            assert not leaked, path
            checked += len(forms)
        else:
            assert all(form in text for form in forms), path
    assert checked >= 5  # notes, tags, caseworkers at least


def test_each_field_is_emptied_kept_or_coarsened_as_its_rule_says(profile: Profile) -> None:
    case = full_case(consent=True)
    result = redact(case, profile)
    for path in model_paths(Case):
        rule = effective_rule(profile, case, path)
        got, original = values_at(result, path), values_at(case, path)
        if rule == redaction.INCLUDE:
            assert got == original, path
        elif rule == redaction.WITHHOLD:
            assert all(v in EMPTY for v in got), path
        else:
            precision = redaction._PRECISION_OF[rule]
            assert got == [redaction.coarsen(d, precision) for d in original], path
            assert all(d.precision is precision for d in got), path


def test_withheld_dates_are_absent_from_the_json(profile: Profile) -> None:
    case = full_case()
    text = json_text(redact(case, profile))
    for path, (_f, hint) in model_paths(Case).items():
        if _inner(hint)[0] is FuzzyDate and effective_rule(profile, case, path) != "include":
            for date in values_at(case, path):
                assert date.to_text() not in text, path


# ---- identity --------------------------------------------------------------------------------

def test_asylum_authority_shows_identity_only_with_consent() -> None:
    asylum = load_profile("asylum_authority")
    with_consent, without = full_case(consent=True), full_case(consent=False)
    assert identity_included(with_consent, asylum)
    assert redact(with_consent, asylum).identity == with_consent.identity
    assert redact(with_consent, asylum).identity.photos[0].data
    assert not identity_included(without, asylum)
    assert redact(without, asylum).identity == Identity()
    forms = identity_forms(without)
    assert len(forms) >= 8
    assert all(form in json_text(redact(with_consent, asylum)) for form in forms)
    assert not any(form in json_text(redact(without, asylum)) for form in forms)


def test_without_consent_the_asylum_profile_withholds_identity_as_the_partner_does() -> None:
    without = full_case(consent=False)
    asylum, partner = load_profile("asylum_authority"), load_profile("partner_organisation")
    assert redact(without, asylum).identity == redact(without, partner).identity == Identity()


@pytest.mark.parametrize("name", ["partner_organisation", "public_advocacy"])
def test_other_profiles_never_show_identity_even_with_consent(name: str) -> None:
    case = full_case(consent=True)
    assert not identity_included(case, load_profile(name))
    assert redact(case, load_profile(name)).identity == Identity()


def test_documents_that_may_name_the_person_go_out_only_with_the_identity() -> None:
    asylum = load_profile("asylum_authority")
    letter, report = Source(type="official_letter"), Source(type="ngo_un_report")
    assert asylum.allows_source(letter, full_case(consent=True))
    assert not asylum.allows_source(letter, full_case(consent=False))
    assert asylum.allows_source(report, full_case(consent=False))
    assert not load_profile("partner_organisation").allows_source(letter, full_case())
    assert not load_profile("public_advocacy").allows_source(report, full_case())
    assert redaction.redact_source(letter, asylum, full_case(consent=False)) is None


def test_a_redacted_source_keeps_its_hash_and_loses_its_file_name() -> None:
    source = Source(type="news_article", title="Report", sha256="ab" * 32,
                    original_name="tazkira-of-someone.jpg", notes="<<notes>>")
    out = redaction.redact_source(source, load_profile("partner_organisation"), full_case())
    assert out is not None
    assert (out.title, out.sha256, out.original_name, out.notes) == ("Report", "ab" * 32, "", "")


# ---- dates -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("calendar", "day"), [(Calendar.GREGORIAN, (1984, 3, 21)),
                                                (Calendar.SOLAR_HIJRI, (1363, 1, 1))])
def test_partner_dates_are_coarsened_in_their_own_calendar(calendar: Calendar,
                                                           day: tuple[int, int, int]) -> None:
    exact = FuzzyDate(Precision.DAY, calendar, *day)
    case = Case()
    case.person.birth = exact
    case.incidents = [model.Incident(date=exact)]
    case.service = [model.ServiceRecord(started=exact)]
    out = redact(case, load_profile("partner_organisation"))
    assert out.person.birth == FuzzyDate(Precision.YEAR, calendar, day[0])
    assert out.service[0].started == FuzzyDate(Precision.YEAR, calendar, day[0])
    assert out.incidents[0].date == FuzzyDate(Precision.MONTH, calendar, day[0], day[1])


@pytest.mark.parametrize("calendar", list(Calendar))
def test_coarse_dates_stay_as_they_are(calendar: Calendar) -> None:
    year = 1400 if calendar is Calendar.SOLAR_HIJRI else 2021
    month = FuzzyDate(Precision.MONTH, calendar, year, 5)
    approximate = FuzzyDate(Precision.APPROXIMATE, calendar, year)
    assert redaction.coarsen(month, Precision.MONTH) == month
    assert redaction.coarsen(month, Precision.YEAR) == FuzzyDate(Precision.YEAR, calendar, year)
    assert redaction.coarsen(approximate, Precision.YEAR) == approximate
    unknown = FuzzyDate(Precision.UNKNOWN)
    assert redaction.coarsen(unknown, Precision.MONTH) == unknown
    assert redaction.coarsen(None, Precision.YEAR) is None


def test_asylum_authority_keeps_exact_dates() -> None:
    case = full_case()
    assert redact(case, load_profile("asylum_authority")).incidents == case.incidents


# ---- public advocacy -------------------------------------------------------------------------

PUBLIC_KEEPS = {"person.pseudonym", "person.origin_province", "service.institution",
                "service.province", "incidents.type", "incidents.province",
                "relatives.relation", "relatives.incident_type"}


def test_public_advocacy_keeps_exactly_pseudonym_institution_provinces_incident_types() -> None:
    case = full_case()
    out = redact(case, load_profile("public_advocacy"))
    kept = {path for path in model_paths(Case)
            if any(v not in EMPTY for v in values_at(out, path))}
    assert kept == PUBLIC_KEEPS
    assert all(values_at(out, path) == values_at(case, path) for path in PUBLIC_KEEPS)
    assert out.code == ""
    assert out.risk.factors == []
    assert len(out.incidents) == len(case.incidents)


def test_public_advocacy_goes_without_sources() -> None:
    public = load_profile("public_advocacy")
    assert not public.includes_sources
    assert not public.allows_source(Source(type="news_article"), full_case())


# ---- the input is left alone ------------------------------------------------------------------

def test_redact_does_not_mutate_or_share_with_its_input(profile: Profile) -> None:
    case = full_case()
    before = copy.deepcopy(case)
    out = redact(case, profile)
    assert case == before
    out.tags.append("x")
    out.consent.scope.append("x")
    for item in out.service + out.incidents + out.relatives:
        item.uuid = "changed"
    assert case == before


def test_the_redacted_json_reads_back(profile: Profile) -> None:
    out = redact(full_case(), profile)
    again = serial.from_json(Case, serial.to_json(out))
    assert again.person.pseudonym == out.person.pseudonym
    assert again.incidents[0].type == out.incidents[0].type


# ---- names, texts, file names -----------------------------------------------------------------

def test_an_unknown_profile_is_refused_with_the_valid_names() -> None:
    with pytest.raises(InvalidInput) as err:
        load_profile("partner")
    message = str(err.value)
    assert "'partner'" in message
    assert all(name in message for name in PROFILES)


SAFE_FILE_NAME = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")


@pytest.mark.parametrize(("code", "pseudonym"), [
    ("CF-7K3M-Q9XD", "Falcon"), ("../../etc/passwd", "a/b\\c d:e"), ("", "شاهین"),
    ("CF-1", "..")])
def test_file_names_are_safe_and_carry_no_identity(profile: Profile, code: str,
                                                    pseudonym: str) -> None:
    case = full_case()
    case.code, case.person.pseudonym = code, pseudonym
    name = profile.file_name(case)
    assert SAFE_FILE_NAME.match(name), name
    assert "/" not in name
    assert "\\" not in name
    assert ".." not in name
    assert name.endswith(".pdf")
    for value in [case.identity.full_name, case.identity.tazkira_number,
                  *case.identity.phone_numbers]:
        assert value not in name
        assert re.sub(r"\W+", "-", value).strip("-") not in name


def test_only_public_advocacy_leaves_the_code_out_of_the_file_name() -> None:
    case = full_case()
    case.person.pseudonym = "Falcon"
    names = {p.name: p.file_name(case) for p in profiles()}
    assert names["public_advocacy"] == "advocacy-Falcon.pdf"
    assert names["asylum_authority"] == "dossier-CF-7K3M-Q9XD-asylum_authority.pdf"
    assert "CF-7K3M-Q9XD" in names["partner_organisation"]


ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


@pytest.mark.parametrize("lang", ["fa", "ps"])
def test_titles_markings_and_notes_are_in_dari_and_pashto(profile: Profile, lang: str) -> None:
    for text, english in [(profile.title(lang), profile.title()),
                          (profile.marking(lang), profile.marking()),
                          (withheld_note(profile, lang), withheld_note(profile))]:
        assert ARABIC_SCRIPT.search(text)
        assert text != english


def test_texts_fall_back_to_english_and_say_something(profile: Profile) -> None:
    assert profile.title("de") == profile.title("en")
    assert profile.description("fa")
    assert len(profile.description()) > 40
    assert withheld_note(profile).endswith(".")
    assert len(withheld_note(profile).split(". ")) == 1  # one sentence


def test_markings_say_who_the_dossier_is_for() -> None:
    assert "asylum" in load_profile("asylum_authority").marking().lower()
    assert "CONFIDENTIAL" in load_profile("partner_organisation").marking()
    assert "public" in load_profile("public_advocacy").marking().lower()


# ---- the documented decisions (resources/profiles/README.md) ----------------------------------

INC, WH, YEAR, MONTH = "include", "withhold", "coarsen_to_year", "coarsen_to_month"
DECISIONS = {
    "asylum_authority": {
        "person.birth": INC, "identity.date_of_birth": INC, "identity.full_name": INC,
        "incidents.date": INC, "incidents.district": INC, "person.current_place": INC,
        "service.unit": INC, "code": INC, "notes": WH, "tags": WH, "stage": WH, "assigned_to": WH,
        "consent.recorded_by": WH, "risk.assessed_by": WH},
    "partner_organisation": {
        "person.birth": YEAR, "person.situation_since": MONTH, "service.started": YEAR,
        "service.ended": YEAR, "incidents.date": MONTH, "relatives.date": MONTH,
        "relatives.pseudonym": INC, "relatives.what_happened": INC, "code": INC, "uuid": INC,
        "service.position": INC, "service.rank": INC, "incidents.description": INC,
        "notes": WH, "tags": WH, "assigned_to": WH, "consent.recorded_by": WH,
        "risk.assessed_by": WH},
}
BELOW_PROVINCE = ("person.origin_district", "person.current_place", "service.unit",
                  "incidents.district", "incidents.city")


@pytest.mark.parametrize("name", sorted(DECISIONS))
def test_profiles_hold_their_documented_decisions(name: str) -> None:
    profile = load_profile(name)
    assert {path: profile.rule(path) for path in DECISIONS[name]} == DECISIONS[name]


@pytest.mark.parametrize("name", ["partner_organisation", "public_advocacy"])
def test_places_below_province_and_identity_stay_home(name: str) -> None:
    profile = load_profile(name)
    assert all(profile.rule(path) == WH for path in BELOW_PROVINCE)
    assert all(profile.rule(path) == WH for path in model_paths(Case)
               if path.startswith("identity."))
    assert profile.identity_consent is None


def test_public_advocacy_withholds_the_code_and_every_date() -> None:
    public = load_profile("public_advocacy")
    assert public.rule("code") == WH
    assert all(public.rule(path) == WH for path, (_f, hint) in model_paths(Case).items()
               if _inner(hint)[0] is FuzzyDate)


@pytest.mark.parametrize(("name", "scope"), [("partner_organisation", "share_partners"),
                                             ("public_advocacy", "public_advocacy")])
def test_a_profile_that_shares_needs_the_persons_consent(name: str, scope: str) -> None:
    profile = load_profile(name)
    case = Case(code="CF-TEST-0001")
    with pytest.raises(InvalidInput, match="does not record the person's consent"):
        check_sharing_consent(case, profile)
    case.consent.scope = [scope]
    check_sharing_consent(case, profile)  # now it may go out


def test_the_asylum_authority_needs_no_sharing_consent() -> None:
    check_sharing_consent(Case(code="CF-TEST-0001"), load_profile("asylum_authority"))
