"""Backup and restore: the whole store in one encrypted, authenticated file.

`make_backup` writes one file holding the database (every case, identity, source original and
audit entry is in it) and the key-slot file; `restore_backup` turns it into a working store in a
new folder, opened by the passphrase or the recovery code the store had when the backup was made.

Why it is built this way:

- Consistent while the app writes: the database is copied with SQLite's online backup API from
  a connection that holds one read transaction for the whole copy, so the copy is the store as
  it was at one instant; in WAL mode the app keeps writing meanwhile.
- No plaintext on disk, ever: the copy is itself a SQLCipher database keyed with the store's
  key, written by SQLCipher page by page. The key only ever leaves memory wrapped, in the
  key-slot file, exactly as it sits in the store folder.
- The space of one backup, not two: the copy is made where the backup goes and the rest of
  the file is appended to it, so a 4 GB store needs 4 GB free on the stick, not 8.
- Flat memory: pages are copied a few MiB at a time and the file is hashed in 1 MiB chunks.
- Authenticated as a whole: one HMAC covers every byte before it, so a flipped byte anywhere,
  a truncation or a spliced key-slot file is refused before anything is written.
- Verified after writing: the copy is opened and checked (`verify`), then the finished file is
  read back from the disk and authenticated before it replaces the target name.

File layout (integers big-endian)::

    offset      length  content
    0           D       the database: SQLCipher 4, 4096-byte pages, keyed with the store's raw
                        key. Its first 16 bytes are SQLCipher's salt, which a backup chooses:
                        b"CFBACKUP" and 8 random bytes, so a backup is known by its first bytes
                        as well as by its footer (and a truncated one is told from a stranger)
    D           K       the store's key-slot file, byte for byte (key_slots.py)
    D+K         M       manifest, UTF-8 JSON: {"format": "casefiles-backup", "version": 1,
                        "store_id", "created_at", "casefiles", "schema_version", "db_size",
                        "audit": {"seq", "hash"}}: the head of the audit chain in the copy
    D+K+M       28      footer: b"CFBACKUP", version (u32), K (u32), M (u32), D (u64)
    D+K+M+28    32      HMAC-SHA256 of every byte before it, keyed with HKDF-SHA256(the store's
                        database key, salt = the database's 16-byte salt,
                        info = b"casefiles-backup/1/" + store id)

Restoring reads the footer, unwraps the key from the key slots with the passphrase or recovery
code, and checks the HMAC over the whole file before it writes anything. It then copies the
parts into a hidden folder beside the target (authenticating again as it copies, in case the
file changes underneath), opens and verifies the store there, and only then renames the folder
into place: on any failure nothing is left.

History: the store notes each backup (`store.backup` in the audit log, and `backup.last` in its
meta table with the audit head the backup holds). Entries removed from the end of the chain
cannot be told from a shorter history by the chain alone; `history_problems` compares the
chain with that note, and a restored store is checked against the head in the manifest.
"""

import contextlib
import datetime as dt
import errno
import hashlib
import hmac
import json
import os
import shutil
import struct
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import BinaryIO, cast

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefiles import __version__
from casefiles.core.errors import (
    BackupDamaged,
    CasefilesError,
    DatabaseDamaged,
    DiskFull,
    InvalidInput,
    KeySlotsDamaged,
    NotABackup,
    StoreBusy,
    StoreExists,
    WrongBackupPassphrase,
    WrongBackupRecoveryCode,
    WrongPassphrase,
    WrongRecoveryCode,
)
from casefiles.core.fsutil import PRIVATE_FILE_MODE, atomic_write, fsync_dir, make_private_dir
from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.security.kdf import normalise_secret
from casefiles.core.sources.ingest import human_size
from casefiles.core.store import schema, settings
from casefiles.core.store.driver import PAGE_SIZE, Database, DatabaseError, connect
from casefiles.core.store.key_slots import (
    PASSPHRASE,
    RECOVERY,
    KeySlots,
    normalise_recovery_code,
)
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from casefiles.core.store.verify import verify

FORMAT = "casefiles-backup"
VERSION = 1
MAGIC = b"CFBACKUP"
SUFFIX = ".cfbackup"
LAST_BACKUP_KEY = "backup.last"

