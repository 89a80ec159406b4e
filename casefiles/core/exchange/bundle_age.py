"""The age encryption around a bundle, streamed both ways in constant memory.

To X25519 recipients, pyrage does the work: `encrypt_io` pulls the plaintext from a reader, and
`decrypt_io` pushes it into a writer, which a worker thread turns into an iterator of chunks
through a small bounded queue (so the tar reader can pull and memory stays flat).

To a passphrase, pyrage (1.4) cannot stream: `pyrage.passphrase` takes and returns whole bytes.
So the scrypt recipient of the age format (age-encryption.org/v1, the C2SP age specification)
is written here on `cryptography`'s primitives: scrypt wraps a random file key, HKDF-SHA256
derives the header MAC key and the payload key, and the payload is ChaCha20-Poly1305 in 64 KiB
chunks (the STREAM construction, the last chunk flagged). The tests check it against pyrage and
the `age` tool in both directions.
"""

import base64
import hmac
import os
import queue
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from hashlib import sha256
from typing import BinaryIO

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from casefiles.core.errors import BundleRefused, InvalidInput
from casefiles.core.i18n import _

INTRO = b"age-encryption.org/v1\n"
CHUNK = 64 * 1024
_TAG = 16
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"
# The `age` tool's own work factor (2**18, about 1 s and 256 MiB); a bundle asking for more than
# 2**20 (1 GiB of memory) is refused rather than let a file exhaust the machine.
SCRYPT_LOG_N = 18
MAX_SCRYPT_LOG_N = 20
_MAX_HEADER_LINE = 4096
_MAX_STANZAS = 256
_QUEUE_CHUNK = 1024 * 1024
_QUEUE_DEPTH = 4

Chunks = Iterator[bytes]


# ---- messages shared by both decryption paths -------------------------------------------------

def _not_age() -> BundleRefused:
    return BundleRefused(_("This file is not an encrypted casefiles bundle (not in the age "
                           "format, or its beginning is damaged)."))


def _damaged(offset: int) -> BundleRefused:
    return BundleRefused(_("The bundle is damaged or incomplete: its encrypted content fails the "
                           "integrity check after {size} bytes (altered or truncated). Ask the "
                           "sender for a new copy.").format(size=offset))


# ---- the header -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Header:
    """The parsed age header: its stanzas, the bytes the MAC covers, and the MAC."""

    stanzas: tuple[tuple[tuple[str, ...], bytes], ...]  # (type and arguments, body)
    mac_input: bytes
    mac: bytes

    def kinds(self) -> set[str]:
        """The recipient types the file key is wrapped to ("X25519", "scrypt", ...)."""
        return {args[0] for args, _body in self.stanzas}


def _b64decode(text: bytes) -> bytes:
    """age's canonical unpadded base64, or ValueError."""
    if not re.fullmatch(rb"[A-Za-z0-9+/]*", text):
        raise ValueError(text)
    data = base64.b64decode(text + b"=" * (-len(text) % 4), validate=True)
    if _b64encode(data) != text:
        raise ValueError(text)
    return data


def _b64encode(data: bytes) -> bytes:
    return base64.b64encode(data).rstrip(b"=")


def _line(stream: BinaryIO) -> bytes:
    line = stream.readline(_MAX_HEADER_LINE)
    if not line.endswith(b"\n"):
        raise _not_age()
    return line[:-1]


def read_header(stream: BinaryIO) -> Header:
    """Parse the header at the stream's position; the stream is left at the payload."""
    if stream.read(len(INTRO)) != INTRO:
        raise _not_age()
    consumed, stanzas = [INTRO], []
    try:
        while len(stanzas) <= _MAX_STANZAS:
            line = _line(stream)
            if line.startswith(b"--- "):
                consumed.append(b"---")
                return Header(tuple(stanzas), b"".join(consumed), _b64decode(line[4:]))
            if not line.startswith(b"-> "):
                raise _not_age()
            consumed.append(line + b"\n")
            args = tuple(line[3:].decode("ascii").split(" "))
            body = b""
            while True:  # the body: 64-column lines, ended by a shorter (maybe empty) one
                body_line = _line(stream)
                consumed.append(body_line + b"\n")
                body += body_line
                if len(body_line) < 64:
                    break
            stanzas.append((args, _b64decode(body)))
    except (ValueError, UnicodeDecodeError):
        raise _not_age() from None
    raise _not_age()


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _header_mac(file_key: bytes, mac_input: bytes) -> bytes:
    return hmac.digest(_hkdf(file_key, b"", b"header"), mac_input, "sha256")


def _scrypt_key(passphrase: str, salt: bytes, log_n: int) -> bytes:
    return Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=2**log_n, r=8, p=1).derive(
        passphrase.encode("utf-8"))


