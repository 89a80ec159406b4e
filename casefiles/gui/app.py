"""`casefiles`: the desktop app's entry point and the unlock/lock cycle.

The controller owns the open store. Locking (Ctrl+L, the toolbar, or the idle timer) clears
the window, closes the store (which wipes the key), clears the clipboard if it still holds what
the app put there, and asks for the passphrase again.
"""

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from casefiles.core import demo
from casefiles.core.errors import CasefilesError
from casefiles.core.security.process import harden_process
from casefiles.core.store.store import Store, default_store_path
from casefiles.gui.clipboard import ConcealedClipboard
from casefiles.gui.idle import IdleWatcher
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from casefiles.gui.unlock_dialog import UnlockDialog


class Controller(QObject):
    def __init__(self, app: QApplication, prefs: Prefs, path: Path) -> None:
        super().__init__()
        self.prefs = prefs
        self.path = path
        self.window: MainWindow | None = None
        self.dialog: UnlockDialog | None = None
        self.clipboard = ConcealedClipboard(parent=self)
        self.idle = IdleWatcher(prefs.idle_minutes * 60_000, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)

    def ask_passphrase(self) -> None:
        self.dialog = UnlockDialog(self.path, self.prefs.recent_stores)
        self.dialog.accepted.connect(self._unlocked)
        self.dialog.rejected.connect(self._gave_up)
        self.dialog.show()

    def _unlocked(self) -> None:
        assert self.dialog is not None
        assert self.dialog.store is not None
        self.path = self.dialog.path
        self.prefs.remember_store(self.path)
        self.open_window(self.dialog.store)
        self.dialog.deleteLater()
        self.dialog = None

    def _gave_up(self) -> None:
        if self.window is None:
            QApplication.quit()

    def open_window(self, store: Store) -> None:
        self.window = MainWindow(store, self.prefs)
        self.window.lock_requested.connect(self.lock)
        self.window.closed.connect(self._window_closed)
        self.window.show()
        self.idle.start()

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
        if self.window is not None:
            window, self.window = self.window, None
            window.clear()
            window.store.close()
            window.hide()
            window.deleteLater()
        if self.dialog is None:
            self.ask_passphrase()


def main(argv: list[str] | None = None) -> int:
    harden_process()
    parser = argparse.ArgumentParser(prog="casefiles")
    parser.add_argument("--store", metavar="DIR", type=Path, help="store folder to open")
    parser.add_argument("--demo", action="store_true",
                        help="open the fictional demo store (created on first use)")
    args, qt_args = parser.parse_known_args(argv)
    app = QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("casefiles")
    app.setDesktopFileName("org.casefiles.Casefiles")
    app.setQuitOnLastWindowClosed(False)  # the unlock dialog replaces the window on lock
    prefs = Prefs()
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
        QTimer.singleShot(0, controller.ask_passphrase)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