_FOOTER = struct.Struct(">8sIIIQ")
_TAG_SIZE = 32
_SALT_SIZE = 16
_CHUNK = 1024 * 1024
_STEP_PAGES = 1024  # 4 MiB per backup step: progress reports, and the GIL is given back often
_MAX_PART = 1024 * 1024  # key slots and manifest are small JSON; a larger length is damage
_SLACK = 1024 * 1024  # room for the key slots, manifest and footer beyond the database
_SQLITE_FULL, _SQLITE_BUSY, _SQLITE_LOCKED = 13, 5, 6
_CODE_BY_MESSAGE = {"database or disk is full": _SQLITE_FULL, "database is locked": _SQLITE_BUSY,
                    "database table is locked": _SQLITE_LOCKED}

Progress = Callable[[str, int, int], None]
"""progress(what, done, total): a translated step name and how far it is (bytes or pages)."""


@dataclass(frozen=True)
class LastBackup:
    """What the store notes about its last backup (meta `backup.last`)."""

    at: str  # when it was made, UTC, audit.utc_now() format
    audit_seq: int  # the head of the audit chain the backup holds
    audit_hash: str
    sha256: str  # of the backup file, to tell which file it was
    size: int


@dataclass(frozen=True)
class BackupResult:
    """A backup written and verified. `problems` are what `verify` found in the copy, so in the
    store itself (a damaged original, say): the file is still the best copy there is to keep."""

    path: Path
    size: int
    sha256: str
    created_at: str
    audit_seq: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class RestoreResult:
    """A store restored into `path`; `problems` as for BackupResult (inherited from the store)."""

    path: Path
    store_id: str
    backup_created_at: str
    audit_seq: int
    problems: tuple[str, ...]


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says, read without the key (so not yet authenticated)."""

    path: Path
    size: int
    store_id: str
    created_at: str
    casefiles_version: str


@dataclass(frozen=True)
class BackupDue:
    """A backup is due: the last one (None: never) is `days` days old or more."""

    last: LastBackup | None
    since: str  # the last backup's time, or the store's creation when there was none
    days: int  # whole days since then


@dataclass(frozen=True)
class _Layout:
    size: int
    db_size: int
    slots: bytes
    manifest: dict
    salt: bytes
    tag: bytes


# ---- making a backup ----------------------------------------------------------------------

def make_backup(store: Store, out_path: Path, progress: Progress | None = None) -> BackupResult:
    """Write a verified backup of the open `store` to `out_path` (replacing a file there).

    Safe to call from a worker thread while the app keeps using `store.db`: it works on a
    connection of its own. On any failure nothing is left at `out_path` but what was there
    before, and the store is unchanged.
    """
    out = Path(out_path)
    _check_destination(store, out)
    say = progress or (lambda _what, _done, _total: None)
    key = bytearray(store._key)  # our own copy: locking the app wipes the store's meanwhile
    salt = MAGIC + os.urandom(_SALT_SIZE - len(MAGIC))
    src = store.second_connection()
    try:
        problems = history_problems(src)
        with _write_errors(out, _("the store is unchanged")):
            _check_space(out.parent, _page_bytes(src) + _SLACK)
            fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
            os.close(fd)  # 0600 from birth (SQLite gives any -wal or -shm the same mode)
            tmp = Path(name)
            with _removed_on_failure(tmp):
                seq, head, version = _copy_database(src, tmp, key + salt, say)
                problems += _verify_copy(tmp, key, store.store_id, (seq, head), say)
                created_at = audit.utc_now()
                manifest = {"format": FORMAT, "version": VERSION, "store_id": store.store_id,
                            "created_at": created_at, "casefiles": __version__,
                            "schema_version": version, "db_size": tmp.stat().st_size,
                            "audit": {"seq": seq, "hash": head}}
                mac_key = _mac_key(key, salt, store.store_id)
                _append_trailer(tmp, mac_key, _store_slots(store), manifest, say)
                layout, sha256 = _read_back(tmp, mac_key, say)
                os.replace(tmp, out)
            fsync_dir(out.parent)
        last = LastBackup(created_at, seq, head, sha256, layout.size)
        problems += _note_backup(src, store.actor, last)
    finally:
        src.conn.close()
        key[:] = bytes(len(key))
    return BackupResult(out, layout.size, sha256, created_at, seq, tuple(problems))


def _check_destination(store: Store, out: Path) -> None:
    if out.is_dir():
        raise InvalidInput(_("{path} is a folder; name the backup file to write in it.")
                           .format(path=out))
    if not out.parent.is_dir():
        raise InvalidInput(_("The folder {path} does not exist.").format(path=out.parent))
    if store.path.resolve() in out.resolve().parents:
        raise InvalidInput(_("A backup cannot go inside the store's own folder ({path}); "
                             "choose another disk or folder.").format(path=store.path))


def _page_bytes(db: Database) -> int:
    return db.execute("PRAGMA page_count").fetchone()[0] * PAGE_SIZE


def _copy_database(src: Database, tmp: Path, keyed: bytearray, say: Progress
                   ) -> tuple[int, str, int]:
    """Copy the database into `tmp` (encrypted by SQLCipher under `keyed`: key + salt).

    One read transaction spans every step, so the copy is one instant of the store even while
    other connections write (the backup API would otherwise restart after each outside write).
    Returns the audit head and schema version, read in that same instant.
    """
    what = _("Copying the database")
    src.conn.execute("BEGIN")
    try:
        seq, head = audit_head(src)  # the first read fixes the snapshot
        version = schema.version(src)
        dst = connect(str(tmp), keyed)
        try:
            # No journal, no syncs: a copy that fails is thrown away, and the finished file is
            # fsynced once, whole.
            dst.execute("PRAGMA journal_mode = OFF")
            dst.execute("PRAGMA synchronous = OFF")
            src.conn.backup(dst, pages=_STEP_PAGES,
                            progress=lambda _status, left, total: say(what, total - left, total))
            # The copy carries the store's WAL flag; as a rollback-journal database it opens
            # (to verify it, or once restored) without -wal and -shm files beside it.
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.conn.rollback()
    return seq, head, version


def _verify_copy(tmp: Path, key: bytearray, store_id: str, head: tuple[int, str],
                 say: Progress) -> list[str]:
    """Open the copy and run `verify` on it; refuse it if its pages did not survive writing."""
    say(_("Checking the copy"), 0, 1)
    conn = connect(str(tmp), key)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts never spill to a temp file
        db = Database(conn)
        pages, *others = verify(db)
        same = (db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0]
                == store_id and audit_head(db) == head)
    finally:
        conn.close()
    if not pages.ok or not same:
        raise _not_intact("; ".join(pages.problems) or _("its content differs from the store"))
    say(_("Checking the copy"), 1, 1)
    return [problem for check in others for problem in check.problems]


def _read_back(tmp: Path, mac_key: bytes, say: Progress) -> tuple[_Layout, str]:
    """Read the finished file back from the disk and authenticate it, as restore will."""
    try:
        with tmp.open("rb") as f:
            layout = _read_layout(f, tmp)
            return layout, _authenticate(f, layout, mac_key, say, _("Verifying the backup"))
    except (NotABackup, BackupDamaged) as err:
        raise _not_intact(str(err)) from None


def _not_intact(problem: str) -> BackupDamaged:
    return BackupDamaged(_("The backup did not read back intact ({problem}); it was not kept. "
                           "Check the disk it was written to, and try again.")
                         .format(problem=problem))


def _store_slots(store: Store) -> bytes:
    """The store's key-slot file as it is on disk (checked: a damaged one is no backup)."""
    data = (store.path / SLOTS_NAME).read_bytes()
    if _parse_slots(data, store.path / SLOTS_NAME).store_id != store.store_id:
        raise KeySlotsDamaged(_("The store's key-slot file belongs to another store."))
    return data


