"""`dossier`, run for real: `casefiles-cli dossier` as a subprocess against a real store.

The store (cheap Argon2id) is built once for the module through the CLI itself: two fictional
cases with `case add --from-json -` (one whose consent lets it go to partners and into public
advocacy, one with a Dari summary and only the consent to keep a record), a PDF report kept with
`source add` and `cite`d for the first case. The dossiers are read back with `qpdf --check`,
`qpdf --show-npages` and `pdftotext`. A failed `dossier` writes no file, leaves the store's
files byte for byte as they were, and so records nothing in the share log (checked directly as
well). See docs/cli.md, section `dossier`.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import (
    CANONICAL_CASE,
    CODE_RE,
    IDENTITY,
    PASSPHRASE,
    Cli,
    Result,
    assert_user_error,
    lines,
    make_store,
    unchanged,
)
from tests.core.sources import fixtures as fx

pytestmark = pytest.mark.skipif(not (shutil.which("qpdf") and shutil.which("pdftotext")),
                                reason="needs qpdf and pdftotext")

JSON_KEYS = {"path", "pages", "sha256", "profile", "suggested_name"}
EN_HEADINGS = {"summary": "Summary", "person": "The person and their service",
               "risk": "Risk assessment", "timeline": "Incident timeline",
               "relatives": "Relatives targeted", "exhibits": "Exhibits"}
FA_HEADINGS = {"summary": "خلاصه", "person": "شخص و خدمت او", "risk": "ارزیابی خطر",
               "timeline": "زمان‌بندی رویدادها", "relatives": "بستگان هدف قرار گرفته",
               "exhibits": "مدارک", "contents": "فهرست مطالب"}
# Words only the source's original pages hold (never quoted in a citation): present only when
# the original is appended as an annex.
ORIGINAL_PAGE_1 = "Sentinel one: the monitor interviewed families in Kandahar province."
ORIGINAL_PAGE_2 = ("Sentinel two: a former officer received a written threat at the door of "
                   "his brother's house.")
SOURCE_TITLE = "Reprisals against former officers (fictional report)"
QUOTE = "received a written threat at the door"
DARI_SUMMARY = "کارمند پیشین امنیت ملی از قندهار که پس از سقوط جمهوریت برکنار شد."

SHARED_CASE = {**CANONICAL_CASE,
               "consent": {"given_on": "2023-03-14",
                           "scope": ["record", "share_partners", "public_advocacy"],
                           "recorded_by": "caseworker-1"},
               "identity": IDENTITY}
DARI_CASE = {"summary": DARI_SUMMARY, "consent": {"scope": ["record"]},
             "person": {"pseudonym": "Simorgh-3", "origin_province": "Kandahar",
                        "situation": "in_hiding_afghanistan"},
             "incidents": [{"type": "dismissal", "date": "SH 1400-07",
                            "description": "از وظیفه برکنار شد."}]}


# ---- the module's store -----------------------------------------------------------------------

@dataclass(frozen=True)
class World:
    cli: Cli
    store: Path
    shared: str  # the code of SHARED_CASE (consent to share with partners and advocacy)
    dari: str  # the code of DARI_CASE (consent to keep a record only)
    source_sha256: str

    def run(self, *args: Any, stdin: str | None = None) -> Result:
        return self.cli(*args, store=self.store,
                        stdin=lines(PASSPHRASE) if stdin is None else stdin)

    def dossier(self, *args: Any) -> Result:
        return self.run("dossier", *args)

    def share_log(self, code: str) -> list[dict]:
        return self.run("case", "show", code, "--json").json()["share_log"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("dossier")
    (root / "home").mkdir()
    env = {**os.environ, "HOME": str(root / "home"), "XDG_DATA_HOME": str(root / "xdg-data"),
           "PYTHONIOENCODING": "utf-8"}
    cli = Cli(env, root)
    store = make_store(root / "store").path

    def case_add(case: dict) -> str:
        result = cli("case", "add", "--from-json", "-", store=store,
                     stdin=lines(PASSPHRASE) + json.dumps(case, ensure_ascii=False))
        assert result.rc == 0, result
        assert CODE_RE.match(result.out.strip()), result
        return result.out.strip()

    def ok(*args: Any) -> Result:
        result = cli(*args, store=store, stdin=lines(PASSPHRASE))
        assert result.rc == 0, result
        return result

    shared, dari = case_add(SHARED_CASE), case_add(DARI_CASE)
    pdf, _pages = fx.english_pdf(root / "report.pdf", [ORIGINAL_PAGE_1, ORIGINAL_PAGE_2])
    added = ok("source", "add", pdf, "--type", "ngo_un_report", "--title", SOURCE_TITLE,
               "--publisher", "Fictional Monitor", "--published", "2024-03-05", "--json")
    source = json.loads(added.out)["source"]
    ok("cite", source["id"], "--case", shared, "--incident", "1", "--pinpoint", "p. 2",
       "--quote", QUOTE)
    ok("cite", source["id"], "--case", shared, "--pinpoint", "p. 1")
    return World(cli, store, shared, dari, source["sha256"])


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


# ---- reading a dossier back -------------------------------------------------------------------

def flat(text: str) -> str:
    """Compared form: NFKC (Arabic presentation forms back to letters), no format characters
    (the bidi marks pdftotext adds, ZWNJ), whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def pdf_text(path: Path) -> str:
    proc = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                          check=True)
    return flat(proc.stdout.decode("utf-8"))


