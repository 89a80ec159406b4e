"""Working text and proposed metadata from a document's bytes, one module per format.

Every extractor works from bytes in memory (never a temporary file) and returns `Extracted`:
the text in segments, each with the pinpoint a citation would use ("p. 3", "para. 12"), and
the metadata the document proposes about itself for the caseworker to confirm.
"""

from dataclasses import dataclass, field

from casefiles.core.i18n import _


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
