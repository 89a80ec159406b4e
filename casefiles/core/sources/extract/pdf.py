"""PDF: text page by page (pinpoints by page) and the document information dictionary.

pdfium gives Persian and Pashto text back in logical (reading) order, which pypdf does not;
it reads from memory, so the document never touches the disk in the clear.
"""

import re
import unicodedata

import pypdfium2 as pdfium

from casefiles.core.i18n import _
from casefiles.core.sources.extract import Extracted, ExtractionFailed

_PDF_DATE = re.compile(r"D:(\d{4})(\d{2})?(\d{2})?")


def extract(data: bytes) -> Extracted:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise ExtractionFailed(_("The PDF cannot be read ({err}); it may be damaged, cut short "
                                 "or protected by a password.").format(err=err)) from None
    try:
        segments, unreadable = [], []
        for number in range(len(document)):
            try:
                text = _page_text(document, number)
            except pdfium.PdfiumError:  # a damaged page: the others are still worth having
                unreadable.append(str(number + 1))
                continue
            if text:
                segments.append((_("p. {n}").format(n=number + 1), text))
        info = document.get_metadata_dict()
    finally:
        document.close()
    proposed = {"title": info.get("Title", ""), "author": info.get("Author", ""),
                "published": _pdf_date(info.get("CreationDate", ""))}
    notes = []
    if unreadable:
        notes.append(_("Page(s) {pages} of the PDF cannot be read (damaged); their text is "
                       "missing.").format(pages=", ".join(unreadable[:20])
                                          + (", ..." if len(unreadable) > 20 else "")))
    if not segments:
        notes.append(_("The PDF has no text layer (a scan?); nothing could be searched or "
                       "quoted. The original is kept."))
    return Extracted(segments=segments, proposed={k: v for k, v in proposed.items() if v},
                     note=" ".join(notes))


def _page_text(document: pdfium.PdfDocument, number: int) -> str:
    """The text of one page, presentation forms (shaped Arabic letters) back to the letters a
    person types, each line's white space made single."""
    page = document[number]
    try:
        textpage = page.get_textpage()
        text = unicodedata.normalize("NFKC", textpage.get_text_range())
        textpage.close()
    finally:
        page.close()
    return "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()


def _pdf_date(value: str) -> str:
    match = _PDF_DATE.match(value or "")
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)
