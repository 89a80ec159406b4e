"""Fuzzing bundle import (casefiles.core.exchange: bundle_age, bundle_layout, bundle_read, and
the preview and import of import_preview / import_apply) with the bundles of
tests/core/exchange/helpers.py.

Damaged bundles (bytes flipped, inserted, deleted, cut short; the file changed between the two
passes), valid age encryption around garbage, damaged tars, tar entries of every type with
hostile names and huge declared sizes, manifests of any shape under a valid signature, and
case and source JSON drawn from the published schemas inside a correctly signed bundle: each is
refused with one BundleRefused line (or another CasefilesError), or read, previewed and
imported, and a refused import leaves the store exactly as it was.
"""

import hashlib
import io
import json
import re
import tarfile
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import event, given
from hypothesis import strategies as st

from casefiles.core.errors import BundleRefused
from casefiles.core.exchange import bundle_age
from casefiles.core.exchange.bundle import read_bundle
from casefiles.core.exchange.merge import apply_import, preview_import
from casefiles.core.store.store import Store
from tests.core.exchange.helpers import (
    IDENTITY,
    ORIGINAL,
    build_tar,
    encrypt,
    manifest_for,
    member_bytes,
    simple_members,
)
from tests.fuzz.case_json import UUID_POOL, record_json, schema_json
from tests.fuzz.conftest import fuzz_settings
from tests.fuzz.helpers import (
    Sample,
    attempt,
    check_message,
    fingerprint,
    hostile_text,
    mutate,
)
from tests.fuzz.targets import PASSPHRASE, drain, encrypted, open_bundle

_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"

# Originals a fuzzed source may come with (few, so that the store does not grow without end).
ORIGINALS = [Sample(data) for data in (ORIGINAL, "Fictional statement. گواهی\n".encode() * 40,
                                            b"%PDF-1.4 not really")]


