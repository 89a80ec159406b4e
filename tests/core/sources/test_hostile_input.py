"""Whatever bytes arrive, ingest keeps the original or refuses with a message; never a crash."""

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from casefiles.core.errors import InvalidInput
from casefiles.core.sources import ingest
from casefiles.core.sources.blobs import read_chunks
from casefiles.core.sources.extract import ExtractionFailed, extract
from casefiles.core.sources.sniff import sniff
from casefiles.core.store import sources
from casefiles.core.store.store import Store

_HEADS = [b"%PDF-1.7\n", b"<html><head><meta charset='utf-8'>", b"MIME-Version: 1.0\r\n"
          b"Content-Type: multipart/related; boundary=x\r\n\r\n", b"PK\x03\x04",
          b"\xff\xd8\xff\xe0", b"\x89PNG\r\n\x1a\n", b"\xef\xbb\xbf", b"\xff\xfe", b""]
_NAMES = ["report.pdf", "page.html", "saved.mhtml", "statement.docx", "photo.jpg", "notes.txt",
          "video.mp4", "noextension"]


@settings(max_examples=150, deadline=None)
@given(head=st.sampled_from(_HEADS), body=st.binary(max_size=3000), name=st.sampled_from(_NAMES))
def test_extractors_fail_only_with_a_reason(head: bytes, body: bytes, name: str) -> None:
    data = head + body
    kind = sniff(data[:8192], name).kind
    try:
        segments = extract(kind, data).segments
    except ExtractionFailed as err:
        segments, reason = [], str(err)
        assert reason
    assert all(pinpoint and isinstance(text, str) for pinpoint, text in segments)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(head=st.sampled_from(_HEADS), body=st.binary(max_size=2000), name=st.sampled_from(_NAMES))
def test_ingest_keeps_or_refuses(store: Store, tmp_path: Path, head: bytes, body: bytes,
                                 name: str) -> None:
    path = tmp_path / name
    path.write_bytes(head + body)
    before = len(sources.list_sources(store.db))
    try:
        report = ingest.ingest_file(store.db, path, "fuzz")
    except InvalidInput as err:
        refused = str(err)
        report = None
    if report is None:
        assert refused
        assert len(sources.list_sources(store.db)) == before
    else:
        assert report.source.extraction in ("ok", "none", "failed")
        blob_id = sources.blob_of(store.db, report.source.id)
        assert b"".join(read_chunks(store.db, blob_id)) == head + body
