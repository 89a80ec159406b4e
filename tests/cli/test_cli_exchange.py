"""`export` and `import`, run for real as subprocesses (see tests/cli/test_cli.py), between two
stores that know each other's cards: the dry run, the round trip, a conflict refused without
`--choose` and settled with it, and refusals that leave the store's files as they were."""
# The fixtures `cli`, `env` and `st` are imported from test_cli.py so that pytest sees them here;
# test functions taking them as arguments "redefine" the imported names.
# ruff: noqa: F811

from pathlib import Path
from typing import Any

import pytest

from tests.cli.test_cli import (  # noqa: F401  (cli, env and st are pytest fixtures)
    CANONICAL_CASE,
    PASSPHRASE,
    Cli,
    Result,
    StoreInfo,
    add,
    assert_user_error,
    cli,
    env,
    lines,
    make_store,
    show,
    st,
    unchanged,
)


def run(cli: Cli, st: StoreInfo, *args: Any) -> Result:
    return cli(*args, store=st.path, stdin=lines(PASSPHRASE))


def card_of(cli: Cli, st: StoreInfo) -> str:
    return run(cli, st, "keys", "show", "--json").json()["card"]


@pytest.fixture
def pair(cli: Cli, tmp_path: Path) -> tuple[StoreInfo, StoreInfo]:
    """Stores A and B, each the other's verified partner."""
    a, b = make_store(tmp_path / "a"), make_store(tmp_path / "b")
    assert run(cli, a, "partner", "add", "Org B", card_of(cli, b), "--verified").rc == 0
    assert run(cli, b, "partner", "add", "Org A", card_of(cli, a), "--verified").rc == 0
    return a, b


def export(cli: Cli, st: StoreInfo, code: str, out: Path, *extra: str) -> Result:
    partner = "Org B" if st.path.name == "a" else "Org A"
    return run(cli, st, "export", "--case", code, "--to", partner, "--profile",
               "partner_organisation", "--out", out, *extra)


def test_export_dry_run_import_and_import_again(cli: Cli, pair: tuple[StoreInfo, StoreInfo],
                                                tmp_path: Path) -> None:
    a, b = pair
    code = add(cli, a.path, CANONICAL_CASE)
    out = tmp_path / "to-b.cfb"
    result = export(cli, a, code, out, "--json")
    report = result.json()
    assert (report["cases"], report["recipients"]) == ([code], ["Org B"])
    with unchanged(b.path):
        preview = run(cli, b, "import", out, "--dry-run", "--json").json()
    assert (preview["signer"], preview["verified"]) == ("Org A", True)
    assert [c["status"] for c in preview["cases"]] == ["new"]
    text = run(cli, b, "import", out)
    assert text.rc == 0, text
    assert "1 new case(s)" in text.out
    imported = show(cli, b.path, code)
    assert imported["summary"] == CANONICAL_CASE["summary"]
    assert imported["notes"] == ""  # withheld by the profile
    again = run(cli, b, "import", out)
    assert again.rc == 0
    assert "Nothing to import" in again.out


def test_conflict_needs_a_choice(cli: Cli, pair: tuple[StoreInfo, StoreInfo],
                                 tmp_path: Path) -> None:
    a, b = pair
    code = add(cli, a.path, CANONICAL_CASE)
    assert export(cli, a, code, tmp_path / "1.cfb").rc == 0
    assert run(cli, b, "import", tmp_path / "1.cfb").rc == 0
    for org, summary in ((a, "A's summary"), (b, "B's summary")):
        edit = cli("case", "edit", code, "--from-json", "-", store=org.path,
                   stdin=lines(PASSPHRASE) + f'{{"summary": "{summary}"}}')
        assert edit.rc == 0, edit
    assert export(cli, a, code, tmp_path / "2.cfb").rc == 0
    dry = run(cli, b, "import", tmp_path / "2.cfb", "--dry-run")
    assert f"CONFLICT {code}:summary" in dry.out
    assert "B's summary" in dry.out
    assert "A's summary" in dry.out
    with unchanged(b.path):
        assert_user_error(run(cli, b, "import", tmp_path / "2.cfb"), 1, f"{code}:summary")
    chose = run(cli, b, "import", tmp_path / "2.cfb", "--choose", f"{code}:summary=theirs")
    assert chose.rc == 0, chose
    assert f"Chose theirs for {code}:summary" in chose.out
    assert show(cli, b.path, code)["summary"] == "A's summary"


