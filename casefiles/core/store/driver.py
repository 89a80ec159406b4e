"""The SQLCipher driver, wired so that sqlite-utils uses it.

sqlite-utils catches the exception classes of whichever module it imported as `sqlite3`; it
tries `pysqlite3` first. Registering `sqlcipher3` under that name *before* sqlite-utils is first
imported makes it catch what sqlcipher3 raises (without this, `drop(ignore=True)` and
`INSERT ... RETURNING` through `query()` fail). Import sqlite-utils only through this module.

Faults of the disk or of another program (a full disk, a read-only or vanished folder, a lock
held past the busy timeout) become one clear CasefilesError in one place, `Database.atomic`,
through which every change to a store goes; `fault` does the mapping, for the CLI and the app
too, which apply it to whatever reaches them untranslated (a failed read).
"""

import contextlib
import errno
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlcipher3 import dbapi2

from casefiles.core.errors import CasefilesError, DiskFull, StoreBusy, StoreGone, StoreReadOnly
from casefiles.core.i18n import _
from casefiles.core.security.memory import wipe

if "sqlite_utils" in sys.modules and "pysqlite3" not in sys.modules:
    raise ImportError("sqlite_utils was imported before casefiles.core.store.driver")
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

import sqlite_utils  # noqa: E402  (must come after the registration above)

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
complete_statement = dbapi2.complete_statement

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000
_HEX_DIGITS = b"0123456789abcdef"

# SQLite's primary result codes (the low byte of an extended code) that are faults, not bugs.
_BUSY, _LOCKED, _READONLY, _IOERR, _FULL, _CANTOPEN = 5, 6, 8, 10, 13, 14
_READONLY_DBMOVED = _READONLY | 4 << 8  # the database file was renamed or deleted while open
# The standard messages (sqlite3_errstr) of errors that come without a code (the backup API).
_CODE_BY_MESSAGE = {"database is locked": _BUSY, "database table is locked": _LOCKED,
                    "attempt to write a readonly database": _READONLY, "disk I/O error": _IOERR,
                    "database or disk is full": _FULL, "unable to open database file": _CANTOPEN}


def _errnos(*names: str) -> frozenset[int]:
    return frozenset(getattr(errno, name) for name in names if hasattr(errno, name))


_ERRNO_FULL = _errnos("ENOSPC", "EDQUOT")  # not every platform has each of these
_ERRNO_READONLY = _errnos("EROFS", "EACCES", "EPERM")
_ERRNO_GONE = _errnos("ENOENT", "ESTALE", "EIO", "ENODEV", "ENXIO")
# SQLite says "disk I/O error", not "disk is full", when the full disk refuses the -shm index
# or the log's growth; with less than this free, that is what it means.
_NEARLY_FULL = 1024 * 1024


@dataclass(frozen=True)
class StoreFile:
    """A store's database file, and the identity (device, inode) it had when it was opened.

    A folder that is renamed, deleted or unmounted (`umount -l`, a USB stick pulled while the
    kernel still holds it) keeps working through the files already open, on a file system that
    no one will see again: writes succeed and are lost. `gone` tells, by looking the path up
    afresh, whether the file opened is still the one at that path.
    """

    path: Path
    ident: tuple[int, int] | None = None

    @classmethod
    def opened(cls, path: Path) -> "StoreFile":
        info = os.stat(path)
        return cls(path, (info.st_dev, info.st_ino))

    def gone(self) -> bool:
        try:
            info = os.stat(self.path if self.ident else self.path.parent)
        except OSError:
            return True
        return self.ident is not None and (info.st_dev, info.st_ino) != self.ident

    def nearly_full(self) -> bool:
        try:
            return shutil.disk_usage(self.path.parent).free < _NEARLY_FULL
        except OSError:
            return False


def sqlite_code(err: DatabaseError) -> int:
    """SQLite's extended result code of `err` (0 when unknown); looked up by its standard
    message when the driver gave none."""
    code = getattr(err, "sqlite_errorcode", None)
    return code if code is not None else _CODE_BY_MESSAGE.get(str(err), 0)


def fault(err: BaseException, where: StoreFile | None = None) -> CasefilesError | None:
    """The CasefilesError that says what `err` means to a caseworker when it is a fault of the
    disk or of another program, or None when it is not (a constraint, a damaged file, a bug).

    SQLite errors are the store's by nature. OS errors are taken to be about the store's files
    only when `where` names them; without it, only a full disk is recognised, since that is
    true of whatever file was being written. `where` also tells an I/O error on a folder that
    went away, or on a disk with no room left, from one on a failing disk.
    """
    if isinstance(err, DatabaseError):
        code = sqlite_code(err)
        kind = code & 0xFF
        if kind == _FULL:
            return _disk_full()
        if kind in (_BUSY, _LOCKED):
            return StoreBusy(_("The store is busy: another casefiles window or casefiles-cli is "
                               "writing to it. Nothing was written; try again in a moment."))
        if code == _READONLY_DBMOVED or (kind in (_READONLY, _IOERR, _CANTOPEN)
                                         and where is not None and where.gone()):
            return _store_gone()
        if kind in (_IOERR, _CANTOPEN) and where is not None and where.nearly_full():
            return _disk_full()
        if kind == _READONLY:
            return _read_only(where)
        if kind in (_IOERR, _CANTOPEN):
            return _disk_failed(str(err))
        return None
    if isinstance(err, OSError):
        if err.errno in _ERRNO_FULL:
            return _disk_full()
        if where is None:
            return None
        if err.errno in _ERRNO_READONLY:
            return _read_only(where)
        if err.errno in _ERRNO_GONE:
            return _store_gone() if where.gone() else _disk_failed(err.strerror or str(err))
    return None


