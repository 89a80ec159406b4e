"""The backup file: its layout, its seal, and how it is read and authenticated.

`backup.make_backup` writes a file in this layout and `restore.restore_backup` reads one; both
go through the functions here, so that the layout is defined in one place.

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

Reading comes in two steps. `read_layout` needs no secret: it tells a file that is no backup
from a damaged one (by the magic at its start and in its footer), checks the lengths the footer
gives, and parses the manifest, which is not yet trusted. `authenticate` then checks the HMAC
over the whole file with the key the key slots give: one HMAC covers every byte before it, so a
flipped byte anywhere, a truncation or a spliced key-slot file is refused before anything is
written. Files are read a chunk at a time (`feed`), so memory stays flat whatever the size.
"""

import contextlib
import hashlib
import hmac
import json
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from casefiles.core.errors import BackupDamaged, InvalidInput, KeySlotsDamaged, NotABackup
from casefiles.core.i18n import _
from casefiles.core.security.memory import to_buffer
from casefiles.core.store.driver import PAGE_SIZE
from casefiles.core.store.key_slots import KeySlots

FORMAT = "casefiles-backup"
VERSION = 1
MAGIC = b"CFBACKUP"
SUFFIX = ".cfbackup"
TAG_SIZE = 32
CHUNK = 1024 * 1024  # bytes read, hashed and written at a time
SLACK = 1024 * 1024  # room for the key slots, manifest and footer beyond the database

_FOOTER = struct.Struct(">8sIIIQ")
_SALT_SIZE = 16
_MAX_PART = 1024 * 1024  # key slots and manifest are small JSON; a larger length is damage

Progress = Callable[[str, int, int], None]
"""progress(what, done, total): a translated step name and how far it is (bytes or pages)."""


def silent(_what: str, _done: int, _total: int) -> None:
    """The Progress of a caller that asked for none."""


@dataclass(frozen=True)
class Layout:
    """Where the parts of a backup file are, as its footer says (checked, not authenticated)."""

    size: int  # of the whole file
    db_size: int
    slots: bytes
    manifest: dict
    salt: bytes  # the database's first 16 bytes
    tag: bytes  # the HMAC at the end


@dataclass(frozen=True)
class BackupInfo:
    """What a backup's manifest says, read without the key (so not yet authenticated)."""

    path: Path
    size: int
    store_id: str
    created_at: str
    casefiles_version: str


def describe_backup(path: Path) -> BackupInfo:
    """What a backup says about itself, without a secret: whose store, made when. The
    contents are only trusted once restore has authenticated them."""
    path = Path(path)
    with open_backup(path) as f:
        layout = read_layout(f, path)
    return BackupInfo(path, layout.size, layout.manifest["store_id"],
                      layout.manifest["created_at"], layout.manifest.get("casefiles", "?"))


# ---- writing ------------------------------------------------------------------------------

def new_salt() -> bytes:
    """The SQLCipher salt for a backup's copy of the database: MAGIC and 8 random bytes."""
    return MAGIC + os.urandom(_SALT_SIZE - len(MAGIC))


def mac_key(key: bytes | bytearray, salt: bytes, store_id: str) -> bytearray:
    """The HMAC key of a backup, derived from the store's database key.

    A buffer for the caller to wipe (memory.wiping); the bytes HKDF returns are copied and
    wiped at once.
    """
    return to_buffer(HKDF(algorithm=hashes.SHA256(), length=32, salt=salt,
                          info=f"{FORMAT}/{VERSION}/{store_id}".encode()).derive(key))


def seal(path: Path, key: bytearray, slots: bytes, manifest: dict, say: Progress) -> None:
    """Append key slots, manifest, footer and the HMAC (under `key`) of it all to the copied
    database at `path`, and make it durable."""
    body = json.dumps(manifest, sort_keys=True).encode()
    with path.open("r+b") as f:
        db_size = os.fstat(f.fileno()).st_size  # SQLite is done with it: whole pages
        mac = hmac.new(key, digestmod=hashlib.sha256)
        feed(f, db_size, [mac.update], say, _("Sealing the backup"))
        footer = _FOOTER.pack(MAGIC, VERSION, len(slots), len(body), db_size)
        for part in (slots, body, footer):
            mac.update(part)
            f.write(part)
        f.write(mac.digest())
        f.flush()
        os.fsync(f.fileno())
        if hasattr(os, "posix_fadvise"):  # so a read-back comes from the disk, not the cache
            os.posix_fadvise(f.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)


