"""The dossier's text layer: real PDFs in Dari, Pashto, English and mixes, read back with
poppler's pdftotext (logical order) and pypdf, compared after NFKC (the PDF holds presentation
forms). All text is fictional."""

import io
import re
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pypdf
import pytest
from fontTools.ttLib import TTFont as FontFile
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import SimpleDocTemplate

from casefiles.core.dossier import text
from casefiles.core.dossier.text import (
    ARABIC,
    ARABIC_BOLD,
    LATIN,
    LATIN_BOLD,
    font_runs,
    fonts_dir,
    is_rtl,
    paragraph,
    plain,
    register_fonts,
    shape_line,
)

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                   reason="poppler-utils (pdftotext) is not installed")

DARI = ("سربازان پیشین اردوی ملی در سال ۱۴۰۰ به خانه‌های خود بازگشتند و پرونده CF-7K2M-X9QD "
        "در ماه اسد 1400 ثبت شد (سه ماه پس از تهدید).")
PASHTO = ("د پخوانیو سرتېرو ټولنه ډېره وېرېدلې ده؛ ښځې، ګران ملګري، وګړي او کوچنۍ "
          "نجلۍ ستړې دي، ږغ یې ړنګ شو او څوک نه پوهېږي چې ځای یې چېرته دی ماڼۍ")
ENGLISH = ("The applicant served as a sergeant in the border police until August 2021 and "
           "received a written threat <b>& a summons</b> in 1401 SH.")
MIXED = ("The summons names him as «فرمانده» of the checkpoint in ولسوالی ده‌سبز, case "
         "CF-7K2M-X9QD, dated ۱۴۰۰/۰۵/۲۳.")
DARI_LETTERS = "پچژگکی"
PASHTO_LETTERS = "ټډړږښګڼۍې"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
# pdftotext marks the embedded runs of a line with bidi controls; they are not text.
_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")
FRAME_WIDTH = A4[0] - 2 * 72  # SimpleDocTemplate's default margins are an inch


@pytest.fixture(scope="module")
def style() -> ParagraphStyle:
    register_fonts()
    return ParagraphStyle("body", fontName=LATIN, fontSize=11, leading=16, spaceAfter=6)


def build(story: list, path: Path) -> Path:
    """Render `story` on A4 pages into `path`."""
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def pdftotext(path: Path, *args: str) -> str:
    """pdftotext's text of `path`, NFKC-normalised, bidi controls removed."""
    result = subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                            text=True, check=True)
    return _CONTROLS.sub("", unicodedata.normalize("NFKC", result.stdout))


def words(value: str) -> list[str]:
    return value.split()


def squeezed(value: str) -> str:
    """`value` without whitespace: every character, in order. Both readers misplace a space
    where a line changes direction (pdftotext moves the one after "۱۴۰۰" in a Dari line
    before it; pypdf breaks the line there), so order is compared without spaces."""
    return "".join(value.split())


def pypdf_text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return unicodedata.normalize("NFKC", "\n".join(page.extract_text() for page in reader.pages))


# Fonts.

def cmap(file: str) -> set[int]:
    with FontFile(str(fonts_dir() / file)) as font:
        return set(font.getBestCmap())


@pytest.mark.parametrize("file", ["NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"])
def test_arabic_fonts_cover_dari_and_pashto_letters_and_persian_digits(file: str) -> None:
    codes = cmap(file)
    needed = DARI_LETTERS + PASHTO_LETTERS + PERSIAN_DIGITS + "،؛؟"
    assert [char for char in needed if ord(char) not in codes] == []


