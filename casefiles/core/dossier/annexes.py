"""Annexes: the exhibits themselves, after the dossier's own pages.

- A PDF's pages are appended page for page. The dossier leaves one empty box per original page
  (on a page with its footer, so "page x of y", the bookmarks and the contents count it), and
  pypdf then lays each original page into its box, scaled to fit and framed by a thin rule.
  The annex's heading shares the first original page, so a PDF of n pages adds n pages.
- An image is placed and scaled to the frame; text and web sources are set as text with their
  pinpoints. Anything else (audio, video) is named, with a sentence saying why it is not shown.
- A PDF that cannot be read gets a notice in place of its pages; the rest is not affected.
"""

import io
import logging
from dataclasses import dataclass, field

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.errors import PyPdfError
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    StreamObject,
)
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer

from casefiles.core.dossier import layout
from casefiles.core.dossier.content import Exhibit
from casefiles.core.dossier.sections import SectionBuilder
from casefiles.core.sources import blobs, sniff
from casefiles.core.store import sources
from casefiles.core.store.driver import Database

_CAPTION = 7 * mm  # room above an appended page for its "Annex 2, page 3 of 9" line
_MIN_ROOM = 120 * mm  # a box lower than this goes to the next page: the original would be tiny
_IMAGE_KINDS = {"image"}

# (left, bottom, width, height) in points on the output page
Box = tuple[float, float, float, float]


@dataclass
class AnnexPages:
    """Where the originals' pages go: output page number -> (annex, page index, its box)."""

    placed: dict[int, tuple[int, int, Box]] = field(default_factory=dict)
    originals: dict[int, bytes] = field(default_factory=dict)  # annex number -> PDF bytes


def fit(room: Box, size: tuple[float, float]) -> Box:
    """The box a page of `size` (width, height) takes when scaled into `room`, centred."""
    left, bottom, width, height = room
    scale = min(width / size[0], height / size[1])
    shown_w, shown_h = size[0] * scale, size[1] * scale
    return left + (width - shown_w) / 2, bottom + (height - shown_h) / 2, shown_w, shown_h


