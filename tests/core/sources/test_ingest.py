"""Ingest of real files of every supported type into a real encrypted store."""

import hashlib
import os
import unicodedata
from pathlib import Path

import pytest

from casefiles.core.errors import DatabaseDamaged, InvalidInput
from casefiles.core.model.case import Case, Citation, Incident
from casefiles.core.sources import blobs, ingest
from casefiles.core.store import cases, citations, settings, sources
from casefiles.core.store.store import Store
from casefiles.core.store.verify import verify
from tests.conftest import PASSPHRASE, snapshot
from tests.core.sources import fixtures as fx


def _fold(text: str) -> str:
    """NFKC, without ZWNJ (trafilatura drops it), spacing collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).replace("\u200c", "").split())


def _same_text(a: str, b: str) -> bool:
    return _fold(a) == _fold(b)


def _contains(haystack: str, needle: str) -> bool:
    return _fold(needle) in _fold(haystack)


def _ingest(store: Store, path: Path, **given: str) -> ingest.IngestReport:
    return ingest.ingest_file(store.db, path, "tester", given or None)


def _export(store: Store, source_id: int) -> bytes:
    return b"".join(blobs.read_chunks(store.db, sources.blob_of(store.db, source_id)))


def _text(store: Store, source_id: int) -> str:
    return "\n".join(text for _p, text in sources.working_text(store.db, source_id))


def test_english_pdf_pages_and_metadata(store: Store, tmp_path: Path) -> None:
    path, pages = fx.english_pdf(tmp_path / "report.pdf")
    report = _ingest(store, path)
    assert (report.source.kind, report.source.extraction) == ("pdf", "ok")
    segments = sources.working_text(store.db, report.source.id)
    assert [p for p, _t in segments] == ["p. 1", "p. 2", "p. 3"]
    for (_p, text), page in zip(segments, pages, strict=True):
        assert _same_text(text, page)
    assert report.source.title == fx.PDF_TITLE
    assert report.source.author == fx.PDF_AUTHOR
    assert report.source.published.to_text() == "2024-03-05"
    assert report.source.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert _export(store, report.source.id) == path.read_bytes()


def test_persian_pdf_comes_out_in_logical_order(store: Store, tmp_path: Path) -> None:
    path, pages = fx.persian_pdf(tmp_path / "persian.pdf")
    report = _ingest(store, path)
    segments = sources.working_text(store.db, report.source.id)
    assert len(segments) == 2
    for (_p, text), page in zip(segments, pages, strict=True):
        assert _same_text(text, page)
    hits = sources.search_sources(store.db, "بازداشت").hits
    assert hits[0].source_id == report.source.id


def test_saved_web_page_keeps_the_article_and_drops_the_furniture(store: Store,
                                                                  tmp_path: Path) -> None:
    path, main = fx.english_html(tmp_path / "page.html")
    report = _ingest(store, path)
    text = _text(store, report.source.id)
    for paragraph in main.split("\n"):
        assert _contains(text, paragraph)
    for furniture in (*fx.ENGLISH_FURNITURE, *fx.ENGLISH_RELATED):
        assert furniture not in text
    assert report.source.title
    assert report.source.type == "news_article"
    assert "AF-HER" not in {m.code for m in report.mentions}  # only in the Related list


def test_persian_web_page(store: Store, tmp_path: Path) -> None:
    path, main = fx.persian_html(tmp_path / "fa.html")
    report = _ingest(store, path)
    text = _text(store, report.source.id)
    for paragraph in main.split("\n"):
        assert _contains(text, paragraph)
    for furniture in fx.PERSIAN_FURNITURE:
        assert furniture not in text
    assert "AF-KAN" in {m.code for m in report.mentions}


@pytest.mark.parametrize("builder", [fx.cp1256_html, fx.mislabelled_html])
def test_legacy_encoded_pages_are_read(store: Store, tmp_path: Path, builder) -> None:
    report = _ingest(store, builder(tmp_path / "legacy.html"))
    text = _text(store, report.source.id)
    for paragraph in fx.PERSIAN_PARAGRAPHS_CP1256:
        assert _contains(text, paragraph)
    assert report.source.extraction == "ok"


def test_mixed_encoding_page_is_read_and_flagged(store: Store, tmp_path: Path) -> None:
    report = _ingest(store, fx.mixed_encoding_html(tmp_path / "mixed.html"))
    assert any("windows-1256" in note for note in report.notes)
    text = _text(store, report.source.id)
    spliced = fx.PERSIAN_PARAGRAPHS_CP1256[fx.MIXED_SPLICED_INDEX]
    assert _contains(text, spliced[:30])


def test_mhtml(store: Store, tmp_path: Path) -> None:
    path, main = fx.mhtml(tmp_path / "page.mhtml")
    report = _ingest(store, path)
    assert report.source.kind == "mhtml"
    assert _contains(_text(store, report.source.id), main.split("\n")[0])
    assert report.source.url.startswith("https://")


def test_docx(store: Store, tmp_path: Path) -> None:
    path, paragraphs = fx.docx(tmp_path / "statement.docx")
    report = _ingest(store, path)
    assert report.source.kind == "docx"
    text = _text(store, report.source.id)
    for paragraph in paragraphs:
        assert _contains(text, paragraph)
    assert report.source.title == fx.DOCX_TITLE


@pytest.mark.parametrize(("builder", "kind", "media"), [
    (fx.jpeg, "image", "image/jpeg"), (fx.png, "image", "image/png"),
    (fx.webp, "image", "image/webp"), (fx.heic, "image", "image/heic"),
    (fx.mp3_like, "audio", "audio/mpeg"), (fx.mp4_like, "video", "video/mp4"),
])
def test_media_are_kept_as_originals(store: Store, tmp_path: Path, builder, kind: str,
                                     media: str) -> None:
    path = builder(tmp_path / f"file.{media.split('/')[1]}")
    report = _ingest(store, path)
    assert (report.source.kind, report.source.media_type) == (kind, media)
    assert report.source.extraction == "none"
    assert _export(store, report.source.id) == path.read_bytes()


def test_photo_date_is_proposed_as_capture_date(store: Store, tmp_path: Path) -> None:
    report = _ingest(store, fx.jpeg(tmp_path / "photo.jpg"))
    assert report.source.captured_on.to_text() == "2024-03-05"
    assert report.source.type == "photo"


def test_same_file_twice_is_stored_once(store: Store, tmp_path: Path) -> None:
    path, _pages = fx.english_pdf(tmp_path / "a.pdf")
    first = _ingest(store, path)
    copy = tmp_path / "renamed copy.pdf"
    copy.write_bytes(path.read_bytes())
    second = _ingest(store, copy)
    assert second.duplicate
    assert second.source.id == first.source.id
    assert "already in the store" in second.notes[0]
    assert store.db.execute("SELECT count(*) FROM blobs").fetchone()[0] == 1
    assert len(sources.list_sources(store.db)) == 1


def test_given_metadata_wins_over_proposed(store: Store, tmp_path: Path) -> None:
    path, _pages = fx.english_pdf(tmp_path / "a.pdf")
    report = _ingest(store, path, title="UNAMA update", published="24 Asad 1400",
                     type="ngo_un_report")
    assert report.source.title == "UNAMA update"
    assert report.source.published.to_text() == "SH 1400-05-24"
    assert report.proposed["title"] == fx.PDF_TITLE  # still shown for the caseworker


def test_large_file_is_streamed_and_identical(store: Store, tmp_path: Path) -> None:
    path = fx.big_file(tmp_path / "video.mp4", 5 * blobs.CHUNK_SIZE + 12345)
    report = _ingest(store, path)
    chunks = store.db.execute("SELECT count(*) FROM blob_chunks").fetchone()[0]
    assert chunks == 6
    assert hashlib.sha256(_export(store, report.source.id)).hexdigest() == report.source.sha256


# ---- bad input ------------------------------------------------------------------------------

def _refused(store: Store, store_path: Path, path: Path, match: str, **kwargs) -> None:
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = snapshot(store_path)
    with pytest.raises(InvalidInput, match=match):
        ingest.ingest_file(store.db, path, "tester", **kwargs)
    assert snapshot(store_path) == before
    assert sources.list_sources(store.db) == []


def test_zero_byte_file(store: Store, store_path: Path, tmp_path: Path) -> None:
    (tmp_path / "empty.pdf").write_bytes(b"")
    _refused(store, store_path, tmp_path / "empty.pdf", "is empty")


def test_missing_file_and_folder(store: Store, store_path: Path, tmp_path: Path) -> None:
    _refused(store, store_path, tmp_path / "nowhere.pdf", "There is no file")
    _refused(store, store_path, tmp_path, "is a folder")


def test_unreadable_paths(store: Store, store_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "dangling.pdf"
    link.symlink_to(tmp_path / "gone.pdf")
    _refused(store, store_path, link, "There is no file")
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block: refused before opening
    _refused(store, store_path, tmp_path / "pipe.txt", "not a regular file")
    (tmp_path / "notes.txt").write_text("x")
    _refused(store, store_path, tmp_path / "notes.txt" / "inner.pdf",
             "cannot be read \\(Not a directory\\)")


def test_over_the_size_limit(store: Store, store_path: Path, tmp_path: Path) -> None:
    path = fx.big_file(tmp_path / "big.bin", 3 * 1024 * 1024)
    _refused(store, store_path, path, "over the size limit of 2.1 MB",
             max_bytes=2 * 1024 * 1024)


def test_bad_metadata_is_refused_before_any_work(store: Store, store_path: Path,
                                                 tmp_path: Path) -> None:
    path, _pages = fx.english_pdf(tmp_path / "a.pdf")
    _refused(store, store_path, path, "published", given={"published": "31 Mizan 1400"})
    _refused(store, store_path, path, "type", given={"type": "rumour"})


@pytest.mark.parametrize("builder", [fx.truncated_pdf, fx.garbage_pdf])
def test_broken_pdf_is_kept_and_says_so(store: Store, tmp_path: Path, builder) -> None:
    path = builder(tmp_path / "broken.pdf")
    report = _ingest(store, path)
    assert report.source.extraction == "failed"
    assert any("original is kept" in note for note in report.notes)
    assert _export(store, report.source.id) == path.read_bytes()
    assert sources.get_source(store.db, report.source.id).extraction_note


def test_extension_that_lies(store: Store, tmp_path: Path) -> None:
    path = fx.lying_extension(tmp_path)
    report = _ingest(store, path)
    assert report.source.kind == "image"
    assert "named as a PDF but its content is an image" in report.notes[0]


def test_failed_ingest_leaves_nothing_half_stored(store: Store, store_path: Path,
                                                  tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    path, _pages = fx.english_pdf(tmp_path / "a.pdf")

    def crash(*_args: object) -> None:
        raise RuntimeError("disk pulled out half-way")

    monkeypatch.setattr(sources, "put_mentions", crash)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(RuntimeError):
        _ingest(store, path)
    for table in ("blobs", "blob_chunks", "sources", "source_segments", "source_mentions"):
        assert store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table


# ---- verify, citations, search --------------------------------------------------------------

def test_verify_finds_a_flipped_byte_in_a_stored_original(store: Store, tmp_path: Path) -> None:
    path, _pages = fx.english_pdf(tmp_path / "a.pdf")
    report = _ingest(store, path)
    assert all(check.ok for check in verify(store.db))
    chunk_id, data = store.db.execute("SELECT id, data FROM blob_chunks LIMIT 1").fetchone()
    flipped = bytearray(data)
    flipped[100] ^= 0x01
    store.db.execute("UPDATE blob_chunks SET data = ? WHERE id = ?", (bytes(flipped), chunk_id))
    problems = {c.name: c.problems for c in verify(store.db)}["source originals"]
    assert problems == (f"source {report.source.id}: the stored original no longer matches its "
                        f"SHA-256 ({report.source.sha256[:12]}...); it was altered or damaged",)
    # Export does not hand out altered bytes as the original.
    out = tmp_path / "exported.pdf"
    with pytest.raises(DatabaseDamaged, match="no longer matches its SHA-256"):
        blobs.export_blob(store.db, sources.blob_of(store.db, report.source.id), out)
    assert list(tmp_path.glob("*exported*")) == []


def test_quote_is_checked_against_the_working_text(store: Store, tmp_path: Path) -> None:
    path, pages = fx.english_pdf(tmp_path / "a.pdf")
    source_id = _ingest(store, path).source.id
    codes = [cases.add_case(store.db, Case(incidents=[Incident(type="threat")]), "t").code
             for _i in range(2)]
    quote = " ".join(pages[1].split()[3:12])
    found = citations.add_citation(store.db, Citation(source_id=source_id, case_code=codes[0],
                                                      pinpoint="p. 2", quote=quote), "t")
    assert found.quote_check == citations.FOUND
    wrong = citations.add_citation(store.db, Citation(
        source_id=source_id, case_code=codes[1], pinpoint="p. 2",
        quote="words that this report never printed"), "t")
    assert wrong.quote_check == citations.NOT_FOUND
    assert [c.case_code for c in citations.citations_of_source(store.db, source_id)] == \
        sorted(codes)


def test_size_limit_is_a_store_setting(store: Store, store_path: Path, tmp_path: Path) -> None:
    path = fx.big_file(tmp_path / "video.mp4", 3 * 1024 * 1024)
    assert settings.get_setting(store.db, "source_size_limit") == 4_000_000_000
    assert settings.set_setting(store.db, "source_size_limit", "2MB") == 2_000_000
    _refused(store, store_path, path, "3.1 MB, over the size limit of 2.0 MB")
    settings.set_setting(store.db, "source_size_limit", "1 GiB")
    assert _ingest(store, path).source.size == 3 * 1024 * 1024
    with pytest.raises(InvalidInput, match="not a size"):
        settings.set_setting(store.db, "source_size_limit", "lots")


def test_large_original_goes_in_through_a_rollback_journal(store: Store, store_path: Path,
                                                           tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    monkeypatch.setattr(ingest, "_BIG_ORIGINAL", 1024 * 1024)
    path = fx.big_file(tmp_path / "video.mp4", 3 * 1024 * 1024)
    report = _ingest(store, path)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert not (store_path / "casefiles.db-journal").exists()
    assert _export(store, report.source.id) == path.read_bytes()
    assert all(check.ok for check in verify(store.db))


def test_large_original_with_another_connection_open_uses_the_wal(
        store: Store, store_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest, "_BIG_ORIGINAL", 1024 * 1024)
    other = Store.open(store_path, PASSPHRASE)
    try:
        other.db.execute("SELECT count(*) FROM cases").fetchone()
        path = fx.big_file(tmp_path / "video.mp4", 3 * 1024 * 1024)
        report = _ingest(store, path)
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert sources.get_source(other.db, report.source.id).sha256 == report.source.sha256
    finally:
        other.close()


def test_a_batch_reports_added_duplicates_and_refused(store: Store, tmp_path: Path) -> None:
    pdf, _pages = fx.english_pdf(tmp_path / "a.pdf")
    (tmp_path / "empty.txt").write_bytes(b"")
    seen = []
    batch = ingest.ingest_many(store.db, [pdf, tmp_path / "empty.txt", pdf,
                                          fx.lying_extension(tmp_path)], "tester",
                               progress=lambda n, total, name: seen.append((n, total, name)))
    assert [r.source.original_name for r in batch.added] == ["a.pdf", "report.pdf"]
    assert len(batch.duplicates) == 1
    assert batch.refused[0][0] == "empty.txt"
    assert seen[0] == (1, 4, "a.pdf")
    summary = batch.summary()
    assert summary.startswith("2 added, 1 already in the store, 1 refused.")
    assert "empty.txt: " in summary
    assert "named as a PDF" in summary
