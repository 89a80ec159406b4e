"""A store: one folder holding the SQLCipher database and the key-slot file.

    <folder>/            0700
      casefiles.db       0600  SQLCipher 4, keyed with 32 random bytes (raw key)
      casefiles.db-wal   0600  write-ahead log while open (encrypted too)
      keyslots.json      0600  that key, wrapped by the passphrase and by the recovery code

Copy the folder and you have moved the store. Opening checks each part in turn so that every
way it can go wrong gets its own message, and a failed open writes nothing.
"""

import contextlib
import getpass
import os
import shutil
import uuid as uuidlib
from collections.abc import Callable
from pathlib import Path

import platformdirs

from casefiles.core.errors import (
    DatabaseDamaged,
    InvalidInput,
    StoreBusy,
    StoreExists,
    StoreNotFound,
)
from casefiles.core.fsutil import make_private_dir
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
    OperationalError,
    configure,
    connect,
)
from casefiles.core.store.key_slots import PASSPHRASE, RECOVERY, KeySlots, new_recovery_code

DB_NAME = "casefiles.db"
SLOTS_NAME = "keyslots.json"
MIN_PASSPHRASE_LENGTH = 8


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
        self.db = db
        self._key = key
        self._slots = slots
        self.actor = actor

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
        store._rewrap(new_passphrase)
        with store.db.atomic():
            audit.record(store.db, store.actor, "store.recover", None)
        return store

    def change_passphrase(self, old: str, new: str) -> None:
        """Rewrap the database key under a new passphrase; the data is not re-encrypted."""
        check_new_passphrase(new)
        wipe(self._slots.unwrap_typed(PASSPHRASE, old))  # proves the old one
        self._rewrap(new)
        with self.db.atomic():
            audit.record(self.db, self.actor, "store.passphrase_change", None)

    def close(self) -> None:
        """Close the database and wipe the key from our memory."""
        with contextlib.suppress(DatabaseError):
            self.db.conn.close()  # SQLCipher clears its copy of the key
        wipe(self._key)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def second_connection(self) -> Database:
        """Another connection to this store, for work on another thread (close it after).

        A connection must not be used by two threads at once; a worker that ingests files
        while the window keeps reading gets its own.
        """
        db = Database(connect(str(self.path / DB_NAME), self._key))
        configure(db.conn)
        return db

    @property
    def store_id(self) -> str:
        return self._slots.store_id

    # -- internals -----------------------------------------------------------------------------
    def _rewrap(self, new_passphrase: str) -> None:
        params = KdfParams.from_json(self._slots.slots[PASSPHRASE]["kdf"])
        self._slots.wrap_typed(PASSPHRASE, new_passphrase, self._key, params)
        self._slots.save(self.path / SLOTS_NAME)

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
            if isinstance(err, OperationalError) and ("locked" in str(err) or "busy" in str(err)):
                raise StoreBusy(_("The store is in use by another program; close it there and "
                                  "try again.")) from None
            if isinstance(err, DatabaseError):
                raise _damaged(db_path) from None
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
    """Remove the -wal/-shm files SQLite made while failing to open, so nothing changed."""
    for name in (f"{DB_NAME}-wal", f"{DB_NAME}-shm"):
        if name not in before:
            with contextlib.suppress(FileNotFoundError):
                (path / name).unlink()


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