class _PagePlaceholder(Flowable):
    """The rest of the frame left empty for page `index` of annex `number`, its caption on
    top and a thin rule where the original's page edge will be."""

    def __init__(self, pages: AnnexPages, number: int, index: int, size: tuple[float, float],
                 caption: Flowable) -> None:
        super().__init__()
        self.pages, self.number, self.index, self.size = pages, number, index, size
        self.caption = caption

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.caption.wrap(available_width, _CAPTION)
        self.width = available_width
        # Less room than _MIN_ROOM does not fit (and cannot split): the frame moves on.
        self.height = available_height - 1 if available_height >= _MIN_ROOM else _MIN_ROOM
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        canvas = self.canv
        self.caption.drawOn(canvas, 0, self.height - self.caption.height)
        left, bottom = canvas.absolutePosition(0, 0)
        room = (left, bottom, self.width, self.height - _CAPTION)
        # multiBuild lays out several times; the last pass decides where each page lands.
        self.pages.placed[canvas.getPageNumber()] = (self.number, self.index, room)
        x, y, width, height = fit((0, 0, self.width, self.height - _CAPTION), self.size)
        canvas.saveState()
        canvas.setStrokeColor(layout.RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(x, y, width, height)
        canvas.restoreState()


def _read_pdf(data: bytes) -> tuple[list[tuple[float, float]], str]:
    """The (width, height) of each page as shown (rotation applied) of a readable PDF, and
    "" ; or ([], why not). pypdf's warnings about a damaged file are not ours to print."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        sizes = []
        for page in PdfReader(io.BytesIO(data)).pages:
            box = page.mediabox
            width, height = float(box.width), float(box.height)
            sizes.append((height, width) if page.rotation % 180 else (width, height))
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, AttributeError) as err:
        return [], type(err).__name__
    finally:
        logger.setLevel(level)
    if any(width <= 0 or height <= 0 for width, height in sizes):
        return [], "empty page box"
    return (sizes, "") if sizes else ([], "no pages")


def annex_flowables(db: Database, build: SectionBuilder, exhibits: list[Exhibit],
                    pages: AnnexPages) -> list[Flowable]:
    """The "Annexes" section: one annex per exhibit, each from a new page, in exhibit order;
    the section's heading stands on the first annex's page."""
    out: list[Flowable] = [PageBreak(), layout.heading(build.word("annexes"), build.s.h1, 0,
                                                       "annexes")]
    for number, exhibit in enumerate(exhibits, start=1):
        source = exhibit.source
        blob_id = sources.blob_of(db, exhibit.source_id)
        title = build.word("annex", n=number, title=f"{exhibit.label} {source.title}".strip())
        if number > 1:
            out.append(PageBreak())
        out += [layout.heading(title, build.s.h2, 1, f"annex-{number}"),
                build.para(f"SHA-256 {source.sha256}", build.s.small)]
        if blob_id is None or source.kind not in (*sniff.DOCUMENT_KINDS, *_IMAGE_KINDS):
            out.append(build.para(build.word("annex_not_shown"), build.s.body))  # audio, video
        elif source.kind == "pdf":
            out += _pdf_annex(db, build, blob_id, number, pages)
        elif source.kind in _IMAGE_KINDS:
            picture = layout.scaled_image(blobs.read_all(db, blob_id), layout.FRAME_WIDTH,
                                          layout.FRAME_HEIGHT - 40 * mm)
            out.append(picture or build.para(build.word("annex_not_shown")))
        else:
            out += _text_annex(db, build, exhibit.source_id)
    return out


def _pdf_annex(db: Database, build: SectionBuilder, blob_id: int, number: int,
               pages: AnnexPages) -> list[Flowable]:
    """One box per page of the original (the first under the annex's heading), or a notice
    saying the original could not be read."""
    data = blobs.read_all(db, blob_id)
    sizes, problem = _read_pdf(data)
    if not sizes:
        return [Spacer(1, 2 * mm),
                build.para(build.word("annex_unreadable", reason=problem), build.s.strong)]
    pages.originals[number] = data
    out: list[Flowable] = []
    for index, size in enumerate(sizes):
        caption = build.para(build.word("annex_page", n=number, page=index + 1,
                                        pages=len(sizes)), build.s.small)
        if index:
            out.append(PageBreak())
        out.append(_PagePlaceholder(pages, number, index, size, caption))
    return out


def _text_annex(db: Database, build: SectionBuilder, source_id: int) -> list[Flowable]:
    segments = sources.working_text(db, source_id)
    if not segments:
        return [build.para(build.word("no_text"))]
    out: list[Flowable] = [build.para(build.word("annex_text"), build.s.small), Spacer(1, 2 * mm)]
    for pinpoint, words in segments:
        out.append(build.para(f"[{pinpoint}] {words}" if pinpoint else words,
                              own_alignment=True))
    return out


def lay_originals(rendered: bytes, pages: AnnexPages) -> bytes:
    """The dossier with every original PDF page laid into the box kept for it.

    Each original page goes in as a Form XObject (its content streams and resources as they
    are, drawn with one transformation), so nothing of it is parsed or rewritten.
    """
    if not pages.placed:
        return rendered
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(rendered)))
    # Each original is cloned into a writer of its own: pypdf turns a rotated page's /Rotate
    # into its content only for a page a writer holds.
    originals = {number: PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
                 for number, data in pages.originals.items()}
    for page_number, (number, index, room) in sorted(pages.placed.items()):
        original = originals[number].pages[index]
        if original.rotation:
            original.transfer_rotation_to_content()
        box = original.mediabox
        size = (float(box.width), float(box.height))
        left, bottom, width, _height = fit(room, size)
        scale = width / size[0]
        _draw_form(writer, writer.pages[page_number - 1],
                   _indirect(writer, _form_of(original, writer)), f"/CFAnnex{page_number}",
                   (scale, left - float(box.left) * scale, bottom - float(box.bottom) * scale))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _form_of(page: PageObject, writer: PdfWriter) -> StreamObject:
    """`page` as a Form XObject for `writer`: its contents, bounding box and resources."""
    contents = page.get("/Contents")
    streams = contents.get_object() if contents is not None else ArrayObject()
    if not isinstance(streams, ArrayObject):
        streams = ArrayObject([streams])
    form = DecodedStreamObject()
    form.set_data(b"\n".join(stream.get_object().get_data() for stream in streams))
    resources = page.get("/Resources")
    form.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject(FloatObject(v) for v in page.mediabox),
        NameObject("/Resources"): (resources.get_object().clone(writer) if resources is not None
                                   else DictionaryObject()),
    })
    return form.flate_encode()


def _draw_form(writer: PdfWriter, target: PageObject, form: IndirectObject, name: str,
               placement: tuple[float, float, float]) -> None:
    """Draw `form` on `target` at (scale, x, y), appended to its contents as one stream."""
    resources = target[NameObject("/Resources")].get_object()
    xobjects = resources.get("/XObject")
    if xobjects is None:
        xobjects = DictionaryObject()
        resources[NameObject("/XObject")] = xobjects
    xobjects.get_object()[NameObject(name)] = form
    scale, x, y = placement
    drawing = DecodedStreamObject()
    drawing.set_data(f"q {scale:.6f} 0 0 {scale:.6f} {x:.3f} {y:.3f} cm {name} Do Q".encode())
    existing = target.get("/Contents")
    streams = existing.get_object() if existing is not None else ArrayObject()
    if not isinstance(streams, ArrayObject):
        streams = ArrayObject([existing])
    target[NameObject("/Contents")] = ArrayObject([*streams, _indirect(writer, drawing)])


def _indirect(writer: PdfWriter, stream: StreamObject) -> IndirectObject:
    """`stream` as an object of `writer` (a stream cannot be written inside another object).
    pypdf has no public call for this; `_add_object` has been there since PyPDF2."""
    return writer._add_object(stream)
