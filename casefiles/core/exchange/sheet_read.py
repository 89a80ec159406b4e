"""Reading the lists groups keep (a CSV file or an Excel workbook) row by row.

A `Sheet` knows its header and reads its rows afresh from the file each time `rows()` is
called, one at a time, so a list of any length costs the memory of one row. Each row carries
the line number the caseworker sees: for a workbook the row number Excel shows, for a CSV file
the line of the file where the row starts (the same, unless a cell holds line breaks); line 1 is
usually the header.

What the file is comes from its first bytes, not its name: a workbook saved as `.csv` is still
read as a workbook. CSV text is UTF-8 (with or without a byte-order mark) or UTF-16 (Excel's
"Unicode text"); a file that is not valid UTF-8 is read as windows-1256, the encoding Dari and
Pashto lists made on older Windows machines are in, and the caseworker is told. The delimiter
(comma, semicolon, tab or bar) is the one the header line uses most.
"""

import codecs
import csv
import datetime as dt
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from casefiles.core.errors import InvalidInput
from casefiles.core.i18n import _
from casefiles.core.model.textnorm import one_line
from casefiles.core.sources.extract import DAMAGED_ZIPPED_XML

CSV, XLSX = "csv", "xlsx"
# A cell as read: text (stripped), or a day from a date-formatted workbook cell.
Cell = str | dt.date

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old .xls format (and old Word files)
_DELIMITERS = (",", ";", "\t", "|")
_CHUNK = 1 << 16
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
         (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))
WINDOWS_1256 = "windows-1256"


@dataclass(frozen=True)
class SheetRow:
    """One row of cells and the line number to report it by."""

    line: int
    cells: tuple[Cell, ...]

    def is_blank(self) -> bool:
        """Whether every cell is empty (a spacer row, or a line of bare delimiters)."""
        return not any(cell != "" for cell in self.cells)


@dataclass(frozen=True)
class SheetInfo:
    """Where the rows came from: recorded with an import so its origin can be traced."""

    file_name: str
    sha256: str
    kind: str  # CSV or XLSX
    encoding: str = ""  # CSV: "UTF-8", "UTF-8 with BOM", "UTF-16" or "windows-1256"
    delimiter: str = ""  # CSV
    sheet_name: str = ""  # XLSX: the worksheet read

    def describe(self) -> str:
        """One line for the caseworker: the file and how it was read."""
        if self.kind == XLSX:
            return _("{name}: Excel workbook, sheet \u201c{sheet}\u201d").format(
                name=self.file_name, sheet=self.sheet_name)
        delimiter = {"\t": _("tab")}.get(self.delimiter, self.delimiter)
        return _("{name}: CSV, {encoding}, delimiter \u201c{delimiter}\u201d").format(
            name=self.file_name, encoding=self.encoding, delimiter=delimiter)


@dataclass(frozen=True)
class Sheet:
    """An opened spreadsheet: its header, and its data rows read on demand."""

    path: Path
    info: SheetInfo
    header: tuple[str, ...]  # one unique, non-empty name per column
    header_line: int
    _codec: str = ""

    def rows(self) -> Iterator[SheetRow]:
        """The rows after the header, read from the file now, one at a time."""
        for row in self._all_rows():
            if row.line > self.header_line:
                yield row

    def _all_rows(self) -> Iterator[SheetRow]:
        if self.info.kind == XLSX:
            return _xlsx_rows(self.path, self.info.sheet_name)
        return _csv_rows(self.path, self._codec, self.info.delimiter)


def read_sheet(path: Path, sheet_name: str | None = None) -> Sheet:
    """Open a CSV file or an XLSX workbook (its first sheet, or `sheet_name`) and read its
    header: the first row that is not blank. InvalidInput says what is wrong with the file."""
    kind = _kind(path)
    if kind == CSV and sheet_name:
        raise InvalidInput(_("{name} is a CSV file: it has no sheets to choose from.")
                           .format(name=path.name))
    sha256 = _sha256(path)
    if kind == XLSX:
        name = _worksheet_name(path, sheet_name)
        info = SheetInfo(path.name, sha256, XLSX, sheet_name=name)
        codec = ""
    else:
        codec, label = _csv_encoding(path)
        info = SheetInfo(path.name, sha256, CSV, encoding=label,
                         delimiter=_delimiter(path, codec))
    sheet = Sheet(path, info, (), 0, codec)
    first = next((row for row in sheet._all_rows() if not row.is_blank()), None)
    if first is None:
        raise InvalidInput(_("{name} holds no rows at all.").format(name=path.name))
    return Sheet(path, info, _header_names(first.cells), first.line, codec)


def _header_names(cells: tuple[Cell, ...]) -> tuple[str, ...]:
    """Column names from the header cells: an empty one becomes "column 5", and a repeated one
    "Phone (2)", so that every column can be named in a mapping and in a message."""
    texts = [" ".join(str(cell).split()) for cell in cells]  # a wrapped heading on one line
    while texts and not texts[-1]:
        texts.pop()  # trailing empty header cells name nothing
    names: list[str] = []
    for number, text in enumerate(texts, start=1):
        name = text or _("column {n}").format(n=number)
        base, repeat = name, 1
        while name in names:
            repeat += 1
            name = f"{base} ({repeat})"
        names.append(name)
    return tuple(names)


def _read_error(path: Path, err: OSError) -> InvalidInput:
    return InvalidInput(_("Cannot read {path}: {reason}").format(
        path=path, reason=err.strerror or err))


