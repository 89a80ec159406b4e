"""`backup` and `restore`, run for real: each test starts `casefiles-cli` as a subprocess (see
tests/cli/test_cli.py), on stores with cheap Argon2id filled through the core API.

Each refusal is checked for its exit status, its one line on stderr, and nothing left behind:
no restored folder, no partial backup file, the store's files as they were.
"""
# The fixtures `cli`, `env` and `st` are imported from test_cli.py, and `small_disk` from
# tests/core/test_backup.py, so that pytest sees them here; test functions taking them as
# arguments "redefine" the imported names.
# ruff: noqa: F811

import hashlib
from pathlib import Path
from typing import Any

import pytest

from casefiles.core.store.store import Store
from tests.cli.test_cli import (  # noqa: F401  (cli, env and st are pytest fixtures)
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
from tests.core.test_backup import (  # noqa: F401  (small_disk is a pytest fixture)
    contents,
    fill,
    small_disk,
)

BACKUP_KEYS = {"path", "size", "sha256", "created_at", "audit_seq", "problems"}
RESTORE_KEYS = {"path", "store_id", "backup_created_at", "audit_seq", "problems"}


def run(cli: Cli, st: StoreInfo, *args: Any, stdin: str | None = None) -> Result:
    return cli(*args, store=st.path, stdin=lines(PASSPHRASE) if stdin is None else stdin)


@pytest.fixture
def filled(st: StoreInfo, tmp_path: Path) -> StoreInfo:
    with Store.open(st.path, PASSPHRASE) as store:
        fill(store, tmp_path / "incoming")
    return st


@pytest.fixture
def made(cli: Cli, filled: StoreInfo, tmp_path: Path) -> Path:
    out = tmp_path / "b.cfbackup"
    assert run(cli, filled, "backup", "--out", out).rc == 0
    return out


def test_backup_then_restore_round_trip(cli: Cli, filled: StoreInfo, tmp_path: Path) -> None:
    out = tmp_path / "b.cfbackup"
    result = run(cli, filled, "backup", "--out", out)
    assert result.rc == 0, result
    assert result.err == ""
    assert result.out.startswith(f"Backed up to {out} and verified (")
    assert f"SHA-256: {hashlib.sha256(out.read_bytes()).hexdigest()}" in result.out

    restored = tmp_path / "restored"
    result = cli("restore", out, "--store", restored, stdin=lines(PASSPHRASE))
    assert result.rc == 0, result
    assert result.err == ""
    assert f"to {restored}; it verifies." in result.out.splitlines()[0]
    checks = cli("verify", "--json", store=restored, stdin=lines(PASSPHRASE)).json()
    assert all(check["ok"] for check in checks), checks
    with Store.open(filled.path, PASSPHRASE) as a, Store.open(restored, PASSPHRASE) as b:
        assert contents(b.db) == contents(a.db)


def test_json_output_and_the_store_option_before_the_command(cli: Cli, filled: StoreInfo,
                                                             tmp_path: Path) -> None:
    out = tmp_path / "b.cfbackup"
    made = run(cli, filled, "backup", "--out", out, "--json").json()
    assert set(made) == BACKUP_KEYS
    assert (made["path"], made["size"], made["problems"]) == (str(out), out.stat().st_size, [])
    assert made["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    audit = cli("audit", "--json", store=filled.path, stdin=lines(PASSPHRASE)).json()
    assert audit[-1]["action"] == "store.backup"
    assert audit[-1]["detail"]["sha256"] == made["sha256"]

    restored = cli("restore", out, "--json", store=tmp_path / "restored",
                   stdin=lines(PASSPHRASE)).json()
    assert set(restored) == RESTORE_KEYS
    assert (restored["backup_created_at"], restored["audit_seq"]) == (made["created_at"],
                                                                     made["audit_seq"])


def test_restore_with_the_recovery_code(cli: Cli, filled: StoreInfo, made: Path,
                                        tmp_path: Path) -> None:
    restored = tmp_path / "restored"
    result = cli("restore", made, "--store", restored, "--recovery",
                 stdin=lines(filled.recovery))
    assert result.rc == 0, result
    assert "recover" in result.out  # how to set a new passphrase if the old one is forgotten
    assert cli("verify", store=restored, stdin=lines(PASSPHRASE)).rc == 0


def test_wrong_passphrase_or_code_exits_3_and_restores_nothing(cli: Cli, made: Path,
                                                               tmp_path: Path) -> None:
    restored = tmp_path / "restored"
    result = cli("restore", made, "--store", restored, stdin=lines("not the passphrase"))
    assert_user_error(result, 3, "Wrong passphrase", "Nothing was restored")
    result = cli("restore", made, "--store", restored, "--recovery",
                 stdin=lines("0000-0000-0000-0000-0000-0000"))
    assert_user_error(result, 3, "Wrong recovery code")
    assert not restored.exists()


def test_restore_refuses_a_folder_that_is_not_empty_before_asking(cli: Cli, filled: StoreInfo,
                                                                  made: Path) -> None:
    with unchanged(filled.path):
        result = cli("restore", made, "--store", filled.path, stdin="")  # no secret read
    assert_user_error(result, 1, "already exists and is not empty")


def test_restore_refuses_a_damaged_or_foreign_file(cli: Cli, made: Path,
                                                   tmp_path: Path) -> None:
    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x01
    made.write_bytes(data)
    with unchanged(tmp_path):
        result = cli("restore", made, "--store", tmp_path / "restored", stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "damaged")
    made.write_bytes(bytes(data[: len(data) // 3]))
    with unchanged(tmp_path):
        result = cli("restore", made, "--store", tmp_path / "restored", stdin=lines(PASSPHRASE))
    assert_user_error(result, 1, "incomplete")
    made.write_text("just some notes")
    with unchanged(tmp_path):
        result = cli("restore", made, "--store", tmp_path / "restored", stdin="")
    assert_user_error(result, 1, "not a casefiles backup")


def test_backup_refuses_to_replace_a_file_without_force(cli: Cli, filled: StoreInfo,
                                                        made: Path) -> None:
    old = made.read_bytes()
    with unchanged(filled.path):
        result = run(cli, filled, "backup", "--out", made, stdin="")  # refused before asking
    assert_user_error(result, 1, "already exists", "--force")
    assert made.read_bytes() == old
    assert run(cli, filled, "backup", "--out", made, "--force").rc == 0
    assert made.read_bytes() != old


def test_wrong_passphrase_for_backup_writes_nothing(cli: Cli, filled: StoreInfo,
                                                    tmp_path: Path) -> None:
    with unchanged(filled.path):
        result = run(cli, filled, "backup", "--out", tmp_path / "b.cfbackup",
                     stdin=lines("not the passphrase"))
    assert_user_error(result, 3, "Wrong passphrase")
    assert not (tmp_path / "b.cfbackup").exists()


def test_backup_to_a_full_disk(cli: Cli, st: StoreInfo, tmp_path: Path,
                               small_disk: Path) -> None:
    with Store.open(st.path, PASSPHRASE) as store:
        fill(store, tmp_path / "incoming", n_cases=1, original_size=3_000_000)
    with unchanged(st.path):
        result = run(cli, st, "backup", "--out", small_disk / "b.cfbackup")
    assert_user_error(result, 1, "not enough free space", "Nothing was written")
    assert list(small_disk.iterdir()) == []


def test_the_reminder_setting(cli: Cli, st: StoreInfo) -> None:
    assert run(cli, st, "settings", "--json").json()["backup_reminder_days"] == 7
    assert run(cli, st, "settings", "backup_reminder_days", "0", "--json").json() == {
        "backup_reminder_days": 0}
