"""Secrets hygiene: the passphrase, the recovery code and the keys leave no copy behind.

What is checked, with real components:

- `casefiles.core.security.memory`: what it wipes, and what it refuses to touch;
- the process's own memory, scanned in a child process (tests/memory_scan.py) after a store was
  created, recovered, re-keyed, refused a wrong passphrase and was opened and closed: neither a
  passphrase nor the recovery code nor the database key, raw or in hex, is left anywhere in its
  writable memory, including memory freed without being cleared. Controls show that the scan
  finds the key while the store is open, and a copy of each secret in an ordinary object;
- error messages and tracebacks name no secret;
- casefiles-cli never has a secret in its argv or environment, even while it waits for input;
- the process hardening: no core file, not dumpable, its memory unreadable to another process
  of the same user;
- a CLI session over case data with markers logs (Python logging at DEBUG, warnings, stderr)
  none of them.

What remains, and is not asserted (see also docs/SECURITY.md, "Known limits"): the scan looks
for each secret whole. Python and the libraries still make copies we cannot reach: a secret's
fragments (single characters, 4-character groups), and the caller's own copies before it hands
them to casefiles (the CLI's getpass and the kernel's pipe and terminal buffers; the GUI's, see
tests/gui/test_secrets_hygiene_gui.py). Freed memory that was not reused may hold such copies
for a while; the tests here show that none of the whole secrets is among them after our own
code ran. Nothing here protects against swap or hibernation.
"""

import os
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

import pytest

from casefiles.core.errors import InvalidInput, WrongPassphrase, WrongRecoveryCode
from casefiles.core.security.kdf import KdfParams, derive_key, normalise_secret
from casefiles.core.security.memory import to_buffer, wipe, wipe_immutable, wiping
from casefiles.core.store.driver import DatabaseError, connect
from casefiles.core.store.key_slots import normalise_recovery_code
from casefiles.core.store.store import Store
from tests.cli.test_cli import CLI_SCRIPT
from tests.conftest import FAST_KDF
from tests.markers import marker, needles
from tests.memory_scan import REPO, run_child

linux_only = pytest.mark.skipif(not Path("/proc/self/mem").exists(),
                                reason="scans memory through Linux's /proc")
LITERAL = "a passphrase written in the code"  # held by the module too: never wiped


def fresh(*parts: str) -> str:
    """A new str object (not a constant of the code), as text() or readline() returns."""
    return "".join(parts)


# ---- the memory module ------------------------------------------------------------------------

def test_wipe_zeroes_mutable_buffers_in_place() -> None:
    key = bytearray(os.urandom(32))
    view = memoryview(bytearray(b"recovery-code-bytes"))[8:]
    wipe(key)
    wipe(view)
    assert key == bytearray(32)
    assert view.obj == bytearray(b"recovery") + bytearray(11)


@pytest.mark.parametrize("text", ["ascii only", "Dari دری", "Latin-1 caf\xe9 ", "astral 🔑 key"])
def test_wipe_immutable_overwrites_a_str_we_hold_alone(text: str) -> None:
    secret = fresh(text, " and more")
    assert wipe_immutable(secret)
    assert set(secret) == {"\0"}  # (not == "\0" * n: the object keeps its kind of storage)


def test_wipe_immutable_also_clears_the_utf8_copy_a_c_api_cached() -> None:
    import ctypes

    secret = fresh("پاسپورت", " passphrase")
    as_utf8 = ctypes.pythonapi.PyUnicode_AsUTF8
    as_utf8.argtypes, as_utf8.restype = [ctypes.py_object], ctypes.c_void_p
    cached = as_utf8(secret)  # as a C extension asking for char * would
    size = len(secret.encode())
    assert ctypes.string_at(cached, size) != bytes(size)
    assert wipe_immutable(secret)
    assert ctypes.string_at(cached, size) == bytes(size)