@pytest.mark.parametrize("file", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"])
def test_latin_fonts_cover_latin_text_and_punctuation(file: str) -> None:
    codes = cmap(file)
    needed = "".join(map(chr, range(0x20, 0x7F))) + "«»–—‘’“”…°§éüç€"
    assert [char for char in needed if ord(char) not in codes] == []


def test_the_fonts_ship_with_their_licences() -> None:
    names = {path.name for path in fonts_dir().iterdir()}
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
            "NotoSansArabic-Bold.ttf", "LICENSE-DejaVu.txt", "LICENSE-NotoSansArabic-OFL.txt",
            "README.md"} <= names
    assert "SIL OPEN FONT LICENSE Version 1.1" in (
        fonts_dir() / "LICENSE-NotoSansArabic-OFL.txt").read_text()


def test_register_fonts_is_idempotent_and_makes_bold_families() -> None:
    from reportlab.lib.fonts import tt2ps
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    register_fonts()
    assert {LATIN, LATIN_BOLD, ARABIC, ARABIC_BOLD} <= set(pdfmetrics.getRegisteredFontNames())
    assert tt2ps(LATIN, 1, 0) == LATIN_BOLD
    assert tt2ps(ARABIC, 1, 0) == ARABIC_BOLD


@pytest.mark.parametrize("sample", [DARI, PASHTO, ENGLISH, MIXED])
@pytest.mark.parametrize("bold", [False, True])
def test_no_glyph_is_missing(sample: str, bold: bool) -> None:
    """Every code drawn is in the font it is drawn with (reportlab would drop it silently)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    for font, part in font_runs(shape_line(sample, is_rtl(sample)), bold):
        glyphs = pdfmetrics.getFont(font).face.charToGlyph
        assert [char for char in part if ord(char) not in glyphs] == [], font


def test_pashto_letters_join() -> None:
    """arabic-reshaper has no forms for Pashto letters; they come from the font's glyphs."""
    shaped = shape_line("پښتو", base_rtl=True)
    assert "\u069a" not in shaped  # ښ drawn in its medial form, not the isolated letter
    assert unicodedata.normalize("NFKC", shaped) != shaped  # پ, ت, و in presentation forms


# Reading the text back.

@needs_poppler
@pytest.mark.parametrize("sample", [DARI, PASHTO])
def test_right_to_left_text_reads_back_in_logical_order(sample: str, style, tmp_path) -> None:
    pdf = build([paragraph(sample, style)], tmp_path / "rtl.pdf")
    assert squeezed(pdftotext(pdf)) == squeezed(sample)


def test_pashto_reads_back_word_for_word_with_pypdf(style, tmp_path) -> None:
    pdf = build([paragraph(PASHTO, style)], tmp_path / "pashto.pdf")
    assert words(pypdf_text(pdf)) == words(PASHTO)


@needs_poppler
def test_digits_and_codes_keep_their_order_inside_dari(style, tmp_path) -> None:
    pdf = build([paragraph(DARI, style)], tmp_path / "dari.pdf")
    extracted = pdftotext(pdf)
    for kept in ("۱۴۰۰", "1400", "CF-7K2M-X9QD", "(سه ماه", "تهدید)"):
        assert kept in extracted


@needs_poppler
def test_left_to_right_text_reads_back_exactly(style, tmp_path) -> None:
    """English with markup characters (plain text, not markup), and English with Dari runs
    (which pdftotext scrambles: it reads the guillemets around a Dari word as part of it)."""
    english = build([paragraph(ENGLISH, style)], tmp_path / "english.pdf")
    assert words(pdftotext(english)) == words(ENGLISH)
    assert words(pypdf_text(english)) == words(ENGLISH)
    mixed = build([paragraph(MIXED, style)], tmp_path / "mixed.pdf")
    assert squeezed(pypdf_text(mixed)) == squeezed(MIXED)
    assert "CF-7K2M-X9QD, dated ۱۴۰۰/۰۵/۲۳." in pdftotext(mixed)


