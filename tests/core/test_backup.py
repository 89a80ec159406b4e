"""Backup and restore on real SQLCipher stores: one encrypted file, consistent while the store is
written to, authenticated as a whole, restored into a new folder that opens and verifies.

Every refusal must say what is wrong and leave nothing behind: no restored folder, no partial
backup file, the store as it was.
"""

import base64
import contextlib
import datetime as dt
import hashlib
import hmac
import json
import os
import stat
import struct
import subprocess
import sys
import tempfile
import textwrap
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefiles.core.errors import (
    BackupDamaged,
    DiskFull,
    InvalidInput,
    NotABackup,
    StoreExists,
    WrongPassphrase,
    WrongRecoveryCode,
)
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Person
from casefiles.core.security import audit
from casefiles.core.sources import blobs
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import backup, backup_format, backup_history, cases, settings, sources
from casefiles.core.store.driver import Database, OperationalError
from casefiles.core.store.restore import restore_backup
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from casefiles.core.store.verify import verify
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.markers import marker, needles, scan

SYSTEM_TEMP = (Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"))


# ---- helpers ----------------------------------------------------------------------------------

def _case(markers: list[str]) -> dict:
    def m(prefix: str = "Zq") -> str:
        value = marker(prefix)
        markers.append(value)
        return value

    return {"summary": m() + " " + m("fa"), "notes": m(), "tags": [m()],
            "person": {"pseudonym": m(), "origin_province": "AF-KAN", "origin_district": m("fa")},
            "identity": {"full_name": m(), "father_name": m("fa"), "tazkira_number": m(),
                         "phone_numbers": [m()],
                         "photos": [{"caption": m(), "mime": "image/png",
                                     "data": base64.b64encode(m().encode()).decode()}]},
            "incidents": [{"type": "threat", "date": "Hamal 1402", "province": "AF-KAN",
                           "description": m() + " " + m("fa")}]}


def fill(store: Store, work: Path, n_cases: int = 3, original_size: int = 300_000) -> list[str]:
    """Cases with identity, a text source and a binary original; returns the marker strings.

    The files ingested are deleted afterwards, so whatever holds a marker on disk later came
    from the app."""
    markers: list[str] = []
    for _i in range(n_cases):
        cases.add_case(store.db, serial.from_json(Case, _case(markers)), "tester")
    work.mkdir(exist_ok=True)
    text = marker()
    markers.append(text)
    for name, data in (("statement.txt", f"Witness statement. {text}\n".encode()),
                       ("photo.bin", os.urandom(original_size))):
        path = work / name
        path.write_bytes(data)
        ingest_file(store.db, path, "tester")
        path.unlink()
    cases.reveal_identity(store.db, _codes(store.db)[0], "tester")  # an audited view
    return markers


def _codes(db: Database) -> list[str]:
    return [row[0] for row in db.execute("SELECT code FROM cases ORDER BY code")]


def contents(db: Database) -> dict:
    """Everything a restore must bring back, comparable with ==."""
    ids = [row[0] for row in db.execute("SELECT id FROM cases ORDER BY code")]
    return {
        "cases": [serial.to_json(cases.load_case(db, case_id, with_identity=True))
                  for case_id in ids],
        "sources": [(serial.to_json(s), hashlib.sha256(
            blobs.read_all(db, sources.blob_of(db, s.id))).hexdigest())
            for s in sources.list_sources(db)],
    }


def entries(db: Database, upto: int) -> list[audit.AuditEntry]:
    return [e for e in audit.entries(db) if e.seq <= upto]


def clean(db: Database) -> None:
    assert [(c.name, c.problems) for c in verify(db) if not c.ok] == []


def files_of(folder: Path) -> dict[str, str]:
    """sha256 of every file under `folder` by relative path."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def store_files(store_path: Path) -> dict[str, str]:
    """The store's own files, without the -shm index (readers touch it)."""
    return {name: digest for name, digest in files_of(store_path).items()
            if not name.endswith("-shm")}


def footer(data: bytes) -> tuple[int, int, int]:
    """(D, K, M) of a backup file: database, key-slot and manifest lengths."""
    _magic, _version, k, m, d = struct.unpack(">8sIIIQ", data[-60:-32])
    return d, k, m


@pytest.fixture
def made(store: Store, store_path: Path, tmp_path: Path) -> tuple[Path, list[str]]:
    """A filled store and a backup of it."""
    markers = fill(store, tmp_path / "incoming")
    out = tmp_path / "backups" / backup.suggested_name()
    out.parent.mkdir()
    backup.make_backup(store, out)
    return out, markers


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 2 MiB file system (tmpfs), to fill up."""
    folder = tmp_path / "stick"
    folder.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs",
                              str(folder)], capture_output=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    yield folder
    subprocess.run(["umount", str(folder)], check=True)


def fill_up(folder: Path) -> None:
    """Use every free byte of the file system `folder` is on, as another program would."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 4096, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, bytes(size))
    finally:
        os.close(fd)


# ---- round trip -------------------------------------------------------------------------------

def test_round_trip_brings_back_every_case_source_and_audit_entry(
        store: Store, store_path: Path, tmp_path: Path) -> None:
    fill(store, tmp_path / "incoming")
    before = contents(store.db)
    steps: list[str] = []
    out = tmp_path / "b.cfbackup"
    result = backup.make_backup(store, out, progress=lambda what, _d, _t: steps.append(what))
    assert result.problems == ()
    assert result.size == out.stat().st_size
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert {"Copying the database", "Checking the copy", "Verifying the backup"} <= set(steps)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.cfbackup", "incoming", "store"]

    # The store notes the backup: in its audit log and as the last backup.
    noted = audit.entries(store.db)[-1]
    assert noted.action == "store.backup"
    assert noted.detail["audit_seq"] == result.audit_seq == noted.seq - 1
    assert noted.detail["sha256"] == result.sha256
    assert backup_history.last_backup(store.db) == backup_history.LastBackup(
        result.created_at, result.audit_seq, noted.prev_hash, result.sha256, result.size)

    restored = tmp_path / "restored"
    outcome = restore_backup(out, restored, passphrase=PASSPHRASE)
    assert (outcome.path, outcome.store_id, outcome.problems) == (restored, store.store_id, ())
    assert stat.S_IMODE(restored.stat().st_mode) == 0o700
    assert sorted(p.name for p in restored.iterdir()) == [DB_NAME, SLOTS_NAME]
    for path in restored.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert (restored / SLOTS_NAME).read_bytes() == (store_path / SLOTS_NAME).read_bytes()
    with Store.open(restored, PASSPHRASE) as copy:
        assert copy.store_id == store.store_id
        assert contents(copy.db) == before
        assert entries(copy.db, result.audit_seq) == entries(store.db, result.audit_seq)
        after = audit.entries(copy.db)
        assert [e.action for e in after[result.audit_seq:]] == ["store.restore"]
        assert after[-1].detail["backup_created_at"] == result.created_at
        assert backup_history.last_backup(copy.db) == backup_history.last_backup(store.db)
        clean(copy.db)
        assert backup_history.history_problems(copy.db) == []


def test_restore_with_the_recovery_code(new_store: tuple[Store, str], tmp_path: Path) -> None:
    store, recovery_code = new_store
    fill(store, tmp_path / "incoming", n_cases=1)
    before = contents(store.db)
    backup.make_backup(store, tmp_path / "b.cfbackup")
    typed = recovery_code.lower().replace("-", " ")  # as a person might type it back
    restore_backup(tmp_path / "b.cfbackup", tmp_path / "restored",
                   recovery_code=typed)
    # It opens with the passphrase the store had, and the code still recovers it.
    with Store.open(tmp_path / "restored", PASSPHRASE) as copy:
        assert contents(copy.db) == before
    with Store.recover(tmp_path / "restored", recovery_code, "a brand new passphrase") as copy:
        clean(copy.db)


def test_restore_into_an_existing_empty_folder_and_missing_parents(
        made: tuple[Path, list[str]], tmp_path: Path) -> None:
    out, _markers = made
    (tmp_path / "empty").mkdir()
    restore_backup(out, tmp_path / "empty", passphrase=PASSPHRASE)
    restore_backup(out, tmp_path / "new" / "deeper" / "store", passphrase=PASSPHRASE)
    for folder in (tmp_path / "empty", tmp_path / "new" / "deeper" / "store"):
        with Store.open(folder, PASSPHRASE) as copy:
            clean(copy.db)


def test_backup_of_a_backed_up_restore_round_trips_again(made: tuple[Path, list[str]],
                                                         store: Store, tmp_path: Path) -> None:
    """A restored store is a store like any other (its database carries the backup's salt)."""
    out, _markers = made
    restore_backup(out, tmp_path / "one", passphrase=PASSPHRASE)
    with Store.open(tmp_path / "one", PASSPHRASE) as one:
        backup.make_backup(one, tmp_path / "again.cfbackup")
    restore_backup(tmp_path / "again.cfbackup", tmp_path / "two", passphrase=PASSPHRASE)
    with Store.open(tmp_path / "two", PASSPHRASE) as two:
        assert contents(two.db) == contents(store.db)
        clean(two.db)


# ---- consistency while the store is written ---------------------------------------------------

def test_backup_is_one_instant_while_other_connections_write(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(store, tmp_path / "incoming", original_size=2_000_000)
    before = contents(store.db)
    monkeypatch.setattr(backup, "_STEP_PAGES", 16)  # many steps, each a chance to interfere
    other = store.second_connection()
    written: list[str] = []

    def write_meanwhile(what: str, _done: int, _total: int) -> None:
        if what == "Copying the database":
            db = other if len(written) % 2 else store.db  # the app's connection, and another
            written.append(cases.add_case(db, Case(person=Person(pseudonym="Late")),
                                          "tester").code)

    result = backup.make_backup(store, tmp_path / "b.cfbackup", progress=write_meanwhile)
    other.conn.close()
    assert len(written) > 10
    restore_backup(tmp_path / "b.cfbackup", tmp_path / "restored", passphrase=PASSPHRASE)
    with Store.open(tmp_path / "restored", PASSPHRASE) as copy:
        assert contents(copy.db) == before  # none of the cases added during the copy
        assert entries(copy.db, result.audit_seq) == entries(store.db, result.audit_seq)
        clean(copy.db)
    assert set(written) <= set(_codes(store.db))


def test_backup_while_a_thread_keeps_writing(store: Store, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer on its own thread and connection: the copy holds a whole number of its
    transactions, each case with its audit entry, and verifies."""
    fill(store, tmp_path / "incoming", original_size=2_000_000)
    monkeypatch.setattr(backup, "_STEP_PAGES", 16)
    stop = threading.Event()

    def writer() -> None:
        db = store.second_connection()
        try:
            while not stop.is_set():
                # add_case's transaction reads before it writes, so it can meet "database is
                # locked" when the backup notes itself meanwhile; it is then tried again.
                with contextlib.suppress(OperationalError):
                    cases.add_case(db, Case(person=Person(pseudonym="Busy")), "writer")
        finally:
            db.conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        result = backup.make_backup(store, tmp_path / "b.cfbackup")
    finally:
        stop.set()
        thread.join()
    restore_backup(tmp_path / "b.cfbackup", tmp_path / "restored", passphrase=PASSPHRASE)
    with Store.open(tmp_path / "restored", PASSPHRASE) as copy:
        clean(copy.db)
        created = [e.case_uuid for e in audit.entries(copy.db) if e.action == "case.create"]
        uuids = [row[0] for row in copy.db.execute("SELECT uuid FROM cases")]
        assert sorted(created) == sorted(uuids)
        assert entries(copy.db, result.audit_seq) == entries(store.db, result.audit_seq)
        copied = len(uuids)
    assert copied < len(_codes(store.db))  # the writer went on while the copy was made


# ---- refusals ---------------------------------------------------------------------------------

def _positions(data: bytes) -> dict[str, int]:
    d, k, m = footer(data)
    return {"first byte": 0, "salt": 12, "first page": 40, "middle": d // 2,
            "last page": d - 1, "key slots": d + k // 2, "manifest": d + k + m // 2,
            "footer magic": d + k + m + 3, "footer lengths": d + k + m + 14,
            "tag": len(data) - 20, "last byte": len(data) - 1}


@pytest.mark.parametrize("where", ["first byte", "salt", "first page", "middle", "last page",
                                   "key slots", "manifest", "footer magic", "footer lengths",
                                   "tag", "last byte"])
def test_a_flipped_byte_anywhere_is_refused_and_nothing_written(
        made: tuple[Path, list[str]], tmp_path: Path, where: str) -> None:
    out, _markers = made
    data = bytearray(out.read_bytes())
    data[_positions(bytes(data))[where]] ^= 0x04
    out.write_bytes(data)
    listing = sorted(tmp_path.iterdir())
    with pytest.raises(BackupDamaged, match=r"damaged|altered"):
        restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    assert sorted(tmp_path.iterdir()) == listing  # no folder, not even a hidden one


@pytest.mark.parametrize("cut", [1, 32, 60, 4096, 0.5])
def test_a_truncated_backup_is_refused(made: tuple[Path, list[str]], tmp_path: Path,
                                       cut: float) -> None:
    out, _markers = made
    data = out.read_bytes()
    keep = int(len(data) * cut) if cut < 1 else len(data) - int(cut)
    out.write_bytes(data[:keep])
    with pytest.raises(BackupDamaged, match="incomplete"):
        restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    assert not (tmp_path / "restored").exists()


@pytest.mark.parametrize("content", [b"", b"hello", os.urandom(8192),
                                     b"SQLite format 3\x00" + bytes(4080)])
def test_a_file_that_is_no_backup_is_named_so(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "something.cfbackup"
    path.write_bytes(content)
    with pytest.raises(NotABackup, match="not a casefiles backup"):
        restore_backup(path, tmp_path / "restored", passphrase=PASSPHRASE)
    with pytest.raises(NotABackup):
        backup_format.describe_backup(path)
    assert not (tmp_path / "restored").exists()


def test_a_store_database_is_no_backup(store: Store, store_path: Path, tmp_path: Path) -> None:
    with pytest.raises(NotABackup):
        restore_backup(store_path / DB_NAME, tmp_path / "restored", passphrase=PASSPHRASE)
    with pytest.raises(NotABackup, match="folder"):
        restore_backup(store_path, tmp_path / "restored", passphrase=PASSPHRASE)


def test_wrong_passphrase_or_recovery_code(made: tuple[Path, list[str]], tmp_path: Path) -> None:
    out, _markers = made
    with pytest.raises(WrongPassphrase, match="Wrong passphrase") as err:
        restore_backup(out, tmp_path / "restored", passphrase="not the passphrase")
    assert err.value.exit_code == 3
    with pytest.raises(WrongRecoveryCode, match="Wrong recovery code") as err:
        restore_backup(out, tmp_path / "restored",
                       recovery_code="0000-0000-0000-0000-0000-0000")
    assert err.value.exit_code == 3
    assert not (tmp_path / "restored").exists()
    with pytest.raises(InvalidInput):
        restore_backup(out, tmp_path / "restored")


def test_a_target_that_exists_is_refused(made: tuple[Path, list[str]], tmp_path: Path) -> None:
    out, _markers = made
    occupied = tmp_path / "occupied"
    occupied.mkdir()
    (occupied / "notes.txt").write_text("mine")
    (tmp_path / "a-file").write_text("mine")
    for target in (occupied, tmp_path / "a-file"):
        before = files_of(tmp_path)
        with pytest.raises(StoreExists, match="not empty"):
            restore_backup(out, target, passphrase=PASSPHRASE)
        assert files_of(tmp_path) == before


def test_a_backup_does_not_go_inside_the_store(store: Store, store_path: Path) -> None:
    before = store_files(store_path)
    with pytest.raises(InvalidInput, match="inside the store"):
        backup.make_backup(store, store_path / "b.cfbackup")
    with pytest.raises(InvalidInput, match="does not exist"):
        backup.make_backup(store, store_path.parent / "nowhere" / "b.cfbackup")
    assert store_files(store_path) == before


def test_a_failed_backup_leaves_the_old_file(made: tuple[Path, list[str]], store: Store,
                                             tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Replacing a backup is atomic: until the new one is verified, the old one stays."""
    out, _markers = made
    old = out.read_bytes()

    def fail(what: str, _done: int, _total: int) -> None:
        if what == "Verifying the backup":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        backup.make_backup(store, out, progress=fail)
    assert out.read_bytes() == old
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


def test_the_layout_is_as_documented_and_a_newer_backup_is_refused(
        made: tuple[Path, list[str]], store: Store, store_path: Path, tmp_path: Path) -> None:
    """The file re-made by hand from the documented layout authenticates; one that says it
    comes from a newer casefiles is then refused for that reason, before anything is written."""
    out, _markers = made
    data = out.read_bytes()
    d, k, m = footer(data)
    assert data[:8] == b"CFBACKUP"
    assert data[d:d + k] == (store_path / SLOTS_NAME).read_bytes()
    manifest = json.loads(data[d + k:d + k + m])
    assert manifest["audit"] == {"seq": backup_history.last_backup(store.db).audit_seq,
                                 "hash": backup_history.last_backup(store.db).audit_hash}
    mac_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=data[:16],
                   info=f"casefiles-backup/1/{store.store_id}".encode()).derive(store.key_copy())
    assert hmac.new(mac_key, data[:-32], "sha256").digest() == data[-32:]

    manifest["schema_version"] = 999
    body = json.dumps(manifest).encode()
    sealed = data[:d + k] + body + struct.pack(">8sIIIQ", b"CFBACKUP", 1, k, len(body), d)
    out.write_bytes(sealed + hmac.new(mac_key, sealed, "sha256").digest())
    with pytest.raises(InvalidInput, match="newer casefiles"):
        restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    assert not (tmp_path / "restored").exists()


# ---- nothing in the clear ---------------------------------------------------------------------

def test_no_case_text_in_the_backup_or_in_any_temp_folder(store: Store, tmp_path: Path) -> None:
    temp_before = {folder: set(os.listdir(folder)) for folder in SYSTEM_TEMP if folder.is_dir()}
    markers = fill(store, tmp_path / "incoming")
    out = tmp_path / "b.cfbackup"
    backup.make_backup(store, out)
    restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    with Store.open(tmp_path / "restored", PASSPHRASE) as copy:  # the markers are in there
        assert any(markers[0] in c["summary"] for c in contents(copy.db)["cases"])
    assert scan(tmp_path, markers, recursive=True) == []
    wanted = {n for value in markers for n in needles(value)}
    for folder, names in temp_before.items():  # only files that appeared meanwhile are read
        for path in (folder / name for name in set(os.listdir(folder)) - names):
            if path.is_file() and os.access(path, os.R_OK):
                data = path.read_bytes()
                assert not any(needle in data for needle in wanted), path


# ---- a full disk ------------------------------------------------------------------------------

def test_a_disk_too_small_is_refused_before_writing(store: Store, store_path: Path,
                                                    tmp_path: Path, small_disk: Path) -> None:
    fill(store, tmp_path / "incoming", n_cases=1, original_size=3_000_000)
    before, seq = store_files(store_path), audit.entries(store.db)[-1].seq
    with pytest.raises(DiskFull, match="not enough free space"):
        backup.make_backup(store, small_disk / "b.cfbackup")
    assert list(small_disk.iterdir()) == []
    assert store_files(store_path) == before
    assert audit.entries(store.db)[-1].seq == seq


@pytest.mark.parametrize("when", ["Copying the database", "Sealing the backup"])
def test_the_disk_filling_up_during_a_backup(store: Store, store_path: Path, tmp_path: Path,
                                             small_disk: Path, when: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    """Another program fills the stick while the backup is written: a clear error, no partial
    file, an older backup there untouched, the store as it was."""
    fill(store, tmp_path / "incoming", n_cases=1, original_size=200_000)
    monkeypatch.setattr(backup, "_STEP_PAGES", 16)
    old = small_disk / "b.cfbackup"
    old.write_bytes(b"an older backup")
    before, seq = store_files(store_path), audit.entries(store.db)[-1].seq

    def other_program(what: str, _done: int, _total: int) -> None:
        if what == when and not (small_disk / "filler").exists():
            fill_up(small_disk)

    with pytest.raises(DiskFull, match="filled up") as err:
        backup.make_backup(store, old, progress=other_program)
    assert "the store is unchanged" in str(err.value)
    assert sorted(p.name for p in small_disk.iterdir()) == ["b.cfbackup", "filler"]
    assert old.read_bytes() == b"an older backup"
    assert store_files(store_path) == before
    assert audit.entries(store.db)[-1].seq == seq
    assert backup_history.last_backup(store.db) is None
    clean(store.db)


def test_the_disk_filling_up_during_a_restore(made: tuple[Path, list[str]], small_disk: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    out, _markers = made
    monkeypatch.setattr(backup_format, "CHUNK", 64 * 1024)

    def other_program(what: str, _done: int, _total: int) -> None:
        if what == "Restoring the database" and not (small_disk / "filler").exists():
            fill_up(small_disk)

    with pytest.raises(DiskFull, match="nothing was restored"):
        restore_backup(out, small_disk / "restored", passphrase=PASSPHRASE,
                       progress=other_program)
    assert [p.name for p in small_disk.iterdir()] == ["filler"]


def test_a_restore_too_big_for_the_disk(store: Store, tmp_path: Path, small_disk: Path) -> None:
    fill(store, tmp_path / "incoming", n_cases=1, original_size=3_000_000)
    backup.make_backup(store, tmp_path / "b.cfbackup")
    with pytest.raises(DiskFull, match="not enough free space"):
        restore_backup(tmp_path / "b.cfbackup", small_disk / "restored",
                       passphrase=PASSPHRASE)
    assert list(small_disk.iterdir()) == []


# ---- history and reminders --------------------------------------------------------------------

def test_history_removed_after_a_backup_is_found(made: tuple[Path, list[str]],
                                                 store: Store) -> None:
    """Entries cut from the end of the audit log (with the key, outside the app) leave the
    chain valid; the head the last backup noted tells."""
    noted = backup_history.last_backup(store.db)
    assert noted is not None
    assert backup_history.history_problems(store.db) == []
    trigger = store.db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                               "AND sql LIKE '%DELETE ON audit_log%'").fetchone()
    with store.db.atomic():
        store.db.execute(f"DROP TRIGGER {trigger[0]}")
        store.db.execute("DELETE FROM audit_log WHERE seq >= ?", (noted.audit_seq,))
        store.db.execute(trigger[1])
    assert audit.verify_chain(store.db) == []
    assert backup_history.history_problems(store.db) == [
        f"the audit log ends before entry {noted.audit_seq}, which the backup of {noted.at} "
        "holds: later entries were removed"]


def test_backup_reminder(store: Store, tmp_path: Path) -> None:
    created = dt.datetime.strptime(audit.entries(store.db)[0].at,
                                   "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert settings.get_setting(store.db, "backup_reminder_days") == 7
    assert backup_history.backup_due(store.db, created + dt.timedelta(days=6)) is None
    due = backup_history.backup_due(store.db, created + dt.timedelta(days=8))
    assert due is not None
    assert (due.last, due.days) == (None, 8)  # never backed up: counted from the creation

    result = backup.make_backup(store, tmp_path / "b.cfbackup")
    made_at = dt.datetime.strptime(result.created_at,
                                   "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    assert backup_history.backup_due(store.db) is None
    assert backup_history.backup_due(store.db, made_at + dt.timedelta(days=6)) is None
    due = backup_history.backup_due(store.db, made_at + dt.timedelta(days=10))
    assert due is not None
    assert (due.since, due.days, due.last.sha256) == (result.created_at, 10, result.sha256)

    settings.set_setting(store.db, "backup_reminder_days", "0")  # off
    assert backup_history.backup_due(store.db, made_at + dt.timedelta(days=400)) is None
    settings.set_setting(store.db, "backup_reminder_days", "30")
    assert backup_history.backup_due(store.db, made_at + dt.timedelta(days=10)) is None
    with pytest.raises(InvalidInput):
        settings.set_setting(store.db, "source_size_limit", "0")  # zero still refused there


def test_describe_backup(made: tuple[Path, list[str]], store: Store) -> None:
    out, _markers = made
    info = backup_format.describe_backup(out)
    assert (info.store_id, info.size) == (store.store_id, out.stat().st_size)
    assert info.created_at == backup_history.last_backup(store.db).at


# ---- memory -----------------------------------------------------------------------------------

_MEMORY_PROBE = textwrap.dedent("""
    import sys
    from pathlib import Path
    from casefiles.core.store import backup
    from casefiles.core.store.restore import restore_backup
    from casefiles.core.store.store import Store

    def peak() -> int:  # VmHWM: this process's own peak (ru_maxrss carries the parent's)
        status = Path("/proc/self/status").read_text()
        return int(status.split("VmHWM:")[1].split()[0]) * 1024

    mode, store, passphrase, file, restored = sys.argv[1:]
    if mode == "backup":
        opened = Store.open(Path(store), passphrase)
        start = peak()
        backup.make_backup(opened, Path(file))
    else:
        start = peak()
        restore_backup(Path(file), Path(restored), passphrase=passphrase)
    print(peak() - start)
""")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads Linux's VmHWM")
def test_memory_stays_flat_for_a_large_store(tmp_path: Path) -> None:
    """150 MB of originals: a backup or restore that held the store in memory would show it."""
    store, _code = Store.create(tmp_path / "store", PASSPHRASE, kdf=FAST_KDF, actor="tester")
    with store:
        for i in range(3):
            path = tmp_path / f"video-{i}.bin"
            with path.open("wb") as f:
                for _j in range(50):
                    f.write(os.urandom(1_000_000))
            ingest_file(store.db, path, "tester")
            path.unlink()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    growth = {}
    for mode in ("backup", "restore"):
        probe = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, mode, str(tmp_path / "store"),
                                PASSPHRASE, str(tmp_path / "b.cfbackup"),
                                str(tmp_path / "restored")],
                               capture_output=True, text=True, env=env, check=True, timeout=600)
        growth[mode] = int(probe.stdout)
    assert (tmp_path / "b.cfbackup").stat().st_size > 150_000_000
    # SQLite's page caches (32 MB for a store connection) and 1 MiB buffers: well under the
    # 150 MB that went through.
    assert growth["backup"] < 60_000_000, growth
    assert growth["restore"] < 60_000_000, growth
