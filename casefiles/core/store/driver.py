"""The SQLCipher driver, wired so that sqlite-utils uses it.

sqlite-utils catches the exception classes of whichever module it imported as `sqlite3`; it
tries `pysqlite3` first. Registering `sqlcipher3` under that name *before* sqlite-utils is first
imported makes it catch what sqlcipher3 raises (without this, `drop(ignore=True)` and
`INSERT ... RETURNING` through `query()` fail). Import sqlite-utils only through this module.
"""

import sys

import sqlcipher3
from sqlcipher3 import dbapi2

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
Database = sqlite_utils.Database
complete_statement = dbapi2.complete_statement

SQLITE_HEADER = b"SQLite format 3\x00"
PAGE_SIZE = 4096
BUSY_TIMEOUT_MS = 5000
_HEX_DIGITS = b"0123456789abcdef"


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