def test_wipe_immutable_overwrites_bytes_and_to_buffer_keeps_a_mutable_copy() -> None:
    raw = os.urandom(32)
    copy = bytearray(raw)
    assert wipe_immutable(raw)
    assert raw == bytes(32)
    assert to_buffer(bytes(copy)) == copy


class _Text(str):
    pass


def test_wipe_immutable_leaves_alone_what_others_may_hold() -> None:
    shared = fresh("held by ", "two names")
    alias = shared
    assert not wipe_immutable(shared)  # a second reference: someone else may use it
    assert not wipe_immutable(LITERAL)  # a module's constant, its one reference the module's
    assert not wipe_immutable("a str constant of this function")  # and one of its code's
    assert not wipe_immutable(b"a bytes constant")
    interned = sys.intern(fresh("interned ", "string"))  # the interpreter's shared copy
    assert not wipe_immutable(interned)
    short = fresh("shor", "t")  # short strings are often shared and cached
    assert not wipe_immutable(short)
    subclass = _Text(fresh("a str ", "subclass"))
    assert not wipe_immutable(subclass)
    assert (alias, interned, short, subclass, LITERAL) == (
        "held by two names", "interned string", "short", "a str subclass",
        "a passphrase written in the code")
    assert wipe_immutable(shared, owners=2)  # the caller says it holds both references
    assert alias == "\0" * 17


def test_wiping_wipes_when_the_block_ends_however_it_ends() -> None:
    with wiping(fresh("correct ", "horse")) as text, wiping(bytearray(b"kek bytes")) as kek:
        assert text == "correct horse"
    assert text == "\0" * 13
    assert kek == bytearray(9)

    def unlock(passphrase: str) -> None:
        raise WrongPassphrase

    holder = wiping(fresh("wrong ", "passphrase"))
    with pytest.raises(WrongPassphrase) as raised, holder as text:
        unlock(text)
    # The error's traceback no longer keeps the passphrase alive in unlock's frame, so it
    # could be wiped while the error is still around (a dialog shows it later).
    assert text == "\0" * 16
    assert all(not frame.f_locals for frame, _line in traceback.walk_tb(raised.tb.tb_next))
    with pytest.raises(RuntimeError), holder:
        pass  # a holder gives its secret out once


def test_secrets_are_derived_as_before() -> None:
    """The buffers changed, the bytes did not: stores made before still open."""
    from argon2.low_level import Type, hash_secret_raw

    salt = os.urandom(16)
    params = KdfParams(time_cost=2, memory_kib=8 * 1024, parallelism=1)
    text = "\u0643\u064e\u06cc e\u0301 passphrase"  # not NFC: composed on the way
    secret = normalise_secret(text)
    assert isinstance(secret, bytearray)
    assert secret == "\u0643\u064e\u06cc \xe9 passphrase".encode()
    assert derive_key(secret, salt, params) == hash_secret_raw(
        bytes(secret), salt, 2, 8 * 1024, 1, 32, Type.ID)
    assert normalise_recovery_code(" abcd-efgh-ijkl-mnop-qrst-vwxy ") == bytearray(
        b"ABCDEFGH1JK1MN0PQRSTVWXY")


# ---- the process's memory ---------------------------------------------------------------------

def nowhere(found: dict[str, list[str]], names: list[str]) -> bool:
    """True if none of `names` was found; else False, with pytest showing `found`."""
    return {name: found[name] for name in names if found[name]} == {}


