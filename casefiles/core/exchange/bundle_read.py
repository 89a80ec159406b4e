"""Reading an exchange bundle: decrypt, check everything, then hand over validated content.

Two passes over the encrypted file, never any plaintext on disk:

1. `read_bundle` decrypts the whole file once, streaming. Each tar member is checked as it comes
   (a regular file, an expected name, no larger than its kind allows) and hashed in chunks; the
   cases and source metadata are kept in memory (bounded), the originals only hashed. At the end
   come the manifest and its signature: the signature is checked against the sender key the
   manifest names, then every member's size and SHA-256 against the manifest, then the case and
   source JSON against the published schemas and the model. Reaching the end also proves the
   file is whole (age authenticates every chunk and flags the last). Only then is a `Bundle`
   returned: its cases and source metadata are what an import preview shows.
2. `Bundle.originals()` decrypts the file again and streams the originals the importer wants,
   re-hashing each: one that differs from the first pass (the file changed meanwhile) raises at
   the end of its chunks, so the importer's transaction rolls back.

Memory holds the case JSON and one chunk of an original at a time, whatever the originals weigh.
The stream must be seekable (a file), for the second pass.
"""

import base64
import binascii
import contextlib
import hashlib
import io
import json
import tarfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field
from typing import IO, Any, BinaryIO

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casefiles.core.errors import BundleRefused, InvalidInput
from casefiles.core.exchange import bundle_age
from casefiles.core.exchange.bundle_layout import (
    CASE,
    FOLDERS,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    MAX_KEPT_TOTAL,
    ORIGINAL,
    SIGNATURE,
    SOURCE_META,
    ChunkReader,
    Member,
    kind_of,
    size_limit,
)
from casefiles.core.exchange.bundle_schema import SCHEMA_VERSION, validate
from casefiles.core.i18n import _
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.model.textnorm import excerpt, one_line

_READ = 1024 * 1024
_REGULAR = (tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE)
_KINDS_OF_ENTRY = {tarfile.SYMTYPE: "a symbolic link", tarfile.LNKTYPE: "a hard link",
                   tarfile.CHRTYPE: "a device", tarfile.BLKTYPE: "a device",
                   tarfile.FIFOTYPE: "a FIFO", tarfile.DIRTYPE: "a folder"}


@dataclass(frozen=True)
class BundleSource:
    """One source in the bundle: its validated metadata, and whether its original came too."""

    sha256: str
    size: int
    metadata: dict[str, Any]
    has_original: bool


@dataclass
class Bundle:
    """A bundle whose every check passed. `signer` is the address book's name for the sender
    key (`trusted(key)`), None when the key is not known there."""

    format_version: int
    schema_version: int
    created_at: str
    profile: str
    sender: str
    sender_key: bytes
    signer: str | None
    manifest_sha256: str
    members: tuple[Member, ...]
    cases: list[dict[str, Any]]
    sources: list[BundleSource]
    _reopen: Callable[[], bundle_age.Chunks] = field(repr=False)

    def require_trusted(self) -> str:
        """The signer's name, or BundleRefused when the key is not in the address book."""
        if self.signer is None:
            raise BundleRefused(_("The bundle is signed by {sender}'s key, which is not in your "
                                  "address book: add and verify the partner first.")
                                .format(sender=self.sender))
        return self.signer

    def originals(self, wanted: Collection[str] | None = None
                  ) -> Iterator[tuple[BundleSource, Iterator[bytes]]]:
        """The originals (all, or those whose SHA-256 is in `wanted`), in bundle order.

        A second decrypting pass. Read each original's chunks to the end before the next: the
        hash check is at the end, and raises BundleRefused there if the bytes changed.
        """
        todo = {s.sha256: s for s in self.sources
                if s.has_original and (wanted is None or s.sha256 in wanted)}
        if not todo:
            return
        with contextlib.closing(_members(self._reopen())) as members:
            for name, _size, member in members:
                source = todo.pop(name.removeprefix("sources/"), None)
                if kind_of(name) == ORIGINAL and source is not None:
                    yield source, _checked(member, source)
                if not todo:
                    return


