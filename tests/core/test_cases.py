"""Adding, editing, listing and deleting cases through the repository functions."""

import re

import pytest

from casefiles.core.errors import Conflict, InvalidInput, NotFound
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.store import cases, citations, sources
from casefiles.core.store.store import Store
from tests.conftest import snapshot

FULL_CASE = {
    "stage": "documenting", "assigned_to": "Mariam", "summary": "Former NDS officer.",
    "tags": ["urgent", "family-at-risk"],
    "consent": {"given_on": "2024-02-03", "scope": ["record", "share_partners"],
                "recorded_by": "Mariam"},
    "person": {"pseudonym": "Falcon", "sex": "male", "birth": "~1986",
               "origin_province": "Kandahar", "origin_district": "Spin Boldak",
               "current_country": "Iran", "current_place": "Mashhad", "situation": "in_iran",
               "situation_since": "Hut 1401"},
    "identity": {"full_name": "Fictional Name", "tazkira_number": "1400-0101-00001",
                 "phone_numbers": ["+93 700 000 001"], "date_of_birth": "1365"},
    "service": [{"institution": "NDS", "rank": "captain", "unit": "Directorate 40",
                 "province": "AF-KAN", "started": "2009", "ended": "2021-08-15",
                 "with_international_forces": True, "international_partner": "ISAF"}],
    "incidents": [
        {"type": "dismissal", "date": "SH 1400-08", "province": "Kandahar",
         "description": "Dismissed after registering with the Taliban.",
         "verification": "confirmed"},
        {"type": "arrest_detention", "date": "12 Mizan 1401", "province": "AF-KAN",
         "perpetrator": "Taliban intelligence", "description": "Held for 40 days.",
         "status_after": "in_hiding_afghanistan", "verification": "likely"},
    ],
    "relatives": [{"relation": "brother", "pseudonym": "Falcon's brother",
                   "incident_type": "threat", "what_happened": "Threatened at home."}],
    "risk": {"guidance": "EUAA Country Guidance: Afghanistan (May 2024), 3.1",
             "conclusion": "Well-founded fear.", "assessed_on": "2024-03-01",
             "factors": [{"factor": "role_visibility", "assessment": "Known NDS officer."},
                         {"factor": "prior_detention", "present": True}]},
}


def _add(store: Store, data: dict) -> Case:
    return cases.add_case(store.db, serial.from_json(Case, data), "tester")


def test_full_case_round_trips(store: Store) -> None:
    added = _add(store, FULL_CASE)
    assert re.fullmatch(r"CF-[0-9A-Z]{4}-[0-9A-Z]{4}", added.code)
    loaded = cases.get_case(store.db, added.code)
    as_json = serial.to_json(loaded)
    assert as_json["person"]["origin_province"] == "AF-KAN"
    assert as_json["person"]["situation_since"] == "SH 1401-12"
    assert as_json["service"][0]["institution"] == "nds"
    assert as_json["incidents"][1]["date"] == "SH 1401-07-12"
    assert as_json["consent"]["scope"] == ["record", "share_partners"]
    assert as_json["tags"] == ["family-at-risk", "urgent"]
    assert as_json["risk"]["factors"][1]["factor"] == "prior_detention"
    # Withheld by default; revealed on request.
    assert loaded.identity.is_empty()
    assert cases.reveal_identity(store.db, added.code, "t").full_name == "Fictional Name"


def test_code_says_nothing_about_the_person(store: Store) -> None:
    codes = {_add(store, FULL_CASE).code for _i in range(20)}
    assert len(codes) == 20
    for code in codes:
        assert "KAN" not in code
        assert "NDS" not in code
        assert "2021" not in code


def test_edit_merges_and_keeps_incident_identity(store: Store) -> None:
    added = _add(store, FULL_CASE)
    first, second = added.incidents
    cases.update_case(store.db, added.code, {
        "person": {"situation": "detained"},
        "incidents": [{"uuid": second.uuid, "verification": "confirmed"},
                      {"uuid": first.uuid}],
    }, "tester")
    after = cases.get_case(store.db, added.code)
    assert after.person.situation == "detained"
    assert after.person.pseudonym == "Falcon"
    assert [i.uuid for i in after.incidents] == [second.uuid, first.uuid]
    assert after.incidents[0].description == "Held for 40 days."
    assert after.incidents[0].verification == "confirmed"
    assert after.updated_at >= added.updated_at


def test_edit_that_changes_nothing_writes_nothing(store: Store) -> None:
    added = _add(store, FULL_CASE)
    before = store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    cases.update_case(store.db, added.code, {"summary": "Former NDS officer."}, "tester")
    assert store.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


@pytest.mark.parametrize(("patch", "message"), [
    ({"person": {"origin_province": "Atlantis"}}, "person.origin_province"),
    ({"incidents": [{"type": "threat", "date": "31 Mizan 1401"}]}, "incidents\\[0\\].date"),
    ({"incidents": [{"provnce": "AF-KAN"}]}, "incidents\\[0\\].provnce: unknown field"),
    ({"tags": "urgent"}, "tags: expected a list"),
    ({"service": [{"with_international_forces": "yes"}]}, "expected true or false"),
    ({"identity": {"photos": [{"data": "not base64!"}]}}, "expected base64"),
])
def test_bad_edit_is_refused_and_changes_nothing(store: Store, store_path, patch: dict,
                                                 message: str) -> None:
    added = _add(store, FULL_CASE)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(store_path)
    with pytest.raises(InvalidInput, match=message):
        cases.update_case(store.db, added.code, patch, "tester")
    assert snapshot(store_path) == before


