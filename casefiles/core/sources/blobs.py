"""Original files as chunked blobs inside the encrypted database.

A file is streamed in 1 MiB chunks, hashed as it goes, so a 2 GB video never sits in memory;
each distinct content (by SHA-256) is stored once. Reading streams the chunks back in order.
"""

import hashlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from casefiles.core.errors import DatabaseDamaged
from casefiles.core.fsutil import atomic_write
from casefiles.core.i18n import _
from casefiles.core.store.driver import Database

CHUNK_SIZE = 1024 * 1024


def write_blob(db: Database, stream: BinaryIO) -> tuple[int, str, int]:
    """Store everything `stream` yields; return (blob id, sha256 hex, size).

    Call inside a transaction: the caller decides, once the hash is known, whether to keep the
    new blob or roll back to an existing one with the same content (`find_blob`).
    """
    digest = hashlib.sha256()
    blob_id = db.execute("INSERT INTO blobs (sha256, size) VALUES (NULL, 0)").lastrowid
    size = 0
    seq = 0
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
        db.execute("INSERT INTO blob_chunks (blob_id, seq, data) VALUES (?, ?, ?)",
                   (blob_id, seq, chunk))
        size += len(chunk)
        seq += 1
    return blob_id, digest.hexdigest(), size


def seal_blob(db: Database, blob_id: int, sha256: str, size: int) -> None:
    """Record the hash and size of a blob once all its chunks are in."""
    db.execute("UPDATE blobs SET sha256 = ?, size = ? WHERE id = ?", (sha256, size, blob_id))


def find_blob(db: Database, sha256: str) -> int | None:
    row = db.execute("SELECT id FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
    return row[0] if row else None


def read_chunks(db: Database, blob_id: int) -> Iterator[bytes]:
    """The blob's bytes, chunk by chunk, in order (one chunk in memory at a time)."""
    seq = 0
    while True:
        row = db.execute("SELECT data FROM blob_chunks WHERE blob_id = ? AND seq = ?",
                         (blob_id, seq)).fetchone()
        if row is None:
            return
        yield row[0]
        seq += 1


def export_blob(db: Database, blob_id: int, out: Path) -> None:
    """Write the original to `out` (atomically), checking its SHA-256 on the way.

    A stored original that no longer matches its hash is not handed out as if it were the
    original: nothing is written and DatabaseDamaged says so.
    """
    digest = hashlib.sha256()

    def checked() -> Iterator[bytes]:
        for chunk in read_chunks(db, blob_id):
            digest.update(chunk)
            yield chunk
        expected = db.execute("SELECT sha256 FROM blobs WHERE id = ?", (blob_id,)).fetchone()[0]
        if digest.hexdigest() != expected:
            raise DatabaseDamaged(_("The stored original no longer matches its SHA-256 "
                                    "({sha}...); nothing was written. Run verify, and restore "
                                    "the store from a backup.").format(sha=expected[:12]))

    atomic_write(out, checked())


def read_all(db: Database, blob_id: int) -> bytes:
    """The whole blob in memory: only for documents small enough to parse."""
    return b"".join(read_chunks(db, blob_id))


def verify_blobs(db: Database) -> list[str]:
    """Re-hash every stored original; one message per blob whose bytes changed."""
    problems = []
    rows = db.execute("SELECT b.id, b.sha256, b.size, group_concat(s.id) FROM blobs b "
                      "LEFT JOIN sources s ON s.blob_id = b.id GROUP BY b.id ORDER BY b.id"
                      ).fetchall()
    for blob_id, sha256, size, source_ids in rows:
        digest, actual = hashlib.sha256(), 0
        for chunk in read_chunks(db, blob_id):
            digest.update(chunk)
            actual += len(chunk)
        if digest.hexdigest() != sha256 or actual != size:
            problems.append(_("source {ids}: the stored original no longer matches its SHA-256 "
                              "({sha}...); it was altered or damaged")
                            .format(ids=source_ids or "-", sha=(sha256 or "")[:12]))
    return problems
