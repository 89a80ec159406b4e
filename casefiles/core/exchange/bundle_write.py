"""Writing an exchange bundle: a tar of JSON and originals, signed, encrypted in the age format.

Everything streams in one pass: the tar is produced member by member by a generator, which
pyrage (or the passphrase writer) pulls from through a reader, and each member is hashed as it
goes. The manifest and its signature are the tar's last members, written once every hash is known.
Memory holds one case or one chunk of an original at a time; nothing is written anywhere but `out`.
"""

import datetime as dt
import hashlib
import tarfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from casefiles.core.errors import InvalidInput
from casefiles.core.exchange import bundle_age
from casefiles.core.exchange.bundle_layout import (
    CASE_NAME,
    MANIFEST,
    SIGNATURE,
    ChunkReader,
    Member,
    json_bytes,
    manifest_bytes,
)
from casefiles.core.exchange.bundle_schema import validate
from casefiles.core.i18n import _

Opener = Callable[[], Iterator[bytes]]


@dataclass(frozen=True)
class BundleSummary:
    """What was written: for the share log and the caseworker's confirmation."""

    created_at: str
    cases: int
    sources: int
    originals: int
    size: int  # of the encrypted file
    sha256: str  # of the encrypted file, as the recipient receives it
    manifest_sha256: str


def write_bundle(out: BinaryIO, cases: Iterable[dict],
                 sources: Iterable[tuple[dict, Opener | None]],
                 signing_key: Ed25519PrivateKey, sender: str, profile: str,
                 recipients: list[str] | None = None,
                 passphrase: str | None = None) -> BundleSummary:
    """Write one bundle of `cases` (redacted case JSON) and `sources` to `out`.

    Each source is (its metadata JSON, with `sha256`, `size` and optional `citations`; a function
    returning its original's chunks, or None to send the metadata only). Exactly one of
    `recipients` (age public keys) and `passphrase` is given. On InvalidInput (a case without
    UUID, an original whose bytes differ from its hash, ...) `out` holds a partial encrypted file:
    the caller discards it (write to a temporary name, rename on success).
    """
    encrypt = _encryptor(recipients, passphrase)
    created = dt.datetime.now(dt.UTC).replace(microsecond=0)
    tar = _TarWriter(created)
    reader = ChunkReader(tar.stream(cases, sources, signing_key, sender, profile))
    sink = bundle_age.HashingWriter(out)
    try:
        encrypt(reader, sink)
    except Exception:
        if reader.error is not None:
            raise reader.error from None
        raise
    return BundleSummary(created_at=created.strftime("%Y-%m-%dT%H:%M:%SZ"), cases=tar.cases,
                         sources=tar.sources, originals=tar.originals, size=sink.size,
                         sha256=sink.digest.hexdigest(), manifest_sha256=tar.manifest_sha256)


def _encryptor(recipients: list[str] | None, passphrase: str | None
               ) -> Callable[[ChunkReader, BinaryIO], None]:
    """The encryption chosen: to recipients (pyrage) or to a passphrase (streamed scrypt)."""
    if (recipients is None) == (passphrase is None):
        raise InvalidInput(_("Encrypt a bundle either to recipients' keys or to a passphrase."))
    if passphrase is not None:
        if not passphrase:
            raise InvalidInput(_("The bundle's passphrase is empty."))
        return lambda reader, sink: bundle_age.encrypt_to_passphrase(reader.read, sink,
                                                                      passphrase)
    parsed = bundle_age.parse_recipients(recipients or [])
    return lambda reader, sink: bundle_age.encrypt_to_recipients(reader, sink, parsed)


