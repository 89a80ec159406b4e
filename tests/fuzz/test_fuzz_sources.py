"""Fuzzing source extraction (casefiles.core.sources: sniffing, and the PDF, HTML, MHTML, Word,
text and image readers), on the real reporting in shared/corpus and the files that
tests/core/sources/fixtures.py builds, damaged, and on small generated documents.

A document's text is extracted, or the reader fails with ExtractionFailed and one clean line;
no other exception comes out of a reader (ingest would keep the original, but say only the
name of the exception). Ingest keeps the original byte for byte, or refuses the file and leaves
the store as it was.
"""

import base64
import io
import quopri
import struct
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PIL import Image

from casefiles.core.errors import InvalidInput
from casefiles.core.sources import ingest, sniff
from casefiles.core.sources.blobs import read_all
from casefiles.core.sources.extract import ExtractionFailed, extract
from casefiles.core.store import sources
from casefiles.core.store.store import Store
from tests.core.sources import fixtures
from tests.core.sources.test_corpus import CORPUS_DIR
from tests.fuzz.conftest import fuzz_settings
from tests.fuzz.helpers import (
    Sample,
    attempt,
    hostile_text,
    make_zip,
    mutate,
    mutated_zip,
    zip_members,
)
from tests.fuzz.targets import check_extraction

# Pillow warns about what it makes of a damaged image (a truncated read, a tag past the end).
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:PIL")


@pytest.fixture(scope="module")
def originals(work_dir: Path) -> dict[str, list[bytes]]:
    """Real files by the kind they are read as: the corpus reports, and one of each kind the
    source fixtures build (English and Persian, UTF-8 and windows-1256, every image format)."""
    built = {
        "pdf": [fixtures.english_pdf(work_dir / "e.pdf")[0], fixtures.persian_pdf(
            work_dir / "p.pdf")[0], fixtures.truncated_pdf(work_dir / "t.pdf")],
        "html": [fixtures.english_html(work_dir / "e.html")[0],
                 fixtures.persian_html(work_dir / "p.html")[0],
                 fixtures.cp1256_html(work_dir / "c.html"),
                 fixtures.mixed_encoding_html(work_dir / "m.html")],
        "mhtml": [fixtures.mhtml(work_dir / "s.mhtml")[0]],
        "docx": [fixtures.docx(work_dir / "d.docx")[0]],
        "image": [fixtures.jpeg(work_dir / "i.jpg"), fixtures.png(work_dir / "i.png"),
                  fixtures.webp(work_dir / "i.webp"), fixtures.heic(work_dir / "i.heic")],
        "text": [fixtures.text_file(work_dir / "t.txt")[0], *sorted(CORPUS_DIR.glob("*.txt"))],
    }
    return {kind: [Sample(path.read_bytes()) for path in paths] for kind, paths in built.items()}


@st.composite
def damaged_originals(draw: st.DrawFn, originals: dict[str, list[bytes]]) -> tuple[str, bytes]:
    """(kind, bytes): a real file of that kind, damaged; a Word document now and then in its
    zip's parts."""
    kind = draw(st.sampled_from(sorted(originals)))
    data = draw(st.sampled_from(originals[kind]))
    if kind == "docx" and draw(st.booleans()):
        return kind, draw(mutated_zip(data))
    return kind, mutate(draw, data, max_edits=draw(st.sampled_from([1, 3, 12])))


@fuzz_settings(2000)
@given(data=st.data())
def test_damaged_real_files_extract_or_fail_with_a_reason(originals: dict[str, list[bytes]],
                                                          data: st.DataObject) -> None:
    kind, content = data.draw(damaged_originals(originals))
    check_extraction(kind, content)
    sniffed = sniff.sniff(content[:sniff.HEAD_BYTES], f"file.{kind}")
    if sniffed.kind != kind:
        check_extraction(sniffed.kind, content)


# ---- small generated documents ----------------------------------------------------------------

_CHARSETS = st.sampled_from(["utf-8", "windows-1256", "utf-16", "utf-16-le", "latin-1", "ascii",
                             "x-unknown", "rot13", "base64", "hex", "zlib", "idna", "punycode",
                             "utf-7", "unicode_escape", "undefined", "", "utf-8\"><x",
                             "utf-8\x00"])
_MARKUP = st.sampled_from(["<p>", "</p>", "<div>", "<article>", "<script>", "</script>",
                           "<style>", "<!--", "-->", "<![CDATA[", "<table><tr><td>", "<br/>",
                           "&nbsp;", "&#0;", "&#xD800;", "&unknown;", "<title>", "</title>",
                           "<meta name='author' content='x'>", "<p dir='rtl'>", "<<>>"])