def _append_trailer(tmp: Path, mac_key: bytes, slots: bytes, manifest: dict,
                    say: Progress) -> None:
    """Append key slots, manifest, footer and the HMAC of it all to the copied database."""
    body = json.dumps(manifest, sort_keys=True).encode()
    with tmp.open("r+b") as f:
        db_size = os.fstat(f.fileno()).st_size  # SQLite is done with it: whole pages
        mac = hmac.new(mac_key, digestmod=hashlib.sha256)
        _stream(f, db_size, [mac.update], say, _("Sealing the backup"))
        footer = _FOOTER.pack(MAGIC, VERSION, len(slots), len(body), db_size)
        for part in (slots, body, footer):
            mac.update(part)
            f.write(part)
        f.write(mac.digest())
        f.flush()
        os.fsync(f.fileno())
        if hasattr(os, "posix_fadvise"):  # so the read-back comes from the disk, not the cache
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


def _note_backup(db: Database, actor: str, last: LastBackup) -> list[str]:
    """Record the backup in the audit log and as the store's last backup.

    The backup is already good; if the store cannot take the note (its own disk full, say),
    that is said, not raised.
    """
    try:
        _put_last_backup(db, actor, "store.backup", last)
    except DatabaseError as err:
        return [_("the backup is complete, but the store could not note it ({error}); the "
                  "reminder does not know of it").format(error=err)]
    return []


