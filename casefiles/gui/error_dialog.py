"""What the caseworker sees when something fails unexpectedly: a dialog, never a traceback.

An exception that escapes a slot would otherwise be printed with its traceback, whose values
(and a CasefilesError's message) can hold case data, to a terminal or a log. The hook shows
what happened and what to do, and writes one line to stderr naming only the exception's type
and where it was raised.
"""

import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from casefiles.gui.workers import known_message

_showing = False  # an error raised while the dialog is up is not shown again


def message_for(err: BaseException) -> str:
    """The dialog's text: our own errors and the faults of the disk say what to do; anything
    else is a bug of ours."""
    known = known_message(err)
    if known is not None:
        return known
    return QCoreApplication.translate(
        "error_dialog", "Something went wrong inside casefiles ({error}). What was already "
        "saved is safe; what you were doing may not have been completed, so check it. If it "
        "happens again, tell your technical contact what you were doing when it happened."
    ).format(error=type(err).__name__)


def where(tb: TracebackType | None) -> str:
    """'file.py:line' of the innermost frame: enough to find the bug, no values."""
    frames = traceback.extract_tb(tb)
    return f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"


def show_unexpected_error(kind: type[BaseException], err: BaseException,
                          tb: TracebackType | None) -> None:
    """sys.excepthook for the desktop app."""
    global _showing
    sys.stderr.write(f"casefiles: {kind.__name__} at {where(tb)}\n")
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        QMessageBox.critical(QApplication.activeWindow(), "casefiles", message_for(err))
    finally:
        _showing = False


def install_error_hook() -> None:
    sys.excepthook = show_unexpected_error
