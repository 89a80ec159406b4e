"""The command line, run for real: each test starts `casefiles-cli` as a subprocess.

The contract under test is docs/cli.md: secrets from the terminal, standard input (one per line)
or --passphrase-file; exit 0 on success, 3 for a wrong passphrase or recovery code, 1 for any
other user error (one line on stderr, no traceback), 2 for a usage error; and a failed command
leaves the store's files byte-for-byte as they were.

Stores are made through the core API with cheap Argon2id parameters; only the tests marked
`slow` run `init`, which calibrates Argon2id on this machine (about a second per unlock).
`python -m casefiles.cli` does not work (the package has no __main__.py), so the installed
console script is run with this interpreter.
"""

import hashlib
import json
import os
import re
import shutil
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from casefiles.cli import SHOW_ONLY_KEYS
from casefiles.core.model.case import Citation, Source
from casefiles.core.security.kdf import KdfParams
from casefiles.core.store import citations, sources
from casefiles.core.store.store import Store

PASSPHRASE = "correct horse battery staple"
NEW_PASSPHRASE = "seven unrelated words make it hard"
CHEAP_KDF = KdfParams(1, 8 * 1024, 1)

CODE_RE = re.compile(r"^CF-[0-9A-Z]{4}-[0-9A-Z]{4}$")
RECOVERY_RE = re.compile(r"^[0-9A-Z]{4}(-[0-9A-Z]{4}){5}$")
LIST_KEYS = {"code", "pseudonym", "stage", "province", "institution", "situation", "incidents",
             "assigned_to", "updated_at"}
SEARCH_KEYS = {"code", "pseudonym", "snippet"}
AUDIT_KEYS = {"seq", "at", "actor", "action", "case_uuid", "detail", "hash"}
REPO = Path(__file__).resolve().parents[2]


def _cli_script() -> Path:
    script = Path(sys.executable).parent / "casefiles-cli"
    if script.exists():
        return script
    found = shutil.which("casefiles-cli")
    assert found, "the casefiles-cli console script is not installed"
    return Path(found)


CLI_SCRIPT = _cli_script()


# ---- helpers ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Result:
    rc: int
    out: str
    err: str

    def json(self) -> Any:
        assert self.rc == 0, self
        return json.loads(self.out)


class Cli:
    """Runs casefiles-cli with a private HOME / XDG_DATA_HOME, so no real store is touched."""

    def __init__(self, env: dict[str, str], cwd: Path) -> None:
        self.env = env
        self.cwd = cwd

    def __call__(self, *args: Any, store: Path | None = None, stdin: str = "") -> Result:
        argv = [sys.executable, str(CLI_SCRIPT)]
        if store is not None:
            argv += ["--store", str(store)]
        argv += [str(a) for a in args]
        proc = subprocess.run(argv, input=stdin, capture_output=True, text=True,
                              encoding="utf-8", env=self.env, cwd=self.cwd, timeout=300,
                              check=False)
        return Result(proc.returncode, proc.stdout, proc.stderr)


