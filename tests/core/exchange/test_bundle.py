"""Exchange bundles: round trips, the real `age` tool, every refused input, flat memory."""

import contextlib
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from casefiles.core.errors import BundleRefused, InvalidInput
from casefiles.core.exchange import bundle_age
from casefiles.core.exchange.bundle import read_bundle, write_bundle
from tests.core.exchange.helpers import (
    IDENTITY,
    ORIGINAL,
    ORIGINAL_SHA,
    RECIPIENT,
    SIGNING_KEY,
    build_tar,
    case_json,
    encrypt,
    manifest_for,
    member_bytes,
    raw_public_key,
    simple_members,
    source_json,
)

AGE = shutil.which("age")
needs_age = pytest.mark.skipif(AGE is None, reason="the age tool (Debian package age)")


def _write(**encryption: object) -> tuple[io.BytesIO, list[dict]]:
    """A bundle of two cases, one source with its original and one without."""
    cases = [case_json("Falcon"), case_json("Heron")]
    other = b"metadata only"
    sources = [(source_json(cases[0]["uuid"]), lambda: iter([ORIGINAL[:1000], ORIGINAL[1000:]])),
               (source_json(cases[1]["uuid"], other), None)]
    out = io.BytesIO()
    summary = write_bundle(out, cases, sources, SIGNING_KEY, "Field network",
                           "partner_organisation", **encryption)
    assert (summary.cases, summary.sources, summary.originals) == (2, 2, 1)
    assert summary.sha256 == hashlib.sha256(out.getvalue()).hexdigest()
    out.seek(0)
    return out, cases


def _trusted(key: bytes) -> str | None:
    return "Field network (verified)" if key == raw_public_key(SIGNING_KEY) else None


# ---- round trips ------------------------------------------------------------------------------

def test_round_trip_to_recipients() -> None:
    second = pyrage.x25519.Identity.generate()
    out, cases = _write(recipients=[RECIPIENT, str(second.to_public())])
    for identity in (IDENTITY, second):  # each recipient opens it
        out.seek(0)
        bundle = read_bundle(out, identity=str(identity), trusted=_trusted)
        assert bundle.cases == cases
        assert bundle.signer == "Field network (verified)"
        assert bundle.sender == "Field network"
        assert bundle.profile == "partner_organisation"
    originals = {source.sha256: b"".join(chunks) for source, chunks in bundle.originals()}
    assert originals == {ORIGINAL_SHA: ORIGINAL}
    assert [s.has_original for s in bundle.sources] == [True, False]
    assert bundle.sources[0].metadata["citations"][0]["case_uuid"] == cases[0]["uuid"]
    text = json.dumps(bundle.cases, ensure_ascii=False)
    assert "MARKER-FULL-NAME" not in text
    assert "دری متن" in text
    assert list(bundle.originals(wanted=set())) == []


def test_unknown_signer_is_reported_and_can_be_required() -> None:
    out, _cases = _write(recipients=[RECIPIENT])
    bundle = read_bundle(out, identity=str(IDENTITY), trusted=lambda key: None)
    assert bundle.signer is None
    with pytest.raises(BundleRefused, match="not in your address book"):
        bundle.require_trusted()


def test_round_trip_to_a_passphrase_opens_with_pyrage_and_back() -> None:
    """Our streamed scrypt writer against rage's: each opens the other's file (2 scrypts each)."""
    out, cases = _write(passphrase="correct horse battery staple")
    tar = pyrage.passphrase.decrypt(out.getvalue(), "correct horse battery staple")
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        assert archive.getnames()[-1] == "manifest.sig"
    bundle = read_bundle(out, passphrase="correct horse battery staple")
    assert bundle.cases == cases
    assert [len(b"".join(c)) for _s, c in bundle.originals()] == [len(ORIGINAL)]
    _case, members = simple_members()
    theirs = pyrage.passphrase.encrypt(build_tar(members), "another passphrase")
    assert len(read_bundle(io.BytesIO(theirs), passphrase="another passphrase").cases) == 1


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle_age, "SCRYPT_LOG_N", 10)


@pytest.mark.usefixtures("cheap_scrypt")
@pytest.mark.parametrize("size", [0, 1, bundle_age.CHUNK - 1, bundle_age.CHUNK,
                                  bundle_age.CHUNK + 1, 3 * bundle_age.CHUNK])
