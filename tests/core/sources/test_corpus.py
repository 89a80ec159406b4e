"""The three real articles of the seed corpus, saved as text with their page furniture."""

from pathlib import Path

import pytest

from casefiles.core.sources import ingest
from casefiles.core.sources.mentions import summary
from casefiles.core.store import sources
from casefiles.core.store.store import Store
from tests.core.sources.corpus_expectations import CORPUS

CORPUS_DIR = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"
_CATEGORIES = {"provinces": "province", "institutions": "institution",
               "incident_types": "incident", "countries": "country"}


@pytest.fixture(params=sorted(CORPUS))
def article(request: pytest.FixtureRequest, store: Store) -> tuple[dict, ingest.IngestReport]:
    report = ingest.ingest_file(store.db, CORPUS_DIR / request.param, "tester")
    return CORPUS[request.param], report, store


def test_main_text_keeps_the_sentences_and_drops_the_furniture(article) -> None:
    expected, report, store = article
    segments = sources.working_text(store.db, report.source.id)
    text = "\n".join(t for _p, t in segments)
    lines = {t for _p, t in segments}
    for sentence in expected["keeps"]:
        assert sentence in text
    for furniture in expected["drops"]:
        assert furniture not in lines
    for line in ("Related Articles", "Sign in to your account", "Lost your password?",
                 "Follow Us", "- ADVERTISEMENT -"):
        assert line not in text


@pytest.mark.parametrize("category", sorted(_CATEGORIES))
def test_mentions_are_exactly_what_the_article_names(article, category: str) -> None:
    expected, report, _store = article
    found = set(summary(report.mentions).get(_CATEGORIES[category], []))
    assert found == set(expected[category])


def test_each_mention_stands_in_its_sentence(article) -> None:
    _expected, report, store = article
    segments = dict(sources.working_text(store.db, report.source.id))
    for mention in report.mentions:
        assert mention.sentence in segments[mention.pinpoint] or \
            mention.sentence in " ".join(segments[mention.pinpoint].split())
        assert mention.matched.casefold() in mention.sentence.casefold()


def test_balkh_article_metadata_is_proposed(store: Store) -> None:
    report = ingest.ingest_file(store.db, CORPUS_DIR / "rasc-balkh-nds-dismissals-2025.txt",
                                "tester")
    assert report.proposed == {
        "title": "Taliban Dismiss Five Former Intelligence Officers in Balkh as Targeted "
                 "Purges Intensify",
        "published": "2025-06-14"}
    assert report.source.published.to_text() == "2025-06-14"
    hits = sources.search_sources(store.db, "dismissed NDS").hits
    assert [(h.source_id, h.pinpoint) for h in hits] == [(report.source.id, "para. 1")]
