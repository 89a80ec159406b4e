"""Builders for real source-document files, made inside the tests (never downloaded).

Every builder writes one real file and returns its ``Path`` (plus, where the file carries
text, the exact text that was put in, so a test can compare what extraction gives back).
All content is fictional: the people, events and news outlets are invented; ``example.org``
addresses are reserved and resolve nowhere.

Persian PDF text and which extractor gives it back
--------------------------------------------------
PDF has no notion of Arabic-script shaping or of right-to-left order, so ``persian_pdf``
does what real producers do: it shapes each line with ``arabic_reshaper`` (Arabic
Presentation Forms), puts it into visual order with ``python-bidi``'s ``get_display`` and
draws it right-aligned with DejaVuSans embedded as a TrueType font. Measured on this setup
(reportlab 5.1, pypdfium2 5.15 / PDFium 159, poppler 22.12 pdftotext, pypdf 7.1):

* **pypdfium2** — ``PdfDocument(data)[i].get_textpage().get_text_range()`` — returns every
  line in LOGICAL order, with base letters (not presentation forms), the ZWNJ kept,
  Persian digits and the Arabic comma in the right place, lines joined by ``"\\r\\n"``.
  ``normalise(extracted) == normalise(written)`` holds for every page, where ``normalise``
  (below) is just NFKC followed by collapsing runs of whitespace to one space and
  stripping. This is the extractor to use.
* **pdftotext** (with or without ``-layout``) returns logical order too, but as
  presentation forms (NFKC fixes those) wrapped in bidi embedding controls
  (U+202A/U+202B ... U+202C) that NFKC does not remove; after also deleting those it is
  equal for page 1 (letters only), but around digits and the Arabic comma it moves a space
  ("سال ۱۴۰۱ نامه" comes back as "سال ۱۴۰۱نامه", "کند، و" as "کند ،و"), so page 2 is NOT
  equal.
  ``pdftotext -raw`` gives the words in reversed order.
* **pypdf** ``extract_text()`` returns presentation forms with the sentence-final full stop
  moved to the start of the line and digit runs reversed ("۱۴۰۱" comes back as "۱۰۴۱"):
  not usable for this. ``extraction_mode="layout"`` reverses the whole line.

Drawing WITHOUT ``get_display`` (reshaped, logical order in the content stream) is worse:
PDFium and pypdf then give the line reversed, pdftotext gives it reversed with controls;
only pypdf's layout mode comes out right. Drawing unshaped text gives wrong glyphs
(isolated forms) and lam-alef comes back as "ال". So: shape + ``get_display`` + pypdfium2.

One trap, handled here: ``get_display`` deletes U+200C ZERO WIDTH NON-JOINER (bidi class
BN, removed by rule X9), which Persian needs ("سپین‌بولدک", "می‌گویند"). ``_visual_line``
swaps it for a placeholder Arabic letter before reordering and back afterwards, so the text
layer keeps it and extraction returns exactly what was written.

Legacy-encoded Persian (windows-1256)
-------------------------------------
windows-1256 has no U+06CC FARSI YEH and no Persian digits, so the cp1256 pages are written
the way legacy Persian pages were: with U+064A ARABIC YEH and ASCII digits
(``PERSIAN_PARAGRAPHS_CP1256``). Compare decoded text against that, not against
``PERSIAN_PARAGRAPHS``.
"""

from __future__ import annotations

import email.charset
import email.policy
import io
import random
import re
import struct
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from html import escape
from pathlib import Path

DEJAVU_SANS = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

# --------------------------------------------------------------------------------------
# Comparison helper
# --------------------------------------------------------------------------------------

_WHITESPACE = re.compile(r"\s+")


def normalise(text: str) -> str:
    """NFKC (folds Arabic Presentation Forms back to letters), then collapse whitespace.

    ZWNJ (U+200C) is not whitespace and survives, as it should.
    """
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()


# --------------------------------------------------------------------------------------
# Fictional content
# --------------------------------------------------------------------------------------

#: Provinces, institutions and incident types that the English documents mention.
PROVINCES = ("Kandahar", "Nangarhar", "Balkh")
INSTITUTIONS = ("Afghan National Police", "National Directorate of Security")
INCIDENT_TYPES = ("detention", "house search", "threat", "beating")