def qpdf_pages(path: Path) -> int:
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True,
                           check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    count = subprocess.run(["qpdf", "--show-npages", str(path)], capture_output=True, text=True,
                           check=True)
    return int(count.stdout)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def generated(world: World, *args: Any) -> tuple[dict, Path, str]:
    """`dossier ... --json`: exit 0, nothing on stderr, the JSON checked against the file;
    returns the JSON, the file and its text."""
    result = world.dossier(*args, "--json")
    assert result.rc == 0, result
    assert result.err == ""
    data = json.loads(result.out)
    assert set(data) == JSON_KEYS
    path = Path(data["path"])
    assert path.is_file()
    assert data["sha256"] == sha256_of(path)
    assert data["pages"] == qpdf_pages(path)
    assert not [p for p in path.parent.iterdir() if ".tmp-" in p.name]  # no temporary left
    return data, path, pdf_text(path)


@pytest.fixture(scope="module")
def asylum(world: World, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, Path, str]:
    """The shared case under asylum_authority with everything: all sections and the annexes.
    The code is given in lower case (codes are not case-sensitive)."""
    out = tmp_path_factory.mktemp("asylum") / "dossier.pdf"
    return generated(world, world.shared.lower(), "--profile", "asylum_authority",
                     "--out", out)


# ---- writing a dossier ------------------------------------------------------------------------

def test_writes_a_pdf_that_qpdf_accepts_with_the_code_and_every_heading(
        world: World, asylum: tuple[dict, Path, str]) -> None:
    data, path, text = asylum
    assert data["profile"] == "asylum_authority"
    assert data["suggested_name"] == f"dossier-{world.shared}-asylum_authority.pdf"
    assert path.read_bytes().startswith(b"%PDF-")
    assert re.fullmatch(r"[0-9a-f]{64}", data["sha256"])
    assert world.shared in text
    for heading in ("Case dossier", "Contents", *EN_HEADINGS.values(), "Service history",
                    "Annexes"):
        assert heading in text, heading
    assert f"Page 1 of {data['pages']}" in text
    assert f"Page {data['pages']} of {data['pages']}" in text
    assert "Falcon-17" in text
    assert "Held nineteen days." in text  # an incident's description
    assert "(12 Hamal 1401)" in text  # Gregorian first, Solar Hijri beside
    assert SOURCE_TITLE in text
    assert world.source_sha256 in text.replace(" ", "")
    assert f"“{QUOTE}”" in text  # the incident's note quotes the source
    assert flat(ORIGINAL_PAGE_1) in text
    assert flat(ORIGINAL_PAGE_2) in text
    # No consent to disclose the identity to authorities: withheld, and so is what the profile
    # never shows (notes, tags, caseworkers).
    for secret in (IDENTITY["full_name"], IDENTITY["tazkira_number"], "Interview by phone",
                   "caseworker-1"):
        assert secret not in text
    assert path.stat().st_mode & 0o077 == 0  # written 0600, like everything private


def test_generation_is_in_the_share_log_and_the_audit_log(
        world: World, asylum: tuple[dict, Path, str]) -> None:
    data = asylum[0]
    entries = [e for e in world.share_log(world.shared) if e["file_sha256"] == data["sha256"]]
    assert len(entries) == 1
    entry = entries[0]
    assert entry["case_code"] == world.shared
    assert entry["profile"] == "asylum_authority"
    assert entry["recipient"] == "Asylum or resettlement authority"
    assert entry["method"] == "dossier (PDF)"
    assert entry["shared_at"]

    audit = world.run("audit", "--case", world.shared, "--json").json()
    shares = [e for e in audit if e["action"] == "case.share"]
    assert shares
    assert all(e["detail"]["code"] == world.shared for e in shares)  # as stored, not as typed
    assert "asylum_authority" in {e["detail"]["profile"] for e in shares}

    listed = world.run("audit", "--case", world.shared)
    assert listed.rc == 0, listed
    assert re.search(rf"case\.share .*code={world.shared}.*profile=asylum_authority",
                     listed.out), listed.out