def test_refusals_leave_the_store_as_it_was(cli: Cli, pair: tuple[StoreInfo, StoreInfo],
                                            tmp_path: Path) -> None:
    a, b = pair
    code = add(cli, a.path, CANONICAL_CASE)
    stranger = make_store(tmp_path / "c")
    with unchanged(a.path):
        assert_user_error(run(cli, a, "export", "--case", code, "--profile",
                              "partner_organisation", "--out", tmp_path / "x.cfb"), 1,
                          "--to PARTNER")
        assert_user_error(run(cli, a, "export", "--case", code, "--to", "Nobody", "--profile",
                              "partner_organisation", "--out", tmp_path / "x.cfb"), 1,
                          "Nobody")
    assert not (tmp_path / "x.cfb").exists()
    assert export(cli, a, code, tmp_path / "x.cfb").rc == 0
    assert_user_error(export(cli, a, code, tmp_path / "x.cfb"), 1, "already exists")
    with unchanged(stranger.path):
        assert_user_error(run(cli, stranger, "import", tmp_path / "x.cfb"), 1)
    with unchanged(b.path):
        assert_user_error(run(cli, b, "import", tmp_path / "x.cfb", "--choose", "oops"), 1,
                          "CODE:PATH=ours")


def test_a_likely_duplicate_is_shown_then_linked_at_import_and_unlinked_later(
        cli: Cli, pair: tuple[StoreInfo, StoreInfo], tmp_path: Path) -> None:
    a, b = pair
    code = add(cli, a.path, CANONICAL_CASE)
    ours = add(cli, b.path, {**CANONICAL_CASE, "person": {
        **CANONICAL_CASE["person"], "pseudonym": "Falcon 17"}})
    out = tmp_path / "to-b.cfb"
    assert export(cli, a, code, out).rc == 0
    dry = run(cli, b, "import", out, "--dry-run")
    assert f"likely the same person as {ours} (Falcon 17)" in dry.out
    with unchanged(b.path):  # a link to a case that was not offered
        bad = run(cli, b, "import", out, "--link", f"{code}={code}")
    assert_user_error(bad, 1, "not a likely duplicate")
    with unchanged(b.path):
        malformed = run(cli, b, "import", out, "--link", code)
    assert_user_error(malformed, 1, "THEIR-CODE=OUR-CODE")
    done = run(cli, b, "import", out, "--link", f"{code}={ours}")
    assert done.rc == 0, done
    assert f"with {ours}: the same person" in done.out
    imported = code  # the sender's code, free in B
    assert show(cli, b.path, imported)["links"][0]["code"] == ours
    text = run(cli, b, "case", "show", ours)
    assert f"Related case: {imported}" in text.out
    assert imported in text.out
    assert run(cli, b, "case", "duplicates", ours, "--json").json() == []
    assert run(cli, b, "case", "unlink", ours, imported).rc == 0
    [offered] = run(cli, b, "case", "duplicates", ours, "--json").json()
    assert offered["code"] == imported
    assert offered["reasons"] == ["service"]
    assert run(cli, b, "case", "link", ours, imported, "--not-same", "--note", "met both").rc == 0
    [link] = show(cli, b.path, ours)["links"]
    assert (link["relation"], link["note"]) == ("not_same_person", "met both")
    assert_user_error(run(cli, b, "case", "unlink", ours, ours), 1, "itself")
