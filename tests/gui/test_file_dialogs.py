"""Choosing files leaves no trail: Qt's own dialog, and its remembered folders removed."""

from collections.abc import Callable
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from casefiles.gui import file_dialogs


@pytest.fixture
def config_home(tmp_path: Path) -> Path:
    """QSettings' user scope pointed at a folder of the test's own."""
    folder = tmp_path / "config"
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    yield folder
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope,
                      str(Path.home() / ".config"))


def _when_shown(act: Callable[[QFileDialog], None]) -> None:
    """Do `act` to the file dialog once it is up (it runs its own modal loop meanwhile)."""
    def attempt() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QFileDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(20, attempt)
            return
        act(dialog)
    QTimer.singleShot(0, attempt)


def _choose_when_shown(paths: list[Path]) -> None:
    """Pick `paths` in the file dialog once it is up, as a caseworker would, and press Open."""
    def pick(dialog: QFileDialog) -> None:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setDirectory(str(paths[0].parent))
        dialog.selectFile(" ".join(f'"{p.name}"' for p in paths))
        dialog.accept()
    _when_shown(pick)


def test_chosen_files_leave_no_folder_behind(tmp_path: Path, config_home: Path,
                                             qtbot: QtBot) -> None:
    folder = tmp_path / "Kandahar-witness-statements"
    folder.mkdir()
    files = [folder / "statement-1.txt", folder / "statement-2.txt"]
    for path in files:
        path.write_text("fictional")
    _choose_when_shown(files)
    chosen = file_dialogs.open_file_names(None, "Import sources")
    assert sorted(chosen) == files
    written = "".join(p.read_text(errors="replace") for p in config_home.rglob("*") if p.is_file())
    assert "Kandahar" not in written
    assert "statement" not in written


def test_a_cancelled_dialog_chooses_nothing(config_home: Path, qtbot: QtBot) -> None:
    _when_shown(QFileDialog.reject)
    assert file_dialogs.save_file_name(None, "Save", "dossier.pdf") is None


def test_the_control_qt_does_remember_folders(tmp_path: Path, config_home: Path,
                                              qtbot: QtBot) -> None:
    """Without the clean-up, Qt's dialog writes the folder out: the test above means something."""
    folder = tmp_path / "Kandahar-witness-statements"
    folder.mkdir()
    (folder / "a.txt").write_text("x")
    dialog = QFileDialog(None, "t")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    _choose_when_shown([folder / "a.txt"])
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    assert dialog.exec()
    shiboken6.delete(dialog)
    written = "".join(p.read_text(errors="replace") for p in config_home.rglob("*") if p.is_file())
    assert "Kandahar" in written
