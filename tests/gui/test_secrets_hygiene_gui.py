"""Secrets hygiene in the desktop app: typed passphrases, the lock, the logs, the error hook.

Real widgets, offscreen. What is checked:

- `SecretField` hands its text out once and leaves neither its text nor its undo history;
- the unlock flow in a child process (tests/memory_scan.py), typed key by key: a wrong
  passphrase, then the right one, then Ctrl+L. The child's writable memory holds neither
  passphrase (UTF-8 or Qt's UTF-16) once each was used, even before the window is built, and
  neither the database key nor its hex once locked. Controls: the scan finds the typed
  passphrase in the field, and the key while the store is open;
- a whole session (tests/gui/test_session_leaks.py's, which adds, searches, shows, cites and
  imports with marker strings, locks and unlocks) logs none of its markers: Python logging at
  DEBUG, warnings, Qt's messages and standard error;
- an unexpected error writes only its type and place.

What remains, and is not asserted: Qt and PySide copy a typed passphrase in ways no code of
ours reaches. Each key press is an event holding one character; the field's storage grows as
it is typed, and glibc keeps the outgrown blocks (a beginning of the passphrase, in UTF-16, and
of the undo history) until they are reused; a QString made for a signal or an accessibility
query is freed without being cleared. The scan looks for each secret whole and finds none of
them, but shorter pieces may survive in freed memory for a while. The strength meter of the
create-store dialog runs zxcvbn over every version of the passphrase as it is typed, which
makes many copies inside zxcvbn; that dialog is not scanned here.
"""

import logging
import os
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.core.errors import WrongPassphrase
from casefiles.gui import error_dialog
from casefiles.gui.fields import SecretField
from tests.gui.test_session_leaks import MARKERS, _moved_home, _run_session
from tests.markers import marker, needles
from tests.memory_scan import run_child

linux_only = pytest.mark.skipif(not Path("/proc/self/mem").exists(),
                                reason="scans memory through Linux's /proc")


# ---- the secret field -------------------------------------------------------------------------

def test_a_secret_field_gives_its_text_out_once_and_keeps_none(qtbot: QtBot) -> None:
    field = SecretField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field, "correct horse")
    changes: list[str] = []
    field.textChanged.connect(changes.append)
    with field.take() as passphrase:
        assert passphrase == "correct horse"
        assert field.text() == ""
    assert set(passphrase) == {"\0"}  # wiped once used
    assert not field.isUndoAvailable()  # nothing typed can be brought back
    assert changes == [""]  # the filler typed over it was never seen


