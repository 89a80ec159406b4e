"""The demo data: fictional cases that cover every vocabulary and cite real reporting."""

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest

from casefiles.core import demo
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Source
from casefiles.core.model.vocab import vocabulary
from casefiles.core.resources import resources_dir
from casefiles.core.store import case_list, citations, sources, verify
from casefiles.core.store.store import Store
from tests.conftest import FAST_KDF

# The seed corpus (real articles) that citations may quote from, and its saved copies.
CORPUS_DIR = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CORPUS_FILES = {
    "polygraph-2021-amnesty": "factcheck-amnesty-not-fully-committed-2021.txt",
    "rasc-2025-balkh-nds": "rasc-balkh-nds-dismissals-2025.txt",
    "rasc-2024-deportations": "rasc-deportations-detentions-2024.txt",
}
FIRST_DAY, LAST_DAY = dt.date(2021, 8, 1), dt.date(2026, 9, 30)


@pytest.fixture(scope="module")
def data() -> dict:
    return demo.demo_data()


@pytest.fixture(scope="module")
def parsed(data) -> list[Case]:
    return [serial.from_json(Case, _without_citations(entry)) for entry in data["cases"]]


def _without_citations(entry: dict) -> dict:
    return {key: value for key, value in entry.items() if key != "citations"}


def test_file_is_utf8_json_with_real_characters():
    text = (resources_dir() / "demo" / "demo.json").read_text(encoding="utf-8")
    assert "\\u06" not in text  # Dari and Pashto written out, not escaped
    assert json.loads(text) == demo.demo_data()


def test_enough_cases_and_sources(data):
    assert len(data["cases"]) >= 40
    assert 12 <= len(data["sources"]) <= 20


@pytest.mark.parametrize(("vocab", "values"), [
    ("provinces", lambda cases: {c["person"]["origin_province"] for c in cases}),
    ("institutions", lambda cases: {s["institution"] for c in cases for s in c["service"]}),
    ("situations", lambda cases: {c["person"]["situation"] for c in cases}),
    ("incident_types", lambda cases: {i["type"] for c in cases for i in c["incidents"]}),
    ("case_stages", lambda cases: {c["stage"] for c in cases}),
])
def test_cases_cover_the_whole_vocabulary(data, vocab, values):
    assert values(data["cases"]) == set(vocabulary(vocab).codes())


def test_every_case_parses(data, parsed):
    assert len(parsed) == len(data["cases"])
    for case in parsed:
        assert case.person.pseudonym
        assert case.summary
        assert case.assigned_to
        assert case.service
        assert case.incidents
        assert case.consent.given_on is not None
        assert case.consent.scope


def test_every_source_parses(data):
    keys = [entry["key"] for entry in data["sources"]]
    assert len(keys) == len(set(keys))
    for entry in data["sources"]:
        source = serial.from_json(Source, {k: v for k, v in entry.items() if k != "key"})
        assert source.title
        assert source.publisher
        assert source.published is not None


def test_citations_point_at_existing_sources_and_incidents(data):
    keys = {entry["key"] for entry in data["sources"]}
    cited = set()
    for entry in data["cases"]:
        assert 1 <= len(entry["citations"]) <= 3, entry["person"]["pseudonym"]
        for cite in entry["citations"]:
            assert cite["source"] in keys
            cited.add(cite["source"])
            incident = cite["incident"]
            assert incident is None or 0 <= incident < len(entry["incidents"])
    assert cited == keys  # every source supports at least one case


def test_only_corpus_articles_are_quoted(data):
    for entry in data["cases"]:
        for cite in entry["citations"]:
            if not cite["quote"]:
                continue
            assert cite["source"] in CORPUS_FILES
            assert len(cite["quote"].split()) < 25
            path = CORPUS_DIR / CORPUS_FILES[cite["source"]]
            assert cite["quote"] in path.read_text(encoding="utf-8")


def test_no_invented_urls(data):
    for entry in data["sources"]:
        assert entry["url"] == "" or entry["url"].startswith("https://"), entry["key"]


def test_pseudonyms_are_unique(data):
    pseudonyms = [entry["person"]["pseudonym"] for entry in data["cases"]]
    assert [p for p, n in Counter(pseudonyms).items() if n > 1] == []


def test_incident_dates_fall_after_the_takeover(parsed):
    for case in parsed:
        for incident in case.incidents:
            first, last = incident.date.bounds()
            assert first >= FIRST_DAY, (case.person.pseudonym, incident.date)
            assert last <= LAST_DAY, (case.person.pseudonym, incident.date)


def test_incidents_are_placed_in_afghanistan_or_abroad(parsed):
    for case in parsed:
        for incident in case.incidents:
            abroad = incident.country is not None and incident.country != "AF"
            assert abroad != (incident.province is not None), case.person.pseudonym


def test_dari_and_pashto_use_persian_kaf(data):
    # Arabic yeh (U+064A) is not checked: standard Pashto spells a final -i with it.
    text = json.dumps(data, ensure_ascii=False)
    for arabic in ("\u0643", "\u0649"):  # Arabic kaf, alef maksura
        assert arabic not in text


def test_populates_a_real_store(tmp_path, data):
    store, _code = Store.create(tmp_path / "s", demo.DEMO_PASSPHRASE, kdf=FAST_KDF)
    try:
        codes = demo.populate(store.db, "demo")
        assert len(codes) == len(data["cases"])
        assert len(set(codes)) == len(codes)
        assert case_list.count_cases(store.db) == len(data["cases"])
        assert len(sources.list_sources(store.db)) == len(data["sources"])
        cited = sum(len(citations.citations_for_case(store.db, code)) for code in codes)
        assert cited == sum(len(entry["citations"]) for entry in data["cases"])
        checks = verify.verify(store.db)
        assert checks
        assert all(check.ok for check in checks), [c for c in checks if not c.ok]
    finally:
        store.close()
