"""Restoring a backup (backup_format.py) into a new folder, as a working store.

Restoring reads the footer, unwraps the key from the key slots with the passphrase or recovery
code, and checks the HMAC over the whole file before it writes anything. It then copies the
parts into a hidden folder beside the target (authenticating again as it copies, in case the
file changes underneath), opens and verifies the store there, checks that its audit log ends
where the manifest says, and only then renames the folder into place: on any failure nothing
is left. The restored store notes the restore as its last backup (backup_history.py).
"""

import contextlib
import hashlib
import hmac
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, cast

from casefiles.core.errors import (
    BackupDamaged,
    DatabaseDamaged,
    InvalidInput,
    StoreExists,
    WrongBackupPassphrase,
    WrongBackupRecoveryCode,
    WrongPassphrase,
    WrongRecoveryCode,
)
from casefiles.core.fsutil import PRIVATE_FILE_MODE, atomic_write, fsync_dir, make_private_dir
from casefiles.core.i18n import _
from casefiles.core.security.memory import wipe, wiping
from casefiles.core.store import backup_history, schema
from casefiles.core.store.backup_disk import check_space, write_errors
from casefiles.core.store.backup_format import (
    SLACK,
    TAG_SIZE,
    Layout,
    Progress,
    authenticate,
    damaged,
    feed,
    mac_key,
    open_backup,
    parse_slots,
    read_layout,
    silent,
)
from casefiles.core.store.backup_history import LastBackup
from casefiles.core.store.key_slots import PASSPHRASE, RECOVERY, KeySlots
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from casefiles.core.store.verify import verify


@dataclass(frozen=True)
class RestoreResult:
    """A store restored into `path`; `problems` are what `verify` found in it (inherited from
    the store it was backed up from, like BackupResult's)."""

    path: Path
    store_id: str
    backup_created_at: str
    audit_seq: int
    problems: tuple[str, ...]


def restore_backup(backup_path: Path, new_store_dir: Path, passphrase: str | None = None,
                   recovery_code: str | None = None, actor: str | None = None,
                   progress: Progress | None = None) -> RestoreResult:
    """Restore a backup into `new_store_dir` (absent or empty), unlocked by one secret.

    The restored store opens with the passphrase (and the recovery code) its store had when
    the backup was made. Nothing is written until the whole file is authenticated, and nothing
    is left behind when anything fails. The secret, as typed, stays the caller's to wipe.
    """
    if (passphrase is None) == (recovery_code is None):
        raise InvalidInput(_("Give either the passphrase or the recovery code."))
    source, target = Path(backup_path), Path(new_store_dir)
    check_restore_target(target)
    say = progress or silent
    with open_backup(source) as f:
        layout = read_layout(f, source)
        slots = parse_slots(layout.slots, source)
        if slots.store_id != layout.manifest["store_id"]:
            raise damaged(source)
        key = _unwrap(slots, passphrase, recovery_code)
        try:
            with wiping(mac_key(key, layout.salt, slots.store_id)) as checking:
                sha256 = authenticate(f, layout, checking, say, _("Checking the backup"))
                _check_schema(layout)
                with write_errors(target, _("nothing was restored")):
                    check_space(_existing_ancestor(target), layout.db_size + SLACK)
                    with _new_folder(target) as staging:
                        atomic_write(staging / SLOTS_NAME, layout.slots)
                        _copy_out(f, layout, checking, staging / DB_NAME, say)
                        problems = _open_restored(staging, key, layout, sha256, actor)
        finally:
            wipe(key)
    return RestoreResult(target, slots.store_id, layout.manifest["created_at"],
                         layout.manifest["audit"]["seq"], tuple(problems))


def check_restore_target(target: Path) -> None:
    """Refuse a target that is a file or a folder with anything in it (before any secret is
    asked for)."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise StoreExists(_("{path} already exists and is not empty; restore into a new "
                            "folder.").format(path=target))


def _unwrap(slots: KeySlots, passphrase: str | None, recovery_code: str | None) -> bytearray:
    """The database key from the backup's key slots; a wrong secret is said as the backup's.

    `unwrap_typed` normalises the secret as typed and wipes the normalised bytes.
    """
    try:
        if passphrase is not None:
            return slots.unwrap_typed(PASSPHRASE, passphrase)
        if RECOVERY not in slots.slots:
            raise WrongBackupRecoveryCode()
        return slots.unwrap_typed(RECOVERY, cast(str, recovery_code))
    except WrongPassphrase:
        raise WrongBackupPassphrase() from None
    except WrongRecoveryCode:
        raise WrongBackupRecoveryCode() from None


def _check_schema(layout: Layout) -> None:
    """Refuse a backup of a store made by a newer casefiles (its schema is unknown here)."""
    version = layout.manifest.get("schema_version")
    if not isinstance(version, int) or version > schema.LATEST:
        raise InvalidInput(_("This backup was made by a newer casefiles; update "
                             "casefiles to restore it. Nothing was restored."))


def _copy_out(f: BinaryIO, layout: Layout, key: bytearray, db_path: Path,
              say: Progress) -> None:
    """Write the database part to `db_path`, authenticating the whole file again on the way
    (it was checked before, but a file on a stick can change between two reads)."""
    fd = os.open(db_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                 PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as out:
        mac = hmac.new(key, digestmod=hashlib.sha256)
        f.seek(0)
        feed(f, layout.db_size, [mac.update, out.write], say, _("Restoring the database"))
        feed(f, layout.size - TAG_SIZE - layout.db_size, [mac.update], say, "")
        out.flush()
        os.fsync(out.fileno())
    if not hmac.compare_digest(mac.digest(), layout.tag):
        raise BackupDamaged(_("The backup changed while it was being restored; nothing was "
                              "restored. Try again once nothing else writes to it."))


def _open_restored(staging: Path, key: bytearray, layout: Layout, sha256: str,
                   actor: str | None) -> list[str]:
    """Open the restored store (migrating it if it is older), check it, and note the restore."""
    try:
        store = Store.open_with_key(staging, bytearray(key), actor)
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
        last = LastBackup(layout.manifest["created_at"], seq, head, sha256, layout.size)
        backup_history.record(store.db, store.actor, "store.restore", last,
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