def _put_last_backup(db: Database, actor: str, action: str, last: LastBackup,
                     **detail: object) -> None:
    # IMMEDIATE: the write lock is taken (and waited for) first. A deferred transaction reads
    # the audit head first and could not wait for another connection that writes meanwhile.
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        audit.record(db, actor, action, None, audit_seq=last.audit_seq,
                     audit_hash=last.audit_hash, sha256=last.sha256, size=last.size, **detail)
        db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                   (LAST_BACKUP_KEY, json.dumps(asdict(last), sort_keys=True)))
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


# ---- restoring ----------------------------------------------------------------------------

def restore_backup(backup_path: Path, new_store_dir: Path, passphrase: str | None = None,
                   recovery_code: str | None = None, actor: str | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Restore a backup into `new_store_dir` (absent or empty), unlocked by one secret.

    The restored store opens with the passphrase (and the recovery code) its store had when
    the backup was made. Nothing is written until the whole file is authenticated, and nothing
    is left behind when anything fails.
    """
    if (passphrase is None) == (recovery_code is None):
        raise InvalidInput(_("Give either the passphrase or the recovery code."))
    source, target = Path(backup_path), Path(new_store_dir)
    check_restore_target(target)
    say = progress or (lambda _what, _done, _total: None)
    with _open_backup(source) as f:
        layout = _read_layout(f, source)
        slots = _parse_slots(layout.slots, source)
        if slots.store_id != layout.manifest["store_id"]:
            raise _damaged(source)
        key = _unwrap(slots, passphrase, recovery_code)
        try:
            mac_key = _mac_key(key, layout.salt, slots.store_id)
            sha256 = _authenticate(f, layout, mac_key, say, _("Checking the backup"))
            if not isinstance(layout.manifest.get("schema_version"), int) or \
                    layout.manifest["schema_version"] > schema.LATEST:
                raise InvalidInput(_("This backup was made by a newer casefiles; update "
                                     "casefiles to restore it. Nothing was restored."))
            with _write_errors(target, _("nothing was restored")):
                _check_space(_existing_ancestor(target), layout.db_size + _SLACK)
                with _new_folder(target) as staging:
                    atomic_write(staging / SLOTS_NAME, layout.slots)
                    _copy_out(f, layout, mac_key, staging / DB_NAME, say)
                    problems = _open_restored(staging, key, slots, layout, sha256, actor)
        finally:
            key[:] = bytes(len(key))
    return RestoreResult(target, slots.store_id, layout.manifest["created_at"],
                         layout.manifest["audit"]["seq"], tuple(problems))


def check_restore_target(target: Path) -> None:
    """Refuse a target that is a file or a folder with anything in it (before any secret is
    asked for)."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StoreExists(_("{path} already exists and is not empty; restore into a new "
                            "folder.").format(path=target))


def describe_backup(path: Path) -> BackupInfo:
    """What a backup says about itself, without a secret: whose store, made when. The
    contents are only trusted once restore has authenticated them."""
    path = Path(path)
    with _open_backup(path) as f:
        layout = _read_layout(f, path)
    return BackupInfo(path, layout.size, layout.manifest["store_id"],
                      layout.manifest["created_at"], layout.manifest.get("casefiles", "?"))