@pytest.fixture(scope="module", autouse=True)
def cheap_scrypt() -> Iterator[None]:
    """Passphrase bundles with scrypt's work factor 2^1, and any asking for more than 2^4
    refused as too costly, as one asking for more than 2^20 is in real use: the same code
    paths, without a second of scrypt (or a gigabyte, for a damaged factor) per example."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(bundle_age, "SCRYPT_LOG_N", 1)
        patch.setattr(bundle_age, "MAX_SCRYPT_LOG_N", 4)
        yield


_SIMPLE_MEMBERS = {name: Sample(data) for name, data in simple_members()[1].items()}
_BASE_TAR = Sample(build_tar(_SIMPLE_MEMBERS))


@pytest.fixture(scope="module")
def base_bundles(cheap_scrypt: None) -> dict[bool, Sample]:
    """A valid bundle encrypted once to the identity (False) and once to the passphrase (True):
    rage adds random "grease" stanzas, so each encryption has its own length, and an example's
    edits must fall on the same bytes when hypothesis replays it."""
    return {to_passphrase: Sample(encrypted(_BASE_TAR, to_passphrase))
            for to_passphrase in (False, True)}


# ---- damaged bundles --------------------------------------------------------------------------

@fuzz_settings(1000)
@given(to_passphrase=st.booleans(), data=st.data())
def test_damaged_bundles_are_refused_in_one_line(base_bundles: dict[bool, Sample],
                                                 to_passphrase: bool,
                                                 data: st.DataObject) -> None:
    open_bundle(mutate(data.draw, base_bundles[to_passphrase]), to_passphrase)


@fuzz_settings(300)
@given(to_passphrase=st.booleans(), data=st.data())
def test_a_bundle_changed_between_its_two_passes_is_refused(base_bundles: dict[bool, Sample],
                                                            to_passphrase: bool,
                                                            data: st.DataObject) -> None:
    stream = io.BytesIO(base_bundles[to_passphrase])
    key = {"passphrase": PASSPHRASE} if to_passphrase else {"identity": str(IDENTITY)}
    bundle = read_bundle(stream, **key)
    changed = mutate(data.draw, stream.getvalue())
    stream.seek(0)
    stream.truncate()
    stream.write(changed)
    attempt(lambda: drain(bundle))


# ---- valid encryption around damaged content --------------------------------------------------

_NAMES = st.sampled_from(
    [f"cases/{UUID_POOL[0]}.json", f"sources/{hashlib.sha256(ORIGINAL).hexdigest()}",
     f"sources/{'a' * 64}.json", "manifest.json", "manifest.sig", "./manifest.json", "cases",
     "sources/", "cases/", "../../x", "/etc/passwd", "C:\\x", "cases/../../x.json",
     "cases\\..\\x.json", f"cases/{UUID_POOL[0].upper()}.json", f"sources/{'g' * 64}",
     "cases/" + "x" * 300 + ".json", "notes.txt", "", ".", "\u202ecases/x.json"]) | hostile_text
_TYPES = st.sampled_from([tarfile.REGTYPE, tarfile.AREGTYPE, tarfile.CONTTYPE, tarfile.SYMTYPE,
                          tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.DIRTYPE,
                          tarfile.FIFOTYPE, tarfile.GNUTYPE_SPARSE, b"V", b"M", b"Z", b"\0"])
_FORMATS = st.sampled_from([tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT])
# Declared sizes against the bytes that follow: exact, cut short, overlong, huge.
_SIZES = st.sampled_from([0, 1, 64, 511, 512, 513, 33 * 1024 * 1024, 2**33, 10**15])


@st.composite
def tar_entry(draw: st.DrawFn) -> bytes:
    """One tar entry built by hand: header of any type, format and name, and its data, which
    may not be as long as the header says."""
    info = tarfile.TarInfo(draw(_NAMES).encode("utf-8", "ignore").decode().replace("\0", ""))
    info.type = draw(_TYPES)
    info.linkname = draw(st.sampled_from(["", "/etc/passwd", "../x", "manifest.json"]))
    content = draw(st.sampled_from([b"", b"{}", b"x" * 700, member_bytes({"a": 1})]))
    info.size = draw(_SIZES | st.just(len(content)))
    try:
        header = info.tobuf(draw(_FORMATS), "utf-8", "surrogateescape")
    except ValueError:  # a name or size this format cannot hold
        header = info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")
    return header + content + bytes(-len(content) % tarfile.BLOCKSIZE)


@st.composite
def plaintexts(draw: st.DrawFn) -> bytes:
    """What an age file may hold: random bytes, a bundle's tar damaged, or a tar of hand-built
    entries, before or after a bundle's own members, with or without the end of archive."""
    form = draw(st.sampled_from(["bytes", "damaged", "entries", "entries"]))
    if form == "bytes":
        return draw(st.binary(max_size=2000))
    if form == "damaged":
        return mutate(draw, _BASE_TAR)
    entries = b"".join(draw(st.lists(tar_entry(), min_size=1, max_size=4)))
    where = draw(st.sampled_from(["alone", "before", "after"]))
    end = draw(st.sampled_from([bytes(1024), b"", bytes(10)]))
    if where == "alone":
        return entries + end
    base = bytes(_BASE_TAR).rstrip(b"\0")
    base += bytes(-len(base) % tarfile.BLOCKSIZE)
    return entries + bytes(_BASE_TAR) if where == "before" else base + entries + end


@fuzz_settings(1000)
@given(content=plaintexts(), to_passphrase=st.booleans())
def test_valid_encryption_around_damaged_content_is_refused_in_one_line(
        content: bytes, to_passphrase: bool) -> None:
    open_bundle(encrypted(content, to_passphrase), to_passphrase)


# ---- a valid signature on any manifest --------------------------------------------------------

_WRONG = st.none() | st.booleans() | st.integers() | st.floats() | hostile_text | st.lists(
    st.integers(), max_size=2) | st.builds(dict)


