"""Each fixture builder makes the real file it claims to make."""

from __future__ import annotations

import email
import email.policy
import logging
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import filetype
import pypdf
import pypdfium2 as pdfium
import pytest
from PIL import ExifTags, Image

from tests.core.sources import fixtures as fx
from tests.core.sources.fixtures import normalise


class _Page(HTMLParser):
    """Visible-ish text, meta tags, <title>, <html> attributes and link count of a page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.meta: dict[str, str] = {}
        self.html_attrs: dict[str, str | None] = {}
        self.title = ""
        self.nav_links = 0
        self._skip = 0
        self._in_title = False
        self._in_nav = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html":
            self.html_attrs = a
        elif tag == "meta":
            key = a.get("name") or a.get("property") or ("charset" if "charset" in a else None)
            if key:
                self.meta[key] = a.get("content") or a.get("charset") or ""
        elif tag in ("script", "style"):
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "nav":
            self._in_nav = True
        elif tag == "a" and self._in_nav:
            self.nav_links += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag == "nav":
            self._in_nav = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.text.append(data)


def _parse(html: str) -> tuple[_Page, str]:
    page = _Page()
    page.feed(html)
    page.close()
    return page, normalise(" ".join(page.text))


def _pdfium_pages(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(path.read_bytes())
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


# ---- PDF -------------------------------------------------------------------------------


def test_english_pdf(tmp_path: Path) -> None:
    path, pages = fx.english_pdf(tmp_path / "report.pdf")
    reader = pypdf.PdfReader(path, strict=True)
    assert len(reader.pages) == len(pages) == 3
    meta = reader.metadata
    assert meta.title == "Fictional report on reprisals"
    assert meta.author == "Fictional Monitoring Group"
    assert meta.subject == fx.PDF_SUBJECT
    assert meta.creation_date == fx.PDF_CREATED
    for page, text in zip(reader.pages, pages, strict=True):
        assert normalise(page.extract_text()) == normalise(text)
    joined = " ".join(pages)
    assert any(p in joined for p in fx.PROVINCES)
    assert any(i in joined for i in fx.INSTITUTIONS)
    assert any(t in joined for t in fx.INCIDENT_TYPES)


def test_english_pdf_custom_pages(tmp_path: Path) -> None:
    path, pages = fx.english_pdf(tmp_path / "one.pdf", pages=["Only page, Balkh."])
    assert pages == ["Only page, Balkh."]
    assert len(pypdf.PdfReader(path).pages) == 1


def test_persian_pdf_text_comes_back_in_logical_order_from_pdfium(tmp_path: Path) -> None:
    path, pages = fx.persian_pdf(tmp_path / "fa.pdf")
    assert len(pypdf.PdfReader(path, strict=True).pages) == len(pages) == 2
    extracted = _pdfium_pages(path)
    assert [normalise(t) for t in extracted] == [normalise(p) for p in pages]
    assert "\u200c" in extracted[0]  # ZWNJ survives (python-bidi alone would drop it)
    assert "قندهار" in normalise(extracted[0])


@pytest.mark.parametrize("builder", [fx.truncated_pdf, fx.garbage_pdf])
def test_broken_pdfs_do_not_open(tmp_path: Path, caplog, builder) -> None:
    path = builder(tmp_path / "broken.pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    with pytest.raises(pypdf.errors.PdfReadError):
        pypdf.PdfReader(path, strict=True)
    with caplog.at_level(logging.WARNING, logger="pypdf"):
        try:
            reader = pypdf.PdfReader(path)
            pages = [p.extract_text() for p in reader.pages]
        except pypdf.errors.PdfReadError:
            pages = None
    assert pages is None or len(pages) < 3 or caplog.records
    with pytest.raises(pdfium.PdfiumError):
        pdfium.PdfDocument(path.read_bytes())


def test_truncated_pdf_is_60_percent(tmp_path: Path) -> None:
    whole, _ = fx.english_pdf(tmp_path / "whole.pdf")
    cut = fx.truncated_pdf(tmp_path / "cut.pdf")
    assert cut.read_bytes() == whole.read_bytes()[: int(whole.stat().st_size * 0.6)]


# ---- HTML, MHTML -------------------------------------------------------------------------


def test_english_html(tmp_path: Path) -> None:
    path, main_text = fx.english_html(tmp_path / "page.html")
    page, text = _parse(path.read_bytes().decode("utf-8"))
    assert page.meta["charset"] == "utf-8"
    assert page.title == fx.ENGLISH_META["title"]
    assert page.meta["author"] == fx.ENGLISH_META["author"]
    assert page.meta["article:published_time"] == "2025-01-14T08:30:00+04:30"
    assert page.meta["og:site_name"] == "Fictional News"
    assert page.meta["og:title"] == fx.ENGLISH_HEADLINE
    assert page.nav_links == 8
    for piece in (*fx.ENGLISH_FURNITURE, *fx.ENGLISH_NAV, fx.ENGLISH_HEADLINE):
        assert normalise(piece) in text
    paragraphs = main_text.split("\n")
    assert paragraphs == fx.ENGLISH_PARAGRAPHS
    assert all(len(p.split()) >= 20 for p in paragraphs)
    for p in paragraphs:
        assert p in text
    for piece in fx.ENGLISH_FURNITURE:
        assert piece not in main_text
    assert "Herat" not in main_text
    assert any(p in main_text for p in fx.PROVINCES)
    assert any(i in main_text for i in fx.INSTITUTIONS)
    assert any(t in main_text for t in fx.INCIDENT_TYPES)


def test_persian_html(tmp_path: Path) -> None:
    path, main_text = fx.persian_html(tmp_path / "fa.html")
    page, text = _parse(path.read_bytes().decode("utf-8"))
    assert page.html_attrs == {"lang": "fa", "dir": "rtl"}
    assert page.meta["charset"] == "utf-8"
    assert page.meta["og:site_name"] == "اخبار خیالی"
    assert page.nav_links == 8
    for piece in (*fx.PERSIAN_FURNITURE, *fx.PERSIAN_NAV):
        assert normalise(piece) in text
    assert main_text.split("\n") == fx.PERSIAN_PARAGRAPHS
    assert all(p in text for p in fx.PERSIAN_PARAGRAPHS)
    assert all(piece not in main_text for piece in fx.PERSIAN_FURNITURE)
    assert "هرات" not in main_text


def test_cp1256_html(tmp_path: Path) -> None:
    data = fx.cp1256_html(tmp_path / "cp.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    page, text = _parse(data.decode("cp1256"))
    assert page.meta["charset"] == "windows-1256"
    assert all(p in text for p in fx.PERSIAN_PARAGRAPHS_CP1256)
    assert "\u06cc" not in text  # legacy Arabic yeh instead of Farsi yeh


def test_mislabelled_html(tmp_path: Path) -> None:
    data = fx.mislabelled_html(tmp_path / "mis.html").read_bytes()
    assert b'<meta charset="utf-8">' in data
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    _, text = _parse(data.decode("cp1256"))
    assert all(p in text for p in fx.PERSIAN_PARAGRAPHS_CP1256)


def test_mixed_encoding_html(tmp_path: Path) -> None:
    data = fx.mixed_encoding_html(tmp_path / "mix.html").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    legacy = fx.PERSIAN_PARAGRAPHS_CP1256[fx.MIXED_SPLICED_INDEX].encode("cp1256")
    assert legacy in data
    _, text = _parse(data.decode("utf-8", errors="replace"))
    for i, p in enumerate(fx.PERSIAN_PARAGRAPHS):
        assert (p in text) == (i != fx.MIXED_SPLICED_INDEX)


def test_mhtml(tmp_path: Path) -> None:
    path, main_text = fx.mhtml(tmp_path / "page.mhtml")
    data = path.read_bytes()
    assert b"\r\n" in data
    msg = email.message_from_bytes(data, policy=email.policy.default)
    assert msg.get_content_type() == "multipart/related"
    assert msg.get_param("type") == "text/html"
    assert msg["Snapshot-Content-Location"] == fx.ENGLISH_META["url"]
    html_part, png_part = msg.get_payload()
    assert html_part.get_content_type() == "text/html"
    assert html_part["Content-Transfer-Encoding"] == "quoted-printable"
    assert html_part["Content-Location"] == fx.ENGLISH_META["url"]
    html = html_part.get_payload(decode=True).decode("utf-8")
    assert fx.MHTML_IMAGE_URL in html
    _, text = _parse(html)
    assert all(p in text for p in main_text.split("\n"))
    assert fx.ENGLISH_COOKIE in text
    assert png_part.get_content_type() == "image/png"
    assert png_part["Content-Location"] == fx.MHTML_IMAGE_URL
    assert png_part.get_payload(decode=True).startswith(b"\x89PNG\r\n\x1a\n")
    assert fx.mhtml(tmp_path / "again.mhtml")[0].read_bytes() == data


# ---- DOCX, text ----------------------------------------------------------------------------


def test_docx(tmp_path: Path) -> None:
    import docx

    path, paragraphs = fx.docx(tmp_path / "statement.docx")
    assert zipfile.is_zipfile(path)
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs if p.text]
    assert texts == paragraphs
    assert len(paragraphs) == 5
    assert document.paragraphs[0].style.name == "Heading 1"
    props = document.core_properties
    assert props.title == fx.DOCX_TITLE
    assert props.author == fx.DOCX_AUTHOR
    assert props.created == fx.DOCX_CREATED
    assert any("\u0600" <= ch <= "\u06ff" for ch in paragraphs[3])
    assert "Nangarhar" in paragraphs[1]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1256"])
def test_text_file(tmp_path: Path, encoding: str) -> None:
    path, text = fx.text_file(tmp_path / "note.txt", encoding=encoding)
    assert path.read_bytes() == text.encode(encoding)
    assert path.read_bytes().decode(encoding) == text == fx.DEFAULT_TEXT
    assert "Balkh" in text


def test_text_file_custom(tmp_path: Path) -> None:
    path, text = fx.text_file(tmp_path / "fa.txt", text="قندهار\n")
    assert path.read_text(encoding="utf-8") == text == "قندهار\n"


# ---- Images, audio/video, lies -------------------------------------------------------------


@pytest.mark.parametrize(
    ("builder", "fmt", "mime"),
    [
        (fx.jpeg, "JPEG", "image/jpeg"),
        (fx.png, "PNG", "image/png"),
        (fx.webp, "WEBP", "image/webp"),
        (fx.heic, "HEIF", "image/heic"),
    ],
)
def test_images(tmp_path: Path, builder, fmt: str, mime: str) -> None:
    path = builder(tmp_path / f"picture.{fmt.lower()}")
    with Image.open(path) as img:
        assert img.format == fmt
        assert img.size == (64, 48)
        img.load()
    assert filetype.guess(str(path)).mime == mime


def test_jpeg_exif_date(tmp_path: Path) -> None:
    with Image.open(fx.jpeg(tmp_path / "photo.jpg")) as img:
        exif_ifd = img.getexif().get_ifd(ExifTags.IFD.Exif)
    assert exif_ifd[ExifTags.Base.DateTimeOriginal] == "2024:03:05 10:20:30"


@pytest.mark.parametrize(
    ("builder", "mime"), [(fx.mp3_like, "audio/mpeg"), (fx.mp4_like, "video/mp4")]
)
def test_audio_video(tmp_path: Path, builder, mime: str) -> None:
    path = builder(tmp_path / "media.bin")
    assert filetype.guess(str(path)).mime == mime


def test_mp4_boxes(tmp_path: Path) -> None:
    data = fx.mp4_like(tmp_path / "clip.mp4").read_bytes()
    kinds, offset = [], 0
    while offset < len(data):
        size = int.from_bytes(data[offset : offset + 4], "big")
        assert size >= 8
        kinds.append(data[offset + 4 : offset + 8])
        offset += size
    assert offset == len(data)
    assert kinds == [b"ftyp", b"moov", b"free", b"mdat"]


def test_lying_extension(tmp_path: Path) -> None:
    path = fx.lying_extension(tmp_path)
    assert path.name == "report.pdf"
    assert filetype.guess(str(path)).mime == "image/png"
    with Image.open(path) as img:
        assert img.format == "PNG"
    with pytest.raises(pypdf.errors.PdfReadError):
        pypdf.PdfReader(path)


def test_big_file(tmp_path: Path) -> None:
    size = 3 * fx.CHUNK + 12345
    a = fx.big_file(tmp_path / "a.bin", size)
    b = fx.big_file(tmp_path / "b.bin", size)
    assert a.stat().st_size == size
    assert a.read_bytes() == b.read_bytes()
    data = a.read_bytes()
    assert data[: fx.CHUNK] != data[fx.CHUNK : 2 * fx.CHUNK]
    assert fx.big_file(tmp_path / "empty.bin", 0).stat().st_size == 0


def test_a_page_read_again_and_again_keeps_all_its_text(tmp_path: Path) -> None:
    """trafilatura's deduplication remembers paragraphs across every page of the process and
    drops those seen often: the same report saved twice lost its text the tenth time."""
    from casefiles.core.sources.extract import html as html_extract

    page, _text = fx.persian_html(tmp_path / "dari.html")
    first = html_extract.extract(page.read_bytes()).segments
    assert first
    for _i in range(12):
        assert html_extract.extract(page.read_bytes()).segments == first