_CORE_CHILD = r'''
import base64, gc, sys, traceback
from pathlib import Path

from casefiles.core.errors import WrongPassphrase
from casefiles.core.security.kdf import KdfParams, derive_key
from casefiles.core.security.memory import wipe_immutable, wiping
from casefiles.core.store.key_slots import KeySlots
from casefiles.core.store.store import Store
from tests.conftest import FAST_KDF
from tests.memory_scan import (ascii_copy, counts, hex_digits, random_marker, report, scan,
                               utf16le)


def typed(secret):
    """The secret as the app holds it: a str from a text field or a terminal, which the app
    wipes once the core has used it (casefiles.gui, casefiles.cli)."""
    return wiping(secret.decode())


path = Path(sys.argv[1]) / "store"
first, second, third, wrong = (random_marker(b"Zq") for _i in range(4))
with typed(first) as passphrase:
    store, code = Store.create(path, passphrase, kdf=FAST_KDF, actor="tester")
store.close()
del store
shown = ascii_copy(code)  # XXXX-XXXX-...
hashed = ascii_copy(code, keep=b"0123456789ABCDEFGHJKMNPQRSTVWXYZ")
code_wiped = wipe_immutable(code)
del code
with typed(shown) as code, typed(second) as passphrase:
    Store.recover(path, code, passphrase, actor="tester").close()
with typed(second) as passphrase:
    store = Store.open(path, passphrase, actor="tester")
with typed(second) as old, typed(third) as new:
    store.change_passphrase(old, new)
store.close()
del store
try:
    with typed(wrong) as passphrase:
        Store.open(path, passphrase)
except WrongPassphrase as err:
    refused = err  # kept, with its traceback, until the end
text = bytearray("".join(traceback.format_exception(refused)).encode())
with typed(third) as passphrase:
    store = Store.open(path, passphrase, actor="tester")
key = bytearray(store._key)
other = store.second_connection()
other.execute("SELECT count(*) FROM meta").fetchone()
other.conn.close()
del other

slots = KeySlots.load(path / "keyslots.json").slots
needles = {"key": key, "key in hex": hex_digits(key), "recovery code": shown,
           "recovery code as hashed": hashed}
for name, secret in (("passphrase", third), ("recovery", hashed)):  # computed in our buffers
    slot = slots[name]
    needles[f"{name} slot's key-encryption key"] = derive_key(
        secret, base64.b64decode(slot["salt"]), KdfParams.from_json(slot["kdf"]))
for name, secret in (("first", first), ("second", second), ("third", third), ("wrong", wrong)):
    needles[f"{name} passphrase"] = secret
    needles[f"{name} passphrase in UTF-16"] = utf16le(secret)
open_scan = counts(scan(needles))
plants = [third.decode(), bytes(needles["third passphrase in UTF-16"]), bytes(key), key.hex(),
          shown.decode()]
planted_scan = counts(scan(needles))
plants_wiped = []
while plants:
    plant = plants.pop()
    plants_wiped.append(wipe_immutable(plant))
del plant
wiped_scan = counts(scan(needles))
store.close()
del store
gc.collect()
report(open=open_scan, planted=planted_scan, wiped=wiped_scan, closed=counts(scan(needles)),
       code_wiped=code_wiped, plants_wiped=plants_wiped, message=str(refused),
       traceback_names_it=wrong in text)
'''


@linux_only
def test_no_secret_is_left_in_memory_once_the_store_is_closed(tmp_path: Path) -> None:
    """In a child process: create, recover, change the passphrase, refuse a wrong one, open,
    then close. The secrets are random markers made in bytearrays (tests/memory_scan.py); the
    key-encryption keys of both slots are derived again in the child, into buffers of its own,
    to be looked for too."""
    result = run_child(_CORE_CHILD, str(tmp_path))
    passphrases = [name for name in result["open"] if "passphrase" in name]
    recovery = [name for name in result["open"] if "recovery" in name]  # and the slots' keys

    # Control: while the store is open, its key is in memory (ours, and SQLCipher's).
    assert result["open"]["key"]
    # ... but no passphrase, not even the wrong one whose error is still alive, no recovery
    # code, no key-encryption key, and the key never in hex (it went to SQLCipher through a
    # wiped buffer).
    assert nowhere(result["open"], [*passphrases, *recovery, "key in hex"])

    # Control: the scan finds a copy of each secret held in an ordinary object (what a leak
    # would be), and wipe_immutable removes it.
    planted = ["third passphrase", "third passphrase in UTF-16", "key in hex", "recovery code"]
    assert all(result["planted"][name] for name in planted)
    assert result["plants_wiped"] == [True] * 5
    assert not any(result["wiped"][name] for name in planted)
    assert result["code_wiped"]

    # Closed: nothing left, anywhere.
    assert nowhere(result["closed"], list(result["closed"]))

    assert result["message"] == str(WrongPassphrase())
    assert not result["traceback_names_it"]


