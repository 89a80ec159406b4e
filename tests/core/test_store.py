"""Creating, opening, recovering and rekeying a store, and every way opening can fail.

Each failure must say what is wrong in its own words and leave the store's files exactly as
they were.
"""

import json
import sqlite3
import stat
from pathlib import Path

import pytest

from casefiles.core.errors import (
    DatabaseDamaged,
    InvalidInput,
    KeySlotsDamaged,
    StoreExists,
    StoreNotFound,
    WrongPassphrase,
    WrongRecoveryCode,
)
from casefiles.core.model.case import Case, Person
from casefiles.core.security.kdf import calibrate
from casefiles.core.store import cases
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot


def _add_case(store: Store, pseudonym: str = "Kestrel") -> str:
    return cases.add_case(store.db, Case(person=Person(pseudonym=pseudonym)), "tester").code


def test_store_folder_and_files_are_private(new_store: tuple[Store, str],
                                            store_path: Path) -> None:
    store, _code = new_store
    _add_case(store)
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o700
    for path in store_path.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path.name
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_reopen_with_passphrase_keeps_cases(new_store: tuple[Store, str],
                                            store_path: Path) -> None:
    store, _code = new_store
    code = _add_case(store)
    store.close()
    with Store.open(store_path, PASSPHRASE) as reopened:
        assert cases.get_case(reopened.db, code).person.pseudonym == "Kestrel"


def test_recovery_code_sets_a_new_passphrase(new_store: tuple[Store, str],
                                             store_path: Path) -> None:
    store, recovery_code = new_store
    code = _add_case(store)
    store.close()
    typed = recovery_code.lower().replace("-", " ")  # as a person might type it back
    Store.recover(store_path, typed, "a brand new passphrase").close()
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, PASSPHRASE)
    with Store.open(store_path, "a brand new passphrase") as reopened:
        assert cases.get_case(reopened.db, code)


def test_passphrase_change_rewraps_without_reencrypting(new_store: tuple[Store, str],
                                                        store_path: Path) -> None:
    store, recovery_code = new_store
    _add_case(store)
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    database_before = (store_path / DB_NAME).read_bytes()
    store.change_passphrase(PASSPHRASE, "another good passphrase")
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    # Only the audit entry was added: the pages written before are byte-identical.
    database_after = (store_path / DB_NAME).read_bytes()
    assert database_after[:4096] == database_before[:4096]
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, PASSPHRASE)
    Store.open(store_path, "another good passphrase").close()
    Store.recover(store_path, recovery_code, "third passphrase here").close()


def test_change_passphrase_needs_the_old_one(store: Store) -> None:
    with pytest.raises(WrongPassphrase):
        store.change_passphrase("not the passphrase", "another good passphrase")


def test_passphrase_is_normalised_to_nfc(tmp_path: Path) -> None:
    composed, decomposed = "رمز\u0622سمان-طولانی", "رمز\u0627\u0653سمان-طولانی"
    Store.create(tmp_path / "s", composed, kdf=FAST_KDF)[0].close()
    Store.open(tmp_path / "s", decomposed).close()


def test_short_passphrase_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidInput, match="at least 8"):
        Store.create(tmp_path / "s", "short", kdf=FAST_KDF)
    assert not (tmp_path / "s").exists()


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "s").mkdir()
    (tmp_path / "s" / "thesis.docx").write_bytes(b"keep me")
    with pytest.raises(StoreExists):
        Store.create(tmp_path / "s", PASSPHRASE, kdf=FAST_KDF)
    assert (tmp_path / "s" / "thesis.docx").read_bytes() == b"keep me"


@pytest.mark.slow
def test_calibrated_kdf_meets_the_floor() -> None:
    params = calibrate()
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 2


# ---- every way opening can fail --------------------------------------------------------------

@pytest.fixture
def closed_store(new_store: tuple[Store, str], store_path: Path) -> tuple[Path, str]:
    store, recovery_code = new_store
    for i in range(30):  # a few pages of data
        _add_case(store, f"Pseudonym {i} " + "x" * 500)
    store.close()
    return store_path, recovery_code