def test_passphrase_stream_chunking(size: int) -> None:
    """Chunk boundaries of the STREAM payload (the last chunk full, short or empty)."""
    data = os.urandom(size)
    out = io.BytesIO()
    bundle_age.encrypt_to_passphrase(io.BytesIO(data).read, out, "pw")
    assert pyrage.passphrase.decrypt(out.getvalue(), "pw") == data
    out.seek(0)
    key = bundle_age.unlock_passphrase(out, "pw")
    assert b"".join(key.chunks(out)) == data


@pytest.mark.usefixtures("cheap_scrypt")
def test_wrong_passphrase_and_wrong_kind_of_key() -> None:
    out, _cases = _write(passphrase="right")
    with pytest.raises(BundleRefused, match="Wrong passphrase"):
        read_bundle(out, passphrase="wrong")
    out.seek(0)
    with pytest.raises(BundleRefused, match="protected by a passphrase"):
        read_bundle(out, identity=str(IDENTITY))
    to_key, _cases = _write(recipients=[RECIPIENT])
    with pytest.raises(BundleRefused, match="encrypted to organisation keys"):
        read_bundle(to_key, passphrase="right")


def test_wrong_identity() -> None:
    out, _cases = _write(recipients=[RECIPIENT])
    with pytest.raises(BundleRefused, match="not addressed to this organisation's key"):
        read_bundle(out, identity=str(pyrage.x25519.Identity.generate()))


def test_writer_refusals() -> None:
    case = case_json()
    with pytest.raises(InvalidInput, match="either"):
        write_bundle(io.BytesIO(), [case], [], SIGNING_KEY, "A", "p")
    with pytest.raises(InvalidInput, match="not an age public key"):
        write_bundle(io.BytesIO(), [case], [], SIGNING_KEY, "A", "p", recipients=["age1nope"])
    withheld = case_json(profile="public_advocacy")
    with pytest.raises(InvalidInput, match="no UUID"):
        write_bundle(io.BytesIO(), [withheld], [], SIGNING_KEY, "A", "p", recipients=[RECIPIENT])
    bad = {**case, "person": {**case["person"], "sex": "Male"}}  # a label, not a code
    with pytest.raises(InvalidInput, match="does not follow the case schema at person/sex"):
        write_bundle(io.BytesIO(), [bad], [], SIGNING_KEY, "A", "p", recipients=[RECIPIENT])
    lying = (source_json(case["uuid"]), lambda: iter([ORIGINAL[:-1] + b"!"]))
    with pytest.raises(InvalidInput, match="does not match its recorded size and SHA-256"):
        write_bundle(io.BytesIO(), [case], [lying], SIGNING_KEY, "A", "p", recipients=[RECIPIENT])


# ---- the real age tool ------------------------------------------------------------------------

@needs_age
def test_age_tool_decrypts_a_bundle_and_members_match_the_manifest(tmp_path: Path) -> None:
    out, cases = _write(recipients=[RECIPIENT])
    (tmp_path / "bundle.age").write_bytes(out.getvalue())
    keyfile = tmp_path / "key.txt"
    keyfile.write_text(str(IDENTITY) + "\n")
    tar = subprocess.run([AGE, "-d", "-i", str(keyfile), str(tmp_path / "bundle.age")],
                         capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(tar)) as archive:
        files = {m.name: archive.extractfile(m).read() for m in archive.getmembers()}
    manifest_data = files.pop("manifest.json")
    SIGNING_KEY.public_key().verify(files.pop("manifest.sig"), manifest_data)
    manifest = json.loads(manifest_data)
    assert {m["name"]: (m["size"], m["sha256"]) for m in manifest["members"]} == {
        name: (len(data), hashlib.sha256(data).hexdigest()) for name, data in files.items()}
    assert json.loads(files[f"cases/{cases[0]['uuid']}.json"]) == cases[0]
    assert files[f"sources/{ORIGINAL_SHA}"] == ORIGINAL


@needs_age
def test_bundle_built_with_age_and_tar_by_hand_is_read(tmp_path: Path) -> None:
    case, members = simple_members()
    (tmp_path / "bundle.tar").write_bytes(build_tar(members))
    subprocess.run([AGE, "-r", RECIPIENT, "-o", str(tmp_path / "bundle.age"),
                    str(tmp_path / "bundle.tar")], check=True)
    with (tmp_path / "bundle.age").open("rb") as stream:
        bundle = read_bundle(stream, identity=str(IDENTITY), trusted=_trusted)
        assert bundle.cases == [case]
        assert bundle.signer is not None
        assert [b"".join(chunks) for _s, chunks in bundle.originals()] == [ORIGINAL]