PDF_TITLE = "Fictional report on reprisals"
PDF_AUTHOR = "Fictional Monitoring Group"
PDF_SUBJECT = "Reprisals against former security-force members (fictional)"
#: CreationDate and ModDate of both PDFs (written as D:20240305102030+00'00').
PDF_CREATED = datetime(2024, 3, 5, 10, 20, 30, tzinfo=UTC)

ENGLISH_PDF_PAGES = [
    "A former officer of the Afghan National Police, here called Ahmad Karimi (a pseudonym), "
    "reported that men who said they were from the local authorities carried out a house "
    "search at his family home in Spin Boldak district of Kandahar province and took his "
    "service documents away.",
    "Two weeks later the same officer received a written threat at the door of a relative's "
    "house in Jalalabad, Nangarhar province, warning him to surrender to the authorities; he "
    "says a former colleague from the National Directorate of Security was detained the same "
    "week.",
    "The Fictional Monitoring Group recorded the detention, the house search and the threat "
    "as three separate incidents, rated the risk to the officer and his family as high in "
    "Kandahar, and recommended urgent relocation support while the case is reviewed.",
]

PERSIAN_PDF_PAGES = [
    "کارمند پیشین امنیت ملی در ولسوالی سپین‌بولدک ولایت قندهار بازداشت شد. "
    "خانواده‌اش می‌گویند که او پس از بازگشت به خانه توسط افراد مسلح ناشناس به مکان "
    "نامعلومی برده شد و تا کنون هیچ خبری از سرنوشت او در دست نیست.",
    "یک افسر پیشین پولیس ملی در شهر مزار شریف ولایت بلخ تهدید به مرگ شد. او در سال ۱۴۰۱ "
    "نامه‌ای دریافت کرد که در آن از او خواسته شده بود خود را به مقامات محلی معرفی کند، "
    "و پس از آن با خانواده‌اش مخفی شد.",
]

ENGLISH_HEADLINE = "Former police officer detained in Kandahar after months in hiding"
ENGLISH_PARAGRAPHS = [
    "A former officer of the Afghan National Police was detained at his family home in Spin "
    "Boldak district of Kandahar province last week, according to two relatives who spoke to "
    "Fictional News on condition of anonymity.",
    "The relatives said armed men arrived before dawn, carried out a house search of every "
    "room, and took the man away in an unmarked vehicle without showing any warrant or "
    "explaining where he was being taken.",
    "The man, identified here only by the pseudonym Ahmad Karimi, served for eleven years at "
    "the provincial police headquarters and later worked as a liaison officer with the "
    "National Directorate of Security.",
    "Human-rights monitors say house searches and the arbitrary detention of former "
    "security-force members have continued across the south of the country, despite "
    "repeated public promises of a general amnesty.",
    "His family has not received any news of his whereabouts and fears that he may be at "
    "risk of torture or enforced disappearance; they have asked international organisations "
    "to press for his immediate release.",
]
ENGLISH_META = {
    "title": "Former police officer detained in Kandahar | Fictional News",
    "og_title": ENGLISH_HEADLINE,
    "author": "Fictional Reporter",
    "published": "2025-01-14T08:30:00+04:30",
    "site_name": "Fictional News",
    "url": "https://news.example.org/asia/2025/01/former-police-officer-detained-kandahar",
}
ENGLISH_NAV = (
    "Home", "World", "Asia", "Afghanistan", "Politics", "Human Rights", "Opinion", "Contact",
)
ENGLISH_RELATED = (
    "Herat: families of former soldiers report threats",
    "UN mission calls for an end to reprisals",
    "Aid agencies warn of winter shortages",
    "Opinion: what the amnesty promised",
)
ENGLISH_COOKIE = "We use cookies to improve your experience. Accept all cookies"
ENGLISH_SIGN_IN = "Sign in"
ENGLISH_SHARE = ("Share on Facebook", "Share on Twitter")
ENGLISH_RELATED_HEADING = "Related Articles"
ENGLISH_FOOTER = "© 2025 Fictional News. All rights reserved."
#: Page furniture of english_html, none of which occurs in the article text, so a test can
#: assert that extraction leaves every one of them out. The nav labels (ENGLISH_NAV) are
#: not included: they are ordinary words ("Home", "Afghanistan") that article text may use.
ENGLISH_FURNITURE = (
    ENGLISH_COOKIE, ENGLISH_SIGN_IN, *ENGLISH_SHARE, ENGLISH_RELATED_HEADING,
    *ENGLISH_RELATED, ENGLISH_FOOTER,
)