@contextlib.contextmanager
def store_faults(where: StoreFile | None) -> Iterator[None]:
    """Let a fault of the disk or of another program out of the block as its CasefilesError
    (see `fault`); anything else passes unchanged."""
    try:
        yield
    except (DatabaseError, OSError) as err:
        mapped = fault(err, where)
        if mapped is None:
            raise
        raise mapped from None


def _disk_full() -> DiskFull:
    return DiskFull(_("The disk is full (or the quota is used up): nothing was written, and "
                      "what was being saved was undone. Free some space, then try again."))


def _read_only(where: StoreFile | None) -> StoreReadOnly:
    folder = where.path.parent if where is not None else _("The store's folder")
    return StoreReadOnly(_("{folder} cannot be written (a write-protected disk, a read-only "
                           "folder or files): nothing was written. Make it writable, or copy "
                           "the store folder to a writable disk, then unlock it again.")
                         .format(folder=folder))


def _store_gone() -> StoreGone:
    return StoreGone(_("The store's folder is gone (was the USB stick removed?). Nothing more "
                       "was written; plug it back in and unlock again."))


def _disk_failed(reason: str) -> StoreGone:
    return StoreGone(_("The disk holding the store failed to read or write it ({reason}). "
                       "Nothing more was written; check that it is still plugged in, lock, "
                       "unlock again and run verify.").format(reason=reason))


class Database(sqlite_utils.Database):
    """sqlite-utils' Database, whose transactions end in a clear CasefilesError, rolled back,
    when the disk or another program fails them.

    Every change to a store goes through `atomic()`; a nested block is a savepoint of the
    outermost, which alone:
    - begins IMMEDIATE, so that a writer waits (up to the busy timeout) for another one to
      finish, instead of failing at its first write because the other changed what it read;
    - first runs `write_guard`, when set (the store's check that no other window holds it);
    - checks, at the start and again just before COMMIT, that the database file is still the
      one opened (`StoreFile.gone`): a change committed to a vanished folder would be lost;
    - turns SQLite's error for a full disk, a read-only file, a failing or vanished disk or a
      lock held past the busy timeout into DiskFull, StoreReadOnly, StoreGone or StoreBusy
      (`fault`), after rolling back, and tells `on_fault`, when set. After a full disk it also
      gives back the space the write-ahead log grew into, so the store is usable at once.
    Other errors pass unchanged: OS errors of the block (an output file it writes are not the
    store's), and every error of a statement run outside `atomic()`, which callers such as
    verify and journal_for inspect themselves.
    """

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        name = self.conn.execute("PRAGMA database_list").fetchone()[2]
        self.store_file: StoreFile | None = StoreFile.opened(Path(name)) if name else None
        self.write_guard: Callable[[], None] | None = None
        self.on_fault: Callable[[CasefilesError], None] | None = None

    @contextlib.contextmanager
    def atomic(self) -> Iterator["Database"]:
        if self.conn.in_transaction:
            with super().atomic():
                yield self
            return
        if self.write_guard is not None:
            self.write_guard()
        self._check_present()
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self._check_present()
                self.conn.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(DatabaseError):  # the error that ended it is told
                    self.rollback()
                raise
        except DatabaseError as err:
            mapped = fault(err, self.store_file)
            if mapped is None:
                raise
            if isinstance(mapped, DiskFull):
                with contextlib.suppress(DatabaseError):
                    self.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._told(mapped)
            raise mapped from None

    def _check_present(self) -> None:
        if self.store_file is not None and self.store_file.gone():
            raise self._told(_store_gone())

    def _told(self, err: CasefilesError) -> CasefilesError:
        if self.on_fault is not None:
            self.on_fault(err)
        return err


def connect(path: str, key: bytes | bytearray | None) -> Connection:
    """Open `path` with SQLCipher, keyed with the raw 32-byte `key` (None: plain SQLite).

    A raw key skips SQLCipher's own PBKDF2 (we already ran Argon2id), so opening costs well
    under a millisecond. HMAC failures are not printed to stderr; they surface as the first
    query's DatabaseError, which the caller turns into a clear message.

    The key goes in through `sqlite3_key` (`set_key`), as the same `x'<hex>'` literal that
    `PRAGMA key` takes, written into a bytearray that is wiped at once: a `PRAGMA key` statement
    would be an immutable string, kept in the connection's statement cache while it is open,
    and could be named in an error message. SQLCipher clears its own copy when the connection
    closes.
    """
    conn = sqlcipher3.connect(path, check_same_thread=False)
    if key is not None:
        literal = _raw_key_literal(key)
        try:
            conn.set_key(literal)
        finally:
            wipe(literal)
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


def _raw_key_literal(key: bytes | bytearray) -> bytearray:
    """`x'<hex>'` for `key`, in a buffer the caller wipes (`key.hex()` would be a str)."""
    literal = bytearray(b"x'" + b"0" * (2 * len(key)) + b"'")
    for i, byte in enumerate(key):
        literal[2 + 2 * i] = _HEX_DIGITS[byte >> 4]
        literal[3 + 2 * i] = _HEX_DIGITS[byte & 0xF]
    return literal


def configure(conn: Connection) -> None:
    """Per-connection settings for durability, privacy and speed.

    - WAL with synchronous=FULL: a committed change survives a power cut.
    - temp_store=MEMORY: sorts and temporary tables never spill plaintext to a temp file.
    - secure_delete: freed pages are zeroed, so a deleted record cannot be carved back out.
    - foreign_keys: links between records are enforced by the database, not only by our code.
    """
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    conn.execute("PRAGMA secure_delete = ON")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -32000")
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
