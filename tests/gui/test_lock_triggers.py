"""What locks the store besides Ctrl+L and the idle timer: the desktop session locking or the
machine going to sleep (D-Bus signals, sent here on a private bus by the real dbus-send), and
what a lock closes: every dialog the window had open."""

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casefiles.core.model.dates import Calendar
from casefiles.core.store.store import Store
from casefiles.gui.app import Controller
from casefiles.gui.case_editor import CaseDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.screen_lock import ScreenLockWatcher
from casefiles.gui.unlock_dialog import UnlockDialog


@pytest.fixture
def private_bus() -> Iterator[tuple[str, QDBusConnection]]:
    """A session bus of our own (dbus-daemon), its address and a Qt connection to it."""
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = daemon.stdout.readline().strip()
    connection = QDBusConnection.connectToBus(address, f"test-{daemon.pid}")
    assert connection.isConnected()
    yield address, connection
    QDBusConnection.disconnectFromBus(f"test-{daemon.pid}")
    daemon.terminate()
    daemon.wait(5)


def _send(address: str, path: str, member: str, *args: str) -> None:
    # dbus-send --address=... skips the bus's Hello, and the bus then drops what it sends.
    subprocess.run(["dbus-send", "--session", "--type=signal", path, member, *args], check=True,
                   env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address})


def _watcher(bus: QDBusConnection) -> ScreenLockWatcher:
    # The private bus stands in for both: logind's signals arrive on it as well.
    watcher = ScreenLockWatcher(session_bus=bus, system_bus=bus)
    assert watcher.listening
    return watcher


@pytest.mark.parametrize(("path", "member"), [
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver.ActiveChanged"),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager.PrepareForSleep"),
])
def test_screen_saver_and_sleep_signals_lock(private_bus, qtbot: QtBot, path: str,
                                             member: str) -> None:
    address, bus = private_bus
    watcher = _watcher(bus)
    with qtbot.assertNotEmitted(watcher.locked, wait=300):
        _send(address, path, member, "boolean:false")  # the screen saver went away: no lock
    with qtbot.waitSignal(watcher.locked, timeout=3000):
        _send(address, path, member, "boolean:true")


def test_logind_lock_of_a_session_locks(private_bus, qtbot: QtBot) -> None:
    address, bus = private_bus
    watcher = _watcher(bus)
    with qtbot.waitSignal(watcher.locked, timeout=3000):
        _send(address, "/org/freedesktop/login1/session/_32", "org.freedesktop.login1.Session.Lock")


def test_session_lock_closes_the_store_and_every_open_dialog(
        private_bus, store: Store, store_path: Path, prefs: Prefs, qtbot: QtBot) -> None:
    address, bus = private_bus
    controller = Controller(QApplication.instance(), prefs, store_path,
                            screen_lock=_watcher(bus))
    controller.open_window(store)
    editor = CaseDialog(store, Calendar.GREGORIAN)
    qtbot.addWidget(editor)
    editor.show()
    editor.summary.setPlainText("typed, not saved")
    _send(address, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver.ActiveChanged",
          "boolean:true")
    qtbot.waitUntil(lambda: controller.window is None, timeout=3000)
    assert not editor.isVisible()  # no case text left on screen behind the lock
    assert store._key == bytearray(32)
    assert isinstance(controller.dialog, UnlockDialog)
    qtbot.addWidget(controller.dialog)


def test_preferences_change_the_idle_delay(store: Store, store_path: Path, prefs: Prefs,
                                           qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
                                           ) -> None:
    from casefiles.gui import main_window
    from casefiles.gui.preferences_dialog import PreferencesDialog

    controller = Controller(QApplication.instance(), prefs, store_path)
    controller.open_window(store)

    def choose(dialog: PreferencesDialog) -> int:
        dialog.idle.setValue(12)
        dialog.calendar.setCurrentIndex(dialog.calendar.findData(Calendar.SOLAR_HIJRI.value))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(main_window.PreferencesDialog, "exec", choose)
    controller.window.edit_preferences()
    assert prefs.idle_minutes == 12
    assert prefs.calendar is Calendar.SOLAR_HIJRI
    assert controller.idle._timer.interval() == 12 * 60_000
    assert controller.window.calendar_actions[Calendar.SOLAR_HIJRI].isChecked()
    controller.lock()
    qtbot.addWidget(controller.dialog)
