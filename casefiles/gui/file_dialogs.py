"""Choosing files without leaving a trail of where they were.

The desktop's native file chooser (GTK's, for one) adds what it opens to the user's list of
recent files, and Qt's own dialog keeps its history and last folder in `QtProject.conf`: both
say which folders and files a caseworker worked with, outside the encrypted store. So the app
uses Qt's dialog, never the native one, points its history at the home folder before Qt
writes it, and then removes it.
"""

from pathlib import Path

import shiboken6
from PySide6.QtCore import QDir, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

_HISTORY_KEYS = ("FileDialog/history", "FileDialog/lastVisited")


def forget_file_dialog_history() -> None:
    """Remove the folders Qt's file dialog remembers (written when a dialog is destroyed)."""
    settings = QSettings(QSettings.Scope.UserScope, "QtProject")
    for key in _HISTORY_KEYS:
        settings.remove(key)
    settings.sync()


def _run(dialog: QFileDialog) -> list[Path]:
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([])
    try:
        chosen = [Path(name) for name in dialog.selectedFiles()] if dialog.exec() else []
    finally:
        # Qt writes the history and the folder last shown when the dialog is deleted: point
        # both at the home folder first, so the folder used never reaches the disk at all.
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        shiboken6.delete(dialog)
        forget_file_dialog_history()
    return chosen


def open_file_names(parent: QWidget | None, title: str) -> list[Path]:
    """Files the caseworker chose to open (empty if cancelled)."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def existing_directory(parent: QWidget | None, title: str, start: Path | None = None
                       ) -> Path | None:
    """A folder the caseworker chose (None if cancelled)."""
    dialog = QFileDialog(parent, title, str(start) if start else "")
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def save_file_name(parent: QWidget | None, title: str, suggested: str) -> Path | None:
    """Where the caseworker chose to write a file (None if cancelled)."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.selectFile(suggested)
    chosen = _run(dialog)
    return chosen[0] if chosen else None
