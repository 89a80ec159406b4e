"""Working text and proposed metadata from a document's bytes, one module per format.

Every extractor works from bytes in memory (never a temporary file) and returns `Extracted`:
the text in segments, each with the pinpoint a citation would use ("p. 3", "para. 12"), and
the metadata the document proposes about itself for the caseworker to confirm.
"""

import zlib
from dataclasses import dataclass, field
from pyexpat import ExpatError
from zipfile import BadZipFile

from casefiles.core.i18n import _

# What the readers of zipped XML documents (python-docx for Word, openpyxl for Excel) let
# through from a damaged file: the zip's own errors (a bad archive, a compression method or
# stream zipfile cannot read, data cut short), the XML parsers' (ElementTree and lxml raise
# SyntaxError subclasses, expat its own), and the readers' errors on what did parse (a part
# missing or of the wrong kind: their KeyError, IndexError, AttributeError, ...).
DAMAGED_ZIPPED_XML: tuple[type[Exception], ...] = (
    BadZipFile, zlib.error, EOFError, NotImplementedError, SyntaxError, ExpatError, KeyError,
    IndexError, AttributeError, ValueError, TypeError)


@dataclass
class Extracted:
    segments: list[tuple[str, str]]  # (pinpoint, text)
    proposed: dict[str, str] = field(default_factory=dict)  # title, author, publisher, published
    note: str = ""  # something the caseworker should know (an encoding guessed, ...)


class ExtractionFailed(Exception):
    """The document could not be read; the original is kept all the same."""


def paragraphs(texts: list[str]) -> list[tuple[str, str]]:
    """Number non-empty paragraphs as pinpoints "para. 1", "para. 2", ..."""
    kept = [" ".join(t.split()) for t in texts if t.strip()]
    return [(_("para. {n}").format(n=n), text) for n, text in enumerate(kept, start=1)]


def extract(kind: str, data: bytes) -> Extracted:
    """Dispatch on the sniffed kind; raises ExtractionFailed with a readable reason."""
    from casefiles.core.sources.extract import docx, html, image, pdf, text

    readers = {"pdf": pdf.extract, "html": html.extract, "mhtml": html.extract_mhtml,
               "text": text.extract, "docx": docx.extract, "image": image.extract}
    reader = readers.get(kind)
    if reader is None:
        return Extracted(segments=[])
    return reader(data)
