"""Reading passphrases and recovery codes for the CLI, never from the command line itself.

From a terminal they are prompted for without echo. When standard input is not a terminal,
each secret is the next line of it (so `passwd` reads the old, then the new passphrase); with
`--passphrase-file PATH` the passphrase is that file's first line.
"""

import getpass
import sys
from pathlib import Path

from casefiles.core.errors import CasefilesError, InvalidInput
from casefiles.core.i18n import _


class SecretSource:
    """Hands out secrets in the order a command asks for them."""

    def __init__(self, passphrase_file: Path | None) -> None:
        self._file = passphrase_file

    def _from_stdin(self, what: str) -> str:
        line = sys.stdin.readline()
        if not line:
            raise InvalidInput(_("No {what} on standard input.").format(what=what))
        return line.rstrip("\r\n")

    def _from_file(self) -> str:
        assert self._file is not None
        try:
            with self._file.open(encoding="utf-8") as f:
                return f.readline().rstrip("\r\n")
        except OSError as err:
            raise CasefilesError(_("Cannot read the passphrase file {path}: {reason}")
                                 .format(path=self._file, reason=err.strerror)) from None

    def passphrase(self, prompt: str | None = None) -> str:
        """The passphrase of the store (from the file if given)."""
        if self._file is not None:
            return self._file_once()
        return self.secret(prompt or _("Passphrase: "), _("passphrase"))

    def _file_once(self) -> str:
        value = self._from_file()
        self._file = None  # a second secret (a new passphrase) comes from stdin or the terminal
        return value

    def secret(self, prompt: str, what: str) -> str:
        if sys.stdin.isatty():
            return getpass.getpass(prompt)
        return self._from_stdin(what)

    def new_passphrase(self) -> str:
        """A new passphrase: prompted twice on a terminal, else one line (or the file)."""
        if self._file is not None:
            return self._file_once()
        if not sys.stdin.isatty():
            return self._from_stdin(_("new passphrase"))
        first = getpass.getpass(_("New passphrase: "))
        if getpass.getpass(_("Repeat the new passphrase: ")) != first:
            raise InvalidInput(_("The two passphrases differ; nothing was changed."))
        return first

    def recovery_code(self) -> str:
        return self.secret(_("Recovery code: "), _("recovery code"))
