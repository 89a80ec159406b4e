"""`casefiles`: the desktop app's entry point and the unlock/lock cycle.

The controller owns the open store. Locking (Ctrl+L, the toolbar, the idle timer, or the
desktop session locking or going to sleep) clears the window, closes the store (which wipes the
key), clears the clipboard if it still holds what the app put there, and asks for the
passphrase again.
"""

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from casefiles.core import demo
from casefiles.core.errors import CasefilesError, StoreGone, StoreReadOnly
from casefiles.core.security.process import harden_process
from casefiles.core.store.store import Store, default_store_path
from casefiles.gui import clipboard, translation
from casefiles.gui.create_store import CreateStoreDialog
from casefiles.gui.error_dialog import install_error_hook
from casefiles.gui.icons import icon
from casefiles.gui.idle import IdleWatcher
from casefiles.gui.main_window import MainWindow
from casefiles.gui.palette import PaletteFollower
from casefiles.gui.prefs import Prefs
from casefiles.gui.recover_dialog import RecoverDialog
from casefiles.gui.screen_lock import ScreenLockWatcher
from casefiles.gui.unlock_dialog import UnlockDialog


class Controller(QObject):
    """`screen_lock` defaults to a watcher on the user's D-Bus; tests give one on a private bus.

    The store a window shows is claimed (Store.claim) for as long as it is unlocked, so that a
    second casefiles window on it is told and not opened. A fault that a change meets (a full
    disk, a vanished folder, a busy store) is said in the window's status bar; the editor that
    failed keeps what was typed and says it too. When the store is gone or has become read-only
    (a failing stick is often remounted so), the app offers to lock: only unlocking it again,
    once it is back, lets changes in.
    """

    # A fault a transaction of the open store met, on whichever thread; shown on the GUI's.
    store_failed = Signal(object)

    def __init__(self, app: QApplication, prefs: Prefs, path: Path,
                 screen_lock: ScreenLockWatcher | None = None) -> None:
        super().__init__()
        self.prefs = prefs
        self.path = path
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | CreateStoreDialog | RecoverDialog | None = None
        self.clipboard = clipboard.shared()
        self.idle = IdleWatcher(prefs.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.screen_lock = screen_lock or ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self.lock)
        # Queued even from the GUI thread: the editor that failed shows its message first.
        self.store_failed.connect(self._store_failed, Qt.ConnectionType.QueuedConnection)
        self._offering_lock = False

    def start(self) -> None:
        """First run (no store anywhere yet): create one; otherwise ask for the passphrase."""
        if not self.prefs.recent_stores and not (self.path / "keyslots.json").exists():
            self.create_store()
        else:
            self.ask_passphrase()

    def ask_passphrase(self) -> None:
        self._show(UnlockDialog(self.path, self.prefs.recent_stores))
        self.dialog.create_requested.connect(self.create_store)
        self.dialog.recover_requested.connect(self.recover_store)
        self.dialog.restore_requested.connect(self.restore_store)

    def create_store(self) -> None:
        self._show(CreateStoreDialog(self.path if not self.path.exists() else
                                     default_store_path()))
        self.dialog.restore_requested.connect(self.restore_store)

    def recover_store(self, path: Path) -> None:
        self.path = path
        self._show(RecoverDialog(path))

    def restore_store(self) -> None:
        """Restore a store from a backup (on a new laptop, say); once restored, it is the
        store the unlock dialog offers, and it is remembered among the recent ones."""
        from casefiles.gui.backup_dialog import RestoreDialog  # on demand: start-up stays quick

        dialog = RestoreDialog()
        dialog.exec()
        if dialog.result is not None:
            self.path = dialog.result.path
            self.prefs.remember_store(self.path)
            self.ask_passphrase()

    def _show(self, dialog: UnlockDialog | CreateStoreDialog | RecoverDialog) -> None:
        """Replace whatever dialog is up by `dialog`; its store, once open, opens the window."""
        if self.dialog is not None:
            old, self.dialog = self.dialog, None
            old.hide()
            old.deleteLater()
        self.dialog = dialog
        dialog.accepted.connect(self._unlocked)
        dialog.rejected.connect(self._gave_up)
        dialog.show()

    def _unlocked(self) -> None:
        dialog = self.dialog
        assert dialog is not None
        assert dialog.store is not None
        self.path = dialog.store.path
        self.prefs.remember_store(self.path)
        self.dialog = None
        dialog.deleteLater()
        try:
            self.open_window(dialog.store)
        except CasefilesError as err:  # open in another window: told, and asked again
            dialog.store.close()
            QMessageBox.warning(None, "casefiles", str(err))
            self.ask_passphrase()

    def _gave_up(self) -> None:
        """Cancel: from creating or recovering, back to unlocking; from unlocking, quit."""
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if isinstance(dialog, UnlockDialog) or not (self.path / "keyslots.json").exists():
            if self.window is None:
                QApplication.quit()
        else:
            self.ask_passphrase()

    def open_window(self, store: Store) -> None:
        """Show `store` in the main window, once claimed: raises StoreOpenElsewhere (nothing
        shown) when another casefiles window has it."""
        store.claim()
        store.on_fault = self.store_failed.emit
        self.window = MainWindow(store, self.prefs)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(self._window_closed)
        self.window.preferences_changed.connect(
            lambda: self.idle.set_timeout(self.prefs.idle_minutes * 60_000))
        self.window.restart_requested.connect(self.restart)
        self.window.show()
        self.idle.start()

    def restart(self) -> None:
        """Start casefiles anew (a new language takes effect at start), then end this one as
        closing the window does: the store is closed, the clipboard cleared."""
        frozen = getattr(sys, "frozen", False)  # a PyInstaller build is its own program
        QProcess.startDetached(sys.executable, sys.argv[1:] if frozen else sys.argv)
        if self.window is not None:
            self.window.close()

    def _window_closed(self) -> None:
        """The user closed the main window: close the store and end the app."""
        if self.window is not None:
            self.clipboard.clear_if_ours()
            self.window.store.close()
            self.window = None
        QApplication.quit()

    def lock(self) -> None:
        """Close the store and everything showing it, then ask for the passphrase again."""
        self.idle.stop()
        self.clipboard.clear_if_ours()
        self._close_dialogs()
        if self.window is not None:
            window, self.window = self.window, None
            window.clear()
            window.store.close()
            window.hide()
            window.deleteLater()
        if self.dialog is None:
            self.ask_passphrase()

    def _store_failed(self, err: CasefilesError) -> None:
        """Say the fault in the status bar, where it stays; for a store that is gone or
        read-only, offer to lock."""
        if self.window is None:
            return
        self.window.statusBar().showMessage(str(err))
        if not isinstance(err, StoreGone | StoreReadOnly) or self._offering_lock:
            return
        self._offering_lock = True
        try:
            answer = QMessageBox.question(
                self.window, "casefiles", str(err) + "\n\n" + self.tr(
                    "Lock the store now? Whatever could not be saved stays in its window "
                    "until you lock."),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes)
        finally:
            self._offering_lock = False
        if answer == QMessageBox.StandardButton.Yes and self.window is not None:
            self.lock()

    def _close_dialogs(self) -> None:
        """Close every dialog the window opened (editors, questions, file choosers).

        An editor's unsaved typing is dropped: the lock protects it like everything else, and
        done() bypasses the editors' "discard changes?" question, which would keep it on screen.
        """
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and widget is not self.dialog:
                widget.done(QDialog.DialogCode.Rejected)


