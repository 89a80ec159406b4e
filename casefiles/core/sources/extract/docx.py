"""Word documents (.docx): paragraphs and table cells, and the document's own properties."""

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError

from casefiles.core.i18n import _
from casefiles.core.sources.extract import Extracted, ExtractionFailed, paragraphs


def extract(data: bytes) -> Extracted:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise ExtractionFailed(_("The Word document cannot be read ({err}).")
                               .format(err=type(err).__name__)) from None
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts += [cell.text for cell in row.cells]
    props = document.core_properties
    proposed = {"title": props.title or "", "author": props.author or "",
                "published": props.created.date().isoformat() if props.created else ""}
    return Extracted(segments=paragraphs(texts),
                     proposed={k: v for k, v in proposed.items() if v})