def test_removing_a_cited_incident_is_refused(store: Store) -> None:
    added = _add(store, FULL_CASE)
    source = sources.add_source(store.db, Source(title="UNAMA report"), "tester")
    citations.add_citation(store.db, Citation(source_id=source.id, case_code=added.code,
                                            incident_uuid=added.incidents[0].uuid,
                                            pinpoint="p. 12"), "tester")
    with pytest.raises(Conflict, match="cited"):
        cases.update_case(store.db, added.code,
                          {"incidents": [{"uuid": added.incidents[1].uuid}]}, "tester")
    assert len(cases.get_case(store.db, added.code).incidents) == 2
    cases.delete_case(store.db, added.code, "tester")  # the whole case can go, citations too
    with pytest.raises(NotFound):
        cases.get_case(store.db, added.code)
    assert store.db.execute("SELECT count(*) FROM citations").fetchone()[0] == 0


def test_citation_must_point_inside_its_case(store: Store) -> None:
    one, other = _add(store, FULL_CASE), _add(store, FULL_CASE)
    source = sources.add_source(store.db, Source(title="HRW report"), "tester")
    with pytest.raises(InvalidInput, match="no incident"):
        citations.add_citation(store.db, Citation(source_id=source.id, case_code=one.code,
                                                incident_uuid=other.incidents[0].uuid), "t")
    with pytest.raises(NotFound):
        citations.add_citation(store.db, Citation(source_id=999, case_code=one.code), "t")


def test_unknown_code(store: Store) -> None:
    with pytest.raises(NotFound, match="CF-0000-0000"):
        cases.get_case(store.db, "CF-0000-0000")


def test_put_record_adds_and_edits_one_item_keeping_the_others(store: Store) -> None:
    added = _add(store, FULL_CASE)
    first, second = added.incidents
    new_uuid = cases.put_record(store.db, added.code, "incidents",
                                {"type": "threat", "date": "Hamal 1402"}, "tester")
    cases.put_record(store.db, added.code, "incidents",
                     {"uuid": first.uuid, "verification": "likely"}, "tester")
    after = cases.get_case(store.db, added.code)
    assert [i.uuid for i in after.incidents] == [first.uuid, second.uuid, new_uuid]
    assert after.incidents[0].verification == "likely"
    assert after.incidents[0].description == "Dismissed after registering with the Taliban."
    assert after.incidents[1].description == "Held for 40 days."
    assert after.incidents[2].date.to_text() == "SH 1402-01"
    factor = cases.put_record(store.db, added.code, "risk_factors",
                              {"factor": "relatives_targeted"}, "tester")
    assert cases.get_record(store.db, added.code, "risk_factors", factor).present is True
    assert cases.get_case(store.db, added.code).risk.guidance.startswith("EUAA")
    with pytest.raises(NotFound, match="no such item"):
        cases.put_record(store.db, added.code, "relatives", {"uuid": first.uuid}, "tester")
    with pytest.raises(InvalidInput, match="no list"):
        cases.put_record(store.db, added.code, "photos", {}, "tester")


def test_remove_record_removes_only_that_item_and_is_audited(store: Store) -> None:
    added = _add(store, FULL_CASE)
    first, second = added.risk.factors
    cases.remove_record(store.db, added.code, "risk_factors", first.uuid, "tester")
    after = cases.get_case(store.db, added.code)
    assert [f.uuid for f in after.risk.factors] == [second.uuid]
    assert after.risk.conclusion == "Well-founded fear."
    last = store.db.execute("SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1"
                            ).fetchone()
    assert last[0] == "case.edit"
    assert f"risk.factors[{first.uuid}]" in last[1]
    with pytest.raises(NotFound):
        cases.remove_record(store.db, added.code, "risk_factors", first.uuid, "tester")


def test_identity_edit_keeps_photos_and_audits_paths_not_values(store: Store) -> None:
    data = {**FULL_CASE, "identity": {**FULL_CASE["identity"], "photos": [
        {"caption": "tazkira scan", "mime": "image/png", "data": "iVBORw0KGgo="}]}}
    added = _add(store, data)
    cases.update_case(store.db, added.code, {"identity": {"full_name": "Another Name",
                                                          "other_ids": ["P-1234567"]}},
                      "tester")
    identity = cases.reveal_identity(store.db, added.code, "tester")
    assert (identity.full_name, identity.other_ids) == ("Another Name", ["P-1234567"])
    assert [(p.caption, p.data) for p in identity.photos] == [("tazkira scan",
                                                              b"\x89PNG\r\n\x1a\n")]
    details = " ".join(r[0] for r in store.db.execute("SELECT detail FROM audit_log"))
    assert "identity.full_name" in details
    assert "Another Name" not in details
    assert "P-1234567" not in details


def test_a_record_uuid_given_twice_or_taken_by_another_case_is_said_as_such(
        store: Store) -> None:
    twice = {"incidents": [{"uuid": "fictional-uuid-1", "type": "threat"},
                           {"uuid": "fictional-uuid-1", "type": "threat"}]}
    with pytest.raises(InvalidInput, match="given twice"):
        cases.add_case(store.db, serial.from_json(Case, twice), "t")
    first = cases.add_case(store.db, serial.from_json(Case, {
        "incidents": [{"uuid": "fictional-uuid-2", "type": "threat"}]}), "t")
    with pytest.raises(InvalidInput, match=f"belongs to another case \\({first.code}\\)"):
        cases.add_case(store.db, serial.from_json(Case, {
            "incidents": [{"uuid": "fictional-uuid-2", "type": "threat"}]}), "t")
    assert store.db.execute("SELECT count(*) FROM cases").fetchone()[0] == 1