def read_bundle(stream: BinaryIO, identity: str | None = None, passphrase: str | None = None,
                trusted: Callable[[bytes], str | None] | None = None) -> Bundle:
    """Open and check the bundle in `stream` with our age identity or the passphrase.

    Every refusal is a BundleRefused (an InvalidInput) with a one-line message.
    """
    if (identity is None) == (passphrase is None):
        raise InvalidInput(_("Open a bundle either with the organisation's key or with a "
                             "passphrase."))
    start = stream.tell()
    key: bundle_age.IdentityKey | bundle_age.PassphraseKey = (
        bundle_age.unlock_identity(stream, identity) if identity is not None
        else bundle_age.unlock_passphrase(stream, passphrase or ""))

    def reopen() -> bundle_age.Chunks:
        stream.seek(start)
        return key.chunks(stream)

    seen, kept = _scan(reopen())
    manifest, sender_key = _check_manifest(kept, seen)
    cases = [_check_case(name, data) for name, data in kept.items() if kind_of(name) == CASE]
    case_uuids = {case["uuid"] for case in cases}
    sources = [_check_source(name, data, seen, case_uuids) for name, data in kept.items()
               if kind_of(name) == SOURCE_META]
    _check_originals_described(seen, {s.sha256 for s in sources})
    return Bundle(
        format_version=manifest["format_version"], schema_version=manifest["schema_version"],
        created_at=manifest["created_at"], profile=manifest["profile"],
        sender=manifest["sender"]["name"], sender_key=sender_key,
        signer=trusted(sender_key) if trusted else None,
        manifest_sha256=hashlib.sha256(kept[MANIFEST]).hexdigest(),
        members=tuple(Member(**m) for m in manifest["members"]),
        cases=cases, sources=sources, _reopen=reopen)


# ---- the tar ----------------------------------------------------------------------------------

def _members(chunks: bundle_age.Chunks) -> Iterator[tuple[str, int, IO[bytes]]]:
    """(name, size, reader) of each file member, after its entry passed `_entry_name`.

    Reads the plaintext to its very end, so that a truncated file is found, and refuses data
    hidden after the tar's end.
    """
    reader = ChunkReader(chunks)
    try:
        with tarfile.open(fileobj=io.BufferedReader(reader, _READ), mode="r|") as tar:
            for info in tar:
                name = _entry_name(info)
                if name is not None:
                    member = tar.extractfile(info)
                    assert member is not None  # a regular file
                    yield name, info.size, member
            while block := tar.fileobj.read(_READ):
                if block.strip(b"\0"):
                    raise BundleRefused(_("The bundle holds data after the end of its "
                                          "archive; it was refused."))
    except tarfile.TarError:
        raise _not_a_tar() from None
    finally:
        chunks.close()  # type: ignore[attr-defined]  # ends pyrage's thread when stopped early


def _not_a_tar() -> BundleRefused:
    return BundleRefused(_("The bundle's contents are not a complete tar archive (damaged, or "
                           "not made by casefiles)."))


def _data(member: IO[bytes]) -> Iterator[bytes]:
    """A member's data in chunks. One whose header promises more than follows ends in a
    tarfile error when its data runs out, as the archive's own end would."""
    try:
        while chunk := member.read(_READ):
            yield chunk
    except tarfile.TarError:
        raise _not_a_tar() from None


def _entry_name(info: tarfile.TarInfo) -> str | None:
    """The member's name if it is a regular file we expect; None for the two folders."""
    name = info.name.removeprefix("./")
    if info.type == tarfile.DIRTYPE and name in FOLDERS:
        return None
    if info.type not in _REGULAR:
        raise BundleRefused(_("The bundle member {name} is {kind}, not a file; it was refused.")
                            .format(name=excerpt(name),
                                    kind=_KINDS_OF_ENTRY.get(info.type, "a special entry")))
    kind_of(name)  # refuses unsafe and unexpected names
    return name