@needs_age
@pytest.mark.usefixtures("cheap_scrypt")
def test_age_tool_opens_a_passphrase_bundle(tmp_path: Path) -> None:
    """`age -d` asks for the passphrase on its terminal: give it one (a pseudo-terminal)."""
    import pty

    out, _cases = _write(passphrase="tty passphrase")
    (tmp_path / "bundle.age").write_bytes(out.getvalue())
    pid, fd = pty.fork()
    if pid == 0:  # the child: age, on the pseudo-terminal
        os.execv(AGE, [AGE, "-d", "-o", str(tmp_path / "bundle.tar"),  # noqa: S606
                       str(tmp_path / "bundle.age")])
    os.write(fd, b"tty passphrase\n")
    with contextlib.suppress(OSError):  # the terminal closes when age ends
        while os.read(fd, 1024):
            pass
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    with tarfile.open(tmp_path / "bundle.tar") as archive:
        assert archive.getnames()[-1] == "manifest.sig"


# ---- refused bundles --------------------------------------------------------------------------

def _refused(stream: io.BytesIO, match: str) -> None:
    with pytest.raises(BundleRefused, match=match) as caught:
        read_bundle(stream, identity=str(IDENTITY))
    message = str(caught.value)
    assert "\n" not in message
    assert len(message) < 300