def _unwrap(slots: KeySlots, passphrase: str | None, recovery_code: str | None) -> bytearray:
    try:
        if passphrase is not None:
            return slots.unwrap(PASSPHRASE, normalise_secret(passphrase))
        if RECOVERY not in slots.slots:
            raise WrongBackupRecoveryCode()
        return slots.unwrap(RECOVERY, normalise_recovery_code(cast(str, recovery_code)))
    except WrongPassphrase:
        raise WrongBackupPassphrase() from None
    except WrongRecoveryCode:
        raise WrongBackupRecoveryCode() from None


def _copy_out(f: BinaryIO, layout: _Layout, mac_key: bytes, db_path: Path,
              say: Progress) -> None:
    """Write the database part to `db_path`, authenticating the whole file again on the way
    (it was checked before, but a file on a stick can change between two reads)."""
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                 PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as out:
        mac = hmac.new(mac_key, digestmod=hashlib.sha256)
        f.seek(0)
        _stream(f, layout.db_size, [mac.update, out.write], say, _("Restoring the database"))
        _stream(f, layout.size - _TAG_SIZE - layout.db_size, [mac.update], say, "")
        out.flush()
        os.fsync(out.fileno())
    if not hmac.compare_digest(mac.digest(), layout.tag):
        raise BackupDamaged(_("The backup changed while it was being restored; nothing was "
                              "restored. Try again once nothing else writes to it."))


def _open_restored(staging: Path, key: bytearray, slots: KeySlots, layout: _Layout,
                   sha256: str, actor: str | None) -> list[str]:
    """Open the restored store (migrating it if it is older), check it, and note the restore."""
    try:
        store = Store._open_database(staging, bytearray(key), slots, actor)
    except DatabaseDamaged:
        raise BackupDamaged(_("The database in this backup cannot be opened; nothing was "
                              "restored.")) from None
    with store:
        seq, head = layout.manifest["audit"]["seq"], layout.manifest["audit"]["hash"]
        row = store.db.execute("SELECT hash FROM audit_log WHERE seq = ?", (seq,)).fetchone()
        if row is None or row[0] != head:
            raise BackupDamaged(_("The audit log in this backup does not end where its "
                                  "manifest says; nothing was restored."))
        problems = [p for check in verify(store.db) for p in check.problems]
        problems += history_problems(store.db)
        last = LastBackup(layout.manifest["created_at"], seq, head, sha256, layout.size)
        _put_last_backup(store.db, store.actor, "store.restore", last,
                         backup_created_at=last.at)
    return problems


@contextlib.contextmanager
def _new_folder(target: Path) -> Iterator[Path]:
    """A hidden folder beside `target` to fill; renamed to `target` if the block succeeds,
    removed (with any parent folders made for it) if it fails."""
    made = [p for p in (target.parent, *target.parent.parents) if not p.exists()]
    staging: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.restore-", dir=target.parent))
        make_private_dir(staging)
        yield staging
        if target.exists():
            target.rmdir()  # empty (checked before); rename needs the name free everywhere
        os.rename(staging, target)
        fsync_dir(target.parent)
    except BaseException:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)
        for folder in made:  # innermost first
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise


def _existing_ancestor(path: Path) -> Path:
    return next(p for p in (path, *path.parents) if p.exists())


# ---- reading a backup file ----------------------------------------------------------------

