"""Spreadsheet import and plain export (casefiles.core.exchange.sheets), on real files.

The lists are built here as a group would keep them, with fictional people only: a CSV file
(UTF-8 with a byte-order mark, and the same list saved in windows-1256 by an older Windows
machine, with Arabic yeh and kaf as such keyboards type them) and an Excel workbook written with
openpyxl, with the province spelled four ways (Kandahar, Qandahar, قندهار, and the unknown
Kandhar), Dari and Pashto names, blank rows, malformed rows (31 Mizan, an unknown
institution, too many cells) and dates in both calendars (24 Asad 1400, 2021-08-15, 1400/5/24,
Dari digits, an Excel date cell). Stores are real SQLCipher stores (tests/conftest.py).
"""

import csv
import datetime as dt
import hashlib
import io
import json
import re
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import sheet_import, sheets
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Consent, Identity, Incident, Person, ServiceRecord
from casefiles.core.model.dates import FuzzyDate
from casefiles.core.security import audit
from casefiles.core.store import case_list, cases, sharelog
from casefiles.core.store.store import Store
from tests.conftest import snapshot

HEADER = ["Pseudonym", "نام", "ولایت", "Institution", "Rank", "Incident", "Incident date",
          "Phone", "Referred by"]
PASHTO_NAME = "ګل زمان"  # ګ is Pashto only: windows-1256 cannot hold it


def legacy(text: str) -> str:
    """Dari as typed on an Arabic-layout Windows keyboard (what windows-1256 can hold: Arabic
    yeh and kaf, Western digits, no Pashto letters)."""
    text = text.replace("ی", "ي").replace("ک", "ك").replace("ګ", "گ")
    return text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789"))


def messy_rows(legacy_encoding: bool = False) -> list[list[Any]]:
    """The list, line 1 the header. Lines 3 and 6 are blank; 7 to 10 are malformed."""
    rows: list[list[Any]] = [
        HEADER,                                                                          # 1
        ["Falcon-1", "احمد ولی", "Kandahar", "ANA", "Captain", "threat", "24 Asad 1400",
         "+93 700 000 001", "Group A"],                                                  # 2
        [],                                                                              # 3
        ["Eagle-2", PASHTO_NAME, "Qandahar", "Afghan Army", "", "arrest", "2021-08-15",
         "", ""],                                                                        # 4
        ["Hawk-3", "نجیب", "قندهار", "NDS", "", "house search", "1400/5/24", "",
         "Group B"],                                                                     # 5
        [""] * len(HEADER),                                                              # 6
        ["Kite-4", "کریم", "Kandhar", "ANP", "", "threat", "2021-09", "", ""],           # 7
        ["Owl-5", "", "Kabul", "Blackwater", "", "", "", "", ""],                        # 8
        ["Crow-6", "", "Herat", "ANP", "", "arrest", "31 Mizan 1401", "", ""],           # 9
        ["Dove-7", "", "Balkh", "ANP", "", "", "", "", "", "stray"],                     # 10
        ["Lark-8", "", "هرات", "پولیس", "", "threat", "۲۴ اسد ۱۴۰۰", "", ""],            # 11
    ]
    if legacy_encoding:
        rows = [[legacy(c) if isinstance(c, str) else c for c in row] for row in rows]
    return rows


def expected_cases(legacy_encoding: bool = False) -> dict[int, dict[str, Any]]:
    """Line -> the fields its case must have (everything else is the model's default)."""
    name = legacy if legacy_encoding else (lambda s: s)
    return {
        2: {"pseudonym": "Falcon-1", "full_name": name("احمد ولی"), "province": "AF-KAN",
            "institution": "ana", "rank": "captain", "type": "threat", "date": "SH 1400-05-24",
            "phones": ["+93 700 000 001"]},
        4: {"pseudonym": "Eagle-2", "full_name": name(PASHTO_NAME), "province": "AF-KAN",
            "institution": "ana", "rank": None, "type": "arrest_detention",
            "date": "2021-08-15", "phones": []},
        5: {"pseudonym": "Hawk-3", "full_name": name("نجیب"), "province": "AF-KAN",
            "institution": "nds", "rank": None, "type": "house_search",
            "date": "SH 1400-05-24", "phones": []},
        11: {"pseudonym": "Lark-8", "full_name": "", "province": "AF-HER",
             "institution": "anp", "rank": None, "type": "threat", "date": "SH 1400-05-24",
             "phones": []},
    }


