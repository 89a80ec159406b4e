"""Export to a partner and import from one (casefiles.core.exchange.export and .merge), between
two real SQLCipher stores, with fictional cases only.

Each store is an organisation with its own keys; each has the other in its address book. The
round trip fills every field of a case with a marker and checks, field by field, that what the
profile includes arrives, what it coarsens arrives coarsened, and what it withholds arrives
nowhere (not in the imported case, not in the bundle's plaintext as the `age` tool decrypts it).
"""

import dataclasses
import hashlib
import io
import json
import shutil
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from casefiles.core.errors import BundleRefused, InvalidInput
from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import read_bundle
from casefiles.core.exchange.export import export_bundle
from casefiles.core.exchange.merge import (
    CHANGED,
    CONFLICT,
    KNOWN,
    NEW,
    UNCHANGED,
    ChoicesNeeded,
    ImportPreview,
    ImportReport,
    apply_import,
    preview_import,
)
from casefiles.core.exchange.redaction import (
    COARSEN_TO_MONTH,
    COARSEN_TO_YEAR,
    INCLUDE,
    WITHHOLD,
    coarsen,
    leaf_paths,
    load_profile,
)
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation
from casefiles.core.model.dates import FuzzyDate, Precision
from casefiles.core.security import audit
from casefiles.core.sources import blobs, ingest
from casefiles.core.store import case_links, cases, sharelog
from casefiles.core.store.citations import add_citation, citations_for_case
from casefiles.core.store.duplicates import likely_duplicates
from casefiles.core.store.sources import source_by_sha256
from casefiles.core.store.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

AGE = shutil.which("age")
PROFILE = "partner_organisation"
REPORT_TEXT = ("Fictional report. In September 2022 former officers were threatened at a "
               "checkpoint near Spin Boldak. MARK-source-text\n") * 20

# Every field of a case, each text a marker naming its path; codes and dates are real ones.
FULL_CASE: dict[str, Any] = {
    "stage": "documenting", "assigned_to": "MARK-assigned-to", "summary": "MARK-summary",
    "notes": "MARK-notes", "tags": ["MARK-tag"],
    "consent": {"given_on": "2023-03-14", "scope": ["record", "share_partners"],
                "recorded_by": "MARK-recorded-by"},
    "person": {"pseudonym": "Falcon-17", "sex": "male", "birth": "1988-05-06",
               "origin_province": "AF-KAN", "origin_district": "MARK-origin-district",
               "current_country": "IR", "current_place": "MARK-current-place",
               "situation": "in_iran", "situation_since": "2022-03-04"},
    "identity": {"full_name": "MARK-full-name", "father_name": "MARK-father-name",
                 "grandfather_name": "MARK-grandfather-name", "tazkira_number": "MARK-tazkira",
                 "other_ids": ["MARK-other-id"], "date_of_birth": "1988-05-06",
                 "phone_numbers": ["MARK-phone"],
                 "photos": [{"caption": "MARK-photo-caption", "mime": "image/png",
                             "data": "TUFSSy1waG90by1kYXRh"}]},
    "service": [{"institution": "nds", "rank": "captain", "unit": "MARK-unit",
                 "position": "MARK-position", "province": "AF-KAN", "started": "2012-03-04",
                 "ended": "2021-08-15", "with_international_forces": True,
                 "international_partner": "MARK-international-partner",
                 "notes": "MARK-service-notes"}],
    "incidents": [{"type": "threat", "date": "2022-09-23", "province": "AF-KAN",
                   "district": "MARK-incident-district", "country": "AF",
                   "city": "MARK-incident-city", "perpetrator": "MARK-perpetrator",
                   "description": "MARK-incident-description",
                   "status_after": "in_hiding_afghanistan", "verification": "likely"}],
    "relatives": [{"relation": "brother", "pseudonym": "MARK-relative-pseudonym",
                   "incident_type": "house_search", "date": "2022-06-07",
                   "what_happened": "MARK-what-happened"}],
    "risk": {"guidance": "MARK-guidance", "conclusion": "MARK-conclusion",
             "assessed_on": "2023-04-02", "assessed_by": "MARK-assessed-by",
             "factors": [{"factor": "prior_detention", "present": True,
                          "assessment": "MARK-risk-assessment"}]},
}