# ---- reading ------------------------------------------------------------------------------

@contextlib.contextmanager
def open_backup(path: Path) -> Iterator[BinaryIO]:
    """The file at `path`, open for reading; a folder or an unreadable file is said so."""
    if path.is_dir():
        raise NotABackup(_("{path} is a folder, not a backup file.").format(path=path))
    try:
        f = path.open("rb")
    except OSError as err:
        raise InvalidInput(_("Cannot read {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    with f:
        yield f


def read_layout(f: BinaryIO, path: Path) -> Layout:
    """Parse the footer and the parts it points to; say whether the file is a backup at all."""
    size = os.fstat(f.fileno()).st_size
    head = f.read(_SALT_SIZE)
    footer = b""
    if size >= _FOOTER.size + TAG_SIZE:
        f.seek(size - _FOOTER.size - TAG_SIZE)
        footer = f.read(_FOOTER.size)
    if not head.startswith(MAGIC) and not footer.startswith(MAGIC):
        raise NotABackup(_("{path} is not a casefiles backup.").format(path=path))
    if not head.startswith(MAGIC) or not footer.startswith(MAGIC):
        raise damaged(path)
    _magic, version, slots_size, manifest_size, db_size = _FOOTER.unpack(footer)
    if version != VERSION:
        raise BackupDamaged(_("{path} is a backup in format {version}, which this casefiles "
                              "cannot read (it is newer, or the file is damaged).")
                            .format(path=path, version=version))
    if (max(slots_size, manifest_size) > _MAX_PART or db_size < PAGE_SIZE
            or db_size % PAGE_SIZE
            or db_size + slots_size + manifest_size + _FOOTER.size + TAG_SIZE != size):
        raise damaged(path)
    f.seek(db_size)
    slots = f.read(slots_size)
    try:
        manifest = json.loads(f.read(manifest_size))
        fields = (manifest["format"], manifest["version"], manifest["db_size"],
                  manifest["store_id"], manifest["created_at"], manifest["audit"]["seq"],
                  manifest["audit"]["hash"])
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise damaged(path) from None
    if fields[:3] != (FORMAT, VERSION, db_size) or [type(v) for v in fields[3:]] != [
            str, str, int, str]:
        raise damaged(path)
    f.seek(size - TAG_SIZE)
    return Layout(size, db_size, slots, manifest, head, f.read(TAG_SIZE))


def damaged(path: Path) -> BackupDamaged:
    """The error for a backup whose structure does not hold together."""
    return BackupDamaged(_(
        "{path} is a damaged or incomplete casefiles backup (truncated, or changed after it "
        "was written); nothing was restored. Use another copy of the backup.").format(path=path))


def parse_slots(data: bytes, origin: Path) -> KeySlots:
    """The key slots a backup holds, with the checks a store's own file gets."""
    try:
        return KeySlots.parse(data, origin)
    except KeySlotsDamaged:
        raise BackupDamaged(_(
            "{path} is damaged or was altered after it was written (its key slots do not "
            "check); nothing was restored. Use another copy of the backup.")
            .format(path=origin)) from None


def authenticate(f: BinaryIO, layout: Layout, key: bytearray, say: Progress, what: str) -> str:
    """Check the HMAC (under `key`) over the whole file; returns the file's SHA-256 (hex)."""
    mac = hmac.new(key, digestmod=hashlib.sha256)
    whole = hashlib.sha256()
    f.seek(0)
    feed(f, layout.size - TAG_SIZE, [mac.update, whole.update], say, what)
    if not hmac.compare_digest(mac.digest(), layout.tag):
        raise BackupDamaged(_(
            "{path} is damaged or was altered after it was written (it fails its "
            "authentication); nothing was restored. Use another copy of the backup.")
            .format(path=getattr(f, "name", "?")))
    whole.update(layout.tag)
    return whole.hexdigest()


def feed(f: BinaryIO, length: int, consumers: list[Callable[[bytes], object]],
         say: Progress, what: str) -> None:
    """Feed the next `length` bytes of `f` to each consumer, a chunk at a time; progress is
    reported as `what` (unless it is empty)."""
    done = 0
    while done < length:
        chunk = f.read(min(CHUNK, length - done))
        if not chunk:
            raise BackupDamaged(_("The backup ended early while it was being read."))
        for consume in consumers:
            consume(chunk)
        done += len(chunk)
        if what:
            say(what, done, length)