def test_one_flipped_byte_anywhere() -> None:
    out, _cases = _write(recipients=[RECIPIENT])
    data = out.getvalue()
    for position in (30, 200, len(data) // 2, len(data) - 5):
        flipped = bytearray(data)
        flipped[position] ^= 0x01
        _refused(io.BytesIO(bytes(flipped)),
                 "integrity check|not addressed|not an encrypted casefiles bundle")


def test_truncated_file() -> None:
    out, _cases = _write(recipients=[RECIPIENT])
    data = out.getvalue()
    for length in (len(data) - 1, len(data) - 100, len(data) // 2, 300, 100, 0):
        _refused(io.BytesIO(data[:length]), "damaged or incomplete|not an encrypted")


def test_signed_by_another_key_than_the_manifest_names() -> None:
    _case, members = simple_members()
    _refused(encrypt(build_tar(members, signer=Ed25519PrivateKey.generate())),
             "signature does not match the sender key")


def test_manifest_hash_does_not_match() -> None:
    _case, members = simple_members()
    manifest = manifest_for(members)
    manifest["members"][2]["sha256"] = "0" * 64
    _refused(encrypt(build_tar(members, manifest)),
             f"sources/{ORIGINAL_SHA} does not match its SHA-256")


@pytest.mark.parametrize(("name", "match"), [("../../x", "leaves its folder"),
                                             ("cases/../../x.json", "leaves its folder"),
                                             ("/etc/x", "absolute path"),
                                             ("notes.txt", "unexpected member")])
def test_unsafe_or_unexpected_member_names(name: str, match: str) -> None:
    _case, members = simple_members()
    members[name] = b"x"
    _refused(encrypt(build_tar(members)), match)


def test_member_larger_than_the_manifest_says() -> None:
    _case, members = simple_members()
    manifest = manifest_for(members)
    manifest["members"][2]["size"] = 10
    _refused(encrypt(build_tar(members, manifest)), r"is 28000 bytes; the manifest says 10")


def test_case_member_larger_than_any_case_is_refused_unread() -> None:
    case, _members = simple_members()
    info = tarfile.TarInfo(f"cases/{case['uuid']}.json")
    info.size = 40 * 1024 * 1024
    huge = io.BytesIO()
    with tarfile.open(fileobj=huge, mode="w") as tar:
        tar.addfile(info, io.BytesIO(b" " * info.size))
    _refused(encrypt(huge.getvalue()), "more than such a member can be")


def test_unknown_schema_and_format_versions() -> None:
    _case, members = simple_members()
    _refused(encrypt(build_tar(members, manifest_for(members, schema_version=99))),
             "schema version 99; this casefiles reads version 1")
    _refused(encrypt(build_tar(members, manifest_for(members, format_version=2))),
             "format version 2")


@pytest.mark.parametrize(("kind", "label"), [(tarfile.SYMTYPE, "symbolic link"),
                                             (tarfile.LNKTYPE, "hard link"),
                                             (tarfile.CHRTYPE, "device"),
                                             (tarfile.DIRTYPE, "folder")])
def test_links_devices_and_stray_folders(kind: bytes, label: str) -> None:
    _case, members = simple_members()
    info = tarfile.TarInfo(f"sources/{'a' * 64}" if kind != tarfile.DIRTYPE else "other")
    info.type, info.linkname = kind, "/etc/passwd"
    _refused(encrypt(build_tar(members, extra=[info])), label)


def test_unlisted_and_missing_members() -> None:
    _case, members = simple_members()
    listed = manifest_for(members)
    extra = {**members, f"sources/{'b' * 64}": b"unlisted"}
    _refused(encrypt(build_tar(extra, listed)), f"sources/{'b' * 64} is not listed")
    fewer = dict(members)
    del fewer[f"sources/{ORIGINAL_SHA}"]
    _refused(encrypt(build_tar(fewer, listed)), "which is missing from the bundle")


def test_case_json_that_breaks_the_schema_or_the_model() -> None:
    case, members = simple_members()
    name = f"cases/{case['uuid']}.json"
    for bad, match in (({**case, "secret": 1}, "case schema at top level"),
                       ({**case, "person": {**case["person"], "origin_province": "Kandahar"}},
                        "case schema at person/origin_province"),
                       ({**case, "person": {**case["person"], "birth": "2021-02-31"}},
                        f"{name}: person.birth"),
                       ({**case, "uuid": "00000000-0000-4000-8000-000000000000"},
                        "holds the case")):
        changed = {**members, name: member_bytes(bad)}
        _refused(encrypt(build_tar(changed)), match)
    _refused(encrypt(build_tar({**members, name: b"{not json"})), "is not valid JSON")


def test_data_hidden_after_the_archive() -> None:
    _case, members = simple_members()
    _refused(encrypt(build_tar(members) + b"hidden" + bytes(1024)), "after the end of its archive")


def test_not_a_bundle_at_all() -> None:
    _refused(io.BytesIO(b"PK\x03\x04 a zip file"), "not an encrypted casefiles bundle")
    _refused(encrypt(b"plain text, not a tar archive" * 100), "not a complete tar archive")
    empty = io.BytesIO()
    tarfile.open(fileobj=empty, mode="w").close()
    _refused(encrypt(empty.getvalue()), "no manifest.json")


# ---- memory and files -------------------------------------------------------------------------

MEMORY_CHILD = r"""
import io, json, os, sys
from pathlib import Path
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from casefiles.core.exchange.bundle import read_bundle, write_bundle
from tests.core.exchange.helpers import case_json

def status(key):
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])

MIB, SIZE = 1024 * 1024, int(sys.argv[2]) * 1024 * 1024
block = os.urandom(MIB)
def chunks():
    for i in range(SIZE // MIB):
        yield block[:8] + i.to_bytes(8, "big") + block[16:]
import hashlib
digest = hashlib.sha256()
for chunk in chunks():
    digest.update(chunk)
identity = pyrage.x25519.Identity.generate()
case = case_json()
source = {"sha256": digest.hexdigest(), "size": SIZE, "type": "audio_video", "title": "big"}
baseline = status("VmHWM")
path = Path(sys.argv[1]) / "bundle.age"
with path.open("wb") as out:
    write_bundle(out, [case], [(source, chunks)], Ed25519PrivateKey.generate(), "A", "p",
                 recipients=[str(identity.to_public())])
written = status("VmHWM")
with path.open("rb") as stream:
    bundle = read_bundle(stream, identity=str(identity))
    total = sum(len(c) for _s, chunks_ in bundle.originals() for c in chunks_)
print(json.dumps({"baseline_kib": baseline, "after_write_kib": written,
                  "peak_kib": status("VmHWM"), "read": total, "size": SIZE}))
"""


def test_memory_stays_flat_and_no_other_file_is_written(tmp_path: Path) -> None:
    """A 200 MB original written and read back: peak RSS grows < 100 MB; only the bundle file
    appears, and the temporary folder stays empty (no plaintext spooled anywhere)."""
    work, temp = tmp_path / "work", tmp_path / "temp"
    work.mkdir()
    temp.mkdir()
    env = {**os.environ, "TMPDIR": str(temp)}
    done = subprocess.run([sys.executable, "-c", MEMORY_CHILD, str(work), "200"], env=env,
                          cwd=Path(__file__).resolve().parents[3], capture_output=True, text=True,
                          check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["read"] == result["size"]
    assert result["peak_kib"] - result["baseline_kib"] < 100 * 1024, result
    assert [p.name for p in work.iterdir()] == ["bundle.age"]
    assert list(temp.iterdir()) == []
