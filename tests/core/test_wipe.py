"""Emergency wipe: after it the store cannot be opened by anyone, not even from an old copy of
its database, no file of its folder remains, and what could not be done is reported."""

import errno
import os
import shutil
from pathlib import Path

import pytest

from casefiles.core import errors
from casefiles.core.model.case import Case, Person
from casefiles.core.store import cases, wipe
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def filled(store: Store) -> Store:
    cases.add_case(store.db, Case(person=Person(pseudonym="Falcon-17")), store.actor)
    return store


def test_an_open_store_is_closed_destroyed_and_its_folder_removed(filled: Store,
                                                                   store_path: Path) -> None:
    assert (store_path / f"{DB_NAME}-wal").exists()  # open: the log is there too
    report = wipe.wipe_store(filled)
    assert report.complete
    assert report.keys_destroyed
    assert not store_path.exists()
    assert filled._key == bytearray(32)  # closed: the key is gone from memory
    assert {f.name for f in report.files} >= {SLOTS_NAME, DB_NAME}
    assert report.files[0].name == SLOTS_NAME  # the key slots go first
    assert any(line.startswith("removed the folder") for line in report.lines())
    with pytest.raises(errors.StoreNotFound):
        Store.open(store_path, PASSPHRASE)


def test_a_copy_of_the_database_kept_from_before_cannot_be_opened(filled: Store,
                                                                  store_path: Path,
                                                                  tmp_path: Path) -> None:
    """The key slots are what matters: without them the database is ciphertext for good."""
    filled.close()
    kept = tmp_path / "kept"
    kept.mkdir()
    shutil.copy2(store_path / DB_NAME, kept / DB_NAME)
    assert wipe.wipe_store(store_path).complete

    with pytest.raises(errors.KeySlotsDamaged):  # the database alone: no key to unwrap
        Store.open(kept, PASSPHRASE)
    # Nor with another store's key slots, even under the same passphrase and recovery code:
    other, _code = Store.create(tmp_path / "other", PASSPHRASE, kdf=FAST_KDF)
    other.close()
    shutil.copy2(tmp_path / "other" / SLOTS_NAME, kept / SLOTS_NAME)
    with pytest.raises(errors.DatabaseDamaged):
        Store.open(kept, PASSPHRASE)


def test_a_closed_store_given_by_its_folder(filled: Store, store_path: Path) -> None:
    filled.close()
    report = wipe.wipe_store(store_path)
    assert report.complete
    assert not store_path.exists()


@pytest.mark.parametrize("missing", [DB_NAME, SLOTS_NAME])
def test_a_store_with_a_file_already_missing_is_still_wiped(filled: Store, store_path: Path,
                                                            missing: str) -> None:
    filled.close()
    (store_path / missing).unlink()
    report = wipe.wipe_store(store_path)
    assert report.complete
    assert missing not in {f.name for f in report.files}
    assert not store_path.exists()


def test_leftover_temporary_key_slots_and_journals_are_destroyed(filled: Store,
                                                                 store_path: Path) -> None:
    filled.close()
    for name in (f".{SLOTS_NAME}.tmp-1234", f"{DB_NAME}-journal"):
        (store_path / name).write_bytes(b"x" * 100)
    report = wipe.wipe_store(store_path)
    assert report.complete
    assert [f.name for f in report.files][:2] == [f".{SLOTS_NAME}.tmp-1234", SLOTS_NAME]
    assert not store_path.exists()


def test_other_files_in_the_folder_are_left_and_named(filled: Store, store_path: Path) -> None:
    filled.close()
    (store_path / "notes.txt").write_text("not ours", encoding="utf-8")
    report = wipe.wipe_store(store_path)
    assert report.keys_destroyed
    assert not report.complete
    assert not report.folder_removed
    assert report.others_left == ["notes.txt"]
    assert sorted(p.name for p in store_path.iterdir()) == ["notes.txt"]
    assert "left in place, not a casefiles file: notes.txt" in report.lines()


@pytest.mark.parametrize("contents", [None, ["notes.txt"], []])
def test_a_folder_that_is_no_store_is_refused_untouched(tmp_path: Path,
                                                        contents: list[str] | None) -> None:
    folder = tmp_path / "documents"
    if contents is not None:
        folder.mkdir()
        for name in contents:
            (folder / name).write_text("mine", encoding="utf-8")
    with pytest.raises(errors.StoreNotFound):
        wipe.wipe_store(folder)
    if contents is not None:
        assert sorted(p.name for p in folder.iterdir()) == contents


def test_a_read_only_folder_is_made_writable_and_wiped(filled: Store, store_path: Path) -> None:
    filled.close()
    (store_path / SLOTS_NAME).chmod(0o400)
    store_path.chmod(0o500)
    report = wipe.wipe_store(store_path)
    assert report.complete
    assert not store_path.exists()


def test_files_that_cannot_be_removed_are_still_overwritten_and_reported(
        filled: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder we may not change (another owner, an immutable flag): the key slots are
    destroyed in place all the same."""
    filled.close()
    slots_before = (store_path / SLOTS_NAME).read_bytes()

    def refuse(path: object) -> None:
        raise PermissionError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(wipe.os, "unlink", refuse)
    report = wipe.wipe_store(store_path)
    assert report.keys_destroyed
    assert not report.complete
    assert not report.folder_removed
    assert all(f.overwritten and not f.removed for f in report.files)
    left = (store_path / SLOTS_NAME).read_bytes()
    assert left == b""  # overwritten, then truncated
    assert slots_before not in left
    assert "overwritten but NOT removed: keyslots.json: Operation not permitted" in report.lines()
    with pytest.raises(errors.KeySlotsDamaged):
        Store.open(store_path, PASSPHRASE)


def test_a_read_only_file_system_is_reported_as_not_destroyed(
        filled: Store, store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    filled.close()
    before = {p.name: p.read_bytes() for p in store_path.iterdir()}
    real_open = os.open

    def read_only(path: object, flags: int, *args: object) -> int:
        if flags & (os.O_WRONLY | os.O_RDWR):
            raise OSError(errno.EROFS, "Read-only file system")
        return real_open(path, flags, *args)

    def refuse(path: object, *args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(wipe.os, "open", read_only)
    monkeypatch.setattr(wipe.os, "truncate", refuse)
    monkeypatch.setattr(wipe.os, "unlink", refuse)
    monkeypatch.setattr(Path, "rmdir", refuse)
    report = wipe.wipe_store(store_path)
    assert not report.keys_destroyed
    assert not report.complete
    assert "NOT destroyed: keyslots.json: Read-only file system" in report.lines()
    assert report.lines()[-1].startswith("The key slots could NOT all be destroyed")
    assert {p.name: p.read_bytes() for p in store_path.iterdir()} == before


def test_confirmation_is_the_word_or_the_folder_name() -> None:
    folder = Path("/somewhere/field-office")
    for typed in ("WIPE", "wipe\n", "  WIPE ", "field-office"):
        assert wipe.confirmation_matches(typed, folder), typed
    for typed in ("", "\n", "yes", "WIPE IT", "Field-Office", "somewhere"):
        assert not wipe.confirmation_matches(typed, folder), typed


def test_the_limits_are_stated() -> None:
    text = " ".join(wipe.limits())
    for words in ("SSD", "wear levelling", "Journaling", "Backups", "swap", "hibernation"):
        assert words in text