@st.composite
def html_pages(draw: st.DrawFn) -> bytes:
    """A web page of random markup and text, declaring some charset (maybe none it uses)."""
    charset = draw(_CHARSETS)
    body = "".join(draw(st.lists(_MARKUP | hostile_text, max_size=12)))
    page = f"<html><head><meta charset=\"{charset}\"><title>t</title></head><body>{body}"
    return page.encode(draw(st.sampled_from(["utf-8", "cp1256", "utf-16"])), "replace")


_ENCODERS = {"base64": base64.encodebytes, "quoted-printable": quopri.encodestring,
             "8bit": bytes, "x-bogus": bytes, "base64 ": lambda data: b"!!" + data}


@st.composite
def mhtml_files(draw: st.DrawFn) -> bytes:
    """A page saved as one file: a multipart message whose parts have any type, charset and
    transfer encoding, their headers and boundaries right or not."""
    boundary = draw(st.sampled_from(["b0", "", "x" * 200, "b0\"; x=\""]))
    parts = []
    for _part in range(draw(st.integers(0, 3))):
        cte = draw(st.sampled_from(sorted(_ENCODERS)))
        kind = draw(st.sampled_from(["text/html", "text/plain", "text/css", "image/png", ""]))
        parts.append(f"--{boundary}\r\nContent-Type: {kind}; charset=\"{draw(_CHARSETS)}\"\r\n"
                     f"Content-Transfer-Encoding: {cte}\r\nContent-Location: "
                     f"https://example.org/{draw(st.integers(0, 9))}\r\n\r\n".encode()
                     + _ENCODERS[cte](draw(html_pages() | st.binary(max_size=80))) + b"\r\n")
    location = draw(st.sampled_from(["https://example.org/a", "", "=?utf-8?b?!!!?=", "x" * 300]))
    head = ("MIME-Version: 1.0\r\nSubject: =?utf-8?q?saved?=\r\n"
            f"Snapshot-Content-Location: {location}\r\n"
            f"Content-Type: multipart/related; boundary=\"{boundary}\"; type=\"text/html\"\r\n"
            "\r\n").encode()
    data = head + b"".join(parts) + f"--{boundary}--\r\n".encode()
    return mutate(draw, data) if draw(st.booleans()) else data


def _png_declaring(width: int, height: int) -> bytes:
    """A PNG header that says the image is `width` x `height` pixels, and one tiny row."""
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    data = zlib.compress(b"\x00" * 4)
    return (b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk
            + struct.pack(">I", zlib.crc32(chunk)) + struct.pack(">I", len(data)) + b"IDAT"
            + data + struct.pack(">I", zlib.crc32(b"IDAT" + data)) + b"\0\0\0\0IEND\xaeB`\x82")


@st.composite
def images(draw: st.DrawFn) -> bytes:
    """A small image in some format and mode, or one declaring an enormous size."""
    if draw(st.booleans()):
        side = st.sampled_from([0, 1, 64, 30_000, 2**31 - 1, 2**32 - 1])
        return _png_declaring(draw(side), draw(side))
    size = (draw(st.integers(1, 8)), draw(st.integers(1, 8)))
    image = Image.new(draw(st.sampled_from(["RGB", "L", "1", "P", "RGBA", "I;16"])), size)
    out = io.BytesIO()
    image_format = draw(st.sampled_from(["PNG", "GIF", "TIFF", "BMP", "WEBP"]))
    try:
        image.save(out, image_format)
    except OSError:  # that mode cannot be written in that format
        image.convert("RGB").save(out, image_format)
    return out.getvalue()


@st.composite
def small_pdfs(draw: st.DrawFn) -> bytes:
    """A PDF written by hand: its objects, streams, xref and trailer of any shape."""
    stream = draw(st.sampled_from([b"BT /F1 12 Tf (Hello) Tj ET", b"q Q", b"\xff" * 20, b""]))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [3 0 R] /Count " + draw(st.sampled_from(
                   [b"1", b"0", b"-1", b"99999999"])) + b" >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + draw(st.sampled_from(
                   [b"612 792", b"0 0", b"-1 1e308", b"a b"])) + b"] /Contents 4 0 R >>",
               b"<< /Length " + str(len(stream) + draw(st.integers(-5, 5))).encode()
               + draw(st.sampled_from([b"", b" /Filter /FlateDecode", b" /Filter /Bogus"]))
               + b" >>\nstream\n" + stream + b"\nendstream"]
    body, offsets = b"%PDF-1.7\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    body += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + draw(st.sampled_from(
        [b"", b"/Encrypt 1 0 R", b"/Info << /Title (\xfe\xff\x00) /CreationDate (D:99999) >>"]))
    body += b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return mutate(draw, body) if draw(st.booleans()) else body