def _scan(chunks: bundle_age.Chunks) -> tuple[dict[str, tuple[int, str]], dict[str, bytes]]:
    """Pass one: (size, SHA-256) of every member; the bytes of those kept in memory."""
    seen: dict[str, tuple[int, str]] = {}
    kept: dict[str, bytes] = {}
    total = 0
    with contextlib.closing(_members(chunks)) as members:
        for name, size, member in members:
            if name in seen:
                raise BundleRefused(_("The bundle holds {name} twice.").format(name=name))
            limit = size_limit(name)
            if limit is not None and size > limit:
                raise BundleRefused(_("The bundle member {name} is {size} bytes, more than such "
                                      "a member can be ({limit}).").format(
                                          name=name, size=size, limit=limit))
            total += size if limit is not None else 0
            if total > MAX_KEPT_TOTAL:
                raise BundleRefused(_("The bundle's cases are too large to be read."))
            digest, parts = hashlib.sha256(), []
            for chunk in _data(member):
                digest.update(chunk)
                if limit is not None:
                    parts.append(chunk)
            seen[name] = (size, digest.hexdigest())
            if limit is not None:
                kept[name] = b"".join(parts)
    return seen, kept


def _checked(member: IO[bytes], source: BundleSource) -> Iterator[bytes]:
    """Pass two: an original's chunks, its size and hash checked again at the end."""
    digest, size = hashlib.sha256(), 0
    for chunk in _data(member):
        digest.update(chunk)
        size += len(chunk)
        yield chunk
    if size != source.size or digest.hexdigest() != source.sha256:
        raise BundleRefused(_("The original of source {sha}... changed since the bundle was "
                              "checked; nothing of it may be kept.").format(sha=source.sha256[:12]))


# ---- the manifest -----------------------------------------------------------------------------

def _shown(value: Any) -> str:
    """A value from the manifest in a message: whatever it is, short and on one line (a
    version number may be four thousand digits long before the signature is checked)."""
    return one_line(str(value), 40)


def _json(name: str, data: bytes) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BundleRefused(_("{name} is not valid JSON.").format(name=name)) from None


def _check_manifest(kept: dict[str, bytes], seen: dict[str, tuple[int, str]]
                    ) -> tuple[dict[str, Any], bytes]:
    """The manifest, signed by the key it names and matching every member: (manifest, key)."""
    if MANIFEST not in kept or SIGNATURE not in kept:
        raise BundleRefused(_("The bundle has no {name}: it is not a complete casefiles bundle.")
                            .format(name=MANIFEST if MANIFEST not in kept else SIGNATURE))
    manifest = _json(MANIFEST, kept[MANIFEST])
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BundleRefused(_("manifest.json is not the manifest of a casefiles bundle."))
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BundleRefused(_("The bundle is in format version {found}; this casefiles reads "
                              "version {known}. Update casefiles to open it.").format(
                                  found=_shown(manifest.get("format_version")),
                                  known=FORMAT_VERSION))
    key = _verify_signature(manifest, kept[MANIFEST], kept[SIGNATURE])
    validate("manifest", manifest, MANIFEST)
    if manifest["schema_version"] != SCHEMA_VERSION:
        raise BundleRefused(_("The bundle's cases follow schema version {found}; this casefiles "
                              "reads version {known}. Update casefiles to open it.").format(
                                  found=_shown(manifest["schema_version"]),
                                  known=SCHEMA_VERSION))
    _check_members(manifest["members"], seen)
    return manifest, key


