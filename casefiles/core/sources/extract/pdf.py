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
        segments = []
        for number in range(len(document)):
            page = document[number]
            textpage = page.get_textpage()
            # Presentation forms (shaped Arabic letters) back to the letters a person types.
            text = unicodedata.normalize("NFKC", textpage.get_text_range())
            textpage.close()
            page.close()
            text = "\n".join(" ".join(line.split()) for line in text.splitlines()).strip()
            if text:
                segments.append((_("p. {n}").format(n=number + 1), text))
        info = document.get_metadata_dict()
    finally:
        document.close()
    proposed = {"title": info.get("Title", ""), "author": info.get("Author", ""),
                "published": _pdf_date(info.get("CreationDate", ""))}
    note = "" if segments else _("The PDF has no text layer (a scan?); nothing could be "
                                 "searched or quoted. The original is kept.")
    return Extracted(segments=segments, proposed={k: v for k, v in proposed.items() if v},
                     note=note)


def _pdf_date(value: str) -> str:
    match = _PDF_DATE.match(value or "")
    if not match:
        return ""
    return "-".join(part for part in match.groups() if part)
