"""`wipe`, run for real: each test starts `casefiles-cli` as a subprocess (see
tests/cli/test_cli.py). A refused or mistaken wipe leaves the folder byte for byte as it was;
a confirmed one leaves nothing, and never asks for the passphrase."""
# The fixtures `cli`, `env` and `st` are imported from test_cli.py so that pytest sees them here;
# test functions taking them as arguments "redefine" the imported names.
# ruff: noqa: F811

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import (  # noqa: F401  (cli, env and st are pytest fixtures)
    CLI_SCRIPT,
    PASSPHRASE,
    Cli,
    Result,
    StoreInfo,
    assert_user_error,
    cli,
    env,
    lines,
    st,
    unchanged,
)


def gone(result: Result, st: StoreInfo) -> list[str]:
    assert result.rc == 0, result
    assert not st.path.exists()
    out = result.out.splitlines()
    assert "destroyed: keyslots.json (overwritten, then removed)" in out
    assert "destroyed: casefiles.db (overwritten, then removed)" in out
    assert any(line.startswith("The store's key slots are destroyed") for line in out)
    return out


@pytest.mark.parametrize("typed", ["no\n", "", "WIPE IT\n", "yes\n"])
def test_a_refused_confirmation_changes_nothing(cli: Cli, st: StoreInfo, typed: str) -> None:
    with unchanged(st.path):
        result = cli("wipe", store=st.path, stdin=typed)
    assert_user_error(result, 1, "Not confirmed: nothing was wiped.")


def test_typing_wipe_destroys_the_store_without_its_passphrase(cli: Cli, st: StoreInfo) -> None:
    out = gone(cli("wipe", store=st.path, stdin=lines("WIPE")), st)
    assert "What a wipe cannot reach:" in out  # kept in a script's log
    assert any("wear levelling" in line for line in out)
    result = cli("case", "list", store=st.path, stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "There is no store at")


def test_the_folder_name_confirms_too_and_store_may_follow_the_command(cli: Cli,
                                                                       st: StoreInfo) -> None:
    gone(cli("wipe", "--store", st.path, stdin=lines(st.path.name)), st)


def test_scripts_skip_the_question(cli: Cli, st: StoreInfo) -> None:
    gone(cli("wipe", "--yes-destroy-everything", store=st.path), st)


@pytest.mark.parametrize("contents", [None, [], ["report.docx"]])
def test_a_folder_that_is_no_store_is_refused_before_the_question(
        cli: Cli, tmp_path: Path, contents: list[str] | None) -> None:
    folder = tmp_path / "documents"
    if contents is not None:
        folder.mkdir()
        for name in contents:
            (folder / name).write_text("mine", encoding="utf-8")
    with unchanged(folder):
        result = cli("wipe", "--yes-destroy-everything", store=folder)
    assert_user_error(result, 1, str(folder))


def test_what_could_not_be_removed_is_reported_with_exit_1(cli: Cli, st: StoreInfo) -> None:
    (st.path / "notes.txt").write_text("not ours", encoding="utf-8")
    result = cli("wipe", store=st.path, stdin=lines("wipe"))
    assert result.rc == 1, result
    assert sorted(p.name for p in st.path.iterdir()) == ["notes.txt"]
    assert "left in place, not a casefiles file: notes.txt" in result.out.splitlines()
    assert result.err.strip() == ("casefiles-cli: The store can no longer be opened, but not "
                                  "everything could be removed (see above).")


def test_on_a_terminal_the_warning_and_limits_come_before_the_question(
        env: dict[str, str], st: StoreInfo) -> None:
    leader, follower = pty.openpty()
    try:
        proc = subprocess.Popen([sys.executable, str(CLI_SCRIPT), "--store", str(st.path),
                                 "wipe"], stdin=follower, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=env)
        os.write(leader, b"no\n")
        out, err = proc.communicate(timeout=60)
    finally:
        os.close(leader)
        os.close(follower)
    assert proc.returncode == 1
    assert out == b""
    text = err.decode()
    assert text.startswith(f"EMERGENCY WIPE of the store at {st.path}")
    assert "wear levelling" in text
    assert f"Type WIPE (or the folder's name, {st.path.name}) to destroy it now: " in text
    assert text.rstrip().endswith("casefiles-cli: Not confirmed: nothing was wiped.")
    assert st.path.exists()