def test_text_output_prepared_by_and_solar_hijri_calendar(world: World, out_dir: Path) -> None:
    out = out_dir / "dossier.pdf"
    result = world.run("--calendar", "solar_hijri", "dossier", world.shared, "--profile",
                       "asylum_authority", "--out", out, "--no-annexes",
                       "--prepared-by", "Fictional Legal Aid")
    assert result.rc == 0, result
    assert result.err == ""
    match = re.fullmatch(r"Wrote a dossier of (\d+) pages to (.+) \(SHA-256 ([0-9a-f]{64})\)\.\n",
                         result.out)
    assert match, result.out
    assert int(match[1]) == qpdf_pages(out)
    assert match[2] == str(out)
    assert match[3] == sha256_of(out)
    text = pdf_text(out)
    assert "Prepared by Fictional Legal Aid" in text
    assert "12 Hamal 1401 (1 April 2022)" in text  # Solar Hijri first


def test_dari_dossier_has_dari_headings(world: World, out_dir: Path) -> None:
    data, _path, text = generated(world, world.dari, "--profile", "asylum_authority",
                                  "--lang", "fa", "--out", out_dir / "dari.pdf")
    assert world.dari in text
    for heading in FA_HEADINGS.values():
        assert flat(heading) in text, heading
    for heading in EN_HEADINGS.values():
        assert heading not in text, heading
    for word in ("کارمند", "برکنار", "جمهوریت", "قندهار"):  # the Dari summary and a label
        assert word in text, word
    # The footer in Dari (pdftotext's spacing around digits in right-to-left text varies).
    assert f"صفحه1از{data['pages']}" in text.replace(" ", "")
    assert world.share_log(world.dari)[-1]["file_sha256"] == data["sha256"]


def test_only_the_sections_asked_for(world: World, out_dir: Path) -> None:
    _data, _path, text = generated(world, world.shared, "--profile", "asylum_authority",
                                   "--sections", "summary, exhibits", "--no-annexes",
                                   "--out", out_dir / "short.pdf")
    assert EN_HEADINGS["summary"] in text
    assert EN_HEADINGS["exhibits"] in text
    assert SOURCE_TITLE in text
    for key in ("person", "risk", "timeline", "relatives"):
        assert EN_HEADINGS[key] not in text, key
    assert "Service history" not in text
    assert "Held nineteen days." not in text


def test_no_annexes_leaves_the_originals_out(world: World, out_dir: Path,
                                             asylum: tuple[dict, Path, str]) -> None:
    data, _path, text = generated(world, world.shared, "--profile", "asylum_authority",
                                  "--no-annexes", "--out", out_dir / "lean.pdf")
    assert "Annexes" not in text
    assert flat(ORIGINAL_PAGE_1) not in text
    assert flat(ORIGINAL_PAGE_2) not in text
    assert EN_HEADINGS["exhibits"] in text
    assert world.source_sha256 in text.replace(" ", "")  # the exhibit is still listed
    assert data["pages"] < asylum[0]["pages"]


def test_partner_and_advocacy_profiles_with_their_consent(world: World, out_dir: Path) -> None:
    partner, _path, text = generated(world, world.shared, "--profile", "partner_organisation",
                                     "--no-annexes", "--out", out_dir / "partner.pdf")
    assert partner["suggested_name"] == f"dossier-{world.shared}-partner_organisation.pdf"
    assert world.shared in text
    assert IDENTITY["full_name"] not in text

    advocacy, _path, text = generated(world, world.shared, "--profile", "public_advocacy",
                                      "--out", out_dir / "advocacy.pdf")
    assert advocacy["suggested_name"] == "advocacy-Falcon-17.pdf"
    assert world.shared not in text  # the code would trace it back to the case file
    assert "Falcon-17" in text
    assert "Held nineteen days." not in text
    assert SOURCE_TITLE not in text

    profiles = {e["file_sha256"]: e["profile"] for e in world.share_log(world.shared)}
    assert profiles[partner["sha256"]] == "partner_organisation"
    assert profiles[advocacy["sha256"]] == "public_advocacy"


def test_force_replaces_an_existing_file(world: World, out_dir: Path) -> None:
    out = out_dir / "dossier.pdf"
    out.write_bytes(b"an older file")
    with unchanged(world.store):
        refused = world.dossier(world.shared, "--profile", "asylum_authority", "--out", out)
    assert_user_error(refused, 1, str(out), "already exists", "--force")
    assert out.read_bytes() == b"an older file"

    data, path, text = generated(world, world.shared, "--profile", "asylum_authority",
                                 "--no-annexes", "--out", out, "--force")
    assert path == out
    assert world.shared in text
    assert sorted(p.name for p in out_dir.iterdir()) == ["dossier.pdf"]
    assert world.share_log(world.shared)[-1]["file_sha256"] == data["sha256"]


