"""A store: one folder holding the SQLCipher database and the key-slot file.

    <folder>/            0700
      casefiles.db       0600  SQLCipher 4, keyed with 32 random bytes (raw key)
      casefiles.db-wal   0600  write-ahead log while open (encrypted too)
      keyslots.json      0600  that key, wrapped by the passphrase and by the recovery code
      casefiles.db.lock  0600  while a casefiles window has the store open: that app's pid

Copy the folder and you have moved the store. Opening checks each part in turn so that every
way it can go wrong gets its own message, and a failed open writes nothing.

Faults (see casefiles.core.store.driver for how each is recognised):
- A store that cannot be written (a write-protected USB stick, a read-only mount or folder,
  read-only files) is refused at open with StoreReadOnly, before the passphrase is tried. It is
  not opened read-only: casefiles writes even when the caseworker only reads (every view of an
  identity goes into the audit log; migrations; the lock below), and a window that lets one
  read but fails every edit would lose what is typed into it.
- A full disk, a folder that vanishes, a write lock another program holds past the busy
  timeout (5 s): the change is rolled back and DiskFull, StoreGone or StoreBusy says so.
- One store open twice. SQLite lets several connections share a store safely, but two windows
  on one store would each overwrite the other's edits with what they loaded, and neither would
  show the other's changes. So the app, once it has unlocked a store, `claim`s it: an exclusive
  advisory lock (`flock`) on `casefiles.db.lock`, held until the store is locked or closed. A
  second window that unlocks the same store is told (StoreOpenElsewhere, naming the pid in the
  lock file) and does not open it. casefiles-cli does not claim: it reads (list, show, verify,
  backup) while a window is open, but refuses to write (StoreOpenElsewhere, exit status 1) until
  the window is locked or closed. Two casefiles-cli runs share the store; one that writes while
  another holds the write lock waits up to the busy timeout. The lock dies with its process, so
  a killed app leaves nothing that blocks; the file itself is removed on close. Where `fcntl`
  does not exist (Windows) there is no such lock, and SQLite's own locking is all there is.
"""

import contextlib
import dataclasses
import getpass
import os
import shutil
import time
import uuid as uuidlib
from collections.abc import Callable
from pathlib import Path

import platformdirs

from casefiles.core.errors import (
    CasefilesError,
    DatabaseDamaged,
    InvalidInput,
    StoreExists,
    StoreNotFound,
    StoreOpenElsewhere,
    StoreReadOnly,
)
from casefiles.core.fsutil import PRIVATE_FILE_MODE, make_private_dir
from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.security.kdf import KdfParams, calibrate
from casefiles.core.security.memory import to_buffer, wipe
from casefiles.core.store import schema, search
from casefiles.core.store.driver import (
    PAGE_SIZE,
    SQLITE_HEADER,
    Database,
    DatabaseError,
    StoreFile,
    configure,
    connect,
    fault,
    store_faults,
)
from casefiles.core.store.key_slots import PASSPHRASE, RECOVERY, KeySlots, new_recovery_code

try:
    import fcntl
except ImportError:  # Windows: no advisory lock (see above)
    fcntl = None  # type: ignore[assignment]

DB_NAME = "casefiles.db"
SLOTS_NAME = "keyslots.json"
LOCK_NAME = f"{DB_NAME}.lock"  # named after the database, so that a wipe counts it as ours
MIN_PASSPHRASE_LENGTH = 8
_CLAIM_PATIENCE_S = 0.5  # a casefiles-cli write checks the lock for microseconds; wait it out


def default_store_path() -> Path:
    """The store used when none is named: under the user's data directory."""
    return Path(platformdirs.user_data_dir("casefiles", appauthor=False)) / "store"


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to resist guessing (the GUI adds a strength meter)."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInput(_("The passphrase must have at least {n} characters; a few "
                             "unrelated words are easy to remember and hard to guess.")
                           .format(n=MIN_PASSPHRASE_LENGTH))


