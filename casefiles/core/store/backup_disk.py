"""Free space and write errors, for writing a backup file and for restoring one into a folder.

Both write as much as the store is big, often to a USB stick: they check the space first, and
turn a disk that fills up meanwhile, a busy store or an unwritable folder into one clear error
that says what was left as it was.
"""

import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path

from casefiles.core.errors import (
    CasefilesError,
    DatabaseDamaged,
    DiskFull,
    InvalidInput,
    StoreBusy,
)
from casefiles.core.i18n import _
from casefiles.core.sources.ingest import human_size
from casefiles.core.store.driver import DatabaseError, fault


def check_space(folder: Path, needed: int) -> None:
    """Refuse, before anything is written, a folder whose disk has less than `needed` free."""
    free = shutil.disk_usage(folder).free
    if free < needed:
        raise DiskFull(_("There is not enough free space in {folder}: {needed} needed, {free} "
                         "free. Nothing was written. Free some space or choose another disk.")
                       .format(folder=folder, needed=human_size(needed), free=human_size(free)))


@contextlib.contextmanager
def write_errors(path: Path, unchanged: str) -> Iterator[None]:
    """Turn a full disk, a busy store or an unwritable folder into one clear error.

    `unchanged` (translated) says what was left as it was: "the store is unchanged".
    """
    full = DiskFull(_("The disk filled up while writing {path}: nothing was written and {what}. "
                      "Free some space or choose another disk.")
                    .format(path=path, what=unchanged))
    try:
        yield
    except CasefilesError:
        raise
    except OSError as err:
        if isinstance(fault(err), DiskFull):
            raise full from None
        raise InvalidInput(_("Cannot write {path}: {reason}").format(
            path=path, reason=err.strerror or err)) from None
    except DatabaseError as err:
        meaning = fault(err)  # the store's own reading of SQLite's codes and messages
        if isinstance(meaning, DiskFull):
            raise full from None
        if isinstance(meaning, StoreBusy):
            raise StoreBusy(_("The store is busy (a large import?); try again when it is done."
                              )) from None
        raise DatabaseDamaged(_("{path} could not be written ({error}); {what}.").format(
            path=path, error=err, what=unchanged)) from None
