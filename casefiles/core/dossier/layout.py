"""The dossier's page furniture: A4 pages, styles, the footer on every page, bookmarks and the
table of contents.

"Page x of y" needs y before any page is written, so the canvas keeps every page until the
end (reportlab's usual numbered-canvas pattern) and the annex pages that pypdf fills in later
are counted in. Headings carry their outline entry: the document bookmarks each one and lists
it in the contents as it is laid out.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    PageTemplate,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from casefiles.core.dossier import text

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 20 * mm
FOOTER_HEIGHT = 14 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN
FRAME_HEIGHT = PAGE_HEIGHT - 2 * MARGIN - FOOTER_HEIGHT
MARKING_RED = colors.HexColor("#9b1c1c")
_IMAGE_DPI = 150  # pictures are embedded at about this resolution, however large the original
# ASCII85 only makes streams a quarter larger, and reportlab's pure-Python encoder was most of
# a photo-heavy dossier's time; every PDF reader takes the binary streams.
rl_config.useA85 = 0
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#b8c2cc")


@dataclass(frozen=True)
class Styles:
    """The few styles a dossier uses, for one reading direction."""

    title: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    strong: ParagraphStyle  # body text in bold: the contents' sections
    small: ParagraphStyle
    label: ParagraphStyle
    marking: ParagraphStyle
    footer: ParagraphStyle
    footer_marking: ParagraphStyle
    footer_end: ParagraphStyle  # aligned to the reading end: the page number


def styles() -> Styles:
    """The dossier's styles (one set: each paragraph aligns to its own reading start)."""
    text.register_fonts()

    def style(name: str, size: float, bold: bool = False, **extra: Any) -> ParagraphStyle:
        # Alignment 0 (the default) is the reading start: right for Dari text, left for English.
        return ParagraphStyle(name, fontName=text.LATIN_BOLD if bold else text.LATIN,
                              fontSize=size, leading=size * 1.35, **extra)

    return Styles(
        # Headings and labels keep with what follows: none ends a page on its own.
        title=style("title", 22, bold=True, spaceAfter=6 * mm),
        h1=style("h1", 15, bold=True, spaceBefore=4 * mm, spaceAfter=3 * mm, keepWithNext=1),
        h2=style("h2", 11.5, bold=True, spaceBefore=3 * mm, spaceAfter=1.5 * mm,
                 keepWithNext=1),
        body=style("body", 10, spaceAfter=1.5 * mm),
        strong=style("strong", 10, bold=True, spaceAfter=1.5 * mm),
        small=style("small", 8.2, textColor=MUTED, spaceAfter=0.8 * mm),
        label=style("label", 9, bold=True, textColor=MUTED, keepWithNext=1),
        marking=style("marking", 10, bold=True, textColor=MARKING_RED),
        footer=style("footer", 7.5, textColor=MUTED),
        footer_marking=style("footer_marking", 7.5, bold=True, textColor=MARKING_RED),
        footer_end=style("footer_end", 7.5, textColor=MUTED, alignment=2),
    )


def heading(words: str, style: ParagraphStyle, level: int, key: str) -> Flowable:
    """A heading that is bookmarked and listed in the contents (level 0 or 1)."""
    flowable = text.paragraph(words, style)
    flowable.outline = (text.plain(words), level, key)  # read by DossierDocument.afterFlowable
    return flowable


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """`story` with every keep-with-next flowable (a heading, a label) that precedes a
    KeepTogether moved inside it: reportlab keeps a heading with the next flowable, but not
    with a KeepTogether (they do not nest), and the heading would end a page on its own."""
    out: list[Flowable] = []
    for flowable in reversed(story):
        if out and isinstance(out[-1], KeepTogether) and flowable.getKeepWithNext():
            out[-1] = KeepTogether([flowable, *out[-1]._content])
        else:
            out.append(flowable)
    return out[::-1]


class Contents(TableOfContents):
    """The table of contents, its entries set by our own paragraphs (reportlab's would neither
    shape nor order Dari), each a link to its heading, page numbers at the reading end."""

    def __init__(self, style: Styles, rtl: bool) -> None:
        super().__init__()
        self.style, self.rtl = style, rtl

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        number_width = 14 * mm
        rows = []
        commands: list[tuple[Any, ...]] = [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                           ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                           ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                           ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]
        title_column = 1 if self.rtl else 0
        for row_number, (level, title, page, _key) in enumerate(
                self._lastEntries or [(0, "", 0, None)]):
            style = self.style.body if level else self.style.strong
            row = [text.paragraph(title, style),
                   text.paragraph(str(page), style, direction="rtl" if self.rtl else "ltr")]
            rows.append(row[::-1] if self.rtl else row)
            if level:  # a subsection is indented from the reading start
                side = "RIGHTPADDING" if self.rtl else "LEFTPADDING"
                commands.append((side, (title_column, row_number), (title_column, row_number),
                                 6 * mm))
            elif row_number:
                commands.append(("TOPPADDING", (0, row_number), (-1, row_number), 2.5))
        widths = [available_width - number_width, number_width]
        self._table = Table(rows, colWidths=widths[::-1] if self.rtl else widths)
        self._table.setStyle(TableStyle(commands))
        self.width, self.height = self._table.wrapOn(self.canv, available_width,
                                                     available_height)
        return self.width, self.height


