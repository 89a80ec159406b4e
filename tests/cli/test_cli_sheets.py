"""`import-sheet` and `export-sheet`, run for real: each test starts `casefiles-cli` as a
subprocess (see tests/cli/test_cli.py), on the messy fictional lists of
tests/core/exchange/test_sheets.py (a CSV file and an Excel workbook)."""
# The fixtures `cli`, `env` and `st` are imported from test_cli.py so that pytest sees them here;
# test functions taking them as arguments "redefine" the imported names.
# ruff: noqa: F811

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from tests.cli.test_cli import (  # noqa: F401  (cli, env and st are pytest fixtures)
    CANONICAL_CASE,
    CODE_RE,
    IDENTITY,
    PASSPHRASE,
    Cli,
    Result,
    StoreInfo,
    add,
    assert_user_error,
    audit_entries,
    cli,
    env,
    lines,
    listing,
    show,
    st,
    unchanged,
)
from tests.core.exchange.test_sheets import (
    EXPECTED_REJECTS,
    HEADER,
    messy_rows,
    write_csv,
    write_xlsx,
)

SUMMARY = "8 row(s): 4 to import, 4 rejected, 2 blank skipped"
PREVIEW_KEYS = {"file", "sha256", "kind", "encoding", "delimiter", "sheet", "mapping", "columns",
                "accepted", "rejected", "warnings", "blank_rows", "dry_run", "imported",
                "earlier_imports"}


def run(cli: Cli, st: StoreInfo, *args: Any) -> Result:
    return cli(*args, store=st.path, stdin=lines(PASSPHRASE))


def messy_csv(folder: Path) -> Path:
    return write_csv(folder / "list.csv", messy_rows(), "utf-8-sig")


# ---- import-sheet -----------------------------------------------------------------------------

def test_dry_run_prints_the_preview_and_writes_nothing(cli: Cli, st: StoreInfo,
                                                       tmp_path: Path) -> None:
    path = messy_csv(tmp_path)
    with unchanged(st.path):
        result = run(cli, st, "import-sheet", path, "--dry-run")
    assert result.rc == 0, result
    out = result.out.splitlines()
    assert out[0].startswith("Read list.csv: CSV, UTF-8 with BOM, delimiter \u201c,\u201d "
                             "(SHA-256 ")
    assert "  Phone          -> identity.phone_numbers  (identity: withheld from lists, search "\
        "and exports)" in out
    assert "  Referred by    -> (not imported)" in out
    assert SUMMARY in out
    rejected = [line for line in out if re.match(r"  line \d+: ", line)
                and "was read" not in line]
    assert [int(line.split()[1].rstrip(":")) for line in rejected] == sorted(EXPECTED_REJECTS)
    assert ("  line 7: province 'Kandhar' (column \u201cولایت\u201d) is not one casefiles knows "
            "(did you mean Kandahar?)") in out
    assert out[-1] == "Dry run: nothing was written."
    assert "احمد" not in result.out  # identity values are not shown


def test_import_writes_the_previewed_cases_and_prints_their_codes(cli: Cli, st: StoreInfo,
                                                                  tmp_path: Path) -> None:
    result = run(cli, st, "import-sheet", write_xlsx(tmp_path / "list.xlsx"))
    assert result.rc == 0, result
    out = result.out.splitlines()
    assert out[0] == "Read list.xlsx: Excel workbook, sheet \u201cCases\u201d (SHA-256 " \
        f"{out[0].split('SHA-256 ')[1]}"
    start = out.index("Imported 4 case(s):")
    codes = out[start + 1:]
    assert len(codes) == 4
    assert all(CODE_RE.match(code) for code in codes)
    listed = {c["code"]: c for c in listing(cli, st.path)}
    assert sorted(listed) == sorted(codes)
    assert sorted(c["pseudonym"] for c in listed.values()) == [
        "Eagle-2", "Falcon-1", "Hawk-3", "Lark-8"]
    falcon = next(code for code in codes if listed[code]["pseudonym"] == "Falcon-1")
    shown = show(cli, st.path, falcon)
    assert shown["identity_withheld"] is True
    assert shown["incidents"][0]["date"] == "SH 1400-05-24"
    revealed = show(cli, st.path, falcon, "--reveal-identity")
    assert revealed["identity"]["full_name"] == "احمد ولی"
    actions = [e["action"] for e in audit_entries(cli, st.path)]
    assert actions.count("case.import") == 4
    assert actions.count("sheet.import") == 1
    # The same file again: still imported (the caseworker asked), but they are told.
    again = run(cli, st, "import-sheet", tmp_path / "list.xlsx", "--dry-run")
    assert "This file was imported before (" in again.out


