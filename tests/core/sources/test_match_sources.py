"""Filtering the source library by its text: every matching source, its best passages."""

from pathlib import Path

from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import sources
from casefiles.core.store.store import Store
from tests.core.sources import fixtures as fx

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def test_each_matching_source_with_its_passages(store: Store, tmp_path: Path) -> None:
    ids = {path.name: ingest_file(store.db, path, "tester").source.id
           for path in sorted(CORPUS.glob("*.txt"))}
    dari = ingest_file(store.db, fx.persian_html(tmp_path / "dari.html")[0], "tester").source.id
    balkh = ids["rasc-balkh-nds-dismissals-2025.txt"]
    found = sources.match_sources(store.db, "Balkh")
    assert set(found) == {balkh}
    assert found[balkh].passages == 3
    assert [hit.pinpoint for hit in found[balkh].hits] == ["para. 1", "para. 3", "para. 6"]
    assert all("[Balkh]" in hit.snippet for hit in found[balkh].hits)
    # Many passages of one source: all sources found, a few snippets each.
    broad = sources.match_sources(store.db, "Taliban", per_source=2)
    assert set(broad) == set(ids.values())
    assert all(len(m.hits) == 2 and m.passages >= 2 for m in broad.values())
    # Dari, as typed on a Persian keyboard, and with Arabic kaf and yeh (an Arabic keyboard).
    assert set(sources.match_sources(store.db, "بازداشت")) == {dari}
    assert set(sources.match_sources(store.db, "كارمند پيشين")) == {dari}
    assert sources.match_sources(store.db, "nothing-like-this") == {}
    assert sources.match_sources(store.db, "  ...  ") is None