PERSIAN_HEADLINE = "کارمند پیشین پولیس پس از ماه‌ها پنهان شدن در قندهار بازداشت شد"
PERSIAN_PARAGRAPHS = [
    "یک کارمند پیشین پولیس ملی افغانستان هفته گذشته در خانه خانواده‌اش در ولسوالی "
    "سپین‌بولدک ولایت قندهار بازداشت شد. دو تن از بستگان او که نخواستند نامشان فاش شود "
    "این موضوع را تایید کردند.",
    "به گفته بستگان، افراد مسلح پیش از طلوع آفتاب به خانه رسیدند، همه اتاق‌ها را بازرسی "
    "کردند و او را بدون نشان دادن حکم قضایی با یک موتر بدون نمبر پلیت با خود بردند.",
    "این مرد که در این گزارش با نام مستعار احمد کریمی از او یاد می‌شود، یازده سال در "
    "فرماندهی پولیس ولایت خدمت کرده و بعدها به عنوان افسر ارتباط با ریاست عمومی امنیت ملی "
    "کار می‌کرد.",
    "ناظران حقوق بشر می‌گویند که بازرسی خانه‌ها و بازداشت خودسرانه اعضای پیشین نیروهای "
    "امنیتی در سراسر جنوب کشور ادامه دارد، با وجود وعده‌های مکرر عفو عمومی در سال ۱۴۰۰.",
    "خانواده او تا کنون هیچ خبری از محل نگهداری‌اش دریافت نکرده‌اند و نگران هستند که او در "
    "معرض شکنجه یا ناپدید سازی قهری قرار گیرد؛ آنان از سازمان‌های بین‌المللی خواسته‌اند "
    "برای آزادی فوری او تلاش کنند.",
]
PERSIAN_META = {
    "title": "بازداشت کارمند پیشین پولیس در قندهار | اخبار خیالی",
    "og_title": PERSIAN_HEADLINE,
    "author": "خبرنگار خیالی",
    "published": "2025-01-14T08:30:00+04:30",
    "site_name": "اخبار خیالی",
    "url": "https://fa.news.example.org/afghanistan/2025/01/police-officer-detained-kandahar",
}
PERSIAN_NAV = ("خانه", "جهان", "آسیا", "افغانستان", "سیاست", "حقوق بشر", "دیدگاه", "تماس با ما")
PERSIAN_RELATED = (
    "هرات: خانواده‌های سربازان پیشین از تهدید خبر می‌دهند",
    "یوناما خواستار پایان انتقام‌جویی شد",
    "هشدار نهادهای کمک‌رسان درباره کمبودهای زمستانی",
    "دیدگاه: عفو عمومی چه وعده‌ای داده بود",
)
PERSIAN_COOKIE = "ما از کوکی‌ها برای بهبود تجربه شما استفاده می‌کنیم. پذیرفتن همه کوکی‌ها"
PERSIAN_SIGN_IN = "ورود"
PERSIAN_SHARE = ("اشتراک‌گذاری در فیسبوک", "اشتراک‌گذاری در توییتر")
PERSIAN_RELATED_HEADING = "مطالب مرتبط"
PERSIAN_FOOTER = "© ۲۰۲۵ اخبار خیالی. همه حقوق محفوظ است."
#: As ENGLISH_FURNITURE. PERSIAN_NAV is left out: "خانه", "افغانستان" and "حقوق بشر" all
#: occur in the article too.
PERSIAN_FURNITURE = (
    PERSIAN_COOKIE, PERSIAN_SIGN_IN, *PERSIAN_SHARE, PERSIAN_RELATED_HEADING,
    *PERSIAN_RELATED, PERSIAN_FOOTER,
)

_FARSI_TO_LEGACY = str.maketrans(
    {"\u06cc": "\u064a", **{chr(0x06F0 + d): str(d) for d in range(10)}}
)


def to_cp1256_persian(text: str) -> str:
    """How legacy windows-1256 pages wrote Persian: Arabic yeh (U+064A), ASCII digits."""
    return text.translate(_FARSI_TO_LEGACY)


#: The article text of cp1256_html / mislabelled_html, as it reads once correctly decoded.
PERSIAN_PARAGRAPHS_CP1256 = [to_cp1256_persian(p) for p in PERSIAN_PARAGRAPHS]
#: Which paragraph of mixed_encoding_html is spliced in as windows-1256 bytes.
MIXED_SPLICED_INDEX = 2

