"""`casefiles`: the desktop app's entry point."""

import argparse
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from casefiles.core import demo
from casefiles.core.errors import CasefilesError
from casefiles.core.security.process import harden_process
from casefiles.core.store.store import default_store_path
from casefiles.gui.main_window import MainWindow
from casefiles.gui.unlock_dialog import UnlockDialog


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
    if args.demo:
        try:
            store = demo.open_demo_store()
        except CasefilesError as err:
            QMessageBox.critical(None, "casefiles", str(err))
            return 1
    else:
        dialog = UnlockDialog(args.store or default_store_path())
        if dialog.exec() != UnlockDialog.DialogCode.Accepted or dialog.store is None:
            return 0
        store = dialog.store
    window = MainWindow(store)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
