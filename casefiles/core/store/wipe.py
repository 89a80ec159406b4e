"""Emergency wipe: destroy a store so that it can never be opened again.

What makes a store unreadable is its key slots: the database is encrypted with a random key
that exists on disk only inside `keyslots.json`. So the wipe, without asking for the passphrase
(a caseworker at a checkpoint may have seconds), does in this order:

1. closes the store if it is open here (which also wipes the key from this process's memory);
2. overwrites, key-slot files first, the head of every store file in place with random bytes
   and fsyncs it: all of `keyslots.json` (and of any temporary copy an interrupted rewrite
   left), and at most `HEAD_BYTES` of the database (its first page holds SQLCipher's salt), its
   write-ahead log, shared-memory index and any rollback journal. The rest of the database is
   AES-256 ciphertext whose key is gone, and rewriting gigabytes would take minutes. This pass
   takes milliseconds whatever the store's size (bench/wipe.py);
3. truncates and removes every file, then the folder, and fsyncs what held them. Freeing the
   database's blocks costs what `rm` costs, which grows with the size on a file system that
   discards freed blocks at once; by then the store is already unrecoverable.

Every step is tried even when an earlier one failed (a file already missing, a read-only folder,
a file another program holds open), and the `WipeReport` says what was destroyed and what was
not. Only the store's own files are touched: a folder that holds none is refused
(`StoreNotFound`), so a mistyped path cannot wipe someone's documents, and files of other
programs found in the folder are left and named.

What no program can promise is in `limits()` (SSD wear levelling, journaling and copy-on-write
file systems, backups and exports, the operating system's own copies); the CLI and the app show
it before the caseworker confirms, and docs/SECURITY.md explains it. The audit log cannot record
a wipe: it is destroyed with the store.
"""

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from casefiles.core.errors import StoreNotFound
from casefiles.core.fsutil import PRIVATE_DIR_MODE, PRIVATE_FILE_MODE, fsync_dir
from casefiles.core.i18n import _
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store

CONFIRM_WORD = "WIPE"
HEAD_BYTES = 1024 * 1024  # more than the key-slot file; the database's first 256 pages
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class WipedFile:
    """What happened to one of the store's files."""

    name: str
    size: int
    overwritten: bool  # its first min(size, HEAD_BYTES) bytes replaced by random ones, fsynced
    removed: bool
    problem: str = ""  # why a step failed, in words ("" when none did)


@dataclass
class WipeReport:
    """The outcome of `wipe_store`, file by file."""

    path: Path
    files: list[WipedFile] = field(default_factory=list)
    folder_removed: bool = False
    others_left: list[str] = field(default_factory=list)  # files in the folder that are not ours
    folder_problem: str = ""  # why the folder could not be removed

    @property
    def keys_destroyed(self) -> bool:
        """Every key-slot file was overwritten: the database key can no longer be unwrapped."""
        return all(f.overwritten for f in self.files if _is_key_slots(f.name))

    @property
    def complete(self) -> bool:
        """Everything was overwritten and removed, the folder too."""
        return (self.folder_removed
                and all(f.overwritten and f.removed and not f.problem for f in self.files))

    def lines(self) -> list[str]:
        """The report in words, one line each: the CLI prints them, the app shows them."""
        lines = []
        for f in self.files:
            if f.overwritten and f.removed:
                lines.append(_("destroyed: {name} (overwritten, then removed)")
                             .format(name=f.name))
            elif f.overwritten:
                lines.append(_("overwritten but NOT removed: {name}: {problem}")
                             .format(name=f.name, problem=f.problem))
            elif f.removed:
                lines.append(_("removed but NOT overwritten: {name}: {problem}")
                             .format(name=f.name, problem=f.problem))
            else:
                lines.append(_("NOT destroyed: {name}: {problem}")
                             .format(name=f.name, problem=f.problem))
        lines.extend(_("left in place, not a casefiles file: {name}").format(name=name)
                     for name in self.others_left)
        if self.folder_removed:
            lines.append(_("removed the folder {path}").format(path=self.path))
        else:
            lines.append(_("the folder {path} could NOT be removed: {problem}")
                         .format(path=self.path, problem=self.folder_problem))
        if self.keys_destroyed:
            lines.append(_("The store's key slots are destroyed: it cannot be opened again, "
                           "with or without the passphrase or the recovery code."))
        else:
            lines.append(_("The key slots could NOT all be destroyed: whoever has the "
                           "passphrase or the recovery code may still open the store."))
        return lines


def limits() -> list[str]:
    """What a wipe cannot guarantee, said plainly (shown before the caseworker confirms)."""
    return [
        _("SSDs, USB sticks and memory cards move data around internally (wear levelling): "
          "old copies of the overwritten bytes may survive inside the device, out of reach of "
          "any program."),
        _("Journaling and copy-on-write file systems (ext4 with data journaling, btrfs, ZFS, "
          "APFS) and file-system snapshots may keep earlier copies of the files, including "
          "key-slot files from before a passphrase change."),
        _("Backups, exported bundles, dossiers and spreadsheets saved or printed elsewhere, "
          "and copies of the store folder, are not touched: destroy them separately."),
        _("Copies the operating system made are not reached: swap, hibernation files, crash "
          "reports, and the shell's history of commands typed."),
        _("Another copy of casefiles that has this store open keeps what it shows until it is "
          "closed: quit it."),
    ]