class _TarWriter:
    """The tar stream, member by member, hashing each and listing it for the manifest."""

    def __init__(self, created: dt.datetime) -> None:
        self.mtime = int(created.timestamp())
        self.created = created
        self.members: list[Member] = []
        self.case_uuids: set[str] = set()
        self.source_hashes: set[str] = set()
        self.cases = self.sources = self.originals = 0
        self.manifest_sha256 = ""
        self.offset = 0

    def stream(self, cases: Iterable[dict], sources: Iterable[tuple[dict, Opener | None]],
               signing_key: Ed25519PrivateKey, sender: str, profile: str) -> Iterator[bytes]:
        for case in cases:
            yield from self._case(case)
        for metadata, opener in sources:
            yield from self._source(metadata, opener)
        manifest = manifest_bytes(self.members, sender, public_key_bytes(signing_key), profile,
                                  self.created)
        self.manifest_sha256 = hashlib.sha256(manifest).hexdigest()
        yield from self._member(MANIFEST, [manifest], len(manifest))
        signature = signing_key.sign(manifest)
        yield from self._member(SIGNATURE, [signature], len(signature))
        yield self._end()

    def _case(self, case: dict) -> Iterator[bytes]:
        uuid = case.get("uuid") if isinstance(case, dict) else None
        if not uuid:
            raise InvalidInput(_("Case {code} has no UUID (the profile withholds it), so it cannot "
                                 "go into an exchange bundle: choose a profile that includes it.")
                               .format(code=case.get("code") or "?"))
        name = f"cases/{uuid}.json"
        if not CASE_NAME.fullmatch(name) or uuid in self.case_uuids:
            raise InvalidInput(_("Case UUID {uuid!r} is malformed or given twice.")
                               .format(uuid=uuid))
        validate("case", case, name, InvalidInput)
        self.case_uuids.add(uuid)
        self.cases += 1
        data = json_bytes(case)
        yield from self._member(name, [data], len(data))

    def _source(self, metadata: dict, opener: Opener | None) -> Iterator[bytes]:
        sha = metadata.get("sha256", "") if isinstance(metadata, dict) else ""
        name = f"sources/{sha}"
        validate("source", metadata, name + ".json", InvalidInput)
        if sha in self.source_hashes:
            raise InvalidInput(_("Source {sha}... is given twice.").format(sha=sha[:12]))
        unknown = {c["case_uuid"] for c in metadata.get("citations", [])} - self.case_uuids
        if unknown:
            raise InvalidInput(_("Source {sha}... cites case {uuid}, which is not in the bundle.")
                               .format(sha=sha[:12], uuid=sorted(unknown)[0]))
        self.source_hashes.add(sha)
        self.sources += 1
        data = json_bytes(metadata)
        yield from self._member(name + ".json", [data], len(data))
        if opener is not None:
            self.originals += 1
            yield from self._member(name, opener(), metadata["size"], expect_sha256=sha)

    def _member(self, name: str, chunks: Iterable[bytes], size: int,
                expect_sha256: str | None = None) -> Iterator[bytes]:
        """Header, data hashed on the way, padding; the data must be exactly `size` bytes."""
        info = tarfile.TarInfo(name)
        info.size, info.mtime, info.mode = size, self.mtime, 0o644
        yield self._count(info.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict"))
        digest, written = hashlib.sha256(), 0
        for chunk in chunks:
            written += len(chunk)
            if written > size:
                break
            digest.update(chunk)
            yield self._count(chunk)
        sha = digest.hexdigest()
        if written != size or (expect_sha256 is not None and sha != expect_sha256):
            raise InvalidInput(_("The original of source {sha}... does not match its recorded "
                                 "size and SHA-256; run verify on the store. No bundle was made.")
                               .format(sha=(expect_sha256 or name)[:12]))
        yield self._count(bytes(-size % tarfile.BLOCKSIZE))
        if name not in (MANIFEST, SIGNATURE):
            self.members.append(Member(name, size, sha))

    def _count(self, data: bytes) -> bytes:
        self.offset += len(data)
        return data

    def _end(self) -> bytes:
        """Two zero blocks end the archive; pad to a whole tar record as tar does."""
        end = self.offset + 2 * tarfile.BLOCKSIZE
        return bytes(2 * tarfile.BLOCKSIZE + (-end % tarfile.RECORDSIZE))


def public_key_bytes(signing_key: Ed25519PrivateKey) -> bytes:
    """The 32 raw bytes of a signing key's public half, as the manifest carries them."""
    return signing_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)