@contextlib.contextmanager
def _open_backup(path: Path) -> Iterator[BinaryIO]:
    if path.is_dir():
        raise NotABackup(_("{path} is a folder, not a backup file.").format(path=path))
    try:
        f = path.open("rb")
    except OSError as err:
        raise InvalidInput(_("Cannot read {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    with f:
        yield f


def _read_layout(f: BinaryIO, path: Path) -> _Layout:
    """Parse the footer and the parts it points to; say whether the file is a backup at all."""
    size = os.fstat(f.fileno()).st_size
    head = f.read(_SALT_SIZE)
    footer = b""
    if size >= _FOOTER.size + _TAG_SIZE:
        f.seek(size - _FOOTER.size - _TAG_SIZE)
        footer = f.read(_FOOTER.size)
    if not head.startswith(MAGIC) and not footer.startswith(MAGIC):
        raise NotABackup(_("{path} is not a casefiles backup.").format(path=path))
    damaged = _damaged(path)
    if not head.startswith(MAGIC) or not footer.startswith(MAGIC):
        raise damaged
    _magic, version, slots_size, manifest_size, db_size = _FOOTER.unpack(footer)
    if version != VERSION:
        raise BackupDamaged(_("{path} is a backup in format {version}, which this casefiles "
                              "cannot read (it is newer, or the file is damaged).")
                            .format(path=path, version=version))
    if (max(slots_size, manifest_size) > _MAX_PART or db_size < PAGE_SIZE
            or db_size % PAGE_SIZE
            or db_size + slots_size + manifest_size + _FOOTER.size + _TAG_SIZE != size):
        raise damaged
    f.seek(db_size)
    slots = f.read(slots_size)
    try:
        manifest = json.loads(f.read(manifest_size))
        fields = (manifest["format"], manifest["version"], manifest["db_size"],
                  manifest["store_id"], manifest["created_at"], manifest["audit"]["seq"],
                  manifest["audit"]["hash"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise damaged from None
    if fields[:3] != (FORMAT, VERSION, db_size) or [type(v) for v in fields[3:]] != [
            str, str, int, str]:
        raise damaged
    f.seek(size - _TAG_SIZE)
    return _Layout(size, db_size, slots, manifest, head, f.read(_TAG_SIZE))


def _damaged(path: Path) -> BackupDamaged:
    return BackupDamaged(_(
        "{path} is a damaged or incomplete casefiles backup (truncated, or changed after it "
        "was written); nothing was restored. Use another copy of the backup.").format(path=path))


def _authenticate(f: BinaryIO, layout: _Layout, mac_key: bytes, say: Progress,
                  what: str) -> str:
    """Check the HMAC over the whole file; returns the file's SHA-256 (hex)."""
    mac = hmac.new(mac_key, digestmod=hashlib.sha256)
    whole = hashlib.sha256()
    f.seek(0)
    _stream(f, layout.size - _TAG_SIZE, [mac.update, whole.update], say, what)
    if not hmac.compare_digest(mac.digest(), layout.tag):
        raise BackupDamaged(_(
            "{path} is damaged or was altered after it was written (it fails its "
            "authentication); nothing was restored. Use another copy of the backup.")
            .format(path=getattr(f, "name", "?")))
    whole.update(layout.tag)
    return whole.hexdigest()


def _stream(f: BinaryIO, length: int, consumers: list[Callable[[bytes], object]],
            say: Progress, what: str) -> None:
    """Feed the next `length` bytes of `f` to each consumer, a chunk at a time."""
    done = 0
    while done < length:
        chunk = f.read(min(_CHUNK, length - done))
        if not chunk:
            raise BackupDamaged(_("The backup ended early while it was being read."))
        for consume in consumers:
            consume(chunk)
        done += len(chunk)
        if what:
            say(what, done, length)


def _mac_key(key: bytes | bytearray, salt: bytes, store_id: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                info=f"{FORMAT}/{VERSION}/{store_id}".encode()).derive(key)


class _SlotBytes:
    """Key-slot bytes in the shape `KeySlots.load` reads (a path's read_bytes()), so a backup's
    copy gets exactly the checks a store's own file gets, without touching the disk."""

    def __init__(self, data: bytes, origin: Path) -> None:
        self._data, self._origin = data, origin

    def read_bytes(self) -> bytes:
        return self._data

    def __str__(self) -> str:
        return str(self._origin)


def _parse_slots(data: bytes, origin: Path) -> KeySlots:
    try:
        return KeySlots.load(cast(Path, _SlotBytes(data, origin)))
    except KeySlotsDamaged:
        raise BackupDamaged(_(
            "{path} is damaged or was altered after it was written (its key slots do not "
            "check); nothing was restored. Use another copy of the backup.")
            .format(path=origin)) from None


# ---- errors, space, files -----------------------------------------------------------------

def _check_space(folder: Path, needed: int) -> None:
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise DiskFull(_("There is not enough free space in {folder}: {needed} needed, {free} "
                         "free. Nothing was written. Free some space or choose another disk.")
                       .format(folder=folder, needed=human_size(needed), free=human_size(free)))


@contextlib.contextmanager
def _write_errors(path: Path, unchanged: str) -> Iterator[None]:
    """Turn a full disk, a busy store or an unwritable folder into one clear error."""
    full = DiskFull(_("The disk filled up while writing {path}: nothing was written and {what}. "
                      "Free some space or choose another disk.")
                    .format(path=path, what=unchanged))
    try:
        yield
    except CasefilesError:
        raise
    except OSError as err:
        if err.errno in (errno.ENOSPC, errno.EDQUOT):
            raise full from None
        raise InvalidInput(_("Cannot write {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    except DatabaseError as err:
        code = _sqlite_code(err)
        if code == _SQLITE_FULL:
            raise full from None
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            raise StoreBusy(_("The store is busy (a large import?); try again when it is done."
                              )) from None
        raise DatabaseDamaged(_("{path} could not be written ({error}); {what}.").format(
            path=path, error=err, what=unchanged)) from None


def _sqlite_code(err: DatabaseError) -> int:
    """SQLite's primary result code; the backup API raises without one, so its standard
    message (sqlite3_errstr) is looked up then."""
    code = getattr(err, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF
    return _CODE_BY_MESSAGE.get(str(err), 0)


@contextlib.contextmanager
def _removed_on_failure(tmp: Path) -> Iterator[None]:
    """Remove the half-made backup (and any journal SQLite left beside it) on failure."""
    try:
        yield
    except BaseException:
        for leftover in (tmp, *(tmp.with_name(tmp.name + s) for s in ("-journal", "-wal",
                                                                       "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        raise


# ---- the store's side: audit head, last backup, reminder ----------------------------------

def audit_head(db: Database) -> tuple[int, str]:
    """(seq, hash) of the newest audit entry; (0, GENESIS) for an empty log."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, audit.GENESIS)


def last_backup(db: Database) -> LastBackup | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (LAST_BACKUP_KEY,)).fetchone()
    return LastBackup(**json.loads(row[0])) if row else None


def history_problems(db: Database) -> list[str]:
    """The audit chain must still hold the entry the last backup ended at; if it does not,
    entries were removed from its end (or the store was replaced by an older copy)."""
    last = last_backup(db)
    if last is None or last.audit_seq == 0:
        return []
    row = db.execute("SELECT hash FROM audit_log WHERE seq = ?", (last.audit_seq,)).fetchone()
    if row is None:
        return [_("the audit log ends before entry {seq}, which the backup of {at} holds: "
                  "later entries were removed").format(seq=last.audit_seq, at=last.at)]
    if row[0] != last.audit_hash:
        return [_("audit entry {seq} is not the one the backup of {at} holds: the history was "
                  "rewritten").format(seq=last.audit_seq, at=last.at)]
    return []


def backup_due(db: Database, now: dt.datetime | None = None) -> BackupDue | None:
    """Whether the caseworker should be reminded to back up: None when not (or reminders are
    off), else since when. Without any backup, the time runs from the store's creation."""
    days = settings.get_setting(db, settings.BACKUP_REMINDER_DAYS.name)
    if days == 0:
        return None
    last = last_backup(db)
    if last is not None:
        since = last.at
    else:
        first = db.execute("SELECT at FROM audit_log ORDER BY seq LIMIT 1").fetchone()
        since = first[0] if first else audit.utc_now()
    then = dt.datetime.strptime(since, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=dt.UTC)
    age = ((now or dt.datetime.now(dt.UTC)) - then).days
    return BackupDue(last, since, age) if age >= days else None


def suggested_name(now: dt.datetime | None = None) -> str:
    """A file name for a new backup: the date only, nothing about the cases."""
    return f"casefiles-backup-{(now or dt.datetime.now(dt.UTC)):%Y-%m-%d}{SUFFIX}"
