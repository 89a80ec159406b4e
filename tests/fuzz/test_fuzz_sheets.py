"""Fuzzing spreadsheet import (casefiles.core.exchange.sheet_read, sheet_mapping, sheet_import):
CSV files of random bytes and of generated rows in any encoding, workbooks whose zip or XML
is damaged or whose cells hold anything a workbook can hold, and random column mappings.

A sheet is read, previewed and imported, or refused with InvalidInput in one clean line; an
import that fails leaves the store as it was; every non-blank row of a preview is accepted or
rejected with its reasons.
"""

import csv
import datetime as dt
import io
import json
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import sheets
from casefiles.core.exchange.sheet_mapping import _HEADINGS, targets
from casefiles.core.model.vocab import vocabulary
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from tests.core.exchange.test_sheets import messy_rows, write_csv, write_xlsx
from tests.fuzz.case_json import date_texts
from tests.fuzz.conftest import fuzz_settings
from tests.fuzz.helpers import (
    Sample,
    attempt,
    check_message,
    hostile_text,
    make_zip,
    mutate,
    mutated_zip,
    one_of_json,
    zip_members,
)
from tests.fuzz.targets import read_and_preview

# openpyxl warns about what it makes of a damaged workbook (a date cell out of range, no
# stylesheet): expected here, by the thousand.
pytestmark = pytest.mark.filterwarnings("ignore::UserWarning:openpyxl")

_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256",
              "latin-1", "shift_jis", "cp437"]
_HEADERS = st.sampled_from(
    [h for headings in _HEADINGS.values() for h in headings] + list(targets())
    + ["incidents[1].date", "incidents[19].type", "incidents[20].date", "service[3].rank",
       "identity.photos.data", "uuid", "code", "Phone (2)", ""]) | hostile_text
_CELLS = st.one_of(
    st.sampled_from([t.label() for name in ("provinces", "institutions", "incident_types",
                                            "situations", "ranks") for t in vocabulary(name).terms]
                    + ["Kandhar", "yes", "no", "بلی", "x", "AF-KAN", "2021-08-15", "1400/5/24",
                       "31 Mizan 1401", "=1+1", "'=cmd", "a;b;c", "a,b", "\"quoted\"", "\n"]),
    date_texts(canonical_only=False), hostile_text, st.integers().map(str))


def _rows() -> st.SearchStrategy[list[list[str]]]:
    """A header and some rows of cells, of ragged widths now and then."""
    return st.builds(lambda header, rows: [header, *rows],
                     st.lists(_HEADERS, min_size=1, max_size=8),
                     st.lists(st.lists(_CELLS, max_size=9), max_size=6))


def _read_preview_import(store: Store, path: Path, mapping: sheets.ColumnMapping | None = None
                         ) -> None:
    """Read, preview and import `path` as a caseworker would, checking each step's outcome;
    the cases imported are deleted again (the store stays small, and so does its fingerprint)."""
    result = read_and_preview(path, mapping)
    if result is None:
        return
    codes = attempt(lambda: sheets.import_rows(store.db, result, store.actor), store.db) or []
    assert len(codes) == len(result.accepted)
    for code in codes:
        cases.delete_case(store.db, code, store.actor)


# ---- CSV --------------------------------------------------------------------------------------

@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    """A CSV file's bytes: generated rows in some encoding (what it cannot hold replaced) and
    delimiter, the messy list of tests/core/exchange damaged, or random bytes."""
    form = draw(st.sampled_from(["rows", "messy", "bytes"]))
    if form == "bytes":
        return draw(st.binary(max_size=300))
    rows = draw(_rows()) if form == "rows" else messy_rows()
    text = io.StringIO()
    csv.writer(text, delimiter=draw(st.sampled_from(",;\t|"))).writerows(rows)
    data = text.getvalue().encode(draw(st.sampled_from(_ENCODINGS)), errors="replace")
    return mutate(draw, data) if form == "messy" or draw(st.booleans()) else data


@fuzz_settings(1500)
@given(content=csv_files())
def test_csv_files_are_imported_or_refused_clearly(fuzz_store: Store, work_dir: Path,
                                                   content: bytes) -> None:
    path = work_dir / "list.csv"
    path.write_bytes(content)
    _read_preview_import(fuzz_store, path)


# ---- XLSX -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def workbook_members(work_dir: Path) -> dict[str, bytes]:
    """The parts of a real workbook with one date-formatted cell (its style index 1)."""
    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Pseudonym"
    workbook.active["A2"] = dt.datetime(2021, 8, 15)
    workbook.save(work_dir / "template.xlsx")
    return zip_members((work_dir / "template.xlsx").read_bytes())