# ---- two organisations ------------------------------------------------------------------------

@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two stores, A and B, each the other's verified partner."""
    a, _code = Store.create(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF, actor="worker-a")
    b, _code = Store.create(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF, actor="worker-b")
    introduce(a, b, "Org B")
    introduce(b, a, "Org A")
    yield a, b
    a.close()
    b.close()


def introduce(store: Store, partner: Store, name: str, verified: bool = True) -> None:
    keys.add_partner(store.db, name, keys.own_card(partner.db), store.actor, verified=verified)


def add_full_case(store: Store, **changes: Any) -> Case:
    return cases.add_case(store.db, serial.from_json(Case, {**FULL_CASE, **changes}),
                          store.actor)


def export(store: Store, codes: list[str], out: Path, to: str, **options: Any) -> Path:
    export_bundle(store.db, codes, options.pop("profile", PROFILE), out, store.actor,
                  to=[to], **options)
    return out


def trusted(store: Store) -> Any:
    def name(key: bytes) -> str | None:
        partner = keys.partner_for_signing_key(store.db, key)
        return partner.name if partner else None
    return name


def preview(store: Store, path: Path) -> ImportPreview:
    with path.open("rb") as stream:
        bundle = read_bundle(stream, identity=keys.own_secret_identity(store.db),
                             trusted=trusted(store))
        return preview_import(store.db, bundle)


def import_file(store: Store, path: Path, choices: dict | None = None,
                **options: Any) -> tuple[ImportPreview, ImportReport]:
    with path.open("rb") as stream:
        bundle = read_bundle(stream, identity=keys.own_secret_identity(store.db),
                             trusted=trusted(store))
        shown = preview_import(store.db, bundle)
        return shown, apply_import(store.db, bundle, shown, choices or {}, store.actor,
                                   **options)


def counts(store: Store) -> dict[str, int]:
    """Rows of every table an import or export could write."""
    tables = ("cases", "incidents", "sources", "blobs", "blob_chunks", "citations",
              "provenance", "share_log", "audit_log", "source_segments")
    return {t: store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}


def full_json(store: Store, uuid: str) -> dict[str, Any]:
    case_id = store.db.execute("SELECT id FROM cases WHERE uuid = ?", (uuid,)).fetchone()[0]
    return serial.to_json(cases.load_case(store.db, case_id, with_identity=True))