DOCX_TITLE = "Fictional witness statement"
DOCX_AUTHOR = "Fictional Monitoring Group"
DOCX_CREATED = datetime(2024, 3, 5, 10, 20, 30, tzinfo=UTC)
DOCX_HEADING = "Witness statement (fictional)"
DOCX_PARAGRAPHS = [
    "The witness states that he served for nine years with the National Directorate of "
    "Security in Jalalabad, Nangarhar province, as an analyst in the provincial office.",
    "In March the witness was stopped at a checkpoint, questioned about his former work and "
    "suffered a beating before being released late at night without any charge.",
    "من در ولایت ننگرهار در ریاست امنیت ملی کار می‌کردم و پس از بازداشت کوتاه‌مدت، "
    "خانواده‌ام تهدید شد.",
    "The witness asks that his name, his village and the names of his children are never "
    "shared outside the organisation, because of the continuing threat to his family.",
]

DEFAULT_TEXT = (
    "Case note (fictional)\n"
    "\n"
    "The applicant is a former sergeant of the Afghan National Police from Mazar-i-Sharif, "
    "Balkh province.\n"
    "He reports a house search by armed men in June and a threat delivered by telephone in "
    "July.\n"
    "His brother, a former National Directorate of Security officer, was held in detention "
    "for eleven days.\n"
)

JPEG_DATETIME_ORIGINAL = "2024:03:05 10:20:30"


# --------------------------------------------------------------------------------------
# PDF
# --------------------------------------------------------------------------------------


def _pdf_date(*_: int) -> str:
    return PDF_CREATED.strftime("D:%Y%m%d%H%M%S+00'00'")


def _pdf_canvas(path: Path, title: str):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    c.setTitle(title)
    c.setAuthor(PDF_AUTHOR)
    c.setSubject(PDF_SUBJECT)
    c.setCreator("casefiles test fixtures")
    c.setDateFormatter(_pdf_date)
    return c


def english_pdf(path: Path, pages: list[str] | None = None) -> tuple[Path, list[str]]:
    """A PDF with one wrapped paragraph of Helvetica text per page (default 3 pages).

    Metadata: Title, Author, Subject, Creator, CreationDate/ModDate = PDF_CREATED.
    Returns the page texts; compare extraction per page with ``normalise``.
    """
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    path = Path(path)
    pages = list(ENGLISH_PDF_PAGES if pages is None else pages)
    style = ParagraphStyle("body", fontName="Helvetica", fontSize=12, leading=16)
    width, height = A4
    c = _pdf_canvas(path, PDF_TITLE)
    for text in pages:
        para = Paragraph(escape(text, quote=False), style)
        _, h = para.wrapOn(c, width - 144, height - 144)
        para.drawOn(c, 72, height - 72 - h)
        c.showPage()
    c.save()
    return path, pages


_ZWNJ = "\u200c"
_ZWNJ_STAND_IN = "\u08a0"  # ARABIC LETTER BEH WITH SMALL V BELOW: class AL, never in our text


def _visual_line(line: str) -> str:
    """Shape a logical-order Persian line and put it in visual (left-to-right) order."""
    import arabic_reshaper
    from bidi.algorithm import get_display

    shaped = arabic_reshaper.reshape(line).replace(_ZWNJ, _ZWNJ_STAND_IN)
    return get_display(shaped).replace(_ZWNJ_STAND_IN, _ZWNJ)


def _wrap_rtl(text: str, font: str, size: float, max_width: float) -> list[str]:
    """Break logical-order text into lines by the width of its shaped form."""
    import arabic_reshaper
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines: list[str] = []
    current: list[str] = []
    for word in text.split():
        candidate = " ".join([*current, word])
        too_wide = stringWidth(arabic_reshaper.reshape(candidate), font, size) > max_width
        if current and too_wide:
            lines.append(" ".join(current))
            current = [word]
        else:
            current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def _register_dejavu() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    name = "DejaVuSans"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(DEJAVU_SANS)))
    return name