def _wrap_lines(text: bytes) -> bytes:
    """A stanza body: 64-column lines, the last one shorter (empty if need be)."""
    lines = [text[i:i + 64] for i in range(0, len(text), 64)]
    if not lines or len(lines[-1]) == 64:
        lines.append(b"")
    return b"".join(line + b"\n" for line in lines)


# ---- the payload (STREAM) ---------------------------------------------------------------------

def _nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _read_full(reader: Callable[[int], bytes], size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end (reads may return short)."""
    parts, wanted = [], size
    while wanted:
        part = reader(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def _encrypt_payload(read: Callable[[int], bytes], out: BinaryIO, file_key: bytes) -> None:
    nonce = os.urandom(16)
    out.write(nonce)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter, current = 0, _read_full(read, CHUNK)
    while True:
        following = _read_full(read, CHUNK) if len(current) == CHUNK else b""
        last = not following
        out.write(aead.encrypt(_nonce(counter, last), current, None))
        if last:
            return
        counter, current = counter + 1, following


def _decrypt_payload(stream: BinaryIO, file_key: bytes) -> Chunks:
    nonce = stream.read(16)
    if len(nonce) != 16:
        raise _damaged(0)
    aead = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter, offset = 0, 0
    current = _read_full(stream.read, CHUNK + _TAG)
    while True:
        following = _read_full(stream.read, CHUNK + _TAG) if len(current) == CHUNK + _TAG else b""
        last = not following
        try:
            plain = aead.decrypt(_nonce(counter, last), current, None)
        except InvalidTag:
            raise _damaged(offset) from None
        if last and not plain and counter:
            raise _damaged(offset)  # only an empty payload may end in an empty chunk
        yield plain
        if last:
            return
        counter, offset, current = counter + 1, offset + len(plain), following


# ---- encryption -------------------------------------------------------------------------------

def encrypt_to_passphrase(read: Callable[[int], bytes], out: BinaryIO, passphrase: str) -> None:
    """Write an age file protected by `passphrase` (scrypt recipient), pulling from `read`."""
    file_key, salt = os.urandom(16), os.urandom(16)
    wrapped = ChaCha20Poly1305(_scrypt_key(passphrase, salt, SCRYPT_LOG_N)).encrypt(
        bytes(12), file_key, None)
    mac_input = (INTRO + b"-> scrypt " + _b64encode(salt) + b" %d\n" % SCRYPT_LOG_N
                 + _wrap_lines(_b64encode(wrapped)) + b"---")
    out.write(mac_input + b" " + _b64encode(_header_mac(file_key, mac_input)) + b"\n")
    _encrypt_payload(read, out, file_key)


def parse_recipients(recipients: list[str]) -> list[pyrage.x25519.Recipient]:
    """The recipients' public keys ("age1..."), or InvalidInput naming the one that is not."""
    parsed = []
    for text in recipients:
        try:
            parsed.append(pyrage.x25519.Recipient.from_str(text.strip()))
        except pyrage.RecipientError:
            raise InvalidInput(_("{key!r} is not an age public key (they begin with \"age1\")")
                               .format(key=text[:20])) from None
    if not parsed:
        raise InvalidInput(_("A bundle needs at least one recipient or a passphrase."))
    return parsed


def encrypt_to_recipients(reader: BinaryIO, out: BinaryIO,
                          recipients: list[pyrage.x25519.Recipient]) -> None:
    """Write an age file to X25519 recipients, pulling the plaintext from `reader`."""
    pyrage.encrypt_io(reader, out, recipients)


# ---- decryption -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PassphraseKey:
    """A passphrase bundle's file key, unwrapped once (scrypt is slow) and reused for pass 2."""

    file_key: bytes

    def chunks(self, stream: BinaryIO) -> Chunks:
        header = read_header(stream)
        if not hmac.compare_digest(_header_mac(self.file_key, header.mac_input), header.mac):
            raise BundleRefused(_("The bundle's header was altered."))
        return _decrypt_payload(stream, self.file_key)


def unlock_passphrase(stream: BinaryIO, passphrase: str) -> PassphraseKey:
    """Unwrap the file key of a passphrase bundle; the stream is returned to where it was."""
    start = stream.tell()
    header = read_header(stream)
    stream.seek(start)
    if header.kinds() != {"scrypt"} or len(header.stanzas) != 1:
        raise BundleRefused(_("This bundle is encrypted to organisation keys, not to a "
                              "passphrase: open it with your organisation's key."))
    (args, body) = header.stanzas[0]
    try:
        _kind, salt_text, log_n_text = args
        salt, log_n = _b64decode(salt_text.encode()), int(log_n_text)
    except ValueError:
        raise _not_age() from None
    if len(salt) != 16 or not 1 <= log_n <= MAX_SCRYPT_LOG_N or len(body) != 32:
        raise BundleRefused(_("The bundle's passphrase protection uses parameters casefiles "
                              "does not accept (scrypt work factor 2^{n}).").format(n=log_n))
    try:
        file_key = ChaCha20Poly1305(_scrypt_key(passphrase, salt, log_n)).decrypt(
            bytes(12), body, None)
    except InvalidTag:
        raise BundleRefused(_("Wrong passphrase: the bundle was not opened.")) from None
    if not hmac.compare_digest(_header_mac(file_key, header.mac_input), header.mac):
        raise BundleRefused(_("The bundle's header was altered."))
    return PassphraseKey(file_key)


@dataclass(frozen=True)
class IdentityKey:
    """Our X25519 identity; pyrage decrypts, in a worker thread feeding a bounded queue."""

    identity: pyrage.x25519.Identity

    def chunks(self, stream: BinaryIO) -> Chunks:
        return _threaded_decrypt(stream, self.identity)


def unlock_identity(stream: BinaryIO, identity: str) -> IdentityKey:
    """Check that the bundle is addressed to a key (not a passphrase) and parse our identity."""
    start = stream.tell()
    kinds = read_header(stream).kinds()
    stream.seek(start)
    if "scrypt" in kinds:
        raise BundleRefused(_("This bundle is protected by a passphrase, not addressed to a "
                              "key: open it with the passphrase the sender gave you."))
    try:
        return IdentityKey(pyrage.x25519.Identity.from_str(identity.strip()))
    except pyrage.IdentityError:
        raise InvalidInput(_("The organisation's age identity is not valid.")) from None


class _Cancelled(Exception):
    """The reader stopped early; the decrypting thread ends by raising this from write()."""


class _QueueWriter:
    """The writer pyrage pushes plaintext into: coalesced to 1 MiB pieces on a bounded queue."""

    def __init__(self, out: queue.Queue, stop: threading.Event) -> None:
        self.out, self.stop, self.buffer, self.total = out, stop, bytearray(), 0

    def write(self, data: bytes) -> int:
        self.buffer += data
        self.total += len(data)
        if len(self.buffer) >= _QUEUE_CHUNK:
            self.put(bytes(self.buffer))
            self.buffer.clear()
        return len(data)

    def flush(self) -> None:
        """pyrage flushes at the end, and a piece must not wait for the next write."""

    def put(self, item: object) -> None:
        while not self.stop.is_set():
            try:
                self.out.put(item, timeout=0.1)
                return
            except queue.Full:
                continue
        raise _Cancelled


_END = object()


def _threaded_decrypt(stream: BinaryIO, identity: pyrage.x25519.Identity) -> Chunks:
    """pyrage's decrypt_io as an iterator of plaintext chunks; stopping early ends the thread."""
    pieces: queue.Queue = queue.Queue(maxsize=_QUEUE_DEPTH)
    stop = threading.Event()
    writer = _QueueWriter(pieces, stop)

    def run() -> None:
        try:
            pyrage.decrypt_io(stream, writer, [identity])
            writer.put(bytes(writer.buffer))
            writer.put(_END)
        except _Cancelled:
            return
        except BaseException as err:  # handed to the reading thread, which raises it
            writer.buffer.clear()
            try:
                writer.put(_translate(err, writer.total))
            except _Cancelled:
                return

    worker = threading.Thread(target=run, name="bundle-decrypt", daemon=True)
    worker.start()
    try:
        while (item := pieces.get()) is not _END:
            if isinstance(item, BaseException):
                raise item
            yield item  # type: ignore[misc]
    finally:
        stop.set()
        while worker.is_alive():
            try:
                pieces.get(timeout=0.05)
            except queue.Empty:
                continue
        worker.join()


def _translate(err: BaseException, offset: int) -> BaseException:
    """pyrage's errors as one-line messages: not for us, not age, or damaged at a point."""
    if isinstance(err, pyrage.DecryptError):
        if "No matching keys" in str(err):
            return BundleRefused(_("This bundle is not addressed to this organisation's key "
                                   "(or its header was altered)."))
        return _not_age()
    if isinstance(err, OSError):
        return _damaged(offset)
    return err


class HashingWriter:
    """A write-through wrapper counting and hashing the encrypted bytes."""

    def __init__(self, out: BinaryIO) -> None:
        self.out, self.digest, self.size = out, sha256(), 0

    def write(self, data: bytes) -> int:
        self.out.write(data)
        self.digest.update(data)
        self.size += len(data)
        return len(data)

    def flush(self) -> None:
        self.out.flush()