def test_pypdf_finds_every_dari_and_pashto_word(style, tmp_path) -> None:
    """pypdf gives Persian in visual order (see DESIGN), but each word must be whole."""
    pdf = build([paragraph(DARI, style), paragraph(PASHTO, style)], tmp_path / "both.pdf")
    extracted = pypdf_text(pdf).replace("\u200c", "")
    for word in words(DARI + " " + PASHTO):
        letters = re.sub("[^\u0620-\u06d3\u200c]", "", word).replace("\u200c", "")
        if len(letters) > 1:
            assert letters in extracted, word


@needs_poppler
def test_forced_direction_and_footnote_markers(style, tmp_path) -> None:
    label = "CF-7K2M-X9QD شماره پرونده"
    forced = paragraph(label, style, direction="rtl")
    claim = paragraph("او در سال ۱۴۰۰ تهدید شد", style, notes=["3", "4"])
    english = paragraph("He was threatened in 2021", style, notes=["3", "4"])
    assert forced.rtl
    assert not paragraph(label, style).rtl
    build([forced, claim], tmp_path / "rtl.pdf")
    build([english], tmp_path / "ltr.pdf")
    lines = [line for line in pdftotext(tmp_path / "rtl.pdf").splitlines() if line.strip()]
    assert squeezed(lines[0]) == squeezed(label)
    assert squeezed(lines[1]) == "اودرسال۱۴۰۰تهدیدشد3,4"  # the markers end the claim
    assert pdftotext(tmp_path / "ltr.pdf").split() == ["He", "was", "threatened", "in",
                                                      "20213,4"]
    with pytest.raises(ValueError, match="direction"):
        paragraph(label, style, direction="up")


@needs_poppler
def test_bold_is_drawn_in_the_bold_fonts(style, tmp_path) -> None:
    bold_style = ParagraphStyle("bold", parent=style, fontName=LATIN_BOLD)
    pdf = build([paragraph(DARI, style, bold=True), paragraph(ENGLISH, bold_style)],
                tmp_path / "bold.pdf")
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout
    assert "NotoSansArabic-Bold" in fonts
    assert "DejaVuSans-Bold" in fonts
    assert "NotoSansArabic-Regular" not in fonts


# Layout.

@needs_poppler
def test_a_three_page_dari_paragraph_splits_with_nothing_lost(style, tmp_path) -> None:
    sentences = [f"جمله شماره {number} درباره تهدید و بازداشت در ولایت کندهار است."
                 for number in range(1, 321)]
    long_text = " ".join(sentences) + " پایان"  # no full stop: pdftotext reads ".7" as "7."
    pdf = build([paragraph("عنوان", style), paragraph(long_text, style, notes=["7"])],
                tmp_path / "long.pdf")
    assert len(pypdf.PdfReader(str(pdf)).pages) >= 3
    assert squeezed(pdftotext(pdf)) == squeezed("عنوان" + long_text + "7")


@needs_poppler
def test_a_long_unbroken_string_stays_within_the_frame(style, tmp_path) -> None:
    digest = "a1b2c3d4e5f6" * 33 + "ffff"  # 400 characters, no space
    url = "https://example.org/" + "/".join(f"section-{n}" for n in range(30))
    flowables = [paragraph(f"هش فایل: {digest}", style), paragraph(f"Source: {url}", style)]
    for flowable in flowables:
        flowable.wrap(FRAME_WIDTH, 10_000)
        for line in flowable._lines:
            shown = shape_line(flowable.line_text(line), flowable.rtl)
            assert text.runs_width(font_runs(shown), style.fontSize) <= FRAME_WIDTH
    pdf = build(flowables, tmp_path / "long-string.pdf")
    xml = pdftotext(pdf, "-bbox")
    right_edges = [float(x) for x in re.findall(r'xMax="([0-9.]+)"', xml)]
    left_edges = [float(x) for x in re.findall(r'xMin="([0-9.]+)"', xml)]
    assert max(right_edges) <= 72 + FRAME_WIDTH + 0.5
    assert min(left_edges) >= 72 - 0.5
    assert "".join(pdftotext(pdf).split()).count(digest) == 1  # broken, nothing lost