def persian_pdf(path: Path, pages: list[str] | None = None) -> tuple[Path, list[str]]:
    """A 2-page PDF of Dari text, right-aligned, DejaVuSans embedded.

    Each page's paragraph is wrapped into lines in logical order; each line is shaped
    (arabic_reshaper), reordered to visual order (python-bidi get_display, ZWNJ preserved)
    and drawn with drawRightString. Extract with pypdfium2::

        pdfium.PdfDocument(data)[i].get_textpage().get_text_range()

    and ``normalise(extracted) == normalise(pages[i])`` (NFKC + whitespace collapse). pdftotext
    and pypdf do not give it back equal; see the module docstring.
    """
    from reportlab.lib.pagesizes import A4

    path = Path(path)
    pages = list(PERSIAN_PDF_PAGES if pages is None else pages)
    font, size, leading = _register_dejavu(), 14, 22
    width, height = A4
    c = _pdf_canvas(path, "گزارش خیالی درباره انتقام‌جویی")
    for text in pages:
        c.setFont(font, size)
        y = height - 72
        for line in _wrap_rtl(text, font, size, width - 144):
            c.drawRightString(width - 72, y, _visual_line(line))
            y -= leading
        c.showPage()
    c.save()
    return path, pages


def truncated_pdf(path: Path) -> Path:
    """english_pdf cut to 60% of its bytes (no xref table, no trailer, no %%EOF)."""
    path = Path(path)
    english_pdf(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * 0.6)])
    return path


def garbage_pdf(path: Path, size: int = 4096, seed: int = 1256) -> Path:
    """A PDF header followed by random bytes: looks like a PDF to a magic-number sniffer."""
    path = Path(path)
    path.write_bytes(b"%PDF-1.7\n" + random.Random(seed).randbytes(size))
    return path


# --------------------------------------------------------------------------------------
# HTML, MHTML
# --------------------------------------------------------------------------------------


def _page(
    *,
    lang: str,
    charset: str,
    meta: dict[str, str],
    nav: Iterable[str],
    sign_in: str,
    cookie: str,
    share: tuple[str, str],
    headline: str,
    paragraphs: list[str],
    related_heading: str,
    related: Iterable[str],
    footer: str,
    figure_src: str | None = None,
) -> str:
    """A news-site article page with the usual furniture around the <article>."""
    e = escape
    rtl = ' dir="rtl"' if lang == "fa" else ""
    nav_items = "\n".join(
        f'        <li><a href="/section/{i}">{e(label)}</a></li>' for i, label in enumerate(nav)
    )
    related_items = "\n".join(
        f'        <li><a href="/related/{i}">{e(h)}</a></li>' for i, h in enumerate(related)
    )
    body = "\n".join(f"      <p>{e(p)}</p>" for p in paragraphs)
    cookie_text, _, cookie_button = cookie.rpartition(". ")
    figure = (
        f'      <figure><img src="{e(figure_src)}" alt="" width="16" height="16"></figure>\n'
        if figure_src
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}"{rtl}>
<head>
  <meta charset="{charset}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{e(meta["title"])}</title>
  <meta name="author" content="{e(meta["author"])}">
  <meta name="description" content="{e(paragraphs[0])}">
  <meta property="og:site_name" content="{e(meta["site_name"])}">
  <meta property="og:title" content="{e(meta["og_title"])}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{e(meta["url"])}">
  <meta property="article:published_time" content="{e(meta["published"])}">
  <link rel="canonical" href="{e(meta["url"])}">
  <style>
    .cookie-banner {{ position: fixed; bottom: 0; }}
    nav ul {{ display: flex; }}
  </style>
  <script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"page": "article"}});</script>
</head>
<body>
  <div class="cookie-banner" id="cookie-consent" role="dialog">
    <p>{e(cookie_text)}. <button type="button" class="accept">{e(cookie_button)}</button></p>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{e(meta["site_name"])}</a>
    <nav class="main-menu" aria-label="Main">
      <ul>
{nav_items}
      </ul>
    </nav>
    <a class="account" href="/account/login">{e(sign_in)}</a>
  </header>
  <main>
    <article>
      <h1>{e(headline)}</h1>
      <div class="byline">{e(meta["author"])} ·
        <time datetime="{e(meta["published"])}">2025-01-14</time></div>
      <div class="share-bar">
        <a class="share facebook" href="https://facebook.example.org/share">{e(share[0])}</a>
        <a class="share twitter" href="https://twitter.example.org/intent">{e(share[1])}</a>
      </div>
{figure}{body}
    </article>
    <aside class="related">
      <h2>{e(related_heading)}</h2>
      <ul>
{related_items}
      </ul>
    </aside>
  </main>
  <footer class="site-footer">
    <p>{e(footer)}</p>
  </footer>
  <noscript><img src="/pixel.gif" alt=""></noscript>