SMOKE_EXIT_ENV = "CASEFILES_SMOKE_EXIT_AFTER_MS"


def _smoke_exit(app: QApplication) -> None:
    """A test hook (packaging/smoke-test, packaging/measure-start), off unless the environment
    holds CASEFILES_SMOKE_EXIT_AFTER_MS=N: once the first window (the first-run or unlock
    dialog) has painted, print `shown <its class> <time.monotonic()>` and quit N ms later with
    status 0. It is how the frozen build, which has no `python -c`, is started and timed."""
    delay = os.environ.get(SMOKE_EXIT_ENV)
    if delay is None:
        return
    import time

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QWidget

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.isWindow():
                app.removeEventFilter(self)
                name = type(obj).__name__

                def shown() -> None:  # after the paint and its flush, as bench/gui.py times
                    print(f"shown {name} {time.monotonic()}", flush=True)
                    QTimer.singleShot(int(delay), app.quit)
                QTimer.singleShot(0, shown)
            return False

    app.installEventFilter(FirstPaint(app))


def main(argv: list[str] | None = None) -> int:
    harden_process()
    install_error_hook()
    parser = argparse.ArgumentParser(prog="casefiles")
    parser.add_argument("--store", metavar="DIR", type=Path, help="store folder to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the fictional demo store (created on first use)")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("casefiles")
    app.setDesktopFileName("org.casefiles.Casefiles")
    app.setQuitOnLastWindowClosed(False)  # the unlock dialog replaces the window on lock
    app.setWindowIcon(icon("casefiles"))
    PaletteFollower(app)
    prefs = Prefs()
    translation.install(app, prefs.language, os.environ.get(translation.PSEUDO_ENV, ""))
    controller = Controller(app, prefs, args.store or (prefs.recent_stores or
                                                       [default_store_path()])[0])
    if args.demo:
        try:
            controller.path = demo.demo_store_path()
            controller.open_window(demo.open_demo_store())
        except CasefilesError as err:
            QMessageBox.critical(None, "casefiles", str(err))
            return 1
    else:
        QTimer.singleShot(0, controller.start)
    _smoke_exit(app)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