def confirmation_matches(typed: str, path: Path) -> bool:
    """True when the caseworker typed the confirmation word (in any case) or the store
    folder's exact name."""
    text = typed.strip()
    return bool(text) and (text.upper() == CONFIRM_WORD or text == Path(path).absolute().name)


def store_files(path: Path) -> list[Path]:
    """The store's own files in `path`, key slots first; StoreNotFound if there are none.

    The check a caller makes before asking for confirmation, and the wipe's list of targets.
    """
    path = Path(path).absolute()
    if not path.is_dir():
        raise StoreNotFound(_("There is no store at {path}.").format(path=path))
    try:
        ours = [p for p in path.iterdir() if _is_ours(p.name)]
    except OSError as err:
        raise StoreNotFound(_("The folder {path} cannot be read: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    if not ours:
        raise StoreNotFound(_("{path} is not a casefiles store (it holds no {db} or {slots}); "
                              "nothing was wiped.").format(path=path, db=DB_NAME,
                                                           slots=SLOTS_NAME))
    return sorted(ours, key=lambda p: (not _is_key_slots(p.name), p.name))


def wipe_store(target: Path | Store) -> WipeReport:
    """Destroy the store at `target` (a folder, or an open Store, which is closed first).

    Raises StoreNotFound, before touching anything, when the folder holds no store file.
    Otherwise never raises for a file-system failure: the report says what could not be done.
    """
    if isinstance(target, Store):
        path = target.path.absolute()
        target.close()
    else:
        path = Path(target).absolute()
    files = store_files(path)
    report = WipeReport(path=path)
    _make_writable(path, PRIVATE_DIR_MODE)
    # Everything that destroys data first, in milliseconds whatever the size; then the removals,
    # whose freeing of the database's blocks costs what `rm` costs.
    heads = [_overwrite(file) for file in files]
    report.files = [_remove(file, *head) for file, head in zip(files, heads, strict=True)]
    with contextlib.suppress(OSError):
        fsync_dir(path)
    _remove_folder(report)
    return report


def _is_key_slots(name: str) -> bool:
    """keyslots.json, or a temporary copy an interrupted rewrite left (`.keyslots.json.tmp-N`)."""
    return name.lstrip(".").startswith(SLOTS_NAME)


def _is_ours(name: str) -> bool:
    """The database, its -wal/-shm/-journal, the key slots and their temporary copies."""
    return _is_key_slots(name) or name.lstrip(".").startswith(DB_NAME)


def _make_writable(path: Path, mode: int) -> None:
    """Give ourselves write permission (the wipe is deliberate); fine if we may not."""
    if not os.access(path, os.W_OK):
        with contextlib.suppress(OSError):
            os.chmod(path, mode)


def _reason(err: OSError) -> str:
    return err.strerror or str(err)


def _overwrite(file: Path) -> tuple[int, bool, list[str]]:
    """Overwrite the head of `file` with random bytes and fsync: (size, done, problems)."""
    if file.is_symlink():
        return 0, False, [_("it is a link; the file it points to was not overwritten")]
    _make_writable(file, PRIVATE_FILE_MODE)
    try:
        fd = os.open(file, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return 0, True, []  # gone meanwhile: SQLite removes its -wal and -shm on close
    except OSError as err:
        return 0, False, [_reason(err)]
    size = 0
    try:
        size = os.fstat(fd).st_size
        _overwrite_head(fd, min(size, HEAD_BYTES))
        return size, True, []
    except OSError as err:
        return size, False, [_reason(err)]
    finally:
        os.close(fd)


def _remove(file: Path, size: int, overwritten: bool, problems: list[str]) -> WipedFile:
    """Truncate `file` (its blocks are freed even if a program holds it open) and remove it."""
    if not file.is_symlink():
        with contextlib.suppress(FileNotFoundError):
            try:
                os.truncate(file, 0)
            except OSError as err:
                problems.append(_reason(err))
    try:
        os.unlink(file)
        removed = True
    except FileNotFoundError:
        removed = True
    except OSError as err:
        removed = False
        problems.append(_reason(err))
    return WipedFile(file.name, size, overwritten, removed, "; ".join(dict.fromkeys(problems)))


def _overwrite_head(fd: int, length: int) -> None:
    """Replace the first `length` bytes of the file with random ones, and make it stick."""
    os.lseek(fd, 0, os.SEEK_SET)
    written = 0
    while written < length:
        written += os.write(fd, os.urandom(min(_CHUNK, length - written)))
    os.fsync(fd)


def _remove_folder(report: WipeReport) -> None:
    path = report.path
    try:
        report.others_left = sorted(p.name for p in path.iterdir() if not _is_ours(p.name))
        if report.others_left:
            report.folder_problem = _("it holds files that are not casefiles'")
            return
        path.rmdir()
    except FileNotFoundError:
        pass
    except OSError as err:
        report.folder_problem = _reason(err)
        return
    report.folder_removed = True
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