</body>
</html>
"""


def _english_page(figure_src: str | None = None) -> str:
    return _page(
        lang="en", charset="utf-8", meta=ENGLISH_META, nav=ENGLISH_NAV,
        sign_in=ENGLISH_SIGN_IN, cookie=ENGLISH_COOKIE, share=ENGLISH_SHARE,
        headline=ENGLISH_HEADLINE, paragraphs=ENGLISH_PARAGRAPHS,
        related_heading=ENGLISH_RELATED_HEADING, related=ENGLISH_RELATED,
        footer=ENGLISH_FOOTER, figure_src=figure_src,
    )


def _persian_page(charset: str, *, legacy: bool = False) -> str:
    t = to_cp1256_persian if legacy else (lambda s: s)
    return _page(
        lang="fa", charset=charset, meta={k: t(v) for k, v in PERSIAN_META.items()},
        nav=[t(s) for s in PERSIAN_NAV], sign_in=t(PERSIAN_SIGN_IN), cookie=t(PERSIAN_COOKIE),
        share=(t(PERSIAN_SHARE[0]), t(PERSIAN_SHARE[1])), headline=t(PERSIAN_HEADLINE),
        paragraphs=[t(p) for p in PERSIAN_PARAGRAPHS],
        related_heading=t(PERSIAN_RELATED_HEADING), related=[t(s) for s in PERSIAN_RELATED],
        footer=t(PERSIAN_FOOTER),
    )


def english_html(path: Path) -> tuple[Path, str]:
    """A saved English news page (utf-8) with nav, cookie banner, sign-in, share buttons,
    a Related Articles aside (one headline names Herat, which the article does not) and a
    footer around an <article> of a headline, a byline and five paragraphs.

    Returns the five article paragraphs joined by "\\n" (no headline, no byline).
    Furniture strings are in ENGLISH_FURNITURE and ENGLISH_NAV; metadata in ENGLISH_META.
    (trafilatura 2.3 ``extract`` gives back ENGLISH_HEADLINE as its first line, then exactly
    these paragraphs, and none of the furniture.)
    """
    path = Path(path)
    path.write_bytes(_english_page().encode("utf-8"))
    return path, "\n".join(ENGLISH_PARAGRAPHS)


def persian_html(path: Path) -> tuple[Path, str]:
    """The same page shape in Dari (lang="fa" dir="rtl"), utf-8; returns the paragraphs
    joined by "\\n". Furniture in PERSIAN_FURNITURE ("هرات" only in the aside).

    Note: trafilatura 2.3 drops every U+200C ZWNJ (its remove_control_characters keeps only
    str.isprintable() characters), so its output equals these paragraphs only once ZWNJ is
    removed from both sides ("ماه‌ها" comes back as "ماهها").
    """
    path = Path(path)
    path.write_bytes(_persian_page("utf-8").encode("utf-8"))
    return path, "\n".join(PERSIAN_PARAGRAPHS)


def cp1256_html(path: Path) -> Path:
    """The Dari page encoded in windows-1256 and declaring <meta charset="windows-1256">.

    Text is PERSIAN_PARAGRAPHS_CP1256 (Arabic yeh, ASCII digits): cp1256 cannot encode
    U+06CC or Persian digits.
    """
    path = Path(path)
    path.write_bytes(_persian_page("windows-1256", legacy=True).encode("cp1256"))
    return path


def mislabelled_html(path: Path) -> Path:
    """The windows-1256 Dari page, but declaring <meta charset="utf-8"> (a lie: the bytes
    are not valid UTF-8). Correctly decoded it reads PERSIAN_PARAGRAPHS_CP1256."""
    path = Path(path)
    path.write_bytes(_persian_page("utf-8", legacy=True).encode("cp1256"))
    return path


def mixed_encoding_html(path: Path) -> Path:
    """The utf-8 Dari page (declaring utf-8) with paragraph MIXED_SPLICED_INDEX's bytes
    replaced by its windows-1256 encoding (PERSIAN_PARAGRAPHS_CP1256[MIXED_SPLICED_INDEX]).
    Every other paragraph is valid UTF-8 equal to PERSIAN_PARAGRAPHS."""
    path = Path(path)
    original = PERSIAN_PARAGRAPHS[MIXED_SPLICED_INDEX]
    page = _persian_page("utf-8").encode("utf-8")
    utf8_bytes = escape(original).encode("utf-8")
    legacy_bytes = escape(PERSIAN_PARAGRAPHS_CP1256[MIXED_SPLICED_INDEX]).encode("cp1256")
    assert page.count(utf8_bytes) == 1
    path.write_bytes(page.replace(utf8_bytes, legacy_bytes))
    return path


MHTML_IMAGE_URL = "https://news.example.org/images/kandahar-street.png"
MHTML_BOUNDARY = "----MultipartBoundary--Fictional0123456789abcdef----"
# CRLF like Chrome's files, and no header folding (Chrome writes long Content-Location
# headers on one line; naive MHTML readers do not unfold).
_MHTML_POLICY = email.policy.SMTP.clone(max_line_length=0)


def mhtml(path: Path) -> tuple[Path, str]:
    """A Chrome-style "Save as single file" MHTML of english_html's page (plus a <figure>
    whose image is in the archive), built with the email package: multipart/related;
    type="text/html", Snapshot-Content-Location, a quoted-printable utf-8 text/html part
    with Content-Location = ENGLISH_META["url"], and a base64 image/png part with
    Content-Location = MHTML_IMAGE_URL. CRLF line endings, fixed boundary (the bytes are
    the same on every run). Returns the article paragraphs
    joined by "\\n", as english_html does."""
    path = Path(path)
    html = _english_page(figure_src=MHTML_IMAGE_URL)

    msg = MIMEMultipart("related", type="text/html", boundary=MHTML_BOUNDARY)
    msg["From"] = "<Saved by Blink>"
    msg["Snapshot-Content-Location"] = ENGLISH_META["url"]
    msg["Subject"] = ENGLISH_META["title"]
    msg["Date"] = "Tue, 14 Jan 2025 04:10:00 -0000"

    qp_utf8 = email.charset.Charset("utf-8")
    qp_utf8.body_encoding = email.charset.QP
    page = MIMEText(html, "html", qp_utf8)
    page["Content-ID"] = "<frame-0@mhtml.blink>"
    page["Content-Location"] = ENGLISH_META["url"]
    msg.attach(page)

    image = MIMEImage(_png_bytes(), "png")
    image["Content-Location"] = MHTML_IMAGE_URL
    msg.attach(image)

    path.write_bytes(msg.as_bytes(policy=_MHTML_POLICY))
    return path, "\n".join(ENGLISH_PARAGRAPHS)


# --------------------------------------------------------------------------------------
# DOCX, plain text
# --------------------------------------------------------------------------------------


def docx(path: Path) -> tuple[Path, list[str]]:
    """A .docx with a Heading 1 and four paragraphs, the third in Dari (w:bidi paragraph,
    rtl run). Core properties: title DOCX_TITLE, author DOCX_AUTHOR, created DOCX_CREATED.

    Returns [heading, p1, p2, p3, p4] in document order.
    """
    import docx as python_docx
    from docx.oxml import OxmlElement

    path = Path(path)
    document = python_docx.Document()
    document.add_heading(DOCX_HEADING, level=1)
    for text in DOCX_PARAGRAPHS:
        paragraph = document.add_paragraph()
        run = paragraph.add_run(text)
        if any("\u0600" <= ch <= "\u06ff" for ch in text):
            paragraph._p.get_or_add_pPr().append(OxmlElement("w:bidi"))
            run.font.rtl = True
    props = document.core_properties
    props.title = DOCX_TITLE
    props.author = DOCX_AUTHOR
    props.last_modified_by = DOCX_AUTHOR
    props.created = DOCX_CREATED
    props.modified = DOCX_CREATED
    document.save(str(path))
    return path, [DOCX_HEADING, *DOCX_PARAGRAPHS]


def text_file(path: Path, text: str | None = None, encoding: str = "utf-8") -> tuple[Path, str]:
    """Write text (default DEFAULT_TEXT, "\\n" line ends, no BOM) in the given encoding."""
    path = Path(path)
    text = DEFAULT_TEXT if text is None else text
    path.write_bytes(text.encode(encoding))
    return path, text


# --------------------------------------------------------------------------------------
# Images
# --------------------------------------------------------------------------------------


def _image(size: tuple[int, int] = (64, 48)):
    """A small picture with some structure (gradient, a block, a line), RGB."""
    from PIL import Image, ImageDraw

    w, h = size
    img = Image.new("RGB", size)
    img.putdata([(x * 255 // w, y * 255 // h, 128) for y in range(h) for x in range(w)])
    draw = ImageDraw.Draw(img)
    draw.rectangle((w // 4, h // 4, w // 2, h // 2), fill=(240, 240, 240))
    draw.line((0, h - 1, w - 1, 0), fill=(20, 20, 20), width=2)
    return img


def _png_bytes() -> bytes:
    buf = io.BytesIO()
    _image((16, 16)).save(buf, format="PNG")
    return buf.getvalue()


def jpeg(path: Path) -> Path:
    """A 64x48 JPEG with EXIF DateTimeOriginal = JPEG_DATETIME_ORIGINAL (Exif IFD 0x9003)."""
    from PIL import ExifTags, Image

    path = Path(path)
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Fictional Camera Co"
    exif.get_ifd(ExifTags.IFD.Exif)[ExifTags.Base.DateTimeOriginal] = JPEG_DATETIME_ORIGINAL
    _image().save(path, format="JPEG", quality=85, exif=exif)
    return path


def png(path: Path) -> Path:
    path = Path(path)
    _image().save(path, format="PNG")
    return path


def webp(path: Path) -> Path:
    path = Path(path)
    _image().save(path, format="WEBP", quality=80)
    return path


def heic(path: Path) -> Path:
    """A 64x48 HEIC (HEVC in HEIF), written through pillow_heif's Pillow plugin."""
    import pillow_heif

    pillow_heif.register_heif_opener()
    path = Path(path)
    _image().save(path, format="HEIF", quality=80)
    return path