def test_a_secret_field_forgets_its_text_when_its_dialog_goes(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    field = SecretField(parent=dialog)
    dialog.show()
    qtbot.keyClicks(field, "umber kettle")
    dialog.reject()  # cancelled, replaced by another dialog, or closed by a lock
    assert field.text() == ""
    field.setText("Zq recovery code")
    field.hide()
    assert field.text() == ""


# ---- the process's memory ---------------------------------------------------------------------

_GUI_CHILD = r'''
import gc, sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtDBus import QDBusConnection
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from casefiles.core.security.memory import wiping
from casefiles.core.store.store import Store
from casefiles.gui.app import Controller
from casefiles.gui.prefs import Prefs
from casefiles.gui.screen_lock import ScreenLockWatcher
from tests.conftest import FAST_KDF
from tests.memory_scan import counts, hex_digits, random_marker, report, scan, utf16le

root = Path(sys.argv[1])
path = root / "store"
right, wrong = random_marker(b"Zq"), random_marker(b"Zq")
with wiping(right.decode()) as passphrase:
    Store.create(path, passphrase, kdf=FAST_KDF, actor="tester")[0].close()
app = QApplication([])
prefs = Prefs(QSettings(str(root / "prefs.ini"), QSettings.Format.IniFormat))
prefs.remember_store(path)
no_bus = QDBusConnection("casefiles-test-no-bus")
controller = Controller(app, prefs, path, ScreenLockWatcher(session_bus=no_bus,
                                                            system_bus=no_bus))


def settle():
    for _i in range(3):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def wait(condition):
    while not condition():
        QTest.qWait(10)


def type_into(field, secret):
    """Key by key, as a keyboard does (QTest.keyClicks would first make a str of it all)."""
    for byte in secret:
        QTest.keyClick(field, chr(byte))
    QTest.keyClick(field, Qt.Key.Key_Return)


needles = {"right passphrase": right, "right passphrase in UTF-16": utf16le(right),
           "wrong passphrase": wrong, "wrong passphrase in UTF-16": utf16le(wrong)}
just_opened = {}
real_open_window = controller.open_window


def open_window(store):
    """The store is open, the unlock dialog done with, the window not yet built."""
    just_opened.update(counts(scan(needles)))
    real_open_window(store)


controller.open_window = open_window
controller.start()
settle()
dialog = controller.dialog
type_into(dialog.passphrase, wrong)
wait(lambda: "Wrong passphrase" in dialog.message.text())
refused = counts(scan(needles))
for byte in right:
    QTest.keyClick(dialog.passphrase, chr(byte))
typed = counts(scan(needles))
QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
del dialog
wait(lambda: controller.window is not None)
settle()
store = controller.window.store
key = bytearray(store._key)
needles.update({"key": key, "key in hex": hex_digits(key)})
unlocked = counts(scan(needles))
controller.window.lock_action.trigger()
settle()
gc.collect()
settle()
locked = counts(scan(needles))
report(refused=refused, typed=typed, just_opened=just_opened, unlocked=unlocked, locked=locked,
       key_wiped=store._key == bytearray(32), asks_again=controller.dialog is not None)
'''


@linux_only
def test_no_passphrase_or_key_is_left_in_memory_after_unlock_and_lock(tmp_path: Path) -> None:
    home = tmp_path / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CACHE_HOME": str(home / ".cache"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "TMPDIR": str(tmp_path)}
    result = run_child(_GUI_CHILD, str(tmp_path), env=env)
    none = {name: [] for name in result["locked"]}
    passphrases = {name: [] for name in result["typed"]}

    # The wrong passphrase is gone once refused (the error is shown, the field empty).
    assert result["refused"] == passphrases
    # Control: the right one, typed, is in the field's storage (UTF-16).
    assert result["typed"]["right passphrase in UTF-16"]
    # Gone once used: before the window is built, and while the store is open.
    assert result["just_opened"] == passphrases
    assert {name: hits for name, hits in result["unlocked"].items() if name != "key"} == \
        {name: [] for name in result["unlocked"] if name != "key"}
    # Control: the key is in memory while the store is open.
    assert result["unlocked"]["key"]
    # Locked: the key is wiped, and no copy of anything is left.
    assert result["key_wiped"]
    assert result["asks_again"]
    assert result["locked"] == none


# ---- logs and standard error ------------------------------------------------------------------

@pytest.fixture
def debug_log(tmp_path: Path) -> Path:
    """Python logging at DEBUG, and warnings, into a file, as a curious user might set it."""
    path = tmp_path / "debug.log"
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.captureWarnings(True)
    yield path
    logging.captureWarnings(False)
    root.setLevel(level)
    root.removeHandler(handler)
    handler.close()


def test_a_gui_session_logs_no_case_data(tmp_path: Path, qtbot: QtBot,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capfd: pytest.CaptureFixture[str], qtlog,
                                         debug_log: Path) -> None:
    planted = marker("Zq")
    with _moved_home(tmp_path / "session", monkeypatch) as session:
        _run_session(session, qtbot, monkeypatch)
        # Control: what is logged or written to standard error here is found.
        logging.getLogger("control").debug("planted %s", planted)
        os.write(2, f"planted {planted}\n".encode())
    err = capfd.readouterr().err
    logged = b"\n".join([debug_log.read_bytes(), err.encode(),
                         *(record.message.encode() for record in qtlog.records)])
    found = [value for value in [*MARKERS, planted]
             if any(needle in logged for needle in needles(value))]
    assert found == [planted]


# ---- the error hook ---------------------------------------------------------------------------

def test_an_unexpected_error_writes_only_its_type_and_place(qtbot: QtBot,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             capfd: pytest.CaptureFixture[str]
                                                             ) -> None:
    secret = marker("Zq")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    for err in (ValueError(f"could not parse {secret}"), WrongPassphrase()):
        try:
            raise err
        except (ValueError, WrongPassphrase) as raised:
            line = raised.__traceback__.tb_lineno
            error_dialog.show_unexpected_error(type(raised), raised, raised.__traceback__)
        name = Path(__file__).name
        assert capfd.readouterr().err == f"casefiles: {type(err).__name__} at {name}:{line}\n"
    assert [secret in text for text in shown] == [False, False]
    assert shown[1] == str(WrongPassphrase())
    assert sys.excepthook is not error_dialog.show_unexpected_error  # not installed by tests
