"""Annexes: the exhibits themselves, after the dossier's own pages.

- A PDF's pages are appended page for page. The dossier leaves one empty page per original page
  (with its footer, so "page x of y", the bookmarks and the contents count them), and pypdf then
  lays each original page onto its empty page, scaled into the frame.
- An image is placed and scaled to the frame; text and web sources are set as text with their
  pinpoints. Anything else (audio, video) is named, with a sentence saying why it is not shown.
- A PDF that cannot be read gets a notice in place of its pages; the rest is not affected.
"""

import io
from dataclasses import dataclass, field

from pypdf import PdfReader, PdfWriter, Transformation
from pypdf.errors import PyPdfError
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, PageBreak, Spacer

from casefiles.core.dossier import layout
from casefiles.core.dossier.content import Exhibit
from casefiles.core.dossier.sections import SectionBuilder
from casefiles.core.sources import blobs
from casefiles.core.store import sources
from casefiles.core.store.driver import Database

_CAPTION = 8 * mm  # room above an appended page for its "Annex 2, page 3 of 9" line
_IMAGE_KINDS = {"image"}


@dataclass
class AnnexPages:
    """Where the originals' pages go: output page number -> (annex's PDF, its page index)."""

    placed: dict[int, tuple[int, int]] = field(default_factory=dict)
    originals: dict[int, bytes] = field(default_factory=dict)  # annex number -> PDF bytes


class _PagePlaceholder(Flowable):
    """A full frame left empty for page `index` of annex `number`, with its caption."""

    def __init__(self, pages: AnnexPages, number: int, index: int, caption: Flowable) -> None:
        super().__init__()
        self.pages, self.number, self.index, self.caption = pages, number, index, caption

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.caption.wrap(available_width, _CAPTION)
        return available_width, available_height - 1  # the rest of the frame: a page each

    def draw(self) -> None:
        # multiBuild lays out several times; the last pass decides where each page lands.
        self.pages.placed[self.canv.getPageNumber()] = (self.number, self.index)
        self.caption.drawOn(self.canv, 0, self.height - _CAPTION + 2 * mm)


def _pdf_page_count(data: bytes) -> tuple[int, str]:
    """(pages, "") for a readable PDF, or (0, why not)."""
    try:
        count = len(PdfReader(io.BytesIO(data)).pages)
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as err:
        return 0, type(err).__name__
    return (count, "") if count else (0, "no pages")


def _image(data: bytes) -> Flowable | None:
    """The image scaled into the frame (re-encoded as PNG in memory: HEIC, EXIF rotation)."""
    from PIL import Image as PILImage
    from PIL import ImageOps, UnidentifiedImageError

    try:
        with PILImage.open(io.BytesIO(data)) as opened:
            picture = ImageOps.exif_transpose(opened)
            png = io.BytesIO()
            picture.save(png, "PNG")
            width, height = picture.size
    except (UnidentifiedImageError, OSError, ValueError):
        return None
    scale = min(layout.FRAME_WIDTH / width, (layout.FRAME_HEIGHT - 40 * mm) / height, 1.0)
    png.seek(0)
    return Image(png, width * scale, height * scale)


def annex_flowables(db: Database, build: SectionBuilder, exhibits: list[Exhibit],
                    pages: AnnexPages) -> list[Flowable]:
    """The "Annexes" section: one annex per exhibit with an original, in exhibit order."""
    out: list[Flowable] = [PageBreak(), layout.heading(build.word("annexes"), build.s.h1, 0,
                                                       "annexes")]
    for number, exhibit in enumerate(exhibits, start=1):
        source = exhibit.source
        blob_id = sources.blob_of(db, exhibit.source_id)
        title = build.word("annex", n=number, title=f"{exhibit.label} {source.title}")
        out += [PageBreak(), layout.heading(title, build.s.h2, 1, f"annex-{number}"),
                build.para(f"SHA-256 {source.sha256}", build.s.small)]
        if blob_id is None:
            out.append(build.para(build.word("annex_not_shown"), build.s.body))
        elif source.kind == "pdf":
            out += _pdf_annex(db, build, blob_id, number, title, pages)
        elif source.kind in _IMAGE_KINDS:
            picture = _image(blobs.read_all(db, blob_id))
            out.append(picture or build.para(build.word("annex_not_shown")))
        else:
            out += _text_annex(db, build, exhibit.source_id)
    return out


def _pdf_annex(db: Database, build: SectionBuilder, blob_id: int, number: int, title: str,
               pages: AnnexPages) -> list[Flowable]:
    data = blobs.read_all(db, blob_id)
    count, problem = _pdf_page_count(data)
    if not count:
        return [build.para(build.word("annex_unreadable", reason=problem))]
    pages.originals[number] = data
    out: list[Flowable] = [build.para(build.word("annex_pages", pages=count), build.s.small)]
    for index in range(count):
        caption = build.para(build.word("annex_page", annex=title.split(":")[0], page=index + 1,
                                        pages=count), build.s.small)
        out += [PageBreak(), _PagePlaceholder(pages, number, index, caption)]
    return out


def _text_annex(db: Database, build: SectionBuilder, source_id: int) -> list[Flowable]:
    segments = sources.working_text(db, source_id)
    if not segments:
        return [build.para(build.word("no_text"))]
    out: list[Flowable] = [build.para(build.word("annex_text"), build.s.small), Spacer(1, 2 * mm)]
    for pinpoint, words in segments:
        out.append(build.para(f"[{pinpoint}] {words}" if pinpoint else words))
    return out


def lay_originals(rendered: bytes, pages: AnnexPages) -> bytes:
    """The dossier with every original PDF page laid onto the empty page kept for it."""
    if not pages.placed:
        return rendered
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(rendered)))
    readers = {number: PdfReader(io.BytesIO(data)) for number, data in pages.originals.items()}
    room_w, room_h = layout.FRAME_WIDTH, layout.FRAME_HEIGHT - _CAPTION
    for page_number, (number, index) in sorted(pages.placed.items()):
        original = readers[number].pages[index]
        original.transfer_rotation_to_content()
        box = original.mediabox
        scale = min(room_w / float(box.width), room_h / float(box.height))
        left = layout.MARGIN + (room_w - float(box.width) * scale) / 2
        bottom = layout.MARGIN + layout.FOOTER_HEIGHT + (room_h - float(box.height) * scale) / 2
        placement = (Transformation().translate(-float(box.left), -float(box.bottom))
                     .scale(scale).translate(left, bottom))
        writer.pages[page_number - 1].merge_transformed_page(original, placement)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