def lying_extension(path: Path) -> Path:
    """A PNG image saved under a .pdf name. If ``path`` is a directory the file is
    ``path / "report.pdf"``; otherwise ``path`` itself is used."""
    path = Path(path)
    if path.is_dir():
        path = path / "report.pdf"
    return png(path)


# --------------------------------------------------------------------------------------
# Audio / video (kept as originals; only need to be recognised)
# --------------------------------------------------------------------------------------


def mp3_like(path: Path, frames: int = 40) -> Path:
    """MPEG-1 Layer III frames (128 kbit/s, 44.1 kHz, no CRC) with silent (zero) payloads:
    ~1 s of silence, no ID3 tag, so the sniffer has to recognise the frame sync itself."""
    path = Path(path)
    header = bytes((0xFF, 0xFB, 0x90, 0x64))  # sync, MPEG-1 L3, 128k, 44100 Hz, joint stereo
    frame_length = 144 * 128_000 // 44_100  # 417 bytes, no padding
    frame = header + bytes(frame_length - len(header))
    path.write_bytes(frame * frames)
    return path


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_like(path: Path) -> Path:
    """An ISO-BMFF file: ftyp (isom; isom, iso2, mp41), moov with a version-0 mvhd
    (timescale 1000, duration 0), free, and an empty mdat. No tracks."""
    path = Path(path)
    ftyp = _box(b"ftyp", b"isom" + struct.pack(">I", 0x200) + b"isom" + b"iso2" + b"mp41")
    matrix = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)
    mvhd = _box(
        b"mvhd",
        struct.pack(">B3xIIII", 0, 0, 0, 1000, 0)  # version/flags, ctime, mtime, scale, dur
        + struct.pack(">IH", 0x10000, 0x100)  # rate 1.0, volume 1.0
        + bytes(10)  # reserved
        + matrix
        + bytes(24)  # pre_defined
        + struct.pack(">I", 2),  # next_track_ID
    )
    moov = _box(b"moov", mvhd)
    path.write_bytes(ftyp + moov + _box(b"free", b"") + _box(b"mdat", b""))
    return path


# --------------------------------------------------------------------------------------
# Big files
# --------------------------------------------------------------------------------------

CHUNK = 1 << 20


def big_file(path: Path, size: int, seed: int = 20240305) -> Path:
    """``size`` bytes of seeded pseudo-random data, written in 1 MiB chunks.

    Deterministic for a given (size, seed), incompressible, and fast (about 3 ms per MiB, so
    ~3 s for 1 GiB, mostly the disk). Memory use is one chunk.
    """
    path = Path(path)
    rng = random.Random(seed)
    remaining = size
    with path.open("wb") as f:
        while remaining > 0:
            n = min(CHUNK, remaining)
            f.write(rng.randbytes(n))
            remaining -= n
    return path
