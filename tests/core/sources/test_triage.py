"""Triage: the cases a real report may support, ranked by what it mentions, identity unread."""

from pathlib import Path
from typing import Any

import pytest

from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.sources.triage import candidate_cases, field_label
from casefiles.core.store import cases, citations
from casefiles.core.store.store import Store

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
BALKH = CORPUS / "rasc-balkh-nds-dismissals-2025.txt"
IDENTITY_MARKER = "Zarghun-Identity-Marker"


def _case(store: Store, data: dict[str, Any]) -> str:
    data = {**data, "identity": {"full_name": IDENTITY_MARKER, "tazkira_number": "1400-99"}}
    return cases.add_case(store.db, serial.from_json(Case, data), "tester").code


@pytest.fixture
def store_with_cases(store: Store) -> tuple[Store, int, dict[str, str]]:
    """The Balkh report, and fictional cases: one it is about, one it is not, two in between."""
    source_id = ingest_file(store.db, BALKH, "tester").source.id
    codes = {
        "balkh_nds": _case(store, {
            "person": {"pseudonym": "Falcon", "origin_province": "Balkh"},
            "service": [{"institution": "NDS", "province": "Balkh", "rank": "captain"}],
            "incidents": [{"type": "dismissal", "province": "Balkh", "date": "Jawza 1404"},
                          {"type": "threat", "province": "Balkh"}]}),
        "kandahar_ana": _case(store, {
            "person": {"pseudonym": "Heron", "origin_province": "Kandahar"},
            "service": [{"institution": "ANA", "province": "Kandahar"}],
            "incidents": [{"type": "threat", "province": "Kandahar"}]}),
        "kabul_police": _case(store, {
            "person": {"pseudonym": "Kite", "origin_province": "Kabul"},
            "service": [{"institution": "ANP"}]}),
        "herat_nds": _case(store, {
            "person": {"pseudonym": "Lark", "origin_province": "Herat"},
            "service": [{"institution": "NDS", "province": "Herat"}]}),
        "nothing": _case(store, {"person": {"pseudonym": "Wren", "origin_province": "Nimroz"},
                                 "service": [{"institution": "border_police"}]}),
    }
    return store, source_id, codes


def test_the_case_the_report_is_about_ranks_first(store_with_cases) -> None:
    store, source_id, codes = store_with_cases
    found = candidate_cases(store.db, source_id)
    ranked = [c.code for c in found]
    assert ranked[0] == codes["balkh_nds"]
    assert codes["nothing"] not in ranked
    # The Kandahar army case shares only "military" (ANA) with the report: far lower.
    if codes["kandahar_ana"] in ranked:
        assert ranked.index(codes["kandahar_ana"]) > ranked.index(codes["herat_nds"])
        kandahar = found[ranked.index(codes["kandahar_ana"])]
        assert {(m.category, m.code) for m in kandahar.matches} == {("institution", "ana")}
        assert kandahar.score < found[0].score / 3
    assert [c.score for c in found] == sorted((c.score for c in found), reverse=True)


def test_each_candidate_says_which_mentions_matched_what(store_with_cases) -> None:
    store, source_id, _codes = store_with_cases
    best = candidate_cases(store.db, source_id)[0]
    assert (best.pseudonym, best.stage, best.cited) == ("Falcon", "intake", False)
    matched = {(m.category, m.code, m.field) for m in best.matches}
    assert matched == {("province", "AF-BAL", "origin_province"),
                       ("province", "AF-BAL", "incident_province"),
                       ("province", "AF-BAL", "service_province"),
                       ("institution", "nds", "service_institution"),
                       ("incident", "dismissal", "incident_type")}
    # Two incidents in Balkh are one match of Balkh; a threat is not in the report.
    assert len(best.matches) == len(matched)
    words = {m.code: m.matched for m in best.matches}
    assert words["AF-BAL"] == "Balkh"
    assert words["nds"] == "National Directorate of Security"
    assert all(m.sentences >= 1 for m in best.matches)
    assert field_label("origin_province") == "province of origin"


def test_identity_is_never_read(store_with_cases) -> None:
    store, source_id, _codes = store_with_cases
    found = candidate_cases(store.db, source_id)
    assert found
    assert IDENTITY_MARKER not in repr(found)
    assert "1400-99" not in repr(found)


def test_a_case_that_cites_the_source_says_so(store_with_cases) -> None:
    store, source_id, codes = store_with_cases
    citations.add_citation(store.db, Citation(source_id=source_id, case_code=codes["herat_nds"],
                                              pinpoint="para. 1"), "tester")
    cited = {c.code: c.cited for c in candidate_cases(store.db, source_id)}
    assert cited[codes["herat_nds"]] is True
    assert cited[codes["balkh_nds"]] is False


def test_results_are_limited_and_stable(store_with_cases) -> None:
    store, source_id, _codes = store_with_cases
    everything = candidate_cases(store.db, source_id)
    assert [c.code for c in candidate_cases(store.db, source_id, limit=2)] == \
        [c.code for c in everything[:2]]
    assert candidate_cases(store.db, source_id) == everything


def test_no_mentions_no_candidates(store_with_cases, tmp_path: Path) -> None:
    store, _source_id, _codes = store_with_cases
    plain = tmp_path / "note.txt"
    plain.write_text("A note about the weather, and nothing else at all.\n", encoding="utf-8")
    quiet = ingest_file(store.db, plain, "tester").source.id
    assert candidate_cases(store.db, quiet) == []
    assert candidate_cases(store.db, 9999) == []