@pytest.fixture(scope="module")
def messy_workbook(work_dir: Path) -> bytes:
    """The messy list of tests/core/exchange as a workbook (two sheets, a date cell)."""
    return Sample(write_xlsx(work_dir / "messy.xlsx").read_bytes())


_CELL_TYPES = st.sampled_from([None, "n", "s", "b", "e", "str", "inlineStr", "d", "zz"])
_CELL_VALUES = st.one_of(
    st.sampled_from(["0", "1", "60", "0.5", "44423", "219148", "2958465", "2958466", "-1",
                     "1e308", "99999999999", "NaN", "inf", "#N/A", "2021-08-15",
                     "2021-08-15T25:00:00", "1.5", "", "0x10"]),
    st.floats().map(repr), st.integers().map(str), _CELLS)


@st.composite
def sheet_xml(draw: st.DrawFn) -> bytes:
    """A worksheet's XML whose cells have any type, style and value, and any reference."""
    rows = []
    for r in range(1, draw(st.integers(1, 5)) + 1):
        cells = []
        for c in range(draw(st.integers(0, 5))):
            ref = draw(st.sampled_from([f"{'ABCDEF'[c]}{r}", "A1", "XFD1", "A2000", "ZZZZ9",
                                        "", "1A"]))
            kind, style = draw(_CELL_TYPES), draw(st.sampled_from([None, "0", "1", "7", "-1"]))
            value = escape(draw(_CELL_VALUES).replace("\x00", ""))
            attrs = f"r={quoteattr(ref)}" + (f' t="{kind}"' if kind else "") + (
                f' s="{style}"' if style else "")
            body = (f"<is><t>{value}</t></is>" if kind == "inlineStr"
                    else draw(st.sampled_from([f"<v>{value}</v>", f"<f>SUM(A1)</f><v>{value}</v>",
                                               ""])))
            cells.append(f"<c {attrs}>{body}</c>")
        # (A row far down is read after as many blank ones: 1.5 s a million, so not that far.)
        number = draw(st.sampled_from([r, 0, -1, r + 1000]))
        rows.append(f'<row r="{number}">{"".join(cells)}</row>')
    return ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>').encode(errors="surrogatepass")


@fuzz_settings(1200)
@given(data=st.data())
def test_workbooks_are_imported_or_refused_clearly(fuzz_store: Store, work_dir: Path,
                                                   workbook_members: dict[str, bytes],
                                                   messy_workbook: bytes,
                                                   data: st.DataObject) -> None:
    form = data.draw(st.sampled_from(["cells", "zip", "bytes", "named"]))
    if form == "cells":
        content = make_zip({**workbook_members,
                            "xl/worksheets/sheet1.xml": data.draw(sheet_xml())})
    elif form == "zip":
        content = data.draw(mutated_zip(messy_workbook))
    else:
        content = mutate(data.draw, messy_workbook)
    path = work_dir / ("list.csv" if form == "named" else "list.xlsx")  # a workbook named .csv
    path.write_bytes(content)
    _read_preview_import(fuzz_store, path)


# ---- mappings ---------------------------------------------------------------------------------

_PATHS = st.sampled_from([*targets(), "incidents[1].date", "incidents[20].date",
                          "person[1].pseudonym", "identity.photos.data", "incidents[٣].date",
                          "incidents[99999999999].type"])
_MAPPING_JSON = st.one_of(
    st.fixed_dictionaries(
        {"columns": st.dictionaries(_HEADERS, st.none() | _PATHS | hostile_text, max_size=6)},
        optional={"values": st.dictionaries(_PATHS, st.dictionaries(_CELLS, _CELLS, max_size=3)
                                            | one_of_json(_CELLS), max_size=3)}),
    one_of_json(st.none() | st.integers() | _CELLS))


@st.composite
def mapping_files(draw: st.DrawFn) -> bytes:
    """A mapping file: generated JSON, damaged, nested deeper than a parser recurses, or
    holding a number too long to convert."""
    text = json.dumps(draw(_MAPPING_JSON), ensure_ascii=draw(st.booleans()))
    form = draw(st.sampled_from(["json", "json", "damaged", "deep", "long number"]))
    if form == "deep":
        return b'{"columns": ' + b"[" * 3000 + b"]" * 3000 + b"}"
    if form == "long number":
        return b'{"columns": {"A": ' + b"9" * 5000 + b"}}"
    data = text.encode("utf-8", "surrogatepass")
    return mutate(draw, data) if form == "damaged" else data