@st.composite
def manifests(draw: st.DrawFn, members: dict[str, bytes]) -> Any:
    """The truthful manifest of `members`, then edited: a field given a wrong value or taken
    out, a key added, members listed twice, left out, added, or with a wrong size or hash."""
    manifest: Any = manifest_for(members)
    for _edit in range(draw(st.integers(1, 3))):
        edit = draw(st.sampled_from(["field", "drop", "add", "member", "twice", "extra",
                                     "whole"]))
        listed = manifest.get("members") if isinstance(manifest, dict) else None
        if edit == "whole":
            manifest = draw(_WRONG)
        elif not isinstance(manifest, dict):
            continue
        elif edit in ("field", "drop") and manifest:
            key = draw(st.sampled_from(sorted(manifest)))
            if edit == "drop":
                del manifest[key]
            else:
                manifest[key] = draw(_WRONG | st.sampled_from(
                    [0, 2, 99, "casefiles-bundle", "no_such_profile", "public_advocacy",
                     "2025-13-45T99:00:00Z", {"name": "x", "ed25519_public_key": "AAAA"}]))
        elif edit == "add":
            manifest[draw(st.sampled_from(["extra", "Format", ""]))] = draw(_WRONG)
        elif isinstance(listed, list) and listed and isinstance(listed[0], dict):
            entry = dict(draw(st.sampled_from(listed)))
            if edit == "member":
                entry[draw(st.sampled_from(["name", "size", "sha256"]))] = draw(
                    _WRONG | st.sampled_from([-1, 10**30, "0" * 64, "manifest.json",
                                              "../x", f"cases/{UUID_POOL[1]}.json"]))
                listed[0] = entry
            elif edit == "twice":
                listed.append(entry)
            else:
                listed.pop(0)
    return manifest


@fuzz_settings(700)
@given(data=st.data())
def test_any_manifest_under_a_valid_signature_is_refused_or_read(data: st.DataObject) -> None:
    members = _SIMPLE_MEMBERS
    manifest = data.draw(manifests(members))
    open_bundle(encrypted(build_tar(members, manifest), False), False)


# ---- case and source JSON inside a correctly signed bundle ------------------------------------

def json_member(data: Any, ascii_only: bool) -> bytes:
    """JSON as a member holds it: its text escaped to ASCII (a lone surrogate then arrives as
    "\\ud800"), or as UTF-8 (where the surrogate is invalid UTF-8)."""
    return json.dumps(data, ensure_ascii=ascii_only).encode("utf-8", "surrogatepass")


def _valid(text: Any, pattern: str, default: str) -> str:
    """`text` if it is a string matching `pattern`, else `default`: a name a member can have."""
    return text if isinstance(text, str) and re.fullmatch(pattern, text) else default


@st.composite
def bundle_members(draw: st.DrawFn) -> dict[str, bytes]:
    """A bundle's cases and sources, drawn from the published schemas (wrong values in a third
    of the bundles), named as they belong (a case now and then under another's uuid), their
    citations mostly naming the bundle's cases: so that most get past reading to the import."""
    members: dict[str, bytes] = {}
    wrong = draw(st.integers(0, 2)) == 0
    uuids = []
    for case in draw(st.lists(schema_json("case", wrong=wrong), max_size=3)):
        uuid = _valid(case.get("uuid") if isinstance(case, dict) else None, _UUID, UUID_POOL[0])
        uuids.append(uuid)
        name = draw(st.sampled_from([uuid, uuid, uuid, uuid, UUID_POOL[2]]))
        members[f"cases/{name}.json"] = json_member(case, draw(st.booleans()))
    for _source in range(draw(st.integers(0, 2))):
        drawn = draw(schema_json("source", wrong=wrong))
        source = dict(drawn) if isinstance(drawn, dict) else {"drawn": drawn}
        if uuids and draw(st.integers(0, 4)):  # its citations mostly of the bundle's cases
            citations = draw(st.lists(record_json("source", "Citation"), max_size=2))
            source["citations"] = [{**c, "case_uuid": draw(st.sampled_from(uuids))}
                                   for c in citations]
        original = draw(st.sampled_from([None, *ORIGINALS]))
        if original is not None and draw(st.integers(0, 3)):  # mostly its true hash and size
            source.update(sha256=hashlib.sha256(original).hexdigest(), size=len(original))
        sha = _valid(source.get("sha256"), "[0-9a-f]{64}", "0" * 64)
        members[f"sources/{sha}.json"] = json_member(source, draw(st.booleans()))
        if original is not None:
            members[f"sources/{sha}"] = original
    return members