def test_json_preview_leaves_identity_values_out(cli: Cli, st: StoreInfo,
                                                 tmp_path: Path) -> None:
    with unchanged(st.path):
        result = run(cli, st, "import-sheet", messy_csv(tmp_path), "--dry-run", "--json")
    data = result.json()
    assert set(data) == PREVIEW_KEYS
    assert (data["kind"], data["encoding"], data["dry_run"], data["imported"]) == (
        "csv", "UTF-8 with BOM", True, [])
    assert [row["line"] for row in data["accepted"]] == [2, 4, 5, 11]
    assert data["accepted"][0]["identity_fields"] == ["full_name", "phone_numbers"]
    assert "identity" not in data["accepted"][0]["case"]
    assert [row["line"] for row in data["rejected"]] == [7, 8, 9, 10]
    assert data["blank_rows"] == 2
    assert data["mapping"]["columns"]["ولایت"] == "person.origin_province"
    assert "احمد" not in result.out
    assert "+93" not in result.out


def test_a_saved_mapping_corrected_by_hand_is_used(cli: Cli, st: StoreInfo,
                                                   tmp_path: Path) -> None:
    path = messy_csv(tmp_path)
    mapping_path = tmp_path / "mapping.json"
    first = run(cli, st, "import-sheet", path, "--dry-run", "--save-mapping", mapping_path)
    assert first.rc == 0, first
    mapping = json.loads(mapping_path.read_text(encoding="utf-8"))
    assert mapping["columns"]["Referred by"] is None  # every heading, to fill in
    mapping["values"] = {"person.origin_province": {"Kandhar": "AF-KAN"}}
    mapping["columns"]["Referred by"] = "notes"
    mapping_path.write_text(json.dumps(mapping, ensure_ascii=False), encoding="utf-8")
    result = run(cli, st, "import-sheet", path, "--mapping", mapping_path, "--json")
    data = result.json()
    assert [row["line"] for row in data["accepted"]] == [2, 4, 5, 7, 11]
    assert len(data["imported"]) == 5
    assert data["accepted"][0]["case"]["notes"] == "Group A"


def test_nothing_importable_exits_1_and_writes_nothing(cli: Cli, st: StoreInfo,
                                                       tmp_path: Path) -> None:
    rows = messy_rows()
    path = write_csv(tmp_path / "bad.csv", [HEADER, rows[7], rows[8]], "utf-8")
    with unchanged(st.path):
        result = run(cli, st, "import-sheet", path)
    assert result.rc == 1
    assert "2 row(s): 0 to import, 2 rejected, 0 blank skipped" in result.out
    assert result.err.strip() == ("casefiles-cli: Nothing to import: no row of bad.csv can "
                                  "become a case.")


def test_files_and_mappings_that_cannot_be_used_are_refused(cli: Cli, st: StoreInfo,
                                                            tmp_path: Path) -> None:
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    bad_mapping = tmp_path / "m.json"
    bad_mapping.write_text('{"columns": {"Province": "person.home"}}', encoding="utf-8")
    with unchanged(st.path):
        assert_user_error(run(cli, st, "import-sheet", xls), 1, "old Excel format (.xls)")
        assert_user_error(run(cli, st, "import-sheet", write_xlsx(tmp_path / "l.xlsx"),
                              "--sheet", "Nope"), 1, "has no sheet", "Cases, Contacts")
        assert_user_error(run(cli, st, "import-sheet", messy_csv(tmp_path), "--mapping",
                              bad_mapping), 1, "'person.home' is not a field")
        assert_user_error(run(cli, st, "import-sheet", tmp_path / "missing.csv"), 1,
                          "Cannot read")