# ---- error messages ---------------------------------------------------------------------------

def test_errors_name_no_secret(store_path: Path) -> None:
    passphrase, code = marker("Zq"), marker("Zq")
    store, recovery = Store.create(store_path, passphrase, kdf=FAST_KDF)
    key = bytes(store._key)
    store.close()
    attempts = [(WrongPassphrase, lambda: Store.open(store_path, passphrase + "x")),
                (WrongRecoveryCode, lambda: Store.recover(store_path, code, marker("Zq")))]
    for kind, attempt in attempts:
        with pytest.raises(kind) as raised:
            attempt()
        text = "".join(traceback.format_exception(raised.value))
        assert passphrase not in text
        assert code not in text
    # A wrong key fails at the first query, which names no key.
    conn = connect(str(store_path / "casefiles.db"), os.urandom(32))
    with pytest.raises(DatabaseError) as raised:
        conn.execute("SELECT * FROM meta").fetchall()
    conn.close()
    text = "".join(traceback.format_exception(raised.value))
    assert key.hex() not in text.lower()
    assert recovery not in text


def test_an_undecodable_secret_on_the_cli_is_refused_without_its_bytes(tmp_path: Path) -> None:
    from casefiles.cli.secrets_input import SecretSource

    secret = marker("Zq")
    secret_file = tmp_path / "pass.txt"
    secret_file.write_bytes(secret.encode() + b"\xff\xfe\n")
    with pytest.raises(InvalidInput) as raised:
        SecretSource(secret_file).passphrase()
    assert str(raised.value) == "The passphrase is not UTF-8 text."
    text = "".join(traceback.format_exception(raised.value))
    assert secret not in text
    assert "xff" not in text.lower()


# ---- argv and environment ---------------------------------------------------------------------

def _cli_env(tmp_path: Path) -> dict[str, str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(tmp_path / "data"),
            "PYTHONIOENCODING": "utf-8"}


def _wait_until_reading_stdin(proc: subprocess.Popen, store: Path) -> None:
    """Until the CLI has opened the store and waits for its next line of input."""
    deadline = time.monotonic() + 60
    wchan = Path(f"/proc/{proc.pid}/wchan")
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        if (store / "casefiles.db-wal").exists():
            try:
                if "pipe_read" in wchan.read_text():
                    return
            except OSError:  # not ours to read: the store is open, the read follows
                time.sleep(0.5)
                return
        time.sleep(0.02)
    raise AssertionError("casefiles-cli did not get to reading its input")


def _process_text(pid: int) -> dict[str, bytes | None]:
    """What other processes may see of `pid`: its argv and (if allowed) its environment."""
    seen: dict[str, bytes | None] = {}
    for name in ("cmdline", "environ"):
        try:
            seen[name] = Path(f"/proc/{pid}/{name}").read_bytes()
        except PermissionError:  # the process is not dumpable: only root may look
            seen[name] = None
    return seen