@fuzz_settings(1000)
@given(members=bundle_members(), to_passphrase=st.booleans(),
       side=st.sampled_from(["ours", "theirs"]))
def test_cases_and_sources_in_a_signed_bundle_are_imported_or_refused_leaving_no_trace(
        fuzz_store: Store, members: dict[str, bytes], to_passphrase: bool, side: str) -> None:
    """Conflicts are settled all one way (`side`: drawn before, as what the store holds is
    not the same when hypothesis replays an example)."""
    db = fuzz_store.db
    before = fingerprint(db)
    bundle = open_bundle(encrypted(build_tar(members), to_passphrase), to_passphrase)
    if bundle is None:
        event("refused when read")
        assert fingerprint(db) == before
        return
    shown = attempt(lambda: preview_import(db, bundle), db)
    if shown is None:
        event("refused in the preview")
        return
    choices = {case.uuid: {"*": side} for case in shown.cases if case.conflicts}
    report = attempt(lambda: apply_import(db, bundle, shown, choices, fuzz_store.actor,
                                          allow_unknown_signer=True), db)
    # --hypothesis-show-statistics tells how many examples reached each step.
    event("imported" if report is not None else "refused by the import")
    for case in shown.cases:
        event(f"a case {case.status}")

# ---- what fuzzing found -----------------------------------------------------------------------

def _refused(plaintext: bytes, match: str) -> None:
    with pytest.raises(BundleRefused, match=match) as refused:
        read_bundle(encrypt(plaintext), identity=str(IDENTITY))
    check_message(refused.value)


def test_a_member_whose_header_promises_more_than_follows_is_refused() -> None:
    """tarfile's ReadError ("unexpected end of data") came out of read_bundle when a member's
    data ran out: it is raised while the member is read, after the archive was opened."""
    info = tarfile.TarInfo(f"cases/{UUID_POOL[0]}.json")
    info.size = 4096
    _refused(info.tobuf(tarfile.PAX_FORMAT) + b"{}" * 50, "not a complete tar archive")


def test_a_member_named_in_control_characters_is_named_short() -> None:
    """A name was cut to 100 characters, then escaped: 100 bidi controls made 600."""
    info = tarfile.TarInfo("\u202e" * 100)
    _refused(info.tobuf(tarfile.PAX_FORMAT) + bytes(1024), r"unexpected member '(\\u202e)+…'")


def test_an_unsigned_manifest_cannot_make_a_message_of_its_version() -> None:
    """The format version, read before the signature is checked, went into the message
    whole: four thousand digits."""
    manifest = manifest_for(_SIMPLE_MEMBERS, format_version=10**4000)
    _refused(build_tar(_SIMPLE_MEMBERS, manifest), r"format version 1{1}0{39}…; this")


def test_a_lone_surrogate_in_a_signed_case_is_refused_before_the_import() -> None:
    """A case's text escaped as "\\ud800" passed every check, then failed with
    UnicodeEncodeError in the preview's queries and the import's writes."""
    case = json.loads(_SIMPLE_MEMBERS[next(n for n in _SIMPLE_MEMBERS if n.startswith("cases/"))])
    case["summary"] = "\ud800"
    name = f"cases/{case['uuid']}.json"
    members = {**_SIMPLE_MEMBERS, name: json_member(case, ascii_only=True)}
    _refused(build_tar(members), f"{name}: summary: the text holds a broken character")
