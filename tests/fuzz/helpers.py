"""What every fuzz target shares: the store's fingerprint, the check of a refusal, and the
strategies that damage bytes, zip archives and text."""

import hashlib
import io
import zipfile
from collections.abc import Callable
from typing import Any, TypeVar

from hypothesis import strategies as st

from casefiles.core.errors import CasefilesError
from casefiles.core.store.driver import Database

T = TypeVar("T")
# A message is shown as it is, in a dialog or on stderr: one line, and not a wall of text.
MAX_MESSAGE = 600


# ---- the store before and after ---------------------------------------------------------------

def fingerprint(db: Database) -> dict[str, tuple[int, str]]:
    """Per table: its row count and the SHA-256 of its rows (the audit log by its head, whose
    hash covers every entry before it). Cheap enough for every example; compares what the
    store holds, not its file bytes, which SQLCipher rewrites."""
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' "
        "AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name")]
    found = {}
    for table in tables:
        if table == "audit_log":
            count, head = db.execute("SELECT count(*), (SELECT hash FROM audit_log "
                                     "ORDER BY seq DESC LIMIT 1) FROM audit_log").fetchone()
            found[table] = (count, head or "")
            continue
        digest, count = hashlib.sha256(), 0
        for row in db.execute(f"SELECT * FROM {table} ORDER BY 1, 2"):
            digest.update(repr(row).encode())
            count += 1
        found[table] = (count, digest.hexdigest())
    return found


def check_message(error: BaseException | str) -> str:
    """The error's message (or a message), once it is one a person can be shown: not empty,
    one line, not a wall of text."""
    message = str(error)
    assert message.strip(), f"{type(error).__name__} without a message"
    assert "\n" not in message, f"a message of several lines: {message!r}"
    assert "\r" not in message, f"a message of several lines: {message!r}"
    assert len(message) <= MAX_MESSAGE, f"a message of {len(message)} characters: {message[:200]}"
    return message


def attempt(action: Callable[[], T], db: Database | None = None,
            allowed: tuple[type[BaseException], ...] = (CasefilesError,)) -> T | None:
    """Run `action` and return what it returns, or None when it refused with one of `allowed`
    (any other exception is a bug, and propagates). A refusal must have a clean message and,
    when `db` is given, leave the store exactly as it was."""
    before = fingerprint(db) if db is not None else None
    try:
        return action()
    except allowed as error:
        refusal = error
    check_message(refusal)
    if db is not None:
        assert fingerprint(db) == before, f"refused ({refusal}), yet the store changed"
    return None


# ---- damaged bytes ----------------------------------------------------------------------------

class Sample(bytes):
    """Bytes that strategies are built around, shown by their size: hypothesis describes a
    strategy by its arguments, and would render kilobytes of them."""

    def __repr__(self) -> str:
        return f"<{len(self)} bytes>"


# Bytes that parsers treat specially: numbers that overflow, path parts, markup, zero runs.
_SPECIAL = [b"\x00", b"\xff", b"\x00" * 512, b"99999999999", b"-1", b"../", b"/", b"\\",
            b"<", b">", b"\"", b"\n", b"\r\n", b"%", b"{", b"[", b"\xef\xbb\xbf", b"\xc3"]


@st.composite
def mutated(draw: st.DrawFn, data: bytes, max_edits: int = 6) -> bytes:
    """`data` after a few edits (see `mutate`)."""
    return mutate(draw, data, max_edits)


def mutate(draw: st.DrawFn, data: bytes, max_edits: int = 6) -> bytes:
    """`data` after a few edits drawn with `draw`: a byte flipped, bytes inserted, deleted,
    overwritten with special values or repeated, or the whole cut short. (A function rather
    than a strategy for data drawn in the same example: a strategy's arguments go into its
    description, which hypothesis may render, however large.)"""
    buf = bytearray(data)
    for _edit in range(draw(st.integers(1, max_edits))):
        at = draw(st.integers(0, len(buf)))
        edit = draw(st.sampled_from(["flip", "insert", "delete", "special", "repeat", "cut"]))
        if edit == "flip" and at < len(buf):
            buf[at] ^= 1 << draw(st.integers(0, 7))
        elif edit == "insert":
            buf[at:at] = draw(st.binary(min_size=1, max_size=16))
        elif edit == "delete":
            del buf[at:at + draw(st.integers(1, 64))]
        elif edit == "special":
            value = draw(st.sampled_from(_SPECIAL))
            buf[at:at + len(value)] = value
        elif edit == "repeat":
            buf[at:at] = buf[at:at + draw(st.integers(1, 512))]
        elif edit == "cut":
            del buf[at:]
    return bytes(buf)


def zip_members(data: bytes) -> dict[str, bytes]:
    """The members of a zip archive (a workbook, a Word document) by name."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def make_zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@st.composite
def mutated_zip(draw: st.DrawFn, data: bytes) -> bytes:
    """A zip archive like `data` whose parts are damaged: one member's bytes mutated, replaced,
    emptied or dropped, a member added, or the archive's own bytes mutated."""
    members = zip_members(data)
    names = sorted(members)
    edit = draw(st.sampled_from(["member", "replace", "empty", "drop", "add", "stored", "bytes"]))
    name = draw(st.sampled_from(names))
    if edit == "member":
        members[name] = mutate(draw, members[name])
    elif edit == "replace":
        members[name] = draw(st.binary(max_size=200) | st.sampled_from(_XML_SNIPPETS))
    elif edit == "empty":
        members[name] = b""
    elif edit == "drop":
        del members[name]
    elif edit == "add":
        members[draw(st.sampled_from(["../evil.xml", "/abs.xml", name + "x", "a" * 300]))] = (
            draw(st.sampled_from(_XML_SNIPPETS)))
    archive = make_zip(members, zipfile.ZIP_STORED if edit == "stored" else zipfile.ZIP_DEFLATED)
    return mutate(draw, archive) if edit == "bytes" else archive


_XML_SNIPPETS = [
    b"<?xml version='1.0'?><a>", b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>",
    b"<?xml version='1.0'?><!DOCTYPE a SYSTEM 'file:///etc/passwd'><a/>",
    b"\xef\xbb\xbf<a xmlns='http://schemas.openxmlformats.org/spreadsheetml/2006/main'/>",
    b"<a>" * 2000, b"not xml at all", b"<?xml version='1.0' encoding='utf-16'?><a/>",
]


# ---- hostile text -----------------------------------------------------------------------------

# Right-to-left text, bidi controls, zero-width and control characters, combining marks, a
# lone surrogate, and the Dari, Pashto and Arabic letters the normalisation folds.
_HOSTILE_CHARS = ("\u200f\u200e\u202e\u202b\u202c\u2066\u2069\u200c\u200d\ufeff\u0640\u064b"
                  "\u0670\u0643\u064a\u06a9\u06cc\u0600\u061c\x00\x07\x1b\x7f\u0085\u2028"
                  "\ud800\U0001f600\u0301\ufdfd\ufb50۱۴۰۰٢١")
hostile_text = st.text(
    alphabet=st.characters() | st.sampled_from(_HOSTILE_CHARS), max_size=40) | (
    # (built when drawn: a strategy's description shows its values, and these are long)
    st.sampled_from([("x", 5000), ("سپین‌بولدک ", 400), ("\u202e", 100)]).map(
        lambda part: part[0] * part[1]))


def one_of_json(leaves: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """Any JSON value built from `leaves`, nested a few levels."""
    return st.recursive(leaves, lambda inner: st.lists(inner, max_size=4)
                        | st.dictionaries(st.text(max_size=10), inner, max_size=4),
                        max_leaves=12)