@linux_only
@pytest.mark.parametrize("from_file", [False, True], ids=["stdin", "passphrase-file"])
def test_cli_secrets_never_reach_argv_or_the_environment(tmp_path: Path,
                                                         from_file: bool) -> None:
    passphrase, wanted = marker("Zq"), marker("Zq")
    store_path = tmp_path / "store"
    Store.create(store_path, passphrase, kdf=FAST_KDF)[0].close()
    argv = [sys.executable, str(CLI_SCRIPT), "--store", str(store_path)]
    first_line = passphrase + "\n"
    if from_file:
        secret_file = tmp_path / "passphrase.txt"
        secret_file.write_text(first_line, encoding="utf-8")
        argv += ["--passphrase-file", str(secret_file)]
        first_line = ""
    proc = subprocess.Popen([*argv, "identity-search", "--json"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_cli_env(tmp_path), cwd=tmp_path)
    try:
        assert proc.stdin is not None
        proc.stdin.write(first_line)
        proc.stdin.flush()
        _wait_until_reading_stdin(proc, store_path)  # store open, the search text not sent
        seen = _process_text(proc.pid)
        out, err = proc.communicate(wanted + "\n", timeout=60)
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert seen["cmdline"] is not None
    if from_file:
        assert str(secret_file).encode() in seen["cmdline"]  # the path, never the contents
    for name, data in seen.items():
        if data is not None:
            assert not any(n in data for n in needles(passphrase) | needles(wanted)), name
    assert out.strip() == "[]"


# ---- core dumps and ptrace --------------------------------------------------------------------

_HARDENED = """
import ctypes, resource, sys
sys.path.insert(0, sys.argv[1])
if sys.argv[2] == "harden":
    from casefiles.core.security.process import harden_process
    harden_process()
libc = ctypes.CDLL(None)
print(resource.getrlimit(resource.RLIMIT_CORE), libc.prctl(3, 0, 0, 0, 0), flush=True)
sys.stdin.readline()
"""

_READER = """
import subprocess, sys
target = subprocess.Popen([sys.executable, "-I", "-c", sys.argv[1], sys.argv[2], sys.argv[3]],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(target.stdout.readline().strip(), flush=True)
try:
    with open(f"/proc/{target.pid}/maps") as maps:
        start = int(maps.readline().split("-")[0], 16)
    with open(f"/proc/{target.pid}/mem", "rb") as mem:
        mem.seek(start)
        print("read", len(mem.read(64)))
except PermissionError:
    print("refused")
target.communicate("\\n")
"""


def _as_another_process_of_the_same_user(hardened: bool) -> list[str]:
    """Run a target (hardened or not) from a reader of the same user that tries to read its
    memory; as root, both run as nobody, so that root's powers prove nothing. The reader is
    the target's parent, which Yama's ptrace_scope 1 would allow."""
    python, user = sys.executable, {}
    if os.geteuid() == 0:
        python = shutil.which("python3", path="/usr/bin:/bin") or ""
        user = {"user": 65534, "group": 65534, "extra_groups": []}
    argv = [python, "-I", "-c", _READER, _HARDENED, str(REPO), "harden" if hardened else "no"]
    try:
        result = subprocess.run(argv, capture_output=True, text=True, timeout=60, cwd="/",
                                check=False, **user)
    except (PermissionError, FileNotFoundError) as err:
        pytest.skip(f"no interpreter that an unprivileged user may run ({err})")
    if result.returncode != 0 and "Permission denied" in result.stderr:
        pytest.skip("the repository is not readable by an unprivileged user")
    assert result.returncode == 0, result.stderr
    return result.stdout.split("\n")


@linux_only
def test_a_hardened_process_dumps_no_core_and_is_not_dumpable() -> None:
    result = subprocess.run([sys.executable, "-c", _HARDENED, str(REPO), "harden"],
                            input="\n", capture_output=True, text=True, check=True, timeout=60)
    assert result.stdout.strip() == "(0, 0) 0"  # RLIMIT_CORE 0, soft and hard; PR_GET_DUMPABLE 0


@linux_only
def test_another_process_of_the_user_cannot_read_a_hardened_ones_memory() -> None:
    # Control: without the hardening, the same reader does read the target's memory.
    limits, verdict = _as_another_process_of_the_same_user(hardened=False)[:2]
    assert limits.endswith(" 1")  # dumpable
    assert verdict == "read 64"
    limits, verdict = _as_another_process_of_the_same_user(hardened=True)[:2]
    assert limits == "(0, 0) 0"
    assert verdict == "refused"


# ---- logs -------------------------------------------------------------------------------------

_LOGGED_CLI = """
import logging, sys, warnings
logging.basicConfig(filename=sys.argv[1], level=logging.DEBUG, force=True,
                    format="%(name)s %(levelname)s %(message)s")
logging.captureWarnings(True)
warnings.simplefilter("always")
if sys.argv[2]:  # the control: what is logged here must be found
    logging.getLogger("control").debug("planted %s", sys.argv[2])
    print("planted", sys.argv[2], file=sys.stderr)
from casefiles.cli import main
sys.exit(main(sys.argv[3:]))
"""


def _case_with_markers(m: dict[str, str]) -> str:
    import json

    return json.dumps({
        "assigned_to": m["assigned"],
        "summary": f"{m['summary']} was dismissed, then threatened.",
        "tags": [m["tag"]],
        "person": {"pseudonym": m["pseudonym"], "origin_district": m["district"],
                   "current_place": m["place"]},
        "identity": {"full_name": m["fullname"], "tazkira_number": m["tazkira"]},
        "incidents": [{"type": "threat", "date": "24 Asad 1400",
                       "description": f"Armed men {m['incident']} searched the house."}]},
        ensure_ascii=False)


def test_a_cli_session_logs_no_case_data(tmp_path: Path) -> None:
    from tests.core.sources import fixtures as fx

    m = {name: marker("Zq") for name in (
        "assigned", "summary", "tag", "pseudonym", "district", "place", "fullname", "tazkira",
        "incident", "text", "html", "title", "quote", "planted", "pdftext")}
    m["dari"] = marker("fa")
    passphrase = marker("Zq")
    store_path, log = tmp_path / "store", tmp_path / "debug.log"
    Store.create(store_path, passphrase, kdf=FAST_KDF)[0].close()
    text_file, _text = fx.text_file(tmp_path / "statement.txt",
                                    f"The applicant {m['text']} {m['dari']} was threatened.\n")
    html = tmp_path / "page.html"
    html.write_text(f"<html><head><title>{m['html']}</title></head><body><article><p>"
                    f"A former officer {m['html']} reported a house search.</p>" * 3
                    + "</article></body></html>", encoding="utf-8")
    pdf, _pages = fx.english_pdf(tmp_path / "report.pdf", pages=[
        f"A former officer {m['pdftext']} reported a house search."])
    env, stderr = _cli_env(tmp_path), []

    def run(*args: str, stdin: str = "", plant: str = "") -> str:
        proc = subprocess.run([sys.executable, "-c", _LOGGED_CLI, str(log), plant,
                               "--store", str(store_path), *args],
                              input=passphrase + "\n" + stdin, capture_output=True, text=True,
                              env=env, cwd=tmp_path, timeout=120, check=False)
        assert proc.returncode == 0, proc.stderr
        stderr.append(proc.stderr)
        return proc.stdout.strip()

    code = run("case", "add", "--from-json", "-", stdin=_case_with_markers(m))
    assert m["summary"] in run("case", "show", code, "--reveal-identity")
    assert code in run("search", m["summary"])
    ids = [run("source", "add", str(path), "--title", m["title"]).splitlines()[0]
           for path in (text_file, html, pdf)]
    assert m["text"] in run("source", "show", ids[0], "--text")
    run("cite", ids[0], "--case", code, "--pinpoint", "p. 1", "--quote", m["quote"])
    assert code in run("identity-search", stdin=m["fullname"] + "\n")
    run("case", "list", plant=m["planted"])  # the control, in a run like the others
    run("verify")

    logged = log.read_bytes() + "".join(stderr).encode()
    found = sorted(name for name, value in m.items()
                   if any(needle in logged for needle in needles(value)))
    assert found == ["planted"]  # the control is found; no case data is
    assert b"DEBUG" in log.read_bytes()
    assert not any(needle in logged for needle in needles(passphrase))