class DossierDocument(BaseDocTemplate):
    """A4, one frame above the footer; headings become bookmarks and contents entries."""

    def __init__(self, output: Any, metadata: dict[str, str], **kw: Any) -> None:
        frame = Frame(MARGIN, MARGIN + FOOTER_HEIGHT, FRAME_WIDTH, FRAME_HEIGHT, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        super().__init__(output, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN,
                         pageTemplates=[PageTemplate("body", [frame])],
                         creator="casefiles", producer="casefiles", **metadata, **kw)

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        title, level, key = outline
        self.canv.mark(key, title, level)
        self.notify("TOCEntry", (level, title, self.page, key))


Footer = Callable[[Canvas, int, int], None]  # (canvas, page number, total pages)


class _NumberedCanvas(Canvas):
    """Holds every page until the end, then draws each footer knowing the total.

    A bookmark names the page being written when it is made, and no page is written before
    the end here, so bookmarks (`mark`) are kept with their page and made as it is written.
    """

    def __init__(self, *args: Any, footer: Footer, extra_pages: int, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self._footer, self._extra_pages = footer, extra_pages
        self._pages: list[dict[str, Any]] = []
        self._marks: list[tuple[str, str, int]] = []  # this page's (key, title, level)

    def mark(self, key: str, title: str, level: int) -> None:
        """Bookmark this page as `key` and list it in the outline (level 0 or 1)."""
        self._marks.append((key, title, level))

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._marks = []
        self._startPage()

    def save(self) -> None:
        total = len(self._pages) + self._extra_pages
        for number, page in enumerate(self._pages, start=1):
            self.__dict__.update(page)
            for key, title, level in page["_marks"]:
                self.bookmarkPage(key)
                self.addOutlineEntry(title, key, level=level, closed=level > 0)
            self._footer(self, number, total)
            super().showPage()
        super().save()


def numbered_canvas(footer: Footer, extra_pages: int = 0) -> Callable[..., Canvas]:
    """The canvasmaker for DossierDocument.multiBuild: footers with "page x of y", where y
    counts `extra_pages` that are appended after the build."""
    return partial(_NumberedCanvas, footer=footer, extra_pages=extra_pages)


def draw_footer(canvas: Canvas, style: Styles, marking: str, middle: str, page: str,
                rtl: bool) -> None:
    """Under a rule: the marking at the reading start (half the width), the case code, and the
    page number at the reading end."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    top = MARGIN + FOOTER_HEIGHT - 4 * mm
    canvas.line(MARGIN, top, PAGE_WIDTH - MARGIN, top)
    cells = ((marking, style.footer_marking, 0.64), (middle, style.footer, 0.18),
             (page, style.footer_end, 0.18))
    start = 0.0
    for words, cell_style, share in cells:
        width = FRAME_WIDTH * share
        left = PAGE_WIDTH - MARGIN - start - width if rtl else MARGIN + start
        start += width
        if words:
            cell = text.paragraph(words, cell_style, direction="rtl" if rtl else "ltr")
            _width, height = cell.wrap(width - 2 * mm, FOOTER_HEIGHT)
            cell.drawOn(canvas, left, top - 2 * mm - height)
    canvas.restoreState()


def scaled_image(data: bytes, width: float, height: float) -> Flowable | None:
    """An image file's picture, at most `width` x `height` points and never enlarged, or None
    if it cannot be read.

    It is re-encoded in memory, upright (EXIF rotation), at twice the resolution it is drawn
    at (about 150 dpi): the dossier then carries no camera metadata (a photo's GPS position
    says where someone was) and stays small. Photos become JPEG, which reportlab embeds as they
    are; pictures with few colours or sharp text (PNG, GIF: screenshots) stay lossless.
    """
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(data)) as opened:
            lossless = opened.format in ("PNG", "GIF", "BMP", "TIFF")
            picture = ImageOps.exif_transpose(opened)
            pixels_wide, pixels_high = picture.size
            scale = min(width / pixels_wide, height / pixels_high, 1.0)
            drawn = (pixels_wide * scale, pixels_high * scale)
            wanted = (max(1, round(drawn[0] * _IMAGE_DPI / 72)),
                      max(1, round(drawn[1] * _IMAGE_DPI / 72)))
            if wanted[0] < pixels_wide:
                picture = picture.resize(wanted, PILImage.Resampling.LANCZOS)
            encoded = io.BytesIO()
            if lossless:
                picture.save(encoded, "PNG")
            else:
                _flattened(picture).save(encoded, "JPEG", quality=88)
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    encoded.seek(0)
    return Image(encoded, *drawn)


def _flattened(picture: Any) -> Any:
    """The picture in RGB, any transparency laid on white (JPEG has no alpha)."""
    from PIL import Image as PILImage

    if picture.mode in ("RGB", "L"):
        return picture
    rgba = picture.convert("RGBA")
    background = PILImage.new("RGB", rgba.size, "white")
    background.paste(rgba, mask=rgba.getchannel("A"))
    return background