def add_source(store: Store, tmp_path: Path, name: str, kind: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    report = ingest.ingest_file(store.db, path, store.actor,
                                given={"type": kind, "title": f"Fictional {kind}",
                                       "notes": f"MARK-source-notes-{kind}"})
    return report.source.id


# ---- field by field ---------------------------------------------------------------------------

def leaf_values(data: Any, path: str = "") -> Iterator[tuple[str, Any]]:
    """(redaction path, value) of every leaf; list items share their list's path."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaf_values(value, f"{path}.{key}" if path else key)
    elif isinstance(data, list) and data and all(isinstance(i, dict) for i in data):
        for item in data:
            yield from leaf_values(item, path)
    else:
        yield path, data


def default_of(path: str) -> Any:
    """What a withheld field reads back as: its type's empty value, or the field's default."""
    f = leaf_paths(Case)[path].field
    value = f.default if f.default is not dataclasses.MISSING else f.default_factory()
    return serial.to_json(value) if dataclasses.is_dataclass(value) else value


def check_field_by_field(original: dict[str, Any], imported: dict[str, Any]) -> list[str]:
    """Every leaf of the case under the profile's rule; returns the paths checked."""
    profile = load_profile(PROFILE)
    got = dict(leaf_values(imported))
    checked = []
    for path, value in leaf_values(original):
        if path in ("updated_at", "code"):  # set by each store for itself
            continue
        rule = profile.rule(path)
        arrived = got.get(path)
        if rule == INCLUDE:
            assert arrived == value, path
        elif rule == WITHHOLD:
            assert arrived in (None, "", [], False, 0, default_of(path)), path
            if isinstance(value, str) and value.startswith("MARK-"):
                assert value not in json.dumps(imported, ensure_ascii=False), path
        else:
            precision = {COARSEN_TO_MONTH: Precision.MONTH, COARSEN_TO_YEAR: Precision.YEAR}
            assert arrived == str(coarsen(FuzzyDate.parse(value), precision[rule])), path
            assert arrived != value, path
        checked.append(path)
    return checked


def test_round_trip_reproduces_what_the_profile_allows_and_nothing_else(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    original = full_json(a, case.uuid)
    allowed = add_source(a, tmp_path, "report.txt", "news_article", REPORT_TEXT)
    kept_back = add_source(a, tmp_path, "statement.txt", "witness_statement",
                           "MARK-witness-statement text\n")
    incident = case.incidents[0].uuid
    add_citation(a.db, Citation(source_id=allowed, case_code=case.code, incident_uuid=incident,
                                pinpoint="para. 1", quote="threatened at a checkpoint",
                                translation="MARK-citation-translation"), a.actor)
    add_citation(a.db, Citation(source_id=kept_back, case_code=case.code, pinpoint="p. 1"),
                 a.actor)

    out = export(a, [case.code], tmp_path / "to-b.cfb", "Org B")
    shown, report = import_file(b, out)

    assert [c.status for c in shown.cases] == [NEW]
    assert (shown.signer, shown.verified) == ("Org A", True)
    assert report.added == [case.code]  # the code was free in B
    imported = full_json(b, case.uuid)
    checked = check_field_by_field(original, imported)
    assert len(checked) > 60  # every leaf of every record, identity included
    # The source the profile allows came with its original and its citation, redacted.
    [source] = shown.sources
    assert source.status == NEW
    stored = source_by_sha256(b.db, source.sha256)
    assert stored is not None
    assert blobs.read_all(b.db, blobs.find_blob(b.db, source.sha256)) == REPORT_TEXT.encode()
    assert stored.notes == ""  # Source.notes is withheld
    assert stored.title == "Fictional news_article"
    [citation] = citations_for_case(b.db, case.code)
    assert (citation.incident_uuid, citation.pinpoint, citation.quote, citation.translation) == (
        incident, "para. 1", "threatened at a checkpoint", "MARK-citation-translation")
    assert citation.quote_check == "found"  # the working text was extracted on import
    # The share log in A names the partner and the file's hash.
    [entry] = sharelog.share_log(a.db, case.code)
    assert (entry.recipient, entry.profile, entry.method) == ("Org B", PROFILE, "bundle")
    assert entry.file_sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    # Provenance: where the case came from.
    row = b.db.execute("SELECT sender_name, manifest_sha256 FROM provenance p JOIN cases c "
                       "ON c.id = p.case_id WHERE c.uuid = ?", (case.uuid,)).fetchone()
    assert row == ("Org A", shown.manifest_sha256)


@pytest.mark.skipif(AGE is None, reason="the age tool (Debian package age)")
def test_bundle_to_a_partner_key_decrypts_with_the_age_tool(orgs: tuple[Store, Store],
                                                             tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    add_citation(a.db, Citation(source_id=add_source(a, tmp_path, "r.txt", "news_article",
                                                     REPORT_TEXT), case_code=case.code),
                 a.actor)
    out = export(a, [case.code], tmp_path / "to-b.cfb", "Org B")
    keyfile = tmp_path / "b-key.txt"
    keyfile.touch(mode=0o600)
    keyfile.write_text(keys.own_secret_identity(b.db) + "\n")
    plain = subprocess.run([AGE, "-d", "-i", str(keyfile), str(out)], capture_output=True,
                           check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as archive:
        files = {m.name: archive.extractfile(m).read() for m in archive.getmembers()
                 if m.isfile()}
    manifest = json.loads(files.pop("manifest.json"))
    files.pop("manifest.sig")
    assert {m["name"]: m["sha256"] for m in manifest["members"]} == {
        name: hashlib.sha256(data).hexdigest() for name, data in files.items()}
    for marker in ("MARK-notes", "MARK-full-name", "MARK-tazkira", "MARK-phone",
                   "MARK-incident-city", "MARK-source-notes"):
        assert marker.encode() not in plain, marker
    assert b"MARK-summary" in plain


# ---- merging ----------------------------------------------------------------------------------

def test_changed_only_on_their_side_is_applied_and_our_private_fields_survive(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    import_file(b, export(a, [case.code], tmp_path / "1.cfb", "Org B"))
    cases.update_case(b.db, case.code, {"notes": "B's own notes"}, b.actor)  # withheld field
    cases.update_case(a.db, case.code, {"person": {"pseudonym": "Falcon-18"}}, a.actor)

    shown, report = import_file(b, export(a, [case.code], tmp_path / "2.cfb", "Org B"))

    [c] = shown.cases
    assert (c.status, c.changed, c.conflicts) == (CHANGED, ["person.pseudonym"], [])
    assert report.updated == [case.code]
    after = cases.get_case(b.db, case.code)
    assert after.person.pseudonym == "Falcon-18"
    assert after.notes == "B's own notes"


def test_conflict_exchanged_both_ways_shows_both_loses_nothing_records_the_choice(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    incident = case.incidents[0].uuid
    import_file(b, export(a, [case.code], tmp_path / "1.cfb", "Org B"))
    cases.update_case(a.db, case.code, {"summary": "A's summary"}, a.actor)
    cases.update_case(b.db, case.code, {"summary": "B's summary"}, b.actor)
    cases.put_record(b.db, case.code, "incidents",
                     {"uuid": incident, "description": "B's description"}, b.actor)

    # A to B: B's summary and A's summary both changed since the last import from A.
    bundle = export(a, [case.code], tmp_path / "2.cfb", "Org B")
    shown = preview(b, bundle)
    [c] = shown.cases
    assert c.status == CONFLICT
    assert [(f.path, f.ours, f.theirs) for f in c.conflicts] == [
        ("summary", "B's summary", "A's summary")]
    before = counts(b)
    with pytest.raises(ChoicesNeeded, match=f"{case.code}:summary"):
        import_file(b, bundle)
    assert counts(b) == before  # never overwritten silently
    _shown, report = import_file(b, bundle, {case.code: {"summary": "ours"}})
    assert report.choices == {f"{case.code}:summary": "ours"}
    assert cases.get_case(b.db, case.code).summary == "B's summary"
    [entry] = [e for e in audit.entries(b.db, case.uuid) if e.action == "case.import"
               and e.detail.get("choices")]
    assert entry.detail["choices"] == {"summary": "ours"}
    assert preview(b, bundle).cases[0].status == UNCHANGED  # the choice holds

    # B to A: nothing was imported from B before, so every difference is shown.
    back = export(b, [case.code], tmp_path / "3.cfb", "Org A")
    [c] = preview(a, back).cases
    assert c.status == CONFLICT
    assert {f.path: (f.ours, f.theirs) for f in c.conflicts} == {
        "summary": ("A's summary", "B's summary"),
        f"incidents[{incident}].description": ("MARK-incident-description",
                                               "B's description")}
    _shown, report = import_file(a, back, {case.code: {
        "summary": "ours", f"incidents[{incident}].description": "theirs"}})
    mine = cases.get_case(a.db, case.code)
    assert (mine.summary, mine.incidents[0].description) == ("A's summary", "B's description")
    assert mine.notes == "MARK-notes"  # withheld from the bundle, so untouched
    assert cases.get_case(b.db, case.code).summary == "B's summary"  # nothing lost either side
    [entry] = [e for e in audit.entries(a.db, case.uuid) if e.action == "case.import"]
    assert entry.detail["choices"] == {"summary": "ours",
                                       f"incidents[{incident}].description": "theirs"}


def test_importing_the_same_bundle_twice_changes_nothing(orgs: tuple[Store, Store],
                                                         tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    add_citation(a.db, Citation(source_id=add_source(a, tmp_path, "r.txt", "news_article",
                                                     REPORT_TEXT), case_code=case.code,
                                quote="Spin Boldak"), a.actor)
    bundle = export(a, [case.code], tmp_path / "1.cfb", "Org B")
    import_file(b, bundle)
    before = counts(b)
    entries = audit.entries(b.db)

    shown, report = import_file(b, bundle)

    assert [c.status for c in shown.cases] == [UNCHANGED]
    assert [(s.status, s.new_citations) for s in shown.sources] == [(KNOWN, 0)]
    assert not report.wrote_anything
    assert counts(b) == before
    assert audit.entries(b.db) == entries


# ---- refusals ---------------------------------------------------------------------------------

def test_unknown_signer_is_refused_unless_allowed(orgs: tuple[Store, Store],
                                                  tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    bundle = export(a, [case.code], tmp_path / "1.cfb", "Org B")
    keys.remove_partner(b.db, "Org A", b.actor)
    assert preview(b, bundle).signer is None
    before = counts(b)
    with pytest.raises(BundleRefused, match="not in your address book"):
        import_file(b, bundle)
    assert counts(b) == before
    _shown, report = import_file(b, bundle, allow_unknown_signer=True)
    assert report.added == [case.code]


def test_unverified_partner_is_refused_on_export_unless_allowed(tmp_path: Path) -> None:
    a, _code = Store.create(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF, actor="worker-a")
    b, _code = Store.create(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF, actor="worker-b")
    with a, b:
        introduce(a, b, "Org B", verified=False)
        case = add_full_case(a)
        before = counts(a)
        with pytest.raises(InvalidInput, match="Not verified: Org B"):
            export(a, [case.code], tmp_path / "x.cfb", "Org B")
        assert counts(a) == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
        export(a, [case.code], tmp_path / "x.cfb", "Org B", allow_unverified=True)
        assert (tmp_path / "x.cfb").stat().st_mode & 0o777 == 0o600


@pytest.mark.parametrize(("changes", "profile", "match"), [
    ({"consent": {"scope": ["record"]}}, PROFILE, "does not record the person's consent"),
    ({}, "public_advocacy", "withholds the cases' UUIDs"),
])
def test_export_refusals_write_nothing(orgs: tuple[Store, Store], tmp_path: Path,
                                       changes: dict, profile: str, match: str) -> None:
    a, _b = orgs
    ok = add_full_case(a)
    refused = add_full_case(a, **changes)
    before = counts(a)
    with pytest.raises(InvalidInput, match=match):
        export(a, [ok.code, refused.code], tmp_path / "x.cfb", "Org B", profile=profile)
    assert counts(a) == before
    assert not (tmp_path / "x.cfb").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]  # no temporary file left


def test_export_to_a_passphrase(orgs: tuple[Store, Store], tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    from casefiles.core.exchange import bundle_age
    monkeypatch.setattr(bundle_age, "SCRYPT_LOG_N", 10)
    a, b = orgs
    case = add_full_case(a)
    out = tmp_path / "x.cfb"
    export_bundle(a.db, [case.code], PROFILE, out, a.actor, passphrase="a shared secret")
    assert sharelog.share_log(a.db, case.code)[0].recipient == "passphrase"
    with out.open("rb") as stream:
        bundle = read_bundle(stream, passphrase="a shared secret", trusted=trusted(b))
        shown = preview_import(b.db, bundle)
        assert apply_import(b.db, bundle, shown, {}, b.actor).added == [case.code]


# ---- duplicates -------------------------------------------------------------------------------

def test_likely_duplicates_with_other_uuids_are_offered_not_merged(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    theirs = add_full_case(a)
    # B knows the same person under its own case: same institution, province, incident month.
    ours = add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Falcon 17"},
                         incidents=[{**FULL_CASE["incidents"][0], "date": "2022-09-02"}])
    unrelated = add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Heron-3"})
    shown, report = import_file(b, export(a, [theirs.code], tmp_path / "1.cfb", "Org B"))
    [c] = shown.cases
    assert c.status == NEW
    assert [d.code for d in c.duplicates] == [ours.code]
    assert unrelated.code not in report.duplicates.get(theirs.code, [])
    assert report.duplicates == {theirs.code: [ours.code]}
    assert cases.get_case(b.db, ours.code).person.pseudonym == "Falcon 17"  # not merged
    # Equal identity fields also count, when both cases have them.
    same_person = serial.from_json(Case, {"identity": {"tazkira_number": "MARK-tazkira"}})
    assert {d.code for d in likely_duplicates(b.db, same_person)} == {ours.code, unrelated.code}


def test_a_likely_duplicate_is_linked_or_set_apart_as_the_caseworker_decides(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    theirs = add_full_case(a)
    twin = add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Falcon 17"})
    other = add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Falcon-71"})
    bundle = export(a, [theirs.code], tmp_path / "1.cfb", "Org B")
    assert {d.code for d in preview(b, bundle).cases[0].duplicates} == {twin.code, other.code}
    _shown, report = import_file(b, bundle, links={theirs.code: {
        twin.code: case_links.SAME_PERSON, other.code: case_links.NOT_SAME_PERSON}})
    [new_code] = report.added
    assert report.links == {new_code: {twin.code: "same_person", other.code: "not_same_person"}}
    assert report.duplicates == {}
    new_id = cases.case_id_for(b.db, new_code)
    assert {link.code: link.relation for link in case_links.links(b.db, new_id)} == {
        twin.code: "same_person", other.code: "not_same_person"}
    # Both cases stay whole: linking is not merging.
    assert cases.get_case(b.db, twin.code).person.pseudonym == "Falcon 17"
    assert cases.get_case(b.db, new_code).person.pseudonym == FULL_CASE["person"]["pseudonym"]
    # Decided pairs are not offered again.
    assert likely_duplicates(b.db, cases.get_case(b.db, new_code), new_id) == []
    assert {e.action for e in audit.entries(b.db)} >= {"case.link"}


@pytest.mark.parametrize("links", [
    {"CF-NONE-0000": {"X": "same_person"}},  # not a case of the bundle
    {"@theirs": {"@unrelated": "same_person"}},  # not offered as a duplicate
    {"@theirs": {"@twin": "merge"}},  # not a relation
])
def test_a_link_about_nothing_offered_is_refused_before_anything_is_written(
        orgs: tuple[Store, Store], tmp_path: Path, links: dict) -> None:
    a, b = orgs
    theirs = add_full_case(a)
    twin = add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Falcon 17"})
    unrelated = add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Heron-3"})
    names = {"@theirs": theirs.code, "@twin": twin.code, "@unrelated": unrelated.code}
    links = {names.get(k, k): {names.get(c, c): r for c, r in v.items()}
             for k, v in links.items()}
    bundle = export(a, [theirs.code], tmp_path / "1.cfb", "Org B")
    before = counts(b)
    with pytest.raises(InvalidInput):
        import_file(b, bundle, links=links)
    assert counts(b) == before


def test_a_preview_outdated_by_a_change_that_alters_the_import_is_refused(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    import_file(b, export(a, [case.code], tmp_path / "1.cfb", "Org B"))
    cases.update_case(a.db, case.code, {"summary": "Edited by A."}, a.actor)
    bundle_path = export(a, [case.code], tmp_path / "2.cfb", "Org B")
    with bundle_path.open("rb") as stream:
        bundle = read_bundle(stream, identity=keys.own_secret_identity(b.db), trusted=trusted(b))
        shown = preview_import(b.db, bundle)
        assert shown.cases[0].status == CHANGED
        # An unrelated change after the preview does not alter what the import does.
        add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Heron"})
        # B edits the same field: the import would now be a conflict, not a change.
        cases.update_case(b.db, case.code, {"summary": "Edited by B."}, b.actor)
        before = counts(b)
        with pytest.raises(InvalidInput, match="changed since the preview"):
            apply_import(b.db, bundle, shown, {}, b.actor)
        assert counts(b) == before
        assert cases.get_case(b.db, case.code).summary == "Edited by B."


def test_a_preview_outdated_by_an_unrelated_change_still_imports(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    with export(a, [case.code], tmp_path / "1.cfb", "Org B").open("rb") as stream:
        bundle = read_bundle(stream, identity=keys.own_secret_identity(b.db), trusted=trusted(b))
        shown = preview_import(b.db, bundle)
        add_full_case(b, person={**FULL_CASE["person"], "pseudonym": "Heron"})
        assert apply_import(b.db, bundle, shown, {}, b.actor).added == [case.code]


def test_the_manifest_names_our_organisation_unless_the_export_names_another(
        orgs: tuple[Store, Store], tmp_path: Path) -> None:
    a, b = orgs
    case = add_full_case(a)
    keys.set_organisation_name(a.db, "Legal Aid Kabul (fictional)", a.actor)
    assert preview(b, export(a, [case.code], tmp_path / "1.cfb", "Org B")).sender == \
        "Legal Aid Kabul (fictional)"
    assert preview(b, export(a, [case.code], tmp_path / "2.cfb", "Org B",
                             sender="Field office")).sender == "Field office"
    assert keys.parse_card(keys.own_card(a.db)).name == "Legal Aid Kabul (fictional)"
    assert "organisation.name" in {e.action for e in audit.entries(a.db)}
