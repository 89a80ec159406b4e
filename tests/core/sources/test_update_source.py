"""Editing a source's metadata: validated like every record, audited by field name only."""

from pathlib import Path
from typing import Any

import pytest

from casefiles.core.errors import InvalidInput, NotFound
from casefiles.core.model.case import Source
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.security import audit
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import sources
from casefiles.core.store.store import Store

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
BALKH = CORPUS / "rasc-balkh-nds-dismissals-2025.txt"


@pytest.fixture
def source(store: Store) -> Source:
    return ingest_file(store.db, BALKH, "tester").source


def test_edit_fields_and_read_them_back(store: Store, source: Source) -> None:
    updated = sources.update_source(store.db, source.id, {
        "publisher": "RASC News", "author": "Desk", "url": "https://www.rascnews.com/x",
        "published": "24 Jawza 1404", "type": "news_article", "reliability": "fairly_reliable",
        "language": "en", "notes": "Names withheld in the document."}, "tester")
    again = sources.get_source(store.db, source.id)
    assert again == updated
    assert (again.publisher, again.author, again.type, again.reliability, again.language) == \
        ("RASC News", "Desk", "news_article", "fairly_reliable", "en")
    assert again.published == FuzzyDate.parse("SH 1404-03-24")
    assert again.published.calendar is Calendar.SOLAR_HIJRI
    # What the store set is untouched.
    assert (again.sha256, again.kind, again.size, again.original_name, again.uuid) == \
        (source.sha256, source.kind, source.size, source.original_name, source.uuid)
    assert again.title == source.title


def test_the_audit_entry_names_fields_never_values(store: Store, source: Source) -> None:
    sources.update_source(store.db, source.id, {"notes": "Secret-Marker-7781",
                                                "author": "Another-Marker"}, "alice")
    entry = audit.entries(store.db)[-1]
    assert (entry.action, entry.actor) == ("source.edit", "alice")
    assert entry.detail == {"source": source.id, "fields": ["author", "notes"]}
    assert "Marker" not in str(entry)
    assert audit.verify_chain(store.db) == []


def test_no_change_writes_nothing(store: Store, source: Source) -> None:
    before = len(audit.entries(store.db))
    same = sources.update_source(store.db, source.id, {"title": source.title}, "tester")
    assert same == source
    assert len(audit.entries(store.db)) == before


def test_the_new_title_is_what_search_shows(store: Store, source: Source) -> None:
    sources.update_source(store.db, source.id, {"title": "Balkh NDS dismissals"}, "tester")
    (hit, *_rest) = sources.search_sources(store.db, "Balkh").hits
    assert hit.title == "Balkh NDS dismissals"


@pytest.mark.parametrize(("patch", "message"), [
    ({"published": "31 Hut 1403"}, "published"),        # Hut 1403 has 30 days
    ({"published": "sometime"}, "published"),
    ({"type": "rumour"}, "type"),
    ({"reliability": "very"}, "reliability"),
    ({"title": "   "}, "title"),
    ({"shelf": "B"}, "shelf"),                          # not a field at all
    ({"sha256": "0" * 64}, "sha256"),                    # set by the store
    ({"extraction": "ok"}, "extraction"),
    ({"author": 7}, "author"),
    (["title"], "object"),
])
def test_bad_input_is_refused_and_changes_nothing(store: Store, source: Source,
                                                  patch: Any, message: str) -> None:
    before = (sources.get_source(store.db, source.id), len(audit.entries(store.db)))
    with pytest.raises(InvalidInput, match=message):
        sources.update_source(store.db, source.id,
                              {"notes": "kept?", **patch} if isinstance(patch, dict) else patch,
                              "tester")
    assert (sources.get_source(store.db, source.id), len(audit.entries(store.db))) == before


def test_an_unknown_source_is_not_found(store: Store) -> None:
    before = audit.entries(store.db)
    with pytest.raises(NotFound, match="no source 99"):
        sources.update_source(store.db, 99, {"title": "x"}, "tester")
    assert audit.entries(store.db) == before