def lines(*items: str) -> str:
    """Standard input made of these lines (secrets first, then any JSON)."""
    return "".join(f"{item}\n" for item in items)


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder`, by relative path (empty if there is no folder)."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@contextmanager
def unchanged(folder: Path) -> Iterator[None]:
    """Assert the files under `folder` are byte-for-byte the same after the block."""
    existed = folder.exists()
    before = snapshot(folder)
    yield
    assert folder.exists() == existed
    assert snapshot(folder) == before


def assert_user_error(result: Result, rc: int, *fragments: str) -> str:
    """Exit status `rc`, nothing on stdout, one line on stderr holding `fragments`."""
    assert result.rc == rc, result
    assert "Traceback" not in result.err
    assert result.out == ""
    err_lines = result.err.strip().splitlines()
    assert len(err_lines) == 1, result.err
    for fragment in fragments:
        assert fragment in err_lines[0]
    return err_lines[0]


def assert_subset(expected: Any, actual: Any, path: str = "") -> None:
    """Every key of `expected` (recursively) is in `actual` with the same value."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            assert_subset(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list) and expected and isinstance(expected[0], dict):
        assert isinstance(actual, list), path
        assert len(actual) == len(expected), path
        for i, (e, a) in enumerate(zip(expected, actual, strict=True)):
            assert_subset(e, a, f"{path}[{i}]")
    else:
        assert actual == expected, f"{path}: {actual!r} != {expected!r}"


@dataclass(frozen=True)
class StoreInfo:
    path: Path
    recovery: str


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    data = tmp_path / "xdg-data"
    home.mkdir()
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(data),
            "PYTHONIOENCODING": "utf-8"}


@pytest.fixture
def cli(env: dict[str, str], tmp_path: Path) -> Cli:
    return Cli(env, tmp_path)


def make_store(path: Path) -> StoreInfo:
    store, recovery = Store.create(path, PASSPHRASE, kdf=CHEAP_KDF)
    store.close()
    return StoreInfo(path, recovery)


@pytest.fixture
def st(tmp_path: Path) -> StoreInfo:
    """A new, empty store with cheap key derivation."""
    return make_store(tmp_path / "store")


def add(cli: Cli, store: Path, case: dict) -> str:
    result = cli("case", "add", "--from-json", "-", store=store,
                 stdin=lines(PASSPHRASE) + json.dumps(case, ensure_ascii=False))
    assert result.rc == 0, result
    code = result.out.strip()
    assert CODE_RE.match(code), code
    return code


def show(cli: Cli, store: Path, code: str, *extra: str) -> dict:
    return cli("case", "show", code, "--json", *extra, store=store, stdin=lines(PASSPHRASE)).json()


def listing(cli: Cli, store: Path, *filters: str) -> list[dict]:
    return cli("case", "list", "--json", *filters, store=store, stdin=lines(PASSPHRASE)).json()


def audit_entries(cli: Cli, store: Path) -> list[dict]:
    return cli("audit", "--json", store=store, stdin=lines(PASSPHRASE)).json()


# A case in canonical form: codes, canonical dates. Everything put in must come back.
CANONICAL_CASE = {
    "stage": "documenting",
    "assigned_to": "caseworker-1",
    "summary": "Former NDS officer; dismissed, then detained, now in Iran.",
    "notes": "Interview by phone.",
    "tags": ["example", "urgent"],
    "consent": {"given_on": "2023-03-14", "scope": ["record", "share_partners"],
                "recorded_by": "caseworker-1"},
    "person": {"pseudonym": "Falcon-17", "sex": "male", "birth": "~1988",
               "origin_province": "AF-KAN", "origin_district": "Dand",
               "current_country": "IR", "current_place": "Mashhad", "situation": "in_iran",
               "situation_since": "SH 1401-03"},
    "service": [{"institution": "nds", "rank": "captain", "unit": "Provincial directorate",
                 "position": "investigator", "province": "AF-KAN", "started": "2012",
                 "ended": "SH 1400-05-24", "with_international_forces": True,
                 "international_partner": "liaison cell", "notes": ""}],
    "incidents": [
        {"type": "dismissal", "date": "2021-09", "province": "AF-KAN", "district": "Dand",
         "country": "AF", "city": "Kandahar", "perpetrator": "de facto authorities",
         "description": "Told to hand in his staff card.", "status_after": "in_hiding_afghanistan",
         "verification": "likely"},
        {"type": "arrest_detention", "date": "SH 1401-01-12", "province": "AF-KAN",
         "district": "Dand", "country": "AF", "city": "", "perpetrator": "GDI",
         "description": "Held nineteen days.", "status_after": "in_hiding_afghanistan",
         "verification": "possible"},
    ],
    "relatives": [{"relation": "brother", "pseudonym": "Falcon-17 brother",
                   "incident_type": "house_search", "date": "2022-06",
                   "what_happened": "House searched."}],
    "risk": {"guidance": "EUAA Country Guidance: Afghanistan", "conclusion": "At risk.",
             "assessed_on": "2023-04-02", "assessed_by": "caseworker-1",
             "factors": [{"factor": "prior_detention", "present": True,
                          "assessment": "Detained in 1401."}]},
}

IDENTITY = {"full_name": "Zarghun Examplezai", "father_name": "Example Father",
            "grandfather_name": "", "tazkira_number": "1234-5678-90123",
            "other_ids": ["staff card 42"], "date_of_birth": "SH 1367",
            "phone_numbers": ["+98 900 000 0000"], "photos": []}


# ---- init and the default store (real Argon2id calibration) -----------------------------------

@pytest.mark.slow
def test_init_prints_recovery_code_and_makes_private_store(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "new-store"
    result = cli("init", store=folder, stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    code = result.out.strip().splitlines()[-1]
    assert RECOVERY_RE.match(code), result.out
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert {p.name for p in files} >= {"casefiles.db", "keyslots.json"}
    for p in files:
        assert stat.S_IMODE(p.stat().st_mode) == 0o600, p
    # The printed code really unlocks the store.
    recovered = cli("recover", store=folder, stdin=lines(code, NEW_PASSPHRASE))
    assert recovered.rc == 0, recovered
    listed = cli("case", "list", "--json", store=folder, stdin=lines(NEW_PASSPHRASE))
    assert listed.json() == []


@pytest.mark.slow
def test_init_demo_in_default_store_under_xdg_data_home(cli: Cli, env: dict[str, str]) -> None:
    default = Path(env["XDG_DATA_HOME"]) / "casefiles" / "store"
    result = cli("init", "--demo", stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    assert default.is_dir()
    assert stat.S_IMODE(default.stat().st_mode) == 0o700
    assert RECOVERY_RE.match(result.out.strip().splitlines()[-1])
    summaries = cli("case", "list", "--json", stdin=lines(PASSPHRASE)).json()
    assert len(summaries) >= 40
    for summary in summaries:
        assert set(summary) == LIST_KEYS
        assert CODE_RE.match(summary["code"])


def test_default_store_is_used_without_store_option(cli: Cli, env: dict[str, str]) -> None:
    default = Path(env["XDG_DATA_HOME"]) / "casefiles" / "store"
    make_store(default)
    result = cli("case", "add", "--from-json", "-",
                 stdin=lines(PASSPHRASE) + json.dumps({"person": {"pseudonym": "Default"}}))
    assert result.rc == 0, result
    code = result.out.strip()
    assert [s["code"] for s in listing(cli, default)] == [code]


def test_init_demo_that_fails_leaves_no_store_behind(env: dict[str, str],
                                                     tmp_path: Path) -> None:
    """If filling the demo store fails, init fails as a whole: one line, exit 1, no store
    whose recovery code was never shown. (Run in-process with the demo data made to fail and
    with cheap Argon2id instead of calibration.)"""
    folder = tmp_path / "demo-store"
    program = textwrap.dedent("""
        import sys
        from casefiles import cli
        from casefiles.core import demo
        from casefiles.core.errors import InvalidInput
        from casefiles.core.security.kdf import KdfParams
        from casefiles.core.store import store

        def broken(db, actor):
            raise InvalidInput("cases[3].person.origin_province: 'Atlantis' is not known")

        demo.populate = broken
        store.calibrate = lambda: KdfParams(1, 8 * 1024, 1)
        sys.exit(cli.main(["--store", sys.argv[1], "init", "--demo"]))
    """)
    proc = subprocess.run([sys.executable, "-c", program, str(folder)], input=lines(PASSPHRASE),
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert_user_error(Result(proc.returncode, proc.stdout, proc.stderr), 1, "Atlantis")
    assert not folder.exists()


def test_init_refuses_a_folder_that_is_not_empty(cli: Cli, st: StoreInfo) -> None:
    with unchanged(st.path):
        result = cli("init", store=st.path, stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "not empty")


def test_init_refuses_a_short_passphrase(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "short"
    result = cli("init", store=folder, stdin=lines("short"))
    assert_user_error(result, 1, "at least 8 characters")
    assert not folder.exists()


# ---- adding, showing, editing -----------------------------------------------------------------

def test_case_add_from_file_and_show_round_trip(cli: Cli, st: StoreInfo,
                                                tmp_path: Path) -> None:
    source = tmp_path / "case.json"
    source.write_text(json.dumps(CANONICAL_CASE), encoding="utf-8")
    result = cli("case", "add", "--from-json", source, store=st.path, stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    assert result.err == ""
    code = result.out.strip()
    assert CODE_RE.match(code)

    shown = show(cli, st.path, code.lower())  # codes are case-insensitive
    assert_subset(CANONICAL_CASE, shown)
    assert shown["code"] == code
    assert "identity" not in shown
    assert shown["identity_withheld"] is True
    assert shown["citations"] == []
    assert shown["share_log"] == []
    for record in (*shown["service"], *shown["incidents"], *shown["relatives"],
                   *shown["risk"]["factors"]):
        assert record["uuid"]
    assert shown["created_at"] == shown["updated_at"]


def test_case_add_from_stdin_after_the_passphrase_line(cli: Cli, st: StoreInfo) -> None:
    data = {"person": {"pseudonym": "Stdin case", "origin_province": "AF-KAB"}}
    result = cli("case", "add", "--from-json", "-", store=st.path,
                 stdin=lines(PASSPHRASE) + json.dumps(data, indent=2))
    assert result.rc == 0, result
    code = result.out.strip()
    assert CODE_RE.match(code)
    assert show(cli, st.path, code)["person"]["pseudonym"] == "Stdin case"


def test_case_add_accepts_labels_aliases_and_any_date_form(cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, {
        "stage": "Documenting",
        "person": {"pseudonym": "Labels", "origin_province": "Kandahar", "sex": "Male",
                   "current_country": "Iran", "situation": "In Iran",
                   "birth": "c. 1988", "situation_since": "Jawza 1401"},
        "service": [{"institution": "NDS", "rank": "Captain", "started": "2012",
                     "ended": "24 Asad 1400"}],
        "incidents": [{"type": "arrested", "province": "قندهار", "date": "۱۲ حمل ۱۴۰۱",
                       "verification": "verified"},
                      {"type": "dismissed", "date": "Sep 2021"},
                      {"type": "threat", "date": "15/08/2021"}],
    })
    shown = show(cli, st.path, code)
    assert shown["stage"] == "documenting"
    assert shown["person"] | {"pseudonym": "Labels"} == {
        "pseudonym": "Labels", "sex": "male", "birth": "~1988", "origin_province": "AF-KAN",
        "origin_district": "", "current_country": "IR", "current_place": "",
        "situation": "in_iran", "situation_since": "SH 1401-03"}
    assert shown["service"][0]["institution"] == "nds"
    assert shown["service"][0]["rank"] == "captain"
    assert shown["service"][0]["started"] == "2012"
    assert shown["service"][0]["ended"] == "SH 1400-05-24"
    first, second, third = shown["incidents"]
    assert (first["type"], first["province"], first["date"], first["verification"]) == \
        ("arrest_detention", "AF-KAN", "SH 1401-01-12", "confirmed")
    assert (second["type"], second["date"], second["verification"]) == \
        ("dismissal", "2021-09", "unverified")
    assert third["date"] == "2021-08-15"


@pytest.mark.parametrize(("given", "canonical"), [
    ({"precision": "day", "calendar": "gregorian", "year": 2021, "month": 8, "day": 15},
     "2021-08-15"),
    ({"precision": "approximate", "calendar": "gregorian", "year": 2019}, "~2019"),
    ({"precision": "month", "calendar": "solar_hijri", "year": 1400, "month": 5}, "SH 1400-05"),
    ({"precision": "unknown"}, "unknown"),
])
def test_date_given_as_an_object_is_stored_as_given_or_refused(
        cli: Cli, st: StoreInfo, given: dict, canonical: str) -> None:
    """serial.py accepts a date as an object of FuzzyDate's fields. Whatever the CLI makes of
    it, it must not crash, and must not store a different date than the one given."""
    data = {"person": {"pseudonym": "Object date", "birth": given}}
    result = cli("case", "add", "--from-json", "-", store=st.path,
                 stdin=lines(PASSPHRASE) + json.dumps(data))
    assert "Traceback" not in result.err
    assert result.rc in (0, 1), result
    if result.rc == 1:
        assert_user_error(result, 1, "person.birth")
    else:
        assert show(cli, st.path, result.out.strip())["person"]["birth"] == canonical


def test_gregorian_date_with_a_small_year_keeps_its_calendar(cli: Cli, st: StoreInfo) -> None:
    """"Aug 1400" is read as Gregorian (a Gregorian month name); it must be refused or stay
    August 1400, never come back as the Solar Hijri month Aqrab 1400."""
    data = {"person": {"pseudonym": "Small year", "birth": "Aug 1400"}}
    result = cli("case", "add", "--from-json", "-", store=st.path,
                 stdin=lines(PASSPHRASE) + json.dumps(data))
    assert "Traceback" not in result.err
    if result.rc == 1:
        assert_user_error(result, 1, "person.birth")
        return
    assert result.rc == 0, result
    text = cli("case", "show", result.out.strip(), store=st.path, stdin=lines(PASSPHRASE))
    born = next(line for line in text.out.splitlines() if line.strip().startswith("Born"))
    assert born.split(None, 1)[1].startswith("August 1400"), born


def test_show_never_includes_identity_unless_revealed_and_reveal_is_audited(
        cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, {"person": {"pseudonym": "Hidden"}, "identity": IDENTITY})
    shown = show(cli, st.path, code)
    assert "identity" not in shown
    assert shown["identity_withheld"] is True
    text = cli("case", "show", code, store=st.path, stdin=lines(PASSPHRASE))
    assert text.rc == 0
    assert "Identity withheld" in text.out
    assert IDENTITY["full_name"] not in text.out
    assert IDENTITY["tazkira_number"] not in text.out
    assert not [e for e in audit_entries(cli, st.path) if e["action"] == "identity.view"]
    # Identity is never in the full-text index either.
    found = cli("search", "Examplezai", "--json", store=st.path, stdin=lines(PASSPHRASE))
    assert found.json()["hits"] == []

    revealed = show(cli, st.path, code, "--reveal-identity")
    assert revealed["identity"] == IDENTITY
    assert "identity_withheld" not in revealed
    views = [e for e in audit_entries(cli, st.path) if e["action"] == "identity.view"]
    assert len(views) == 1
    assert views[0]["case_uuid"] == revealed["uuid"]
    assert views[0]["detail"] == {"code": code}
    assert IDENTITY["full_name"] not in json.dumps(audit_entries(cli, st.path),
                                                   ensure_ascii=False)


def test_case_edit_with_partial_json_keeps_what_it_does_not_mention(
        cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, {**CANONICAL_CASE, "identity": IDENTITY})
    before = show(cli, st.path, code)
    first, second = before["incidents"]
    patch = {"person": {"situation": "detained"},
             "incidents": [{"uuid": first["uuid"], "verification": "confirmed"},
                           {"uuid": second["uuid"]}]}
    result = cli("case", "edit", code, "--from-json", "-", store=st.path,
                 stdin=lines(PASSPHRASE) + json.dumps(patch))
    assert result.rc == 0, result
    assert result.out.strip() == code

    after = show(cli, st.path, code, "--reveal-identity")
    assert after["person"] == {**before["person"], "situation": "detained"}
    assert after["incidents"][0] == {**first, "verification": "confirmed"}
    assert after["incidents"][1] == second
    for key in ("summary", "notes", "tags", "consent", "service", "relatives", "risk",
                "stage", "uuid", "created_at"):
        assert after[key] == before[key], key
    assert after["identity"] == IDENTITY  # not in the patch, so not touched
    edits = [e for e in audit_entries(cli, st.path) if e["action"] == "case.edit"]
    assert len(edits) == 1
    assert "person.situation" in edits[0]["detail"]["fields"]


def test_case_edit_from_a_file_replaces_lists_and_adds_items(cli: Cli, st: StoreInfo,
                                                             tmp_path: Path) -> None:
    code = add(cli, st.path, CANONICAL_CASE)
    before = show(cli, st.path, code)
    kept = before["incidents"][1]
    patch = tmp_path / "patch.json"
    patch.write_text(json.dumps({
        "summary": "Updated summary.",
        "incidents": [{"uuid": kept["uuid"]},
                      {"type": "threat", "date": "2022-05", "description": "Night letter."}],
    }), encoding="utf-8")
    result = cli("case", "edit", code, "--from-json", patch, store=st.path,
                 stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    after = show(cli, st.path, code)
    assert after["summary"] == "Updated summary."
    assert after["incidents"][0] == kept
    assert after["incidents"][1]["type"] == "threat"
    assert after["incidents"][1]["uuid"] not in {i["uuid"] for i in before["incidents"]}
    assert len(after["incidents"]) == 2  # the dismissal, left out of the list, is gone


def test_show_output_feeds_straight_back_into_edit(cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, CANONICAL_CASE)
    shown = show(cli, st.path, code)
    unchanged_result = cli("case", "edit", code, "--from-json", "-", store=st.path,
                           stdin=lines(PASSPHRASE) + json.dumps(shown))
    assert unchanged_result.rc == 0, unchanged_result
    assert show(cli, st.path, code)["updated_at"] == shown["updated_at"]
    assert not [e for e in audit_entries(cli, st.path) if e["action"] == "case.edit"]
    shown["summary"] = "Revised summary."
    result = cli("case", "edit", code, "--from-json", "-", store=st.path,
                 stdin=lines(PASSPHRASE) + json.dumps(shown))
    assert result.rc == 0, result
    after = show(cli, st.path, code)
    assert after["summary"] == "Revised summary."
    assert after["identity_withheld"] is True


def test_show_output_cannot_be_added_again_with_its_item_uuids(cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, CANONICAL_CASE)
    copy = show(cli, st.path, code)
    for key in SHOW_ONLY_KEYS:
        del copy[key]
    with unchanged(st.path):
        refused = cli("case", "add", "--from-json", "-", store=st.path,
                      stdin=lines(PASSPHRASE) + json.dumps(copy))
    assert_user_error(refused, 1, "belongs to another case")
    for records in (copy["service"], copy["incidents"], copy["relatives"],
                    copy["risk"]["factors"]):
        for record in records:
            del record["uuid"]
    new_code = add(cli, st.path, copy)  # uuid, code and the timestamps are ignored on input
    assert new_code != code
    assert_subset(CANONICAL_CASE, show(cli, st.path, new_code))


def test_citations_in_show_and_a_cited_incident_cannot_be_edited_away(
        cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, CANONICAL_CASE)
    cited = show(cli, st.path, code)["incidents"][1]
    with Store.open(st.path, PASSPHRASE) as store:
        source = sources.add_source(store.db, Source(type="ngo_un_report", title="A report"),
                                    "tester")
        citations.add_citation(store.db, Citation(source_id=source.id, case_code=code,
                                                incident_uuid=cited["uuid"], pinpoint="p. 4",
                                                quote="held for weeks"), "tester")
    shown = show(cli, st.path, code)
    assert len(shown["citations"]) == 1
    citation = shown["citations"][0]
    assert set(citation) == {"id", "uuid", "source_id", "case_code", "incident_uuid",
                             "risk_factor_uuid", "pinpoint", "quote", "translation",
                             "quote_check"}
    assert citation | {"id": 0, "uuid": ""} == {
        "id": 0, "uuid": "", "source_id": source.id, "case_code": code,
        "incident_uuid": cited["uuid"], "risk_factor_uuid": "", "pinpoint": "p. 4",
        "quote": "held for weeks", "translation": "", "quote_check": "unchecked"}

    with unchanged(st.path):
        result = cli("case", "edit", code, "--from-json", "-", store=st.path,
                     stdin=lines(PASSPHRASE) + json.dumps({"incidents": []}))
    assert_user_error(result, 1, cited["uuid"], "cited")
    deleted = cli("case", "delete", code, "--yes", store=st.path, stdin=lines(PASSPHRASE))
    assert deleted.rc == 0, deleted


def test_case_delete_needs_yes(cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, {"person": {"pseudonym": "To delete"}})
    with unchanged(st.path):
        refused = cli("case", "delete", code, store=st.path, stdin=lines(PASSPHRASE))
    assert_user_error(refused, 1, "--yes")
    result = cli("case", "delete", code, "--yes", store=st.path, stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    assert listing(cli, st.path) == []
    assert [e["action"] for e in audit_entries(cli, st.path)][-1] == "case.delete"


# ---- listing and searching --------------------------------------------------------------------

def test_case_list_filters(cli: Cli, st: StoreInfo) -> None:
    nds_kandahar = add(cli, st.path, {
        "person": {"pseudonym": "A", "origin_province": "AF-KAN", "situation": "in_iran"},
        "service": [{"institution": "ana"}, {"institution": "nds"}]})
    ana_kabul = add(cli, st.path, {
        "person": {"pseudonym": "B", "origin_province": "AF-KAB", "situation": "detained"},
        "service": [{"institution": "ana"}]})
    anp_kandahar = add(cli, st.path, {
        "person": {"pseudonym": "C", "origin_province": "AF-KAN",
                   "situation": "in_hiding_afghanistan"},
        "service": [{"institution": "anp"}], "incidents": [{"type": "threat"}]})

    def codes(*filters: str) -> set[str]:
        return {s["code"] for s in listing(cli, st.path, *filters)}

    everything = listing(cli, st.path)
    assert {s["code"] for s in everything} == {nds_kandahar, ana_kabul, anp_kandahar}
    for summary in everything:
        assert set(summary) == LIST_KEYS
    row = next(s for s in everything if s["code"] == anp_kandahar)
    assert row == {**row, "pseudonym": "C", "stage": "intake", "province": "AF-KAN",
                   "institution": "anp", "situation": "in_hiding_afghanistan", "incidents": 1,
                   "assigned_to": ""}
    # The list shows the latest posting's institution; the filter matches any posting.
    assert next(s for s in everything if s["code"] == nds_kandahar)["institution"] == "nds"

    assert codes("--province", "AF-KAN") == {nds_kandahar, anp_kandahar}
    assert codes("--province", "Kandahar") == {nds_kandahar, anp_kandahar}
    assert codes("--province", "af-kan") == {nds_kandahar, anp_kandahar}
    assert codes("--province", "قندهار") == {nds_kandahar, anp_kandahar}
    assert codes("--province", "Kabul") == {ana_kabul}
    assert codes("--province", "Herat") == set()
    assert codes("--situation", "in_iran") == {nds_kandahar}
    assert codes("--situation", "In Iran") == {nds_kandahar}
    assert codes("--situation", "detained") == {ana_kabul}
    assert codes("--institution", "nds") == {nds_kandahar}
    assert codes("--institution", "National Directorate of Security") == {nds_kandahar}
    assert codes("--institution", "ANA") == {nds_kandahar, ana_kabul}
    assert codes("--province", "Kandahar", "--institution", "police") == {anp_kandahar}

    text = cli("case", "list", "--province", "Kandahar", store=st.path, stdin=lines(PASSPHRASE))
    assert text.rc == 0
    assert text.out.strip().splitlines()[-1] == "2 case(s)"
    assert "National Directorate of Security" in text.out


# Persian keheh ک (U+06A9) and farsi yeh ی (U+06CC) versus Arabic kaf ك (U+0643) and yeh ي
# (U+064A): the same words as typed on Iranian/Afghan and on Arabic keyboards.
PERSIAN_TEXT = "کارمند امنیت ملی یک سال در زندان کابل بود"
ARABIC_TEXT = PERSIAN_TEXT.replace("\u06a9", "\u0643").replace("\u06cc", "\u064a")


def to_arabic(word: str) -> str:
    arabic = word.replace("\u06a9", "\u0643").replace("\u06cc", "\u064a")
    assert arabic != word
    return arabic


def test_search_in_english_and_in_dari_across_keyboard_variants(cli: Cli, st: StoreInfo) -> None:
    assert ARABIC_TEXT != PERSIAN_TEXT
    persian = add(cli, st.path, {"person": {"pseudonym": "Persian letters"},
                                 "summary": PERSIAN_TEXT})
    arabic = add(cli, st.path, {"person": {"pseudonym": "Arabic letters"},
                                "notes": ARABIC_TEXT})
    english = add(cli, st.path, {"person": {"pseudonym": "English"},
                                 "incidents": [{"type": "threat",
                                                "description": "Shopkeeper received a night "
                                                               "letter in Spin Boldak."}]})

    def found(query: str) -> set[str]:
        result = cli("search", query, "--json", store=st.path, stdin=lines(PASSPHRASE)).json()
        hits = result["hits"]
        assert result["total"] == len(hits)
        assert result["ranked"] is True
        for hit in hits:
            assert set(hit) == SEARCH_KEYS
        return {hit["code"] for hit in hits}

    both = {persian, arabic}
    assert found("shopkeeper") == {english}
    assert found("Spin Boldak") == {english}
    assert found("night lett") == {english}  # the last word is a prefix
    assert found("Threat") == {english}  # vocabulary labels are indexed too
    assert found("کارمند") == both  # Persian keheh
    assert found(to_arabic("کارمند")) == both  # Arabic kaf
    assert found("ملی") == both
    assert found(to_arabic("ملی")) == both
    assert found(to_arabic("امنیت ملی")) == both
    assert found("زِنْدان کابُل") == both  # harakat in the query do not matter
    assert found(to_arabic("یَک")) == both
    assert found("shopkeeper کارمند") == set()  # every word must match
    assert found("") == set()

    hit = cli("search", "زندان", "--json", store=st.path, stdin=lines(PASSPHRASE)).json()["hits"]
    assert {h["pseudonym"] for h in hit} == {"Persian letters", "Arabic letters"}
    assert all("[زندان]" in h["snippet"] for h in hit)

    text = cli("search", "shopkeeper", store=st.path, stdin=lines(PASSPHRASE))
    assert text.rc == 0
    assert text.out.splitlines()[0] == f"{english}  English"
    assert text.out.strip().splitlines()[-1] == "1 of 1 matching case(s), best first"


def test_identity_search_reads_the_text_from_stdin_and_is_audited(cli: Cli,
                                                                  st: StoreInfo) -> None:
    code = add(cli, st.path, {"person": {"pseudonym": "Hidden"}, "identity": IDENTITY})
    add(cli, st.path, {"person": {"pseudonym": "Other"}})
    result = cli("identity-search", "--json", store=st.path,
                 stdin=lines(PASSPHRASE, "examplezai"))
    assert result.json() == [{"code": code, "pseudonym": "Hidden", "fields": ["full_name"]}]
    entry = audit_entries(cli, st.path)[-1]
    assert entry["action"] == "identity.search"
    assert entry["detail"] == {"results": [code]}
    assert "examplezai" not in json.dumps(entry).casefold()


# ---- secrets ----------------------------------------------------------------------------------

def test_passphrase_file(cli: Cli, st: StoreInfo, tmp_path: Path) -> None:
    good = tmp_path / "pass.txt"
    good.write_text(PASSPHRASE + "\n", encoding="utf-8")
    code = add(cli, st.path, {"person": {"pseudonym": "P"}})
    # With the passphrase in a file, all of stdin is the JSON.
    result = cli("--passphrase-file", good, "case", "add", "--from-json", "-", store=st.path,
                 stdin=json.dumps({"person": {"pseudonym": "From file"}}))
    assert result.rc == 0, result
    listed = cli("--passphrase-file", good, "case", "list", "--json", store=st.path)
    assert {s["code"] for s in listed.json()} == {code, result.out.strip()}

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase at all\n", encoding="utf-8")
    with unchanged(st.path):
        failed = cli("--passphrase-file", wrong, "case", "list", store=st.path)
    assert_user_error(failed, 3, "Wrong passphrase")
    with unchanged(st.path):
        missing = cli("--passphrase-file", tmp_path / "absent.txt", "case", "list",
                      store=st.path)
    assert_user_error(missing, 1, "absent.txt")


def test_passwd_reads_old_then_new_from_stdin(cli: Cli, st: StoreInfo) -> None:
    result = cli("passwd", store=st.path, stdin=lines(PASSPHRASE, NEW_PASSPHRASE))
    assert result.rc == 0, result
    with unchanged(st.path):
        old = cli("case", "list", store=st.path, stdin=lines(PASSPHRASE))
    assert_user_error(old, 3, "Wrong passphrase")
    assert cli("case", "list", store=st.path, stdin=lines(NEW_PASSPHRASE)).rc == 0
    actions = [e["action"] for e in
               cli("audit", "--json", store=st.path, stdin=lines(NEW_PASSPHRASE)).json()]
    assert "store.passphrase_change" in actions


def test_passwd_with_passphrase_file_reads_the_new_one_from_stdin(cli: Cli, st: StoreInfo,
                                                                  tmp_path: Path) -> None:
    old = tmp_path / "old.txt"
    old.write_text(PASSPHRASE + "\n", encoding="utf-8")
    result = cli("--passphrase-file", old, "passwd", store=st.path, stdin=lines(NEW_PASSPHRASE))
    assert result.rc == 0, result
    assert cli("case", "list", store=st.path, stdin=lines(NEW_PASSPHRASE)).rc == 0


def test_passwd_failures_change_nothing(cli: Cli, st: StoreInfo) -> None:
    with unchanged(st.path):
        wrong_old = cli("passwd", store=st.path, stdin=lines("wrong old passphrase",
                                                              NEW_PASSPHRASE))
    assert_user_error(wrong_old, 3, "Wrong passphrase")
    with unchanged(st.path):
        too_short = cli("passwd", store=st.path, stdin=lines(PASSPHRASE, "short"))
    assert_user_error(too_short, 1, "at least 8 characters")
    with unchanged(st.path):
        no_new = cli("passwd", store=st.path, stdin=lines(PASSPHRASE))
    assert_user_error(no_new, 1, "new passphrase")
    assert cli("case", "list", store=st.path, stdin=lines(PASSPHRASE)).rc == 0


@pytest.mark.parametrize("typed", ["as printed", "lower case with spaces"])
def test_recover_sets_a_new_passphrase(cli: Cli, st: StoreInfo, typed: str) -> None:
    code = st.recovery if typed == "as printed" else st.recovery.lower().replace("-", " ")
    result = cli("recover", store=st.path, stdin=lines(code, NEW_PASSPHRASE))
    assert result.rc == 0, result
    assert cli("case", "list", store=st.path, stdin=lines(NEW_PASSPHRASE)).rc == 0
    assert_user_error(cli("case", "list", store=st.path, stdin=lines(PASSPHRASE)), 3)
    # The recovery code stays valid.
    again = cli("recover", store=st.path, stdin=lines(st.recovery, PASSPHRASE))
    assert again.rc == 0, again
    assert cli("case", "list", store=st.path, stdin=lines(PASSPHRASE)).rc == 0


def test_recover_with_a_wrong_code_exits_3(cli: Cli, st: StoreInfo) -> None:
    with unchanged(st.path):
        result = cli("recover", store=st.path,
                     stdin=lines("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", NEW_PASSPHRASE))
    assert_user_error(result, 3, "Wrong recovery code")
    assert cli("case", "list", store=st.path, stdin=lines(PASSPHRASE)).rc == 0


@pytest.mark.parametrize("command", [
    ["case", "list"], ["case", "list", "--json"], ["case", "show", "CF-0000-0000"],
    ["case", "add", "--from-json", "-"], ["case", "edit", "CF-0000-0000", "--from-json", "-"],
    ["case", "delete", "CF-0000-0000", "--yes"], ["search", "kabul"], ["verify"], ["audit"],
    ["identity-search"],
])
def test_wrong_passphrase_exits_3_with_one_line(cli: Cli, st: StoreInfo,
                                                command: list[str]) -> None:
    add(cli, st.path, {"person": {"pseudonym": "Existing"}})
    with unchanged(st.path):
        result = cli(*command, store=st.path,
                     stdin=lines("not the right passphrase") + '{"summary": "x"}\n')
    line = assert_user_error(result, 3, "Wrong passphrase")
    assert line.startswith("casefiles-cli: ")


def test_no_passphrase_on_stdin_is_a_user_error(cli: Cli, st: StoreInfo) -> None:
    with unchanged(st.path):
        result = cli("case", "list", store=st.path, stdin="")
    assert_user_error(result, 1, "No passphrase")


# ---- user errors and usage errors -------------------------------------------------------------

@pytest.mark.parametrize(("document", "fragments"), [
    ('{"person": {"pseudonym": "x"', ["not valid JSON", "line 1"]),
    ("[1, 2]", ["expected an object"]),
    ('{"incidents": [{"provnce": "AF-KAN"}]}', ["incidents[0].provnce", "unknown field"]),
    ('{"persn": {}}', ["persn", "unknown field"]),
    ('{"person": {"origin_province": "Atlantis"}}', ["person.origin_province", "Atlantis"]),
    ('{"incidents": [{}, {"province": "Narnia"}]}', ["incidents[1].province", "Narnia"]),
    ('{"incidents": [{"date": "31 Hut 1400"}]}', ["incidents[0].date"]),
    ('{"incidents": [{"date": "2021-02-30"}]}', ["incidents[0].date"]),
    ('{"person": {"birth": "last spring"}}', ["person.birth", "last spring"]),
    ('{"tags": "urgent"}', ["tags", "expected a list"]),
    ('{"service": [{"with_international_forces": "yes"}]}',
     ["service[0].with_international_forces", "true or false"]),
])
def test_case_add_user_errors(cli: Cli, st: StoreInfo, document: str,
                              fragments: list[str]) -> None:
    add(cli, st.path, {"person": {"pseudonym": "Existing"}})
    with unchanged(st.path):
        result = cli("case", "add", "--from-json", "-", store=st.path,
                     stdin=lines(PASSPHRASE) + document)
    assert_user_error(result, 1, *fragments)


def test_case_add_file_errors(cli: Cli, st: StoreInfo, tmp_path: Path) -> None:
    missing = tmp_path / "absent.json"
    with unchanged(st.path):
        result = cli("case", "add", "--from-json", missing, store=st.path,
                     stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "absent.json")
    latin1 = tmp_path / "latin1.json"
    latin1.write_bytes('{"summary": "caf\u00e9"}'.encode("latin-1"))
    with unchanged(st.path):
        result = cli("case", "add", "--from-json", latin1, store=st.path,
                     stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "UTF-8")


def test_case_edit_user_errors(cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, CANONICAL_CASE)
    for patch, fragments in [
        ('{"incidents": [{"provnce": "AF-KAN"}]}', ["incidents[0].provnce"]),
        ('{"person": {"origin_province": "Atlantis"}}', ["person.origin_province"]),
        ('{"person": {"birth": "2021-13-01"}}', ["person.birth"]),
        ("[]", ["JSON object"]),
        ("{", ["not valid JSON"]),
    ]:
        with unchanged(st.path):
            result = cli("case", "edit", code, "--from-json", "-", store=st.path,
                         stdin=lines(PASSPHRASE) + patch)
        assert_user_error(result, 1, *fragments)


@pytest.mark.parametrize("command", [
    ["case", "show", "CF-0000-0000"], ["case", "show", "CF-0000-0000", "--json"],
    ["case", "show", "CF-0000-0000", "--reveal-identity"],
    ["case", "edit", "CF-0000-0000", "--from-json", "-"],
    ["case", "delete", "CF-0000-0000", "--yes"], ["audit", "--case", "CF-0000-0000"],
])
def test_unknown_case_code(cli: Cli, st: StoreInfo, command: list[str]) -> None:
    add(cli, st.path, {"person": {"pseudonym": "Existing"}})
    with unchanged(st.path):
        result = cli(*command, store=st.path, stdin=lines(PASSPHRASE) + '{"summary": "x"}')
    assert_user_error(result, 1, "CF-0000-0000")


@pytest.mark.parametrize(("option", "value"), [
    ("--province", "Atlantis"), ("--situation", "on the moon"), ("--institution", "navy"),
])
def test_unknown_filter_value(cli: Cli, st: StoreInfo, option: str, value: str) -> None:
    with unchanged(st.path):
        result = cli("case", "list", option, value, store=st.path, stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, option, value)


def test_store_folder_that_does_not_exist(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "no-such-store"
    for command in (["case", "list"], ["verify"], ["passwd"], ["recover"]):
        result = cli(*command, store=folder, stdin=lines(PASSPHRASE, NEW_PASSPHRASE))
        assert_user_error(result, 1, "no-such-store")
        assert not folder.exists()


def test_folder_that_is_not_a_store(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "not-a-store"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello", encoding="utf-8")
    with unchanged(folder):
        result = cli("case", "list", store=folder, stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "not a casefiles store")


@pytest.mark.parametrize("args", [
    [], ["--bogus", "case", "list"], ["case"], ["case", "list", "--bogus"],
    ["case", "add"], ["case", "show"], ["frobnicate"], ["--calendar", "lunar", "case", "list"],
    ["search"],
])
def test_usage_errors_exit_2(cli: Cli, st: StoreInfo, args: list[str]) -> None:
    with unchanged(st.path):
        result = cli(*args, store=st.path, stdin=lines(PASSPHRASE))
    assert result.rc == 2, result
    assert "Traceback" not in result.err
    assert "usage:" in result.err
    assert result.out == ""


def test_version_and_help(cli: Cli, env: dict[str, str]) -> None:
    version = cli("--version")
    assert version.rc == 0
    assert version.out.strip() == "casefiles 0.1.0"
    helped = cli("--help")
    assert helped.rc == 0
    assert "--passphrase-file" in helped.out
    # argparse may wrap the default store's path at a hyphen
    default = Path(env["XDG_DATA_HOME"]) / "casefiles" / "store"
    assert str(default) in "".join(helped.out.split())


# ---- verify, audit, calendar ------------------------------------------------------------------

def test_verify(cli: Cli, st: StoreInfo) -> None:
    add(cli, st.path, CANONICAL_CASE)
    result = cli("verify", store=st.path, stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    assert result.err == ""
    out = result.out.strip().splitlines()
    assert len(out) == 5
    assert all(line.startswith("OK ") for line in out), out
    checks = cli("verify", "--json", store=st.path, stdin=lines(PASSPHRASE)).json()
    assert [c["ok"] for c in checks] == [True] * 5
    assert all(c["problems"] == [] for c in checks)
    assert {c["check"] for c in checks} == {"encrypted pages", "database structure",
                                            "audit log chain", "search index",
                                            "source originals"}


def test_audit_json(cli: Cli, st: StoreInfo) -> None:
    first = add(cli, st.path, {"person": {"pseudonym": "First"}})
    second = add(cli, st.path, {"person": {"pseudonym": "Second"}})
    entries = audit_entries(cli, st.path)
    for entry in entries:
        assert set(entry) == AUDIT_KEYS
        assert re.fullmatch(r"[0-9a-f]{64}", entry["hash"])
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", entry["at"])
    assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))
    assert len({e["hash"] for e in entries}) == len(entries)
    assert entries[0]["action"] == "store.create"
    creates = [e for e in entries if e["action"] == "case.create"]
    assert [e["detail"]["code"] for e in creates] == [first, second]
    uuid = show(cli, st.path, first)["uuid"]
    assert creates[0]["case_uuid"] == uuid

    only_first = cli("audit", "--json", "--case", first, store=st.path,
                     stdin=lines(PASSPHRASE)).json()
    assert [e["action"] for e in only_first] == ["case.create"]
    assert only_first[0]["case_uuid"] == uuid

    text = cli("audit", store=st.path, stdin=lines(PASSPHRASE))
    assert text.rc == 0
    assert f"code={second}" in text.out.splitlines()[-1]


def test_calendar_option_shows_solar_hijri_first(cli: Cli, st: StoreInfo) -> None:
    code = add(cli, st.path, {"person": {"pseudonym": "Dates"},
                              "incidents": [{"type": "threat", "date": "2021-08-15"}]})
    gregorian = cli("case", "show", code, store=st.path, stdin=lines(PASSPHRASE))
    assert "15 August 2021 (24 Asad 1400)" in gregorian.out
    hijri = cli("--calendar", "solar_hijri", "case", "show", code, store=st.path,
                stdin=lines(PASSPHRASE))
    assert hijri.rc == 0, hijri
    assert "24 Asad 1400 (15 August 2021)" in hijri.out


def test_documented_example_case_is_accepted(cli: Cli, st: StoreInfo) -> None:
    example = REPO / "docs" / "examples" / "case.json"
    result = cli("case", "add", "--from-json", example, store=st.path, stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    shown = show(cli, st.path, result.out.strip(), "--reveal-identity")
    assert shown["person"]["origin_province"] == "AF-KAN"
    assert shown["person"]["situation"] == "in_iran"
    assert shown["service"][0]["institution"] == "nds"
    assert [i["type"] for i in shown["incidents"]] == ["dismissal", "arrest_detention",
                                                         "threat"]


# ---- the CLI never loads Qt -------------------------------------------------------------------

def test_cli_loads_no_pyside6(st: StoreInfo, env: dict[str, str], tmp_path: Path) -> None:
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n", encoding="utf-8")
    program = textwrap.dedent("""
        import sys
        from casefiles import cli
        rc = cli.main(["--store", sys.argv[1], "--passphrase-file", sys.argv[2],
                       "case", "list"])
        assert rc == 0, rc
        loaded = [m for m in sys.modules if m.startswith(("PySide6", "shiboken"))]
        assert not loaded, loaded
        print("clean")
    """)
    proc = subprocess.run([sys.executable, "-c", program, str(st.path), str(passphrase_file)],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "clean"