# ---- errors: exit status, one line, no file, nothing recorded ---------------------------------

# (arguments after the code, exit status, what the message says); "{out}" is the output file,
# "{dir}" its folder. The usage errors (exit 2) come from argparse.
ERRORS = {
    "unknown profile": (["--profile", "nobody", "--out", "{out}"], 2,
                        ["--profile", "invalid choice", "nobody"]),
    "bad language": (["--profile", "asylum_authority", "--lang", "ps", "--out", "{out}"], 2,
                     ["--lang", "invalid choice", "ps"]),
    "unknown section": (["--profile", "asylum_authority", "--sections", "summary,annexes",
                         "--out", "{out}"], 1,
                        ["Unknown dossier section(s): annexes", "summary, person"]),
    "no section": (["--profile", "asylum_authority", "--sections", " , ", "--out", "{out}"], 1,
                   ["--sections names no section"]),
    "missing folder": (["--profile", "asylum_authority", "--out", "{dir}/missing/d.pdf"], 1,
                       ["The folder", "missing does not exist"]),
    "output is a folder": (["--profile", "asylum_authority", "--out", "{dir}", "--force"], 1,
                           ["is a folder"]),
    "name too long": (["--profile", "asylum_authority", "--out", "{dir}/" + "n" * 250 + ".pdf"],
                      1, ["Cannot write", "File name too long"]),
}


@pytest.mark.parametrize("name", ERRORS)
def test_errors_write_nothing(world: World, out_dir: Path, name: str) -> None:
    args, rc, fragments = ERRORS[name]
    args = [a.format(out=out_dir / "dossier.pdf", dir=out_dir) for a in args]
    with unchanged(world.store):
        result = world.dossier(world.shared, *args)
    if rc == 2:
        assert result.rc == 2, result
        assert "Traceback" not in result.err
        assert result.out == ""
        assert result.err.startswith("usage:")
        message = result.err.strip().splitlines()[-1]
        assert message.startswith("casefiles-cli dossier: error:")
        for fragment in fragments:
            assert fragment in message
    else:
        assert_user_error(result, rc, *fragments)
    assert list(out_dir.iterdir()) == []


@pytest.mark.parametrize(("profile", "scope"), [
    ("partner_organisation", "Share with partner organisations"),
    ("public_advocacy", "Use in public advocacy without identity"),
])
def test_a_case_without_the_consent_does_not_go_out(world: World, out_dir: Path, profile: str,
                                                     scope: str) -> None:
    with unchanged(world.store):  # so nothing in the share log either
        result = world.dossier(world.dari, "--profile", profile, "--out", out_dir / "d.pdf")
    assert_user_error(result, 1, world.dari, scope, "consent")
    assert list(out_dir.iterdir()) == []


def test_unknown_case_and_wrong_passphrase(world: World, out_dir: Path) -> None:
    out = out_dir / "d.pdf"
    with unchanged(world.store):
        unknown = world.dossier("CF-0000-0000", "--profile", "asylum_authority", "--out", out)
        wrong = world.run("dossier", world.shared, "--profile", "asylum_authority", "--out", out,
                          stdin=lines("not the passphrase"))
    assert_user_error(unknown, 1, "There is no case CF-0000-0000")
    assert_user_error(wrong, 3, "Wrong passphrase")
    assert list(out_dir.iterdir()) == []


def test_failures_record_nothing_in_the_share_log(world: World, out_dir: Path) -> None:
    """Read back through `case show`: refused before rendering, while rendering (an unknown
    section), and after it, when the file cannot be written (the temporary file's name is too
    long for the file system)."""
    before = world.share_log(world.shared)
    existing = out_dir / "kept.pdf"
    existing.write_bytes(b"kept")
    for options in (["--out", existing],
                    ["--sections", "nonsense", "--out", out_dir / "d.pdf"],
                    ["--out", out_dir / ("n" * 250 + ".pdf")]):
        result = world.dossier(world.shared, "--profile", "asylum_authority", *options)
        assert_user_error(result, 1)
    assert world.share_log(world.shared) == before
    assert sorted(p.name for p in out_dir.iterdir()) == ["kept.pdf"]
    assert existing.read_bytes() == b"kept"


@pytest.fixture(autouse=True)
def _no_stray_files(world: World) -> Iterator[None]:
    """No test leaves a temporary file beside the store."""
    yield
    assert not [p for p in world.store.parent.iterdir() if ".tmp-" in p.name]
