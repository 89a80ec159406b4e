"""Making a backup: the whole store in one encrypted, authenticated file.

`make_backup` writes one file holding the database (every case, identity, source original and
audit entry is in it) and the key-slot file, in the layout of backup_format.py;
`restore.restore_backup` turns it into a working store in a new folder, opened by the
passphrase or the recovery code the store had when the backup was made.

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
- Verified after writing: the copy is opened and checked (`verify`), then the finished file is
  read back from the disk and authenticated before it replaces the target name.

The store then notes the backup (backup_history.py), which lets `verify` find entries cut
from the end of the audit log later.
"""

import contextlib
import datetime as dt
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from casefiles import __version__
from casefiles.core.errors import BackupDamaged, InvalidInput, KeySlotsDamaged, NotABackup
from casefiles.core.fsutil import fsync_dir
from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.security.memory import wipe, wiping
from casefiles.core.store import backup_history, schema
from casefiles.core.store.backup_disk import check_space, write_errors
from casefiles.core.store.backup_format import (
    FORMAT,
    SLACK,
    SUFFIX,
    VERSION,
    Layout,
    Progress,
    authenticate,
    mac_key,
    new_salt,
    read_layout,
    seal,
    silent,
)
from casefiles.core.store.backup_history import LastBackup
from casefiles.core.store.driver import PAGE_SIZE, Database, DatabaseError, connect
from casefiles.core.store.key_slots import KeySlots
from casefiles.core.store.store import SLOTS_NAME, Store
from casefiles.core.store.verify import verify

_STEP_PAGES = 1024  # 4 MiB per backup step: progress reports, and the GIL is given back often


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


def make_backup(store: Store, out_path: Path, progress: Progress | None = None) -> BackupResult:
    """Write a verified backup of the open `store` to `out_path` (replacing a file there).

    Safe to call from a worker thread while the app keeps using `store.db`: it works on a
    connection and a copy of the key of its own. On any failure nothing is left at `out_path`
    but what was there before, and the store is unchanged.
    """
    out = Path(out_path)
    _check_destination(store, out)
    say = progress or silent
    key = store.key_copy()  # our own: locking the app wipes the store's meanwhile
    salt = new_salt()
    src = store.second_connection()
    try:
        with write_errors(out, _("the store is unchanged")):
            check_space(out.parent, _page_bytes(src) + SLACK)
            fd, name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
            os.close(fd)  # 0600 from birth (SQLite gives any -wal or -shm the same mode)
            tmp = Path(name)
            with _removed_on_failure(tmp):
                with wiping(key + salt) as keyed:
                    seq, head, version = _copy_database(src, tmp, keyed, say)
                problems = _verify_copy(tmp, key, store.store_id, (seq, head), say)
                created_at = audit.utc_now()
                manifest = {"format": FORMAT, "version": VERSION, "store_id": store.store_id,
                            "created_at": created_at, "casefiles": __version__,
                            "schema_version": version, "db_size": tmp.stat().st_size,
                            "audit": {"seq": seq, "hash": head}}
                with wiping(mac_key(key, salt, store.store_id)) as sealing:
                    seal(tmp, sealing, _store_slots(store), manifest, say)
                    layout, sha256 = _read_back(tmp, sealing, say)
                os.replace(tmp, out)
            fsync_dir(out.parent)
        last = LastBackup(created_at, seq, head, sha256, layout.size)
        problems += _note_backup(src, store.actor, last)
    finally:
        src.conn.close()
        wipe(key)
    return BackupResult(out, layout.size, sha256, created_at, seq, tuple(problems))


def suggested_name(now: dt.datetime | None = None) -> str:
    """A file name for a new backup: the date only, nothing about the cases."""
    return f"casefiles-backup-{(now or dt.datetime.now(dt.UTC)):%Y-%m-%d}{SUFFIX}"


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
        seq, head = audit.head(src)  # the first read fixes the snapshot
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
    """Open the copy and run `verify` on it; refuse it if its pages did not survive writing.

    What the other checks find (the audit history among them) is the store's, so returned.
    """
    say(_("Checking the copy"), 0, 1)
    conn = connect(str(tmp), key)
    try:
        conn.execute("PRAGMA temp_store = MEMORY")  # sorts never spill to a temp file
        db = Database(conn)
        pages, *others = verify(db)
        same = (db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()[0]
                == store_id and audit.head(db) == head)
    finally:
        conn.close()
    if not pages.ok or not same:
        raise _not_intact("; ".join(pages.problems) or _("its content differs from the store"))
    say(_("Checking the copy"), 1, 1)
    return [problem for check in others for problem in check.problems]


def _read_back(tmp: Path, key: bytearray, say: Progress) -> tuple[Layout, str]:
    """Read the finished file back from the disk and authenticate it, as restore will."""
    try:
        with tmp.open("rb") as f:
            layout = read_layout(f, tmp)
            return layout, authenticate(f, layout, key, say, _("Verifying the backup"))
    except (NotABackup, BackupDamaged) as err:
        raise _not_intact(str(err)) from None


def _not_intact(problem: str) -> BackupDamaged:
    return BackupDamaged(_("The backup did not read back intact ({problem}); it was not kept. "
                           "Check the disk it was written to, and try again.")
                         .format(problem=problem))


def _store_slots(store: Store) -> bytes:
    """The store's key-slot file as it is on disk (checked: a damaged one is no backup)."""
    path = store.path / SLOTS_NAME
    data = path.read_bytes()
    if KeySlots.parse(data, path).store_id != store.store_id:
        raise KeySlotsDamaged(_("The store's key-slot file belongs to another store."))
    return data


def _note_backup(db: Database, actor: str, last: LastBackup) -> list[str]:
    """Record the backup in the audit log and as the store's last backup.

    The backup is already good; if the store cannot take the note (its own disk full, say),
    that is said, not raised.
    """
    try:
        backup_history.record(db, actor, "store.backup", last)
    except DatabaseError as err:
        return [_("the backup is complete, but the store could not note it ({error}); the "
                  "reminder does not know of it").format(error=err)]
    return []


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