# ---- export-sheet -----------------------------------------------------------------------------

def add_shared_case(cli: Cli, st: StoreInfo, scope: list[str]) -> str:
    case = {**CANONICAL_CASE, "identity": IDENTITY,
            "summary": "=1+1 fictional summary",
            "consent": {**CANONICAL_CASE["consent"], "scope": scope}}
    return add(cli, st.path, case)


def test_export_needs_yes_and_says_the_file_is_not_encrypted(cli: Cli, st: StoreInfo,
                                                             tmp_path: Path) -> None:
    add_shared_case(cli, st, ["share_partners"])
    out = tmp_path / "cases.csv"
    with unchanged(st.path):
        assert_user_error(run(cli, st, "export-sheet", "--profile", "partner_organisation",
                              "--out", out), 1, "will NOT be encrypted", "Add --yes")
        assert_user_error(run(cli, st, "export-sheet", "--profile", "partner_organisation",
                              "--out", tmp_path / "cases.xlsx", "--yes"), 1,
                          "a .csv or a .json file")
    assert not out.exists()


def test_export_writes_a_redacted_excel_readable_csv(cli: Cli, st: StoreInfo,
                                                     tmp_path: Path) -> None:
    code = add_shared_case(cli, st, ["share_partners"])
    out = tmp_path / "cases.csv"
    result = run(cli, st, "export-sheet", "--profile", "partner_organisation", "--out", out,
                 "--yes")
    assert result.rc == 0, result
    assert re.fullmatch(rf"Wrote 1 case\(s\) to {re.escape(str(out))} \(CSV, profile "
                        r"partner_organisation, NOT encrypted; SHA-256 [0-9a-f]{64}\)\.\n",
                        result.out)
    assert "will NOT be encrypted" in result.err
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    for value in ("Zarghun", "1234-5678-90123", "+98 900", "Dand", "Interview by phone"):
        assert value not in text
    (row,) = csv.DictReader(io.StringIO(text))
    assert row["code"] == code
    assert row["summary"] == "'=1+1 fictional summary"
    (entry,) = show(cli, st.path, code)["share_log"]
    assert entry["profile"] == "partner_organisation"
    assert entry["method"] == "plain export (CSV, not encrypted)"
    # An existing file is kept without --force.
    with unchanged(st.path):
        assert_user_error(run(cli, st, "export-sheet", "--profile", "partner_organisation",
                              "--out", out, "--yes"), 1, "already exists")


def test_export_json_with_identity_for_the_authority(cli: Cli, st: StoreInfo,
                                                     tmp_path: Path) -> None:
    with_consent = add_shared_case(cli, st, ["identity_to_authorities"])
    without = add_shared_case(cli, st, [])
    out = tmp_path / "cases.json"
    result = run(cli, st, "export-sheet", "--profile", "asylum_authority", "--out", out,
                 "--case", with_consent, without.lower(), "--yes", "--json")
    data = result.json()
    assert (data["format"], data["with_identity"]) == ("json", 1)
    assert data["cases"] == [with_consent, without]
    cases = {c["code"]: c for c in json.loads(out.read_text(encoding="utf-8"))["cases"]}
    assert cases[with_consent]["identity"]["full_name"] == IDENTITY["full_name"]
    assert "identity" not in cases[without]


def test_export_without_consent_is_refused_and_writes_nothing(cli: Cli, st: StoreInfo,
                                                              tmp_path: Path) -> None:
    code = add_shared_case(cli, st, ["record"])
    out = tmp_path / "cases.csv"
    with unchanged(st.path):
        assert_user_error(run(cli, st, "export-sheet", "--profile", "partner_organisation",
                              "--out", out, "--yes"), 1,
                          f"Case {code} does not record the person's consent")
        assert_user_error(run(cli, st, "export-sheet", "--profile", "partner_organisation",
                              "--out", out, "--case", "CF-0000-0000", "--yes"), 1,
                          "There is no case CF-0000-0000")
    assert not out.exists()