# line -> fragments its one-line reason must hold
EXPECTED_REJECTS = {
    7: ["province 'Kandhar'", "is not one casefiles knows (did you mean Kandahar?)"],
    8: ["institution 'Blackwater' (column \u201cInstitution\u201d) is not one casefiles knows"],
    9: ["date '31 Mizan 1401' (column \u201cIncident date\u201d)",
        "Day 31 does not exist in month 7 of 1401"],
    10: ["the row has 1 value(s) beyond the 9 columns of the header"],
}


def write_csv(path: Path, rows: list[list[Any]], encoding: str, delimiter: str = ",") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def write_xlsx(path: Path) -> Path:
    """The list as a workbook: the incident date of Eagle-2 is a real date cell, line 3 has no
    cells at all, and a second sheet holds something else."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Cases"
    for line, row in enumerate(messy_rows(), start=1):
        for column, value in enumerate(row, start=1):
            if value == "2021-08-15":
                value = dt.datetime(2021, 8, 15)
            if value != "":
                sheet.cell(row=line, column=column, value=value)
    sheet.cell(row=4, column=7).number_format = "dd/mm/yyyy"
    other = workbook.create_sheet("Contacts")
    other.append(["Pseudonym", "Situation"])
    other.append(["Swift-9", "in Iran"])
    workbook.save(path)
    return path


@pytest.fixture(params=["utf-8-sig", "cp1256"], ids=["utf8-bom", "windows-1256"])
def messy_csv(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, bool]:
    is_legacy = request.param == "cp1256"
    return write_csv(tmp_path / "list.csv", messy_rows(is_legacy), request.param), is_legacy


def fields_of(case: Case) -> dict[str, Any]:
    data = serial.to_json(case)
    return {"pseudonym": data["person"]["pseudonym"],
            "full_name": data["identity"]["full_name"],
            "province": data["person"]["origin_province"],
            "institution": data["service"][0]["institution"],
            "rank": data["service"][0]["rank"],
            "type": data["incidents"][0]["type"], "date": data["incidents"][0]["date"],
            "phones": data["identity"]["phone_numbers"]}


def assert_preview(result: sheets.SheetPreview, legacy_encoding: bool = False) -> None:
    """Exactly the expected cases (field by field) and rejects (lines and reasons)."""
    assert {row.line: fields_of(row.case) for row in result.accepted} == \
        expected_cases(legacy_encoding)
    for row in result.accepted:  # nothing else came in: one record of each, defaults elsewhere
        assert len(row.case.service) == 1
        assert len(row.case.incidents) == 1
        assert row.case.summary == row.case.notes == ""
        assert row.case.tags == []
    assert [r.line for r in result.rejected] == sorted(EXPECTED_REJECTS)
    for rejected in result.rejected:
        message = rejected.message()
        assert message.startswith(f"line {rejected.line}: ")
        for fragment in EXPECTED_REJECTS[rejected.line]:
            assert fragment in message, message
    assert result.blank_rows == 2
    assert result.summary() == "8 row(s): 4 to import, 4 rejected, 2 blank skipped"


def warnings_of(result: sheets.SheetPreview) -> list[str]:
    return [w.message() for w in result.warnings]


def case_count(store: Store) -> int:
    return case_list.count_cases(store.db)


def comparable(data: Any) -> Any:
    """Case JSON without what the store sets (uuids, code, timestamps)."""
    if isinstance(data, dict):
        return {k: comparable(v) for k, v in data.items()
                if k not in ("uuid", "code", "created_at", "updated_at")}
    if isinstance(data, list):
        return [comparable(v) for v in data]
    return data


# ---- reading and previewing ---------------------------------------------------------------------

def test_csv_previews_exactly_the_expected_cases_and_rejects(
        messy_csv: tuple[Path, bool]) -> None:
    path, is_legacy = messy_csv
    sheet = sheets.read_sheet(path)
    assert sheet.info.kind == "csv"
    assert sheet.info.delimiter == ","
    assert sheet.info.encoding == ("windows-1256" if is_legacy else "UTF-8 with BOM")
    assert sheet.info.sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert sheet.header[0] == "Pseudonym"  # the byte-order mark is not part of the heading
    result = sheets.preview(sheet)
    assert dict(result.columns) == {
        "Pseudonym": "person.pseudonym", HEADER[1] if not is_legacy else legacy(HEADER[1]):
        "identity.full_name", legacy(HEADER[2]) if is_legacy else HEADER[2]:
        "person.origin_province", "Institution": "service.institution",
        "Rank": "service.rank", "Incident": "incidents.type",
        "Incident date": "incidents.date", "Phone": "identity.phone_numbers",
        "Referred by": None}
    assert_preview(result, is_legacy)
    warnings = warnings_of(result)
    assert ("Column \u201cReferred by\u201d is not mapped to any field: its values in 2 rows "
            "are not imported.") in warnings
    assert ("line 5: date '1400/5/24' (column \u201cIncident date\u201d) was read as Solar "
            "Hijri from its year: 24 Asad 1400 (15 August 2021)") in warnings
    assert any("read as windows-1256" in w for w in warnings) == is_legacy
    # Identity values are never repeated in warnings or reasons.
    for text in [*warnings, *(r.message() for r in result.rejected)]:
        assert "احمد" not in text
        assert "+93" not in text


def test_xlsx_previews_the_same_list_with_excel_dates_and_row_numbers(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx")
    sheet = sheets.read_sheet(path)
    assert (sheet.info.kind, sheet.info.sheet_name) == ("xlsx", "Cases")
    result = sheets.preview(sheet)
    assert_preview(result)
    assert "Excel workbook" in sheet.info.describe()


def test_xlsx_named_sheet_and_unknown_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx")
    other = sheets.preview(sheets.read_sheet(path, "Contacts"))
    assert [(r.line, r.case.person.pseudonym, r.case.person.situation)
            for r in other.accepted] == [(2, "Swift-9", "in_iran")]
    with pytest.raises(InvalidInput, match=re.escape("has no sheet \u201cNope\u201d (its sheets: "
                                                     "Cases, Contacts)")):
        sheets.read_sheet(path, "Nope")


def test_a_workbook_named_csv_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx").rename(tmp_path / "list.csv")
    assert_preview(sheets.preview(sheets.read_sheet(path)))


def test_utf16_tab_separated_and_semicolon_files(tmp_path: Path) -> None:
    """Excel's "Unicode text" (UTF-16, tabs) and a European CSV (semicolons)."""
    rows = messy_rows()
    utf16 = sheets.read_sheet(write_csv(tmp_path / "u.txt", rows, "utf-16", "\t"))
    assert (utf16.info.encoding, utf16.info.delimiter) == ("UTF-16", "\t")
    assert_preview(sheets.preview(utf16))
    semicolons = sheets.read_sheet(write_csv(tmp_path / "s.csv", rows, "utf-8", ";"))
    assert (semicolons.info.encoding, semicolons.info.delimiter) == ("UTF-8", ";")
    assert_preview(sheets.preview(semicolons))


