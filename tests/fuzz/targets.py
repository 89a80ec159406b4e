"""The fuzz targets: each feeds one input to a parser and checks what came of it.

Shared by the hypothesis tests (tests/fuzz/test_fuzz_*.py) and the atheris harnesses (fuzz/
at the repository root). Each returns what the parser made of the input, or None when the
parser refused it cleanly; anything else (another exception, a malformed result, a message of
several lines) raises, and is a bug.
"""

import io
from pathlib import Path

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import bundle_age, sheets
from casefiles.core.exchange.bundle import Bundle, read_bundle
from casefiles.core.model.dates import Calendar, FuzzyDate, Precision
from casefiles.core.model.vocab import LANGUAGES
from casefiles.core.sources.extract import Extracted, ExtractionFailed, extract
from tests.core.exchange.helpers import IDENTITY, encrypt
from tests.fuzz.helpers import attempt, check_message

PASSPHRASE = "a shared secret"


# ---- dates ------------------------------------------------------------------------------------

def check_date(date: FuzzyDate) -> None:
    """A date read means one thing in every form it is shown and stored in."""
    assert FuzzyDate.parse(date.to_text()) == date
    for calendar in Calendar:
        for lang in LANGUAGES:
            assert date.display(calendar, lang)
        if date.precision is Precision.DAY:
            assert date.converted(calendar).converted(date.calendar) == date
    if date.precision is Precision.UNKNOWN:
        assert date.bounds() is None
        return
    first, last = date.bounds()
    assert first <= last
    assert date.sort_key() == first.isoformat()
    assert FuzzyDate.parse(date.display()) == date  # a date copied from the screen


def parse_date(text: str) -> FuzzyDate | None:
    """Any text as a date typed in: read (and then meaning one thing), or refused clearly."""
    date = attempt(lambda: FuzzyDate.parse(text), allowed=(InvalidInput,))
    if date is not None:
        check_date(date)
    return date


# ---- source documents -------------------------------------------------------------------------

def check_extraction(kind: str, data: bytes) -> Extracted | None:
    """Extract `data` as `kind`: what comes out is well formed, or the reader said why not."""
    extracted = attempt(lambda: extract(kind, data), allowed=(ExtractionFailed,))
    if extracted is not None:
        assert all(pinpoint and text.strip() for pinpoint, text in extracted.segments)
        assert all(isinstance(v, str) for v in extracted.proposed.values())
        assert "\n" not in extracted.note
    return extracted


# ---- bundles ----------------------------------------------------------------------------------

def encrypted(plaintext: bytes, to_passphrase: bool) -> bytes:
    """`plaintext` in the age format: to the test identity, or to PASSPHRASE (streamed)."""
    if not to_passphrase:
        return encrypt(plaintext).getvalue()
    out = io.BytesIO()
    bundle_age.encrypt_to_passphrase(io.BytesIO(plaintext).read, out, PASSPHRASE)
    return out.getvalue()


def open_bundle(data: bytes, to_passphrase: bool) -> Bundle | None:
    """Read a bundle as an import does (nothing else may escape than a clean refusal), and,
    when it opens, stream its originals as the second pass does."""
    key = {"passphrase": PASSPHRASE} if to_passphrase else {"identity": str(IDENTITY)}
    bundle = attempt(lambda: read_bundle(io.BytesIO(data), **key))
    if bundle is not None:
        drain(bundle)  # the same bytes again: nothing may be refused now
    return bundle


def drain(bundle: Bundle) -> int:
    """Every byte of every original, read to the end (where the hash is checked)."""
    return sum(len(chunk) for _source, chunks in bundle.originals() for chunk in chunks)


# ---- spreadsheets -----------------------------------------------------------------------------

def read_and_preview(path: Path, mapping: sheets.ColumnMapping | None = None
                     ) -> sheets.SheetPreview | None:
    """Read and preview a sheet as a caseworker would: every non-blank row accepted or
    rejected with reasons, each note one clean line; or the file refused, by its name (a row's
    problems reject the row, they do not stop the preview)."""
    sheet = attempt(lambda: sheets.read_sheet(path), allowed=(InvalidInput,))
    if sheet is None:
        return None
    try:
        result = sheets.preview(sheet, mapping)
    except InvalidInput as refused:
        result, message = None, check_message(refused)
    if result is None:
        assert path.name in message, message
        return None
    non_blank = sum(1 for row in sheet.rows() if not row.is_blank())
    assert len(result.accepted) + len(result.rejected) == non_blank
    assert all(rejected.reasons for rejected in result.rejected)
    for text in [n.text for n in result.warnings] + [r for n in result.rejected for r in n.reasons]:
        check_message(text)
    return result