def _kind(path: Path) -> str:
    """CSV or XLSX, from the file's first bytes; other formats are refused with advice."""
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except OSError as err:
        raise _read_error(path, err) from None
    if head.startswith(_OLE_MAGIC):
        raise InvalidInput(_("{name} is in the old Excel format (.xls). Open it in a "
                             "spreadsheet program and save it as .xlsx or CSV.")
                           .format(name=path.name))
    return XLSX if head.startswith(_ZIP_MAGIC) else CSV


def _sha256(path: Path) -> str:
    try:
        with path.open("rb") as f:
            return hashlib.file_digest(f, "sha256").hexdigest()
    except OSError as err:
        raise _read_error(path, err) from None


# ---- CSV --------------------------------------------------------------------------------------

def _csv_encoding(path: Path) -> tuple[str, str]:
    """(codec, label) of a CSV file: a byte-order mark says; otherwise UTF-16 is told by its
    zero bytes, and UTF-8 is checked over the whole file, chunk by chunk, falling back to
    windows-1256 at the first byte that is not UTF-8."""
    with path.open("rb") as f:
        head = f.read(_CHUNK)
        for bom, codec, label in _BOMS:
            if head.startswith(bom):
                return codec, label
        if b"\x00" in head:
            return _utf16_without_bom(path, head), "UTF-16"
        decoder = codecs.getincrementaldecoder("utf-8")()
        chunk = head
        try:
            while chunk:
                decoder.decode(chunk)
                chunk = f.read(_CHUNK)
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return "cp1256", WINDOWS_1256
    return "utf-8", "UTF-8"


def _utf16_without_bom(path: Path, head: bytes) -> str:
    """UTF-16 of either byte order, told by where the zero bytes of Latin text fall; a file with
    zero bytes that is not UTF-16 is not a text file at all."""
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) * 3 < len(head) // 2:
        raise InvalidInput(_("{name} is neither a CSV text file nor an Excel workbook.")
                           .format(name=path.name))
    return "utf-16-le" if odd > even else "utf-16-be"


def _delimiter(path: Path, codec: str) -> str:
    """The delimiter the first non-blank line uses most (outside quotes); a comma if none."""
    with path.open(encoding=codec, newline="", errors="replace") as f:
        line = next((text for text in f if text.strip()), "")
    counts = dict.fromkeys(_DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def _csv_rows(path: Path, codec: str, delimiter: str) -> Iterator[SheetRow]:
    try:
        with path.open(encoding=codec, newline="") as f:
            reader = csv.reader(f, delimiter=delimiter)
            start = 1
            try:
                for cells in reader:
                    yield SheetRow(start, tuple(_text_cell(c) for c in cells))
                    start = reader.line_num + 1
            except csv.Error as err:
                raise InvalidInput(_("{name}, line {line}: the file cannot be read as CSV "
                                     "({reason}).").format(name=path.name, line=start,
                                                           reason=err)) from None
    except UnicodeDecodeError as err:
        raise InvalidInput(_("{name} is not valid {codec} text ({reason}).").format(
            name=path.name, codec=codec, reason=err.reason)) from None
    except OSError as err:
        raise _read_error(path, err) from None


def _text_cell(value: str) -> str:
    """A CSV cell as text: stripped, and without the apostrophe that casefiles' own exports put
    before a leading = + - @ (so an exported file imports as it was)."""
    value = value.strip()
    if len(value) > 1 and value[0] == "'" and value[1] in "=+-@":
        return value[1:]
    return value


# ---- XLSX -------------------------------------------------------------------------------------

def _reason(err: Exception) -> str:
    """An error from a library as part of a one-line message: on one line, not too long."""
    return one_line(str(err)) or type(err).__name__


@contextmanager
def _workbook(path: Path) -> Iterator[Any]:
    """The workbook in read-only mode (rows streamed from the file), formulas as their last
    computed values. Opened from a file object: openpyxl would refuse a workbook by its name
    ("list.csv") rather than by its content."""
    import openpyxl  # only when a workbook is read: it is slow to import
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with path.open("rb") as f:
            try:
                workbook = openpyxl.load_workbook(f, read_only=True, data_only=True)
            except (InvalidFileException, *DAMAGED_ZIPPED_XML) as err:
                raise InvalidInput(_("{name} cannot be read as an Excel workbook (.xlsx): "
                                     "{reason}. An OpenDocument (.ods) file can be saved as "
                                     ".xlsx or CSV first.").format(name=path.name,
                                                                   reason=_reason(err))
                                   ) from None
            try:
                yield workbook
            finally:
                workbook.close()
    except OSError as err:
        raise _read_error(path, err) from None


def _worksheet_name(path: Path, wanted: str | None) -> str:
    """The sheet to read: `wanted`, or the first; InvalidInput lists the sheets there are."""
    with _workbook(path) as workbook:
        names = [ws.title for ws in workbook.worksheets]
    if not names:
        raise InvalidInput(_("{name} has no worksheet.").format(name=path.name))
    if wanted is None:
        return names[0]
    if wanted not in names:
        raise InvalidInput(_("{name} has no sheet \u201c{sheet}\u201d (its sheets: {names}).")
                           .format(name=path.name, sheet=wanted, names=", ".join(names)))
    return wanted


def _xlsx_rows(path: Path, sheet_name: str) -> Iterator[SheetRow]:
    with _workbook(path) as workbook:
        worksheet = workbook[sheet_name]
        worksheet.reset_dimensions()  # some programs write a wrong size; read what is there
        try:
            for line, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                yield SheetRow(line, tuple(_xlsx_cell(v) for v in values))
        except DAMAGED_ZIPPED_XML as err:  # met while the rows stream
            raise InvalidInput(_("{name} is damaged: {reason}").format(
                name=path.name, reason=_reason(err))) from None


def _xlsx_cell(value: Any) -> Cell:
    """A workbook cell as text or a day: dates stay dates, whole numbers lose their ".0"."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
