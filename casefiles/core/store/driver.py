"""The SQLCipher driver, wired so that sqlite-utils uses it.

sqlite-utils catches the exception classes of whichever module it imported as `sqlite3`; it
tries `pysqlite3` first. Registering `sqlcipher3` under that name *before* sqlite-utils is first
imported makes it catch what sqlcipher3 raises (without this, `drop(ignore=True)` and
`INSERT ... RETURNING` through `query()` fail). Import sqlite-utils only through this module.
"""

import sys

import sqlcipher3
from sqlcipher3 import dbapi2

if "sqlite_utils" in sys.modules and "pysqlite3" not in sys.modules:
    raise ImportError("sqlite_utils was imported before casefiles.core.store.driver")
sys.modules.setdefault("pysqlite3", sqlcipher3)
sys.modules.setdefault("pysqlite3.dbapi2", dbapi2)

import sqlite_utils  # noqa: E402  (must come after the registration above)

Connection = dbapi2.Connection
DatabaseError = dbapi2.DatabaseError
IntegrityError = dbapi2.IntegrityError
OperationalError = dbapi2.OperationalError
Database = sqlite_utils.Database
complete_statement = dbapi2.complete_statement

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000


def connect(path: str, key: bytes | bytearray | None) -> Connection:
    """Open `path` with SQLCipher, keyed with the raw 32-byte `key` (None: plain SQLite).

    A raw key skips SQLCipher's own PBKDF2 (we already ran Argon2id), so opening costs well
    under a millisecond. HMAC failures are not printed to stderr; they surface as the first
    query's DatabaseError, which the caller turns into a clear message.
    """
    conn = sqlcipher3.connect(path, check_same_thread=False)
    if key is not None:
        conn.execute(f"PRAGMA key = \"x'{bytes(key).hex()}'\"")
    conn.execute("PRAGMA cipher_log_level = NONE")
    return conn


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