def test_line_numbers_count_lines_of_the_file_when_a_cell_holds_line_breaks(
        tmp_path: Path) -> None:
    path = tmp_path / "multi.csv"
    path.write_text('Pseudonym,Summary,Province\nA-1,"two\nlines",Kabul\nB-2,x,Atlantis\n',
                    encoding="utf-8")
    result = sheets.preview(sheets.read_sheet(path))
    assert [r.line for r in result.accepted] == [2]
    assert result.accepted[0].case.summary == "two\nlines"
    assert [r.line for r in result.rejected] == [4]


@pytest.mark.parametrize(("content", "message"), [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "old Excel format"),
    (b"PK\x03\x04 not really a zip", "cannot be read as an Excel workbook"),
    (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "neither a CSV text file"),
    (b"\n\n,,,\n", "holds no rows at all"),
])
def test_files_that_are_not_lists_are_refused_clearly(tmp_path: Path, content: bytes,
                                                      message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(InvalidInput, match=message):
        sheets.read_sheet(path)


# ---- mappings ---------------------------------------------------------------------------------

def test_a_mapping_file_adds_spellings_and_fills_a_second_incident(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    write_csv(path, [["Code name", "Home", "What 1", "When 1", "What 2", "When 2", "Notes"],
                     ["Falcon-1", "Kandhar", "threat", "Hamal 1401", "killing", "c. 2022", "n"]],
              "utf-8")
    mapping_file = tmp_path / "m.json"
    mapping_file.write_text(json.dumps({
        "columns": {"Code name": "person.pseudonym", "Home": "person.origin_province",
                    "What 1": "incidents.type", "When 1": "incidents[0].date",
                    "What 2": "incidents[1].type", "When 2": "incidents[1].date",
                    "Notes": None},
        "values": {"person.origin_province": {"Kandhar": "Kandahar"}}}), encoding="utf-8")
    mapping = sheets.load_mapping(mapping_file)
    result = sheets.preview(sheets.read_sheet(path), mapping)
    assert not result.rejected
    assert result.warnings == []  # "Notes" is left out on purpose: no warning
    case = result.accepted[0].case
    assert case.person.origin_province == "AF-KAN"
    assert [(i.type, i.date.to_text()) for i in case.incidents] == [
        ("threat", "SH 1401-01"), ("killing", "~2022")]
    assert case.notes == ""
    assert sheets.ColumnMapping.from_json(mapping.to_json()) == mapping


@pytest.mark.parametrize(("data", "message"), [
    ({"columns": {"A": "person.nickname"}}, "'person.nickname' is not a field a column"),
    ({"columns": {"A": "person.origin_province", "B": "person.origin_province"}},
     "both fill person.origin_province, which takes one value"),
    ({"columns": {"A": "incidents[20].date"}}, "at most 20 items"),
    ({"columns": {"A": "person[1].pseudonym"}}, "is not a field a column can fill"),
    ({"columns": {"A": "identity.photos.data"}}, "is not a field a column can fill"),
    ({"columns": {}, "values": {"summary": {"x": "y"}}}, "only fields with a vocabulary"),
    ({"columns": {}, "values": {"person.origin_province": {"x": "Atlantis"}}},
     "'Atlantis' is not a known provinces"),
    ({"cols": {}}, "A column mapping is a JSON object"),
])
def test_wrong_mappings_are_refused(data: dict, message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        sheets.ColumnMapping.from_json(data)


def test_several_columns_join_into_a_list_or_a_text(tmp_path: Path) -> None:
    header = ["Phone", "Phone (2)", "Summary", "Story", "Province", "ولایت", "نام", "تخلص"]
    mapping = sheets.propose_mapping(header)
    assert {h: c.path if c else None for h, c in mapping.columns.items()} == {
        "Phone": "identity.phone_numbers", "Phone (2)": "identity.phone_numbers",
        "Summary": "summary", "Story": "summary", "Province": "person.origin_province",
        "نام": "identity.full_name", "تخلص": "identity.full_name"}
    path = write_csv(tmp_path / "j.csv", [header, ["0700 000 001", "0700 000 002; 0700 000 003",
                                                   "Dismissed.", "Threatened.", "Kabul",
                                                   "Herat", "احمد", "احمدزی"]], "utf-8")
    result = sheets.preview(sheets.read_sheet(path))
    case = result.accepted[0].case
    assert case.identity.phone_numbers == ["0700 000 001", "0700 000 002", "0700 000 003"]
    assert case.summary == "Dismissed.\n\nThreatened."
    assert case.identity.full_name == "احمد احمدزی"
    assert case.person.origin_province == "AF-KAB"  # the second province column is not used
    assert "Column \u201cولایت\u201d is not mapped to any field: its value in 1 row is not " \
        "imported." in warnings_of(result)


def test_two_headings_matching_one_entry_fill_a_one_value_field_once(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "twice.csv", [["Province", "province ", "Pseudonym"],
                                               ["Kabul", "Herat", "A-1"]], "utf-8")
    mapping = sheets.ColumnMapping.from_json({"columns": {"Province": "person.origin_province",
                                                          "Pseudonym": "person.pseudonym"}})
    result = sheets.preview(sheets.read_sheet(path), mapping)
    assert result.columns == [("Province", "person.origin_province"), ("province", None),
                              ("Pseudonym", "person.pseudonym")]
    assert result.accepted[0].case.person.origin_province == "AF-KAB"
    assert "Column \u201cprovince\u201d is not mapped to any field: its value in 1 row is not " \
        "imported." in warnings_of(result)


def test_proposed_mapping_reads_english_dari_and_pashto_headings() -> None:
    header = ["Name", "نام پدر", "د تذکرې شمېره", "ولسوالی", "رتبه", "Date of birth",
              "وضعیت", "person.current_country", "incidents[1].date", "Anything else"]
    proposed = sheets.propose_mapping(header).to_json()["columns"]
    assert proposed == {
        "Name": "identity.full_name", "نام پدر": "identity.father_name",
        "د تذکرې شمېره": "identity.tazkira_number", "ولسوالی": "person.origin_district",
        "رتبه": "service.rank", "Date of birth": "identity.date_of_birth",
        "وضعیت": "person.situation", "person.current_country": "person.current_country",
        "incidents[1].date": "incidents[1].date"}


def test_identity_columns_go_to_the_identity_only() -> None:
    targets = sheets.targets()
    assert {p for p, t in targets.items() if t.identity} == {
        "identity.full_name", "identity.father_name", "identity.grandfather_name",
        "identity.tazkira_number", "identity.other_ids", "identity.date_of_birth",
        "identity.phone_numbers"}


def test_an_identity_date_is_refused_without_repeating_it(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "dob.csv", [["Pseudonym", "DOB"], ["A-1", "31 Hut 1399"]],
                     "utf-8")
    result = sheets.preview(sheets.read_sheet(path))
    (rejected,) = result.rejected
    assert "column \u201cDOB\u201d (part of the identity" in rejected.message()
    assert "1399" not in rejected.message()


def test_day_first_and_yes_no_cells(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "d.csv", [
        ["Pseudonym", "Incident date", "with international forces"],
        ["A-1", "05/08/2021", "yes"], ["B-2", "25/08/2021", "نه"], ["C-3", "", "perhaps"]],
        "utf-8")
    result = sheets.preview(sheets.read_sheet(path))
    assert [(r.case.incidents[0].date.to_text(), r.case.service[0].with_international_forces)
            for r in result.accepted] == [("2021-08-05", True), ("2021-08-25", False)]
    assert "line 2: date '05/08/2021' (column \u201cIncident date\u201d) was read day first: " \
        "5 August 2021 (14 Asad 1400)" in warnings_of(result)
    assert [r.message() for r in result.rejected] == [
        "line 4: 'with international forces' is yes or no, not 'perhaps'"]


# ---- importing --------------------------------------------------------------------------------

def test_import_writes_exactly_the_previewed_cases_in_one_audited_transaction(
        store: Store, messy_csv: tuple[Path, bool]) -> None:
    path, _legacy = messy_csv
    result = sheets.preview(sheets.read_sheet(path))
    before = audit.entries(store.db)
    codes = sheets.import_rows(store.db, result, "tester")
    assert len(codes) == 4
    assert case_count(store) == 4
    for code, row in zip(codes, result.accepted, strict=True):
        stored = cases.load_case(store.db, cases.case_id_for(store.db, code), with_identity=True)
        assert comparable(serial.to_json(stored)) == comparable(serial.to_json(row.case))
    assert all(row.case.code == "" for row in result.accepted)  # the preview is left as it was
    new = audit.entries(store.db)[len(before):]
    assert [e.action for e in new] == ["case.create", "case.import"] * 4 + ["sheet.import"]
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    provenance = [e for e in new if e.action == "case.import"]
    assert [(e.detail["code"], e.detail["line"]) for e in provenance] == list(
        zip(codes, [2, 4, 5, 11], strict=True))
    assert all(e.detail["file"] == "list.csv" and e.detail["sha256"] == sha
               and e.detail["origin"] == "spreadsheet" for e in provenance)
    assert new[-1].detail == {"file": "list.csv", "sha256": sha, "kind": "csv", "sheet": "",
                              "cases": 4, "rejected": 4, "blank": 2}
    assert audit.verify_chain(store.db) == []
    assert sheets.earlier_imports(store.db, sha) == [new[-1].at]


def test_imported_identity_is_not_searchable(store: Store, tmp_path: Path) -> None:
    from casefiles.core.store import search

    path = write_xlsx(tmp_path / "list.xlsx")
    codes = sheets.import_rows(store.db, sheets.preview(sheets.read_sheet(path)), "tester")
    assert search.search_cases(store.db, "Falcon").total == 1
    assert search.search_cases(store.db, "احمد").total == 0
    assert cases.get_case(store.db, codes[0]).identity.is_empty()


def test_nothing_is_written_when_no_row_is_accepted(store: Store, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bad.csv", [HEADER, messy_rows()[7], messy_rows()[8]], "utf-8")
    result = sheets.preview(sheets.read_sheet(path))
    assert result.accepted == []
    assert len(result.rejected) == 2
    before = audit.entries(store.db)
    assert sheets.import_rows(store.db, result, "tester") == []
    assert audit.entries(store.db) == before
    assert case_count(store) == 0


def test_preview_writes_nothing(new_store: tuple[Store, str], store_path: Path,
                                tmp_path: Path) -> None:
    store = new_store[0]
    path = write_xlsx(tmp_path / "list.xlsx")
    store.close()
    files = snapshot(store_path)
    sheets.preview(sheets.read_sheet(path))
    assert snapshot(store_path) == files


def test_a_failure_midway_writes_nothing(store: Store, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    result = sheets.preview(sheets.read_sheet(write_xlsx(tmp_path / "list.xlsx")))
    before = audit.entries(store.db)
    real_add = cases.add_case
    calls = []

    def failing_add(db: Any, case: Case, actor: str) -> Case:
        calls.append(case)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        return real_add(db, case, actor)

    monkeypatch.setattr(sheet_import.cases, "add_case", failing_add)
    with pytest.raises(OSError, match="No space left"):
        sheets.import_rows(store.db, result, "tester")
    assert len(calls) == 3
    assert case_count(store) == 0
    assert audit.entries(store.db) == before


# ---- exporting --------------------------------------------------------------------------------

MARKERS = {"full_name": "MARKER-NAME-Zarghun", "tazkira_number": "MARKER-TAZKIRA-0001",
           "phone": "+93 MARKER-PHONE"}


def add_case(store: Store, pseudonym: str, scope: list[str]) -> str:
    case = Case(
        summary="=HYPERLINK(\"http://example.invalid\";\"click\") fictional summary",
        tags=["imported"], notes="internal note",
        consent=Consent(scope=scope),
        person=Person(pseudonym=pseudonym, origin_province="AF-KAN", origin_district="Dand"),
        identity=Identity(full_name=MARKERS["full_name"],
                          tazkira_number=MARKERS["tazkira_number"],
                          phone_numbers=[MARKERS["phone"], "@mention"]),
        service=[ServiceRecord(institution="nds", rank="captain")],
        incidents=[Incident(type="threat", date=FuzzyDate.parse("24 Asad 1400")),
                   Incident(type="arrest_detention", date=FuzzyDate.parse("2022-03-01"),
                            description="-held nineteen days")])
    return cases.add_case(store.db, case, "tester").code


def read_csv(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with its BOM
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_export_under_partner_profile_withholds_identity_and_neutralises_formulas(
        store: Store, tmp_path: Path) -> None:
    first = add_case(store, "Falcon-1", ["share_partners", "identity_to_authorities"])
    second = add_case(store, "Eagle-2", ["share_partners"])
    out = tmp_path / "cases.csv"
    result = sheets.export_csv(store.db, [], "partner_organisation", out, "tester")
    assert sorted(result.codes) == sorted([first, second])
    assert result.with_identity == 0
    raw = out.read_text(encoding="utf-8-sig")
    for marker in MARKERS.values():
        assert marker not in raw
    assert "internal note" not in raw
    assert "Dand" not in raw
    rows = read_csv(out)
    assert not any(column.startswith("identity.") for column in rows[0])
    assert "tags" not in rows[0]
    assert "notes" not in rows[0]
    row = next(r for r in rows if r["code"] == first)
    assert row["summary"].startswith("'=HYPERLINK(")
    assert row["incidents[1].description"] == "'-held nineteen days"
    assert row["person.origin_province"] == "Kandahar"
    assert row["service.institution"] == "National Directorate of Security"
    assert (row["incidents.date"], row["incidents[1].date"]) == ("SH 1400-05", "2022-03")
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    for code in (first, second):
        (entry,) = sharelog.share_log(store.db, code)
        assert (entry.profile, entry.file_sha256) == ("partner_organisation", result.sha256)
        assert entry.method == "plain export (CSV, not encrypted)"
    assert audit.entries(store.db)[-1].action == "export.plain"


def test_csv_export_to_asylum_authority_with_consent_holds_the_identity(
        store: Store, tmp_path: Path) -> None:
    with_consent = add_case(store, "Falcon-1", ["identity_to_authorities"])
    without = add_case(store, "Eagle-2", [])
    out = tmp_path / "cases.csv"
    result = sheets.export_csv(store.db, [with_consent, without], "asylum_authority", out,
                               "tester")
    assert result.with_identity == 1
    rows = {r["code"]: r for r in read_csv(out)}
    assert rows[with_consent]["identity.full_name"] == MARKERS["full_name"]
    assert rows[with_consent]["identity.phone_numbers"] == "'+93 MARKER-PHONE; @mention"
    assert rows[without]["identity.full_name"] == ""
    assert rows[without]["person.origin_district"] == "Dand"


def test_json_export_obeys_the_profile(store: Store, tmp_path: Path) -> None:
    with_consent = add_case(store, "Falcon-1", ["share_partners", "identity_to_authorities"])
    out = tmp_path / "cases.json"
    sheets.export_json(store.db, [with_consent], "partner_organisation", out, "tester")
    document = json.loads(out.read_text(encoding="utf-8"))
    assert (document["format"], document["version"]) == ("casefiles-plain-export", 1)
    (case,) = document["cases"]
    assert "identity" not in case
    assert MARKERS["full_name"] not in out.read_text()
    assert serial.from_json(Case, comparable(case)).person.pseudonym == "Falcon-1"
    sheets.export_json(store.db, [with_consent], "asylum_authority", out, "tester")
    (case,) = json.loads(out.read_text(encoding="utf-8"))["cases"]
    assert case["identity"]["tazkira_number"] == MARKERS["tazkira_number"]
    assert case["incidents"][0]["date"] == "SH 1400-05-24"


def test_export_without_the_consent_the_profile_needs_is_refused(
        store: Store, tmp_path: Path) -> None:
    ok = add_case(store, "Falcon-1", ["share_partners"])
    refused = add_case(store, "Eagle-2", ["record"])
    out = tmp_path / "cases.csv"
    before = audit.entries(store.db)
    with pytest.raises(InvalidInput, match=f"Case {refused} does not record the person's "
                       "consent to \"Share with partner organisations\""):
        sheets.export_csv(store.db, [ok, refused], "partner_organisation", out, "tester")
    add_case(store, "Hawk-3", [])
    with pytest.raises(InvalidInput, match="3 cases do not record"):
        sheets.export_json(store.db, [], "public_advocacy", tmp_path / "x.json", "tester")
    assert not out.exists()
    assert not (tmp_path / "x.json").exists()
    assert len(audit.entries(store.db)) == len(before) + 1  # only Hawk-3's creation
    assert sharelog.share_log(store.db, ok) == []


def test_an_exported_csv_imports_back(store: Store, tmp_path: Path) -> None:
    code = add_case(store, "Falcon-1", ["identity_to_authorities"])
    out = tmp_path / "cases.csv"
    sheets.export_csv(store.db, [code], "asylum_authority", out, "tester")
    result = sheets.preview(sheets.read_sheet(out))
    assert result.rejected == []
    assert result.warnings == []
    original = cases.load_case(store.db, cases.case_id_for(store.db, code), with_identity=True)
    back = result.accepted[0].case
    assert back.summary == original.summary  # the apostrophe is taken off again
    assert back.identity.phone_numbers == original.identity.phone_numbers
    assert [(i.type, i.date, i.description) for i in back.incidents] == [
        (i.type, i.date, i.description) for i in original.incidents]


def test_export_refuses_other_extensions() -> None:
    with pytest.raises(InvalidInput, match=r"a \.csv or a \.json file"):
        sheets.format_for(Path("cases.xlsx"))