_GENERATED = {
    "html": html_pages(), "mhtml": mhtml_files(), "image": images(), "pdf": small_pdfs(),
    "text": st.builds(lambda text, codec: text.encode(codec, "replace"), hostile_text,
                      st.sampled_from(["utf-8", "utf-16", "cp1256", "utf-32", "latin-1"])),
}


@fuzz_settings(1800)
@given(kind=st.sampled_from(sorted(_GENERATED)), data=st.data())
def test_generated_documents_extract_or_fail_with_a_reason(kind: str,
                                                          data: st.DataObject) -> None:
    content = data.draw(_GENERATED[kind])
    check_extraction(kind, content)
    check_extraction(sniff.sniff(content[:sniff.HEAD_BYTES], "file").kind, content)


# ---- into the store ---------------------------------------------------------------------------

@fuzz_settings(250)
@given(data=st.data())
def test_ingest_keeps_the_original_or_refuses_leaving_no_trace(
        fuzz_store: Store, work_dir: Path, originals: dict[str, list[bytes]],
        data: st.DataObject) -> None:
    kind, content = data.draw(damaged_originals(originals) | st.tuples(
        st.sampled_from(sorted(_GENERATED)), st.sampled_from(sorted(_GENERATED)).flatmap(
            _GENERATED.get)))
    path = work_dir / f"original.{data.draw(st.sampled_from([kind, 'txt', 'bin']))}"
    path.write_bytes(content)
    report = attempt(lambda: ingest.ingest_file(fuzz_store.db, path, fuzz_store.actor),
                     fuzz_store.db, allowed=(InvalidInput,))
    if report is not None and not report.duplicate:
        blob = sources.blob_of(fuzz_store.db, report.source.id)
        assert read_all(fuzz_store.db, blob) == content
        assert report.source.extraction in ("ok", "none", "failed")


# ---- what fuzzing found -----------------------------------------------------------------------

@pytest.mark.parametrize("charset", ["hex", "rot13", "base64", "undefined", "x-unknown",
                                     "utf-8\x00"])
def test_a_page_declaring_a_codec_that_does_not_decode_text_is_read_all_the_same(
        charset: str) -> None:
    """bytes.decode raised LookupError ("'hex' is not a text encoding", an unknown name),
    UnicodeError ("undefined") or ValueError ("embedded null character", found by the atheris
    harness) for what a page or an MHTML part declares."""
    page = (f"<html><head><meta charset=\"{charset}\"></head><body><p>A report of a house "
            "search in Kandahar, written as sentences are.</p></body></html>").encode()
    assert check_extraction("html", page) is not None
    part = (f"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"b\"\r\n\r\n"
            f"--b\r\nContent-Type: text/html; charset=\"{charset}\"\r\n\r\n").encode()
    assert check_extraction("mhtml", part + page + b"\r\n--b--\r\n") is not None


def test_an_image_declaring_an_enormous_size_fails_with_a_reason() -> None:
    """Pillow's DecompressionBombError (not an OSError) came out of the image reader."""
    with pytest.raises(ExtractionFailed, match="far larger than any photo"):
        extract("image", _png_declaring(2**31 - 1, 2**31 - 1))


def test_a_pdf_page_that_cannot_be_loaded_loses_only_its_own_text(work_dir: Path) -> None:
    """PdfiumError ("Failed to load page.") came out of the PDF reader, losing every page."""
    data = fixtures.english_pdf(work_dir / "kids.pdf")[0].read_bytes()
    damaged = data.replace(b"/Kids [ 3 0 R 4 0 R 5 0 R ]", b"/Kids [ 3 0 R 12 0 R 5 0 R ]")
    assert damaged != data
    extracted = check_extraction("pdf", damaged)
    assert [pinpoint for pinpoint, _text in extracted.segments] == ["p. 1", "p. 3"]
    assert "Page(s) 2 of the PDF cannot be read" in extracted.note


@pytest.mark.parametrize(("member", "content"), [
    ("word/document.xml", b"not xml at all"),  # lxml's XMLSyntaxError
    ("[Content_Types].xml", b"<Types/>"),  # python-docx's AttributeError on what parsed
    ("docProps/core.xml", b"<cp:coreProperties"),  # a part cut short
])
def test_a_damaged_word_document_fails_with_a_reason(work_dir: Path, member: str,
                                                     content: bytes) -> None:
    members = zip_members(fixtures.docx(work_dir / "d.docx")[0].read_bytes())
    with pytest.raises(ExtractionFailed, match="The Word document cannot be read"):
        extract("docx", make_zip({**members, member: content}))