def test_right_to_left_lines_are_right_aligned(style) -> None:
    """Each line of a Dari paragraph ends at the frame's right edge (measured, not drawn)."""
    flowable = paragraph(DARI, style)
    flowable.wrap(200, 1000)
    assert len(flowable._lines) > 1
    assert flowable._line_start(150) == pytest.approx(50)
    english = paragraph(ENGLISH, style)
    english.wrap(200, 1000)
    assert english._line_start(150) == 0


def test_space_before_and_after_follow_the_style_and_the_split(style) -> None:
    spaced = ParagraphStyle("spaced", parent=style, spaceBefore=12, spaceAfter=8)
    flowable = paragraph(" ".join([DARI] * 20), spaced)
    head, tail = flowable.split(FRAME_WIDTH, spaced.leading * 3)
    assert (flowable.getSpaceBefore(), flowable.getSpaceAfter()) == (12, 8)
    assert (head.getSpaceBefore(), head.getSpaceAfter()) == (12, 0)
    assert (tail.getSpaceBefore(), tail.getSpaceAfter()) == (0, 8)
    assert head.wrap(FRAME_WIDTH, 1000)[1] == spaced.leading * 3
    assert flowable.split(FRAME_WIDTH, spaced.leading / 2) == []
    assert paragraph("", style).wrap(FRAME_WIDTH, 100) == (FRAME_WIDTH, 0)


# Plain text for bookmarks and metadata.

def test_plain_keeps_logical_order_and_folds_presentation_forms() -> None:
    assert plain("  پرونده\nCF-7K2M-X9QD  ") == "پرونده CF-7K2M-X9QD"
    shaped = shape_line("پرونده", base_rtl=True)
    assert plain(shaped[::-1]) == "پرونده"


def test_bookmarks_and_metadata_read_back_unchanged(tmp_path) -> None:
    title = plain("پرونده CF-7K2M-X9QD: تهدید و بازداشت")
    path = tmp_path / "bookmarks.pdf"
    canvas = pdfcanvas.Canvas(str(path), pagesize=A4)
    canvas.setTitle(title)
    canvas.bookmarkPage("p1")
    canvas.addOutlineEntry(title, "p1", level=0)
    canvas.showPage()
    canvas.save()
    reader = pypdf.PdfReader(str(path))
    assert reader.outline[0].title == title
    assert reader.metadata.title == title


def test_is_rtl_takes_the_first_strong_character() -> None:
    assert is_rtl("۱۴۰۰ سال")
    assert not is_rtl("1400 CF-7K2M در سال")
    assert not is_rtl("123 ...")


def test_paragraph_in_memory(style) -> None:
    """A dossier is rendered into memory (no plaintext on disk): a BytesIO works."""
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build([paragraph(DARI, style)])
    assert buffer.getvalue().startswith(b"%PDF")


def test_our_fonts_are_not_swapped_for_another_registration_of_the_same_face() -> None:
    """reportlab hands out an earlier font of the same face name (pdfmetrics.registerFont):
    a DejaVu Sans registered before ours (as the source tests' fixtures do) must not replace
    ours and its private glyphs. A fresh interpreter, so that ours really comes second."""
    script = (
        "from reportlab.pdfbase import pdfmetrics\n"
        "from reportlab.pdfbase.ttfonts import TTFont\n"
        "from casefiles.core.dossier import text\n"
        "pdfmetrics.registerFont(TTFont('Plain', str(text.fonts_dir() / 'DejaVuSans.ttf')))\n"
        "text.register_fonts()\n"
        "ours = pdfmetrics.getFont(text.LATIN)\n"
        "assert ours is not pdfmetrics.getFont('Plain')\n"
        "assert any(code >= 0xE000 for code in ours.face.charToGlyph)\n"
        "print(text.shape_line('(\u0633\u0647 \u0645\u0627\u0647)', True) and 'ok')\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parents[3], check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