def _verify_signature(manifest: dict[str, Any], data: bytes, signature: bytes) -> bytes:
    """The sender's raw public key, once manifest.sig is its signature of the manifest bytes."""
    try:
        key = base64.b64decode(manifest["sender"]["ed25519_public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(key).verify(signature, data)
    except (KeyError, TypeError, ValueError, binascii.Error):
        raise BundleRefused(_("manifest.json does not name a valid sender key.")) from None
    except InvalidSignature:
        raise BundleRefused(_("The manifest's signature does not match the sender key it names: "
                              "the bundle was altered, or signed with another key.")) from None
    return key


def _check_members(listed: list[dict[str, Any]], seen: dict[str, tuple[int, str]]) -> None:
    """Exactly the members the manifest lists, each of the size and SHA-256 it says."""
    names = [m["name"] for m in listed]
    if len(set(names)) != len(names) or any(kind_of(n) is None for n in names):
        raise BundleRefused(_("manifest.json lists a member twice, or lists itself."))
    unlisted = sorted(set(seen) - set(names) - {MANIFEST, SIGNATURE})
    if unlisted:
        raise BundleRefused(_("The bundle member {name} is not listed in the manifest; it was "
                              "refused.").format(name=unlisted[0]))
    for entry in listed:
        name = entry["name"]
        if name not in seen:
            raise BundleRefused(_("The manifest lists {name}, which is missing from the bundle.")
                                .format(name=name))
        size, sha = seen[name]
        if size != entry["size"]:
            raise BundleRefused(_("The bundle member {name} is {size} bytes; the manifest says "
                                  "{declared}.").format(name=name, size=size,
                                                        declared=_shown(entry["size"])))
        if sha != entry["sha256"]:
            raise BundleRefused(_("The bundle member {name} does not match its SHA-256 in the "
                                  "manifest: it was altered.").format(name=name))


# ---- cases and sources ------------------------------------------------------------------------

def _model_check(cls: type, data: dict[str, Any], name: str) -> None:
    """What the schema cannot say (a 31 February, ...): the model must accept it too."""
    try:
        serial.from_json(cls, data)
    except InvalidInput as err:
        raise BundleRefused(f"{name}: {err}") from None


def _check_case(name: str, data: bytes) -> dict[str, Any]:
    case = _json(name, data)
    validate("case", case, name)
    if name != f"cases/{case['uuid']}.json":
        raise BundleRefused(_("{name} holds the case {uuid}.").format(name=name, uuid=case["uuid"]))
    _model_check(Case, case, name)
    return case


def _check_source(name: str, data: bytes, seen: dict[str, tuple[int, str]],
                  case_uuids: set[str]) -> BundleSource:
    metadata = _json(name, data)
    validate("source", metadata, name)
    sha = name.removeprefix("sources/").removesuffix(".json")
    if metadata["sha256"] != sha:
        raise BundleRefused(_("{name} describes another source ({sha}...).")
                            .format(name=name, sha=metadata["sha256"][:12]))
    citations = metadata.get("citations", [])
    for citation in citations:
        if citation["case_uuid"] not in case_uuids:
            raise BundleRefused(_("{name} cites case {uuid}, which is not in the bundle.")
                                .format(name=name, uuid=citation["case_uuid"]))
        _model_check(Citation, {k: v for k, v in citation.items() if k != "case_uuid"}, name)
    _model_check(Source, {k: v for k, v in metadata.items() if k != "citations"}, name)
    original = seen.get(f"sources/{sha}")
    if original is not None and original != (metadata["size"], sha):
        raise BundleRefused(_("The original of source {sha}... does not match its SHA-256 or "
                              "size.").format(sha=sha[:12]))
    return BundleSource(sha256=sha, size=metadata["size"], metadata=metadata,
                        has_original=original is not None)


def _check_originals_described(seen: dict[str, tuple[int, str]], described: set[str]) -> None:
    for name in seen:
        if kind_of(name) == ORIGINAL and name.removeprefix("sources/") not in described:
            raise BundleRefused(_("The bundle holds the original {name} without its metadata.")
                                .format(name=name))