class Store:
    """An open store. Use `Store.create` or `Store.open`; close it (or use `with`) when done."""

    def __init__(self, path: Path, db: Database, key: bytearray, slots: KeySlots,
                 actor: str) -> None:
        self.path = path
        self.db = self._watched(db)
        self._key = key
        self._slots = slots
        self.actor = actor
        self._lock_fd: int | None = None
        # Told of every fault a transaction of this store met, on whichever connection and
        # thread (the app shows it, and offers to lock when the store is gone).
        self.on_fault: Callable[[CasefilesError], None] | None = None

    # -- life cycle ----------------------------------------------------------------------------
    @classmethod
    def create(cls, path: Path, passphrase: str, kdf: KdfParams | None = None,
               actor: str | None = None,
               fill: Callable[["Store"], object] | None = None) -> tuple["Store", str]:
        """Make a new store in `path` (absent or empty); returns it and its recovery code.

        The recovery code is shown to the caseworker once and never stored in the clear.
        `kdf` defaults to Argon2id parameters calibrated on this machine. `fill` (for example
        the demo data) runs before the store is complete: if it fails, nothing is left behind.
        """
        check_new_passphrase(passphrase)
        path = Path(path)
        with store_faults(StoreFile(path / DB_NAME)):
            return cls._create(path, passphrase, kdf, actor, fill)

    @classmethod
    def _create(cls, path: Path, passphrase: str, kdf: KdfParams | None, actor: str | None,
                fill: Callable[["Store"], object] | None) -> tuple["Store", str]:
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise StoreExists(_("{path} already exists and is not empty; choose a new folder.")
                              .format(path=path))
        created_dir = not path.exists()
        make_private_dir(path)
        key = to_buffer(os.urandom(32))
        slots = KeySlots(store_id=str(uuidlib.uuid4()), slots={})
        recovery_code = new_recovery_code()
        try:
            params = kdf or calibrate()
            slots.wrap_typed(PASSPHRASE, passphrase, key, params)
            slots.wrap_typed(RECOVERY, recovery_code, key, params)
            # Made 0600 before SQLite sees it: SQLite gives the -wal and -shm files the
            # database file's permissions, whatever the process umask.
            os.close(os.open(path / DB_NAME, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            db = Database(connect(str(path / DB_NAME), key))
            configure(db.conn)
            schema.migrate(db)
            store = cls(path, db, key, slots, actor or _default_actor())
            store._finish_migrations()
            with db.atomic():
                db.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?)",
                           (slots.store_id,))
                audit.record(db, store.actor, "store.create", None)
            if fill is not None:
                fill(store)
            slots.save(path / SLOTS_NAME)
        except BaseException:
            with contextlib.suppress(NameError):
                db.conn.close()
            wipe(key)
            _remove_partial(path, created_dir)
            raise
        return store, recovery_code

    @classmethod
    def open(cls, path: Path, passphrase: str, actor: str | None = None) -> "Store":
        """Open an existing store with its passphrase."""
        path, slots = cls._locate(path)
        key = slots.unwrap_typed(PASSPHRASE, passphrase)
        return cls._open_database(path, key, slots, actor)

    @classmethod
    def recover(cls, path: Path, recovery_code: str, new_passphrase: str,
                actor: str | None = None) -> "Store":
        """Open with the recovery code and set a new passphrase (the code stays valid)."""
        check_new_passphrase(new_passphrase)
        path, slots = cls._locate(path)
        key = slots.unwrap_typed(RECOVERY, recovery_code)
        store = cls._open_database(path, key, slots, actor)
        try:
            store._rewrap(new_passphrase, "store.recover")
        except BaseException:
            store.close()
            raise
        return store

    @classmethod
    def open_with_key(cls, path: Path, key: bytearray, actor: str | None = None) -> "Store":
        """Open the store in `path` with its raw database key instead of a secret (a store just
        restored from a backup, whose key slots gave the key already).

        The store takes `key` over: it is wiped when the store closes, or at once if opening
        fails.
        """
        try:
            path, slots = cls._locate(path)
        except BaseException:
            wipe(key)
            raise
        return cls._open_database(path, key, slots, actor)

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the database key under a new passphrase; the data is not re-encrypted."""
        check_new_passphrase(new)
        wipe(self._slots.unwrap_typed(PASSPHRASE, old))  # proves the old one
        self._rewrap(new, "store.passphrase_change")

    def claim(self) -> None:
        """Hold this store for this process until it is closed: what the app does once it has
        unlocked it, so that a second window, or casefiles-cli writing, is told (see above).

        Raises StoreOpenElsewhere, naming the holder's pid, when another process (or another
        Store in this one) holds it; StoreReadOnly or DiskFull when the lock file cannot be
        made.
        """
        if fcntl is None or self._lock_fd is not None:
            return
        with store_faults(self.db.store_file):
            self._lock_fd = _take_lock(self.path / LOCK_NAME)

    def close(self) -> None:
        """Close the database, wipe the key from our memory and let go of the claim."""
        with contextlib.suppress(DatabaseError):
            self.db.conn.close()  # SQLCipher clears its copy of the key
        wipe(self._key)
        fd, self._lock_fd = self._lock_fd, None
        if fd is not None:
            _release_lock(fd, self.path / LOCK_NAME)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def key_copy(self) -> bytearray:
        """A copy of the database key, for work that must outlive a lock (a backup in a
        worker: closing the store wipes its own key meanwhile). The caller wipes the copy
        (memory.wipe) as soon as it is done with it."""
        return bytearray(self._key)

    def second_connection(self) -> Database:
        """Another connection to this store, for work on another thread (close it after).

        A connection must not be used by two threads at once; a worker that ingests files
        while the window keeps reading gets its own.
        """
        db = Database(connect(str(self.path / DB_NAME), self._key))
        configure(db.conn)
        return self._watched(db)

    @property
    def store_id(self) -> str:
        return self._slots.store_id

    # -- internals -----------------------------------------------------------------------------
    def _watched(self, db: Database) -> Database:
        """`db` (this store's connection, or a second one) with the store's write guard, and
        reporting its faults to `on_fault`."""
        db.write_guard = self._refuse_if_claimed_elsewhere
        db.on_fault = self._fault
        return db

    def _fault(self, err: CasefilesError) -> None:
        if self.on_fault is not None:
            self.on_fault(err)

    def _refuse_if_claimed_elsewhere(self) -> None:
        """Before each write of a store this process has not claimed (casefiles-cli, the
        core's own callers): refuse it while a casefiles window holds the store."""
        if fcntl is None or self._lock_fd is not None:
            return
        try:
            fd = os.open(self.path / LOCK_NAME, os.O_RDONLY | _NOFOLLOW | os.O_CLOEXEC)
        except OSError:
            return  # no window has it (a vanished folder is told by the write itself)
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise StoreOpenElsewhere(_(
                "This store is open in a casefiles window (pid {pid}): nothing was written. "
                "Lock or close the store there, then try again.").format(pid=_holder(fd))
            ) from None
        finally:
            os.close(fd)

    def _rewrap(self, new_passphrase: str, action: str) -> None:
        """Wrap the key under `new_passphrase` and save the key slots, audited as `action`:
        both or neither (a full disk, a vanished folder), so that when this fails, as the
        error says, the old passphrase still opens the store."""
        params = KdfParams.from_json(self._slots.slots[PASSPHRASE]["kdf"])
        slots = dataclasses.replace(self._slots, slots=dict(self._slots.slots))
        slots.wrap_typed(PASSPHRASE, new_passphrase, self._key, params)
        saved = False
        try:
            with self.db.atomic():
                audit.record(self.db, self.actor, action, None)
                with store_faults(self.db.store_file):
                    slots.save(self.path / SLOTS_NAME)
                saved = True
        except BaseException:
            if saved:  # the audit entry did not commit: put the old slots back
                with contextlib.suppress(OSError):
                    self._slots.save(self.path / SLOTS_NAME)
            raise
        self._slots = slots

    def _finish_migrations(self) -> None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?",
                              (schema.REBUILD_SEARCH_INDEX,)).fetchone()
        if row:
            with self.db.atomic():
                search.rebuild_index(self.db)
                self.db.execute("DELETE FROM meta WHERE key = ?", (schema.REBUILD_SEARCH_INDEX,))

    @staticmethod
    def _locate(path: Path) -> tuple[Path, KeySlots]:
        path = Path(path)
        if not path.is_dir():
            raise StoreNotFound(_("There is no store at {path}.").format(path=path))
        if not (path / SLOTS_NAME).exists() and not (path / DB_NAME).exists():
            raise StoreNotFound(_("{path} is not a casefiles store (it holds no {db} or {slots})."
                                  ).format(path=path, db=DB_NAME, slots=SLOTS_NAME))
        _refuse_read_only(path)
        return path, KeySlots.load(path / SLOTS_NAME)

    @classmethod
    def _open_database(cls, path: Path, key: bytearray, slots: KeySlots,
                       actor: str | None) -> "Store":
        db_path = path / DB_NAME
        _check_database_file(db_path)
        sidecars_before = {p.name for p in path.iterdir()}
        conn = connect(str(db_path), key)
        try:
            db = Database(conn)
            store_id = db.execute("SELECT value FROM meta WHERE key = 'store_id'").fetchone()
            if store_id is None or store_id[0] != slots.store_id:
                raise DatabaseDamaged(_("{db} belongs to another store than this key-slot file."
                                        ).format(db=db_path))
            if schema.version(db) > schema.LATEST:
                raise DatabaseDamaged(_("This store was made by a newer casefiles; update "
                                        "casefiles to open it."))
            configure(conn)
            schema.migrate(db)
            store = cls(path, db, key, slots, actor or _default_actor())
            store._finish_migrations()
            return store
        except BaseException as err:
            conn.close()
            wipe(key)
            _remove_new_sidecars(path, sidecars_before)
            if isinstance(err, DatabaseError):
                raise fault(err, StoreFile(db_path)) or _damaged(db_path) from None
            raise


def _damaged(db_path: Path) -> DatabaseDamaged:
    return DatabaseDamaged(_(
        "{db} is damaged or is not this store's database: it cannot be decrypted with this "
        "store's key. Restore the store from a backup.").format(db=db_path))


def _check_database_file(db_path: Path) -> None:
    """Tell apart, before SQLCipher touches it, the ways a database file can be wrong."""
    try:
        size = db_path.stat().st_size
        with db_path.open("rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise DatabaseDamaged(_("The store's database file is missing: {db}.")
                              .format(db=db_path)) from None
    except PermissionError:
        raise DatabaseDamaged(_("The store's database file cannot be read (permissions): {db}."
                                ).format(db=db_path)) from None
    if size == 0:
        raise DatabaseDamaged(_("The store's database file is empty: {db}. Restore the store "
                                "from a backup.").format(db=db_path))
    if header == SQLITE_HEADER:
        raise DatabaseDamaged(_("{db} is an unencrypted SQLite database, not a casefiles store's "
                                "database.").format(db=db_path))
    if size % PAGE_SIZE:
        raise DatabaseDamaged(_("The store's database file is truncated ({size} bytes): {db}. "
                                "Restore the store from a backup.").format(size=size, db=db_path))


def _remove_new_sidecars(path: Path, before: set[str]) -> None:
    """Remove the -wal/-shm files SQLite made while failing to open, so nothing changed (on a
    folder that vanished meanwhile there is nothing to remove, and the first error is told)."""
    for name in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        if name not in before:
            with contextlib.suppress(OSError):
                (path / name).unlink()


def _refuse_read_only(path: Path) -> None:
    """Refuse a store that cannot be written, before the passphrase is tried (see above)."""
    parts = [path, *(path / name for name in (DB_NAME, SLOTS_NAME, f"{DB_NAME}-wal",
                                              f"{DB_NAME}-shm"))]
    if any(part.exists() and not os.access(part, os.W_OK) for part in parts):
        raise StoreReadOnly(_(
            "{path} cannot be written (a write-protected disk, a read-only folder or files), "
            "and casefiles only opens a store it can write to: it records every change and "
            "every view of an identity. Nothing was changed. Make it writable, or copy the "
            "store folder to a writable disk, then unlock it again.").format(path=path))


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _take_lock(lock_path: Path) -> int:
    """The descriptor of `lock_path` (made 0600 if absent), exclusively locked, holding our
    pid. Raises StoreOpenElsewhere when another holds it past a short wait."""
    assert fcntl is not None
    deadline = time.monotonic() + _CLAIM_PATIENCE_S
    while True:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | _NOFOLLOW | os.O_CLOEXEC,
                     PRIVATE_FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _holder(fd)
            os.close(fd)
            if time.monotonic() >= deadline:
                raise StoreOpenElsewhere(_(
                    "This store is already open in another casefiles window (pid {pid}). Use "
                    "that window, or lock or close the store there, then unlock it here."
                ).format(pid=holder)) from None
            time.sleep(0.05)
            continue
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, lock_path):
            with contextlib.suppress(OSError):  # the pid only names the holder: a full disk
                os.ftruncate(fd, 0)             # must not keep the store from opening
                os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        os.close(fd)  # its last holder removed it meanwhile: lock the one now there


def _release_lock(fd: int, lock_path: Path) -> None:
    """Remove the lock file (while still holding it, so that whoever opened it meanwhile
    finds, once it gets the lock, that it is no longer the one at that path), then let go."""
    with contextlib.suppress(OSError):
        if _same_file(fd, lock_path):
            lock_path.unlink()
    os.close(fd)


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _holder(fd: int) -> str:
    """The pid written in a lock file, or "unknown" (written a moment later, or not at all)."""
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
    except OSError:
        text = ""
    return text if text.isdigit() else _("unknown")


def _remove_partial(path: Path, created_dir: bool) -> None:
    """Undo a failed `create`: the folder was empty (or absent) before we started."""
    if created_dir:
        shutil.rmtree(path, ignore_errors=True)
    else:
        for child in path.iterdir():
            child.unlink()


def _default_actor() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "caseworker"
