"""Reading passphrases and recovery codes for the CLI, never from the command line itself.

From a terminal they are prompted for without echo. When standard input is not a terminal,
each secret is the next line of it (so `passwd` reads the old, then the new passphrase); with
`--passphrase-file PATH` the passphrase is that file's first line.

Copies are kept few and wiped: a line of standard input is read byte by byte from the file
descriptor into a bytearray (no copy left in sys.stdin's buffers, and nothing read past the
line, so what follows, such as `--from-json -`, is still there for the command), a passphrase
file is read into a bytearray, and each is decoded once. Every secret handed out is wiped
(memory.wipe_immutable) by `wipe()`, which also runs when the source is discarded at the end of
the command; by then the store that used it is closed.
"""

import getpass
import io
import os
import sys
from pathlib import Path

from casefiles.core.errors import CasefilesError, InvalidInput
from casefiles.core.i18n import _
from casefiles.core.security.memory import wipe, wipe_immutable, wiping

_LINE_START = 256


class SecretSource:
    """Hands out secrets in the order a command asks for them, and wipes them afterwards."""

    def __init__(self, passphrase_file: Path | None) -> None:
        self._file = passphrase_file
        self._handed_out: list[str] = []

    def wipe(self) -> None:
        """Overwrite every secret handed out so far (those nobody else still holds)."""
        while self._handed_out:
            secret = self._handed_out.pop()
            wipe_immutable(secret)

    def __del__(self) -> None:
        self.wipe()

    def _hand_out(self, secret: str) -> str:
        self._handed_out.append(secret)
        return secret

    def _from_stdin(self, what: str) -> str:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, io.UnsupportedOperation):  # replaced by a file-like object
            return self._hand_out(_stripped(sys.stdin.readline(), what))
        line = _read_line(fd, b"\n")
        if line is None:
            raise InvalidInput(_("No {what} on standard input.").format(what=what))
        with wiping(line):
            return self._hand_out(_decode(line, sys.stdin.encoding or "utf-8", what))

    def _from_file(self) -> str:
        """The file's first line (up to its first CR or LF, as text mode would read it)."""
        assert self._file is not None
        try:
            fd = os.open(self._file, os.O_RDONLY | getattr(os, "O_BINARY", 0))
            try:
                line = _read_line(fd, b"\r\n")
            finally:
                os.close(fd)
        except OSError as err:
            raise CasefilesError(_("Cannot read the passphrase file {path}: {reason}")
                                 .format(path=self._file, reason=err.strerror)) from None
        if line is None:
            return ""
        with wiping(line):
            return self._hand_out(_decode(line, "utf-8", _("passphrase")))

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
            return self._hand_out(getpass.getpass(prompt))
        return self._from_stdin(what)

    def new_passphrase(self) -> str:
        """A new passphrase: prompted twice on a terminal, else one line (or the file)."""
        if self._file is not None:
            return self._file_once()
        if not sys.stdin.isatty():
            return self._from_stdin(_("new passphrase"))
        first = self._hand_out(getpass.getpass(_("New passphrase: ")))
        with wiping(getpass.getpass(_("Repeat the new passphrase: "))) as repeated:
            if repeated != first:
                raise InvalidInput(_("The two passphrases differ; nothing was changed."))
        return first

    def recovery_code(self) -> str:
        return self.secret(_("Recovery code: "), _("recovery code"))


def _read_line(fd: int, ends: bytes) -> memoryview | None:
    """The next line of `fd`, up to one of the bytes `ends` (None at the end of input).

    One byte at a time, so nothing past the line is consumed; into a bytearray that grows by
    copying into a bigger one and wiping the old (a bytearray's own growth would leave the old
    storage in freed memory). Trailing CRs are dropped, as `rstrip("\\r\\n")` did. The
    result is a view of that bytearray, for the caller to wipe.
    """
    line, size = bytearray(_LINE_START), 0
    while (byte := os.read(fd, 1)) and byte not in ends:
        if size == len(line):
            bigger = bytearray(2 * len(line))
            bigger[:size] = line
            wipe(line)
            line = bigger
        line[size] = byte[0]
        size += 1
    if not byte and not size:
        return None
    while size and line[size - 1] == ord("\r"):
        size -= 1
    return memoryview(line)[:size]


def _decode(data: memoryview, encoding: str, what: str) -> str:
    """`data` as text; an undecodable secret is refused without naming a byte of it (strictly:
    an undecodable byte kept as a surrogate could not be encoded for Argon2id later)."""
    try:
        return str(data, encoding)
    except UnicodeDecodeError as err:
        wipe_immutable(err.object)  # the error holds a copy of the bytes it could not read
        raise InvalidInput(_("The {what} is not {encoding} text.").format(
            what=what, encoding=encoding.upper())) from None


def _stripped(line: str, what: str) -> str:
    if not line:
        raise InvalidInput(_("No {what} on standard input.").format(what=what))
    return line.rstrip("\r\n")