def _assert_fails_unchanged(path: Path, error: type[Exception], match: str,
                            secret: str = PASSPHRASE, recovery: bool = False) -> None:
    before = snapshot(path)
    opener = ((lambda: Store.recover(path, secret, "a brand new passphrase")) if recovery
              else (lambda: Store.open(path, secret)))
    with pytest.raises(error, match=match):
        opener()
    assert snapshot(path) == before


def test_wrong_passphrase(closed_store: tuple[Path, str]) -> None:
    _assert_fails_unchanged(closed_store[0], WrongPassphrase, "Wrong passphrase",
                            secret="not the passphrase")


def test_wrong_recovery_code(closed_store: tuple[Path, str]) -> None:
    _assert_fails_unchanged(closed_store[0], WrongRecoveryCode, "Wrong recovery code",
                            secret="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF", recovery=True)


def test_empty_database_file(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    (path / DB_NAME).write_bytes(b"")
    _assert_fails_unchanged(path, DatabaseDamaged, "is empty")


def test_foreign_sqlite_file(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    (path / DB_NAME).unlink()
    plain = sqlite3.connect(path / DB_NAME)
    plain.execute("CREATE TABLE notes (text)")
    plain.commit()
    plain.close()
    _assert_fails_unchanged(path, DatabaseDamaged, "unencrypted SQLite database")


def test_database_of_another_store(closed_store: tuple[Path, str], tmp_path: Path) -> None:
    path = closed_store[0]
    other, _code = Store.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    (path / DB_NAME).write_bytes((tmp_path / "other" / DB_NAME).read_bytes())
    _assert_fails_unchanged(path, DatabaseDamaged, "not this store's database")


def test_truncated_database_mid_page(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    data = (path / DB_NAME).read_bytes()
    (path / DB_NAME).write_bytes(data[: len(data) // 2 + 100])
    _assert_fails_unchanged(path, DatabaseDamaged, "truncated")


def test_truncated_database_on_a_page_boundary(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    data = (path / DB_NAME).read_bytes()
    (path / DB_NAME).write_bytes(data[:4096 * 2])
    _assert_fails_unchanged(path, DatabaseDamaged, "damaged")


def test_damaged_database_header(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    data = bytearray((path / DB_NAME).read_bytes())
    data[100] ^= 0xFF
    (path / DB_NAME).write_bytes(bytes(data))
    _assert_fails_unchanged(path, DatabaseDamaged, "damaged")


def test_damaged_key_slot_file(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    slots = json.loads((path / SLOTS_NAME).read_text())
    wrapped = bytearray(slots["slots"]["passphrase"]["wrapped_key"].encode())
    wrapped[5] = ord("A") if wrapped[5] != ord("A") else ord("B")
    slots["slots"]["passphrase"]["wrapped_key"] = wrapped.decode()
    (path / SLOTS_NAME).write_text(json.dumps(slots))
    # The checksum tells this apart from a wrong passphrase.
    _assert_fails_unchanged(path, KeySlotsDamaged, "key-slot file is damaged")


@pytest.mark.parametrize("content", [b"", b"{not json", b'{"format": "something else"}',
                                     b"\xff\xfe\x00garbage"])
def test_unreadable_key_slot_file(closed_store: tuple[Path, str], content: bytes) -> None:
    path = closed_store[0]
    (path / SLOTS_NAME).write_bytes(content)
    _assert_fails_unchanged(path, KeySlotsDamaged, "key-slot file is damaged")


def test_missing_key_slot_file(closed_store: tuple[Path, str]) -> None:
    path = closed_store[0]
    (path / SLOTS_NAME).unlink()
    _assert_fails_unchanged(path, KeySlotsDamaged, "key-slot file is missing")


def test_no_store_there(tmp_path: Path) -> None:
    with pytest.raises(StoreNotFound, match="There is no store"):
        Store.open(tmp_path / "nowhere", PASSPHRASE)
    (tmp_path / "holiday-photos").mkdir()
    with pytest.raises(StoreNotFound, match="not a casefiles store"):
        Store.open(tmp_path / "holiday-photos", PASSPHRASE)
