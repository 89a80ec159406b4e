"""Word documents (.docx): paragraphs and table cells, and the document's own properties."""

import io

import docx
from docx.opc.exceptions import PackageNotFoundError

from casefiles.core.i18n import _
from casefiles.core.model.textnorm import one_line
from casefiles.core.sources.extract import (
    DAMAGED_ZIPPED_XML,
    Extracted,
    ExtractionFailed,
    paragraphs,
)


def extract(data: bytes) -> Extracted:
    # Everything python-docx is asked is inside the handler, not only the opening: what it
    # raises on a part that parsed but is not what it expects may come from any of it.
    try:
        document = docx.Document(io.BytesIO(data))
        texts = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                texts += [cell.text for cell in row.cells]
        props = document.core_properties
        proposed = {"title": props.title or "", "author": props.author or "",
                    "published": props.created.date().isoformat() if props.created else ""}
    except (PackageNotFoundError, *DAMAGED_ZIPPED_XML) as err:
        raise ExtractionFailed(_("The Word document cannot be read ({err}: {reason}).")
                               .format(err=type(err).__name__,
                                       reason=one_line(str(err), 120))) from None
    return Extracted(segments=paragraphs(texts),
                     proposed={k: v for k, v in proposed.items() if v})
