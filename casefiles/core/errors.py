"""The errors casefiles raises for conditions a user can act on.

Each carries a one-line, translated message meant to be shown as it is (CLI stderr, GUI dialog):
it says what happened and, where there is one, what to do. Tracebacks are for bugs only.
"""

from casefiles.core.i18n import _


class CasefilesError(Exception):
    """Base of every user-facing error; `str(err)` is the message to show."""

    exit_code = 1


class WrongPassphrase(CasefilesError):
    """The passphrase does not open the store's passphrase key slot."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__(_("Wrong passphrase: the store was not opened."))


class WrongRecoveryCode(CasefilesError):
    """The recovery code does not open the store's recovery key slot."""

    exit_code = 3

    def __init__(self) -> None:
        super().__init__(_("Wrong recovery code: the store was not opened."))


class StoreNotFound(CasefilesError):
    """The folder holds no store (or not all of one)."""


class StoreExists(CasefilesError):
    """Creating a store where one (or other files) already is."""


class KeySlotsDamaged(CasefilesError):
    """The key-slot file is unreadable, altered or of an unknown format."""


class DatabaseDamaged(CasefilesError):
    """The database file is empty, truncated, damaged, unencrypted or not this store's."""


class StoreBusy(CasefilesError):
    """Another program holds the database locked."""


class InvalidInput(CasefilesError):
    """Input (JSON, a date, a vocabulary term, ...) that casefiles cannot accept as given."""


class NotFound(CasefilesError):
    """A case, source or other record named by the user does not exist."""


class Conflict(CasefilesError):
    """A change that would break links between records (for example deleting a cited incident)."""


class BundleRefused(InvalidInput):
    """An exchange bundle that is damaged, tampered with, foreign or not for us: nothing of it is
    used. The message says in one line what is wrong with it."""


class WipeNotConfirmed(CasefilesError):
    """An emergency wipe was asked for but not confirmed: nothing was touched."""


class WipeIncomplete(CasefilesError):
    """An emergency wipe ran but could not destroy or remove everything (the report says what)."""


class NotABackup(InvalidInput):
    """A file given to restore that is not a casefiles backup at all."""


class BackupDamaged(InvalidInput):
    """A backup that is truncated, damaged or altered (it fails its authentication), or one
    just written that did not read back intact: nothing of it is used or kept."""


class DiskFull(CasefilesError):
    """The disk (or the quota) filled up while writing: what was being written was removed."""


class WrongBackupPassphrase(WrongPassphrase):
    """The passphrase does not open a backup's passphrase slot (the store's at backup time)."""

    def __init__(self) -> None:
        CasefilesError.__init__(self, _(
            "Wrong passphrase: it is not the one the store had when this backup was made. "
            "Nothing was restored."))


class WrongBackupRecoveryCode(WrongRecoveryCode):
    """The recovery code does not open a backup's recovery slot."""

    def __init__(self) -> None:
        CasefilesError.__init__(self, _(
            "Wrong recovery code: it is not the recovery code of the store this backup was made "
            "from. Nothing was restored."))


class StoreReadOnly(CasefilesError):
    """The store's folder, disk or files cannot be written (a write-protected USB stick, a
    read-only mount, permissions): nothing was written, and the store is not opened that way."""


class StoreGone(CasefilesError):
    """The store's folder went away while it was open (a USB stick pulled, the folder moved or
    deleted) or its disk stopped reading and writing: nothing more was written."""


class StoreOpenElsewhere(StoreBusy):
    """Another casefiles window holds the store open: a second window is not let in, and
    casefiles-cli does not write to it meanwhile (see casefiles.core.store.store)."""
