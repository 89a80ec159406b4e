"""What is inside a bundle: member names, the manifest, limits. Shared by writer and reader.

The plaintext of a bundle is an uncompressed tar (POSIX ustar/pax), so `age -d bundle | tar x`
unpacks it with standard tools. Its members, in the order the writer puts them:

    cases/<uuid>.json        one case, as serial.to_json writes it, already redacted
    sources/<sha256>.json    one source's metadata (and its citations), redacted
    sources/<sha256>         that source's original bytes (optional)
    manifest.json            format and schema version, sender and key, date, profile, and the
                             name, size and SHA-256 of every member above
    manifest.sig             Ed25519 signature (64 raw bytes) of manifest.json's exact bytes

The manifest comes last so that the writer can hash while it streams, in one pass. A reader
accepts the members in any order (a partner's `tar` may order them differently).
"""

import base64
import datetime as dt
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from casefiles.core.errors import BundleRefused
from casefiles.core.exchange.bundle_schema import SCHEMA_VERSION
from casefiles.core.i18n import _
from casefiles.core.model.textnorm import excerpt

FORMAT = "casefiles-bundle"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SIGNATURE_SIZE = 64
FOLDERS = ("cases", "sources")

_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CASE_NAME = re.compile(rf"cases/({_UUID})\.json")
SOURCE_META_NAME = re.compile(r"sources/([0-9a-f]{64})\.json")
ORIGINAL_NAME = re.compile(r"sources/([0-9a-f]{64})")

# What a reader keeps in memory before the signature is checked (at the end of the tar): a case
# or metadata member larger than this is refused as it arrives, unread.
MAX_MANIFEST_SIZE = 64 * 1024 * 1024
MAX_CASE_SIZE = 32 * 1024 * 1024  # identity photos travel inside the case JSON
MAX_SOURCE_META_SIZE = 4 * 1024 * 1024
MAX_KEPT_TOTAL = 1024 * 1024 * 1024

CASE, SOURCE_META, ORIGINAL = "case", "source_meta", "original"


@dataclass(frozen=True)
class Member:
    """One member as the manifest lists it."""

    name: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "size": self.size, "sha256": self.sha256}


def kind_of(name: str) -> str | None:
    """CASE, SOURCE_META or ORIGINAL for a well-formed member name (None for the manifest and
    its signature); BundleRefused for anything else, saying why."""
    if name in (MANIFEST, SIGNATURE):
        return None
    for kind, pattern in ((CASE, CASE_NAME), (SOURCE_META, SOURCE_META_NAME),
                          (ORIGINAL, ORIGINAL_NAME)):
        if pattern.fullmatch(name):
            return kind
    if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        raise BundleRefused(_("The bundle holds a member with an absolute path ({name}); "
                              "it was refused.").format(name=excerpt(name)))
    if ".." in re.split(r"[/\\]", name):
        raise BundleRefused(_("The bundle holds a member whose path leaves its folder "
                              "({name}); it was refused.").format(name=excerpt(name)))
    raise BundleRefused(_("The bundle holds an unexpected member {name}: only manifest.json, "
                          "manifest.sig, cases/<uuid>.json and sources/<sha256>[.json] belong "
                          "in one.").format(name=excerpt(name)))


def size_limit(name: str) -> int | None:
    """The most a reader keeps of this member in memory (None: streamed, never kept)."""
    kind = kind_of(name)
    if kind is None:
        return MAX_MANIFEST_SIZE if name == MANIFEST else SIGNATURE_SIZE
    return {CASE: MAX_CASE_SIZE, SOURCE_META: MAX_SOURCE_META_SIZE}.get(kind)


def json_bytes(data: Any, indent: int | None = None) -> bytes:
    """How a bundle writes JSON: UTF-8, Dari and Pashto as characters. Cases and sources on one
    line (indenting sends json through its pure-Python encoder, several times slower over
    thousands of cases; `jq .` shows them indented); the manifest indented for people."""
    return (json.dumps(data, ensure_ascii=False, indent=indent) + "\n").encode("utf-8")


def manifest_bytes(members: list[Member], sender: str, public_key: bytes, profile: str,
                   created_at: dt.datetime) -> bytes:
    """The manifest's exact bytes (what manifest.sig signs)."""
    return json_bytes(indent=2, data={
        "format": FORMAT, "format_version": FORMAT_VERSION, "schema_version": SCHEMA_VERSION,
        "created_at": created_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "sender": {"name": sender,
                   "ed25519_public_key": base64.b64encode(public_key).decode("ascii")},
        "profile": profile,
        "members": [m.to_json() for m in members]})



class ChunkReader(io.RawIOBase):
    """A readable file over an iterator of byte chunks: how a generator feeds pyrage or tarfile.

    An exception raised by the iterator is kept in `error` as well as raised, because pyrage
    turns it into a plain EncryptError and the caller wants the original (a clear message).
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self.chunks, self.pending, self.error = chunks, memoryview(b""), None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: "memoryview | bytearray") -> int:  # type: ignore[override]
        while not self.pending:
            try:
                self.pending = memoryview(next(self.chunks))
            except StopIteration:
                return 0
            except Exception as err:
                self.error = err
                raise
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size