@fuzz_settings(800)
@given(content=mapping_files())
def test_mappings_are_used_or_refused_clearly(fuzz_store: Store, work_dir: Path,
                                              content: bytes) -> None:
    mapping_file = work_dir / "mapping.json"
    mapping_file.write_bytes(content)
    mapping = attempt(lambda: sheets.load_mapping(mapping_file), allowed=(InvalidInput,))
    if mapping is None:
        return
    assert sheets.ColumnMapping.from_json(mapping.to_json()) == mapping
    _read_preview_import(fuzz_store, write_csv(work_dir / "mapped.csv", messy_rows(), "utf-8"),
                         mapping)


# ---- what fuzzing found -----------------------------------------------------------------------

def test_a_date_cell_of_a_year_no_case_is_about_rejects_its_row(work_dir: Path) -> None:
    """A workbook's date cell of 2500 failed the whole preview with "A date needs a year
    between 1800 and 2200" (naming neither the row nor the column)."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["Pseudonym", "Incident date"])
    workbook.active.append(["Falcon-1", dt.datetime(2500, 1, 1)])
    workbook.active.append(["Eagle-2", dt.datetime(2021, 8, 15)])
    workbook.save(work_dir / "far.xlsx")
    result = sheets.preview(sheets.read_sheet(work_dir / "far.xlsx"))
    [rejected] = result.rejected
    assert rejected.message().startswith(
        "line 2: date '2500-01-01' (column \u201cIncident date\u201d): A date needs a year")
    assert [row.line for row in result.accepted] == [3]


@pytest.mark.parametrize(("member", "content", "message"), [
    ("xl/worksheets/sheet1.xml", b'<worksheet xmlns="http://schemas.openxmlformats.org/'
     b'spreadsheetml/2006/main"><dimension ref="A1:A2"/><sheetData><row r="1"><c r="A1" '
     b't="inlineStr"><is><t>Pseudonym</t></is></c></row><row', "is damaged: "),
    ("xl/workbook.xml", b"not xml at all", "cannot be read as an Excel workbook"),
    ("[Content_Types].xml", b"", "cannot be read as an Excel workbook"),
])
def test_a_workbook_whose_xml_is_damaged_is_refused_in_one_line(
        work_dir: Path, workbook_members: dict[str, bytes], member: str, content: bytes,
        message: str) -> None:
    """The XML parsers' errors (expat's, ElementTree's, lxml's) came out of read_sheet."""
    path = work_dir / "damaged.xlsx"
    path.write_bytes(make_zip({**workbook_members, member: content}))
    with pytest.raises(InvalidInput, match=message) as refused:
        sheets.preview(sheets.read_sheet(path))
    check_message(refused.value)


@pytest.mark.parametrize(("content", "message"), [
    (b'{"columns": ' + b"[" * 3000 + b"]" * 3000 + b"}", "nested too deeply"),
    (b'{"columns": {"A": ' + b"9" * 5000 + b"}}", "Exceeds the limit"),
    (json.dumps({"columns": {"A": "incidents[" + "9" * 5000 + "].date"}}).encode(),
     "at most 20 items"),
    (json.dumps({"columns": {"A": "x" * 5000}}).encode(), "'x+…' is not a field"),
])
def test_a_mapping_json_cannot_hold_is_refused_in_one_line(work_dir: Path, content: bytes,
                                                           message: str) -> None:
    """RecursionError and ValueError came out of load_mapping, and a long path was repeated
    whole in the message."""
    path = work_dir / "hostile-mapping.json"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message) as refused:
        sheets.load_mapping(path)
    check_message(refused.value)


def test_a_wrapped_heading_is_one_line_and_still_recognised(work_dir: Path) -> None:
    """A heading wrapped in its cell ("Date of" / "incident") went into messages as it was."""
    path = write_csv(work_dir / "wrapped.csv", [["Pseudonym", "Date of\nincident", "Rank"],
                                                ["Falcon-1", "2021-08-15", "x" * 5000]],
                     "utf-8")
    sheet = sheets.read_sheet(path)
    assert sheet.header == ("Pseudonym", "Date of incident", "Rank")
    [rejected] = sheets.preview(sheet).rejected
    [reason] = rejected.reasons
    assert reason.startswith("rank 'xxx")
    assert len(check_message(reason)) < 300
