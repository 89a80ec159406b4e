"""Backing the store up, restoring a backup, and the reminder when a backup is due.

The work is casefiles.core.store.backup's and .restore's; these dialogs choose the files
(through the trail-free chooser of file_dialogs), run it on the thread pool with progress, and
say what came out: the verified file with its size and SHA-256, or the restored folder. The
secret that unlocks a backup is typed into a `SecretField`, taken out of it when the restore
starts and wiped once the key slots have used it.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import CasefilesError, WrongPassphrase, WrongRecoveryCode
from casefiles.core.sources.ingest import human_size
from casefiles.core.store import backup, backup_history
from casefiles.core.store.backup_format import describe_backup
from casefiles.core.store.driver import Database
from casefiles.core.store.restore import RestoreResult, restore_backup
from casefiles.core.store.store import Store
from casefiles.gui.fields import SecretField
from casefiles.gui.file_dialogs import existing_directory, open_file_names, save_file_name
from casefiles.gui.workers import explain, run_in_background

RESTORED_NAME = "casefiles-restored"  # the new folder made inside a chosen folder in use


def _progress_line(what: str, done: int, total: int) -> str:
    """One line for the status label: the step (named by the core) and how far it is."""
    return QCoreApplication.translate("backup_dialog", "%1… %2 %").replace(
        "%1", what).replace("%2", str(100 * done // max(total, 1)))


class _Running(QDialog):
    """What both dialogs share: a file row, a start button, progress, status, Close.

    While the work runs the dialog stays open (Escape and Close wait); a lock still closes it
    with done(), and the work then finishes on its own connection.
    """

    def __init__(self, title: str, start_text: str) -> None:
        super().__init__()
        self.setWindowTitle(title)
        self._pending = None  # the worker's signals, kept alive while it runs
        self.start_button = QPushButton(start_text)
        self.start_button.setDefault(True)
        self.start_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the label carries the percentage
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)

    @property
    def running(self) -> bool:
        return self._pending is not None

    def _start(self, work: Callable[[Callable[[str], None]], Any],
               finished: Callable[[Any], None]) -> None:
        self.start_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Starting…"))
        # Bound methods, not lambdas: Qt drops them if the dialog is gone (closed by a lock).
        self._pending = run_in_background(work, finished, self._failed,
                                          on_progress=self.status.setText)

    def _stopped(self) -> None:
        self._pending = None
        self.progress.hide()
        self._update_start()

    def _failed(self, err: Exception) -> None:
        self._stopped()
        self.status.setText(explain(err))

    def _update_start(self) -> None:
        """Enable the start button when the form is complete (each dialog says when)."""

    def reject(self) -> None:
        if self.running:
            self.status.setText(self.tr("Still working; this dialog closes once it is done."))
            return
        super().reject()


class BackupDialog(_Running):
    """Back the open store up into one file. `result` holds the verified backup once made."""

    def __init__(self, store: Store) -> None:
        super().__init__(self.tr("Back up the store"), self.tr("&Back up"))
        self.store = store
        self.result: backup.BackupResult | None = None
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("Choose where the backup goes…"))
        choose = QPushButton(self.tr("&Choose…"))
        choose.clicked.connect(self.choose)
        self.start_button.clicked.connect(self.back_up)
        intro = QLabel(self.tr(
            "One encrypted file with every case, identity, source and the audit log. It opens "
            "only with this store's passphrase or its recovery code. Keep it on another disk, "
            "away from this computer."))
        intro.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self._last_text()))
        layout.addLayout(row)
        layout.addWidget(self.start_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 280)

    def _last_text(self) -> str:
        last = backup_history.last_backup(self.store.db)
        if last is None:
            return self.tr("This store has not been backed up yet.")
        return self.tr("Last backup: %1 (UTC).").replace("%1", last.at.replace("T", " ")[:16])

    def choose(self) -> None:
        path = save_file_name(self, self.tr("Save the backup"), backup.suggested_name())
        if path is not None:
            self.path.setText(str(path))
            self._update_start()

    def _update_start(self) -> None:
        self.start_button.setEnabled(bool(self.path.text()) and not self.running)

    def back_up(self) -> None:
        store, path = self.store, Path(self.path.text())

        def work(report: Callable[[str], None]) -> backup.BackupResult:
            return backup.make_backup(store, path, progress=lambda what, done, total: report(
                _progress_line(what, done, total)))

        self.result = None
        self._start(work, self._done)

    def _done(self, result: backup.BackupResult) -> None:
        self._stopped()
        self.result = result
        lines = [self.tr("Backed up to %1 and verified (%2).").replace("%1", str(result.path))
                 .replace("%2", human_size(result.size)),
                 self.tr("SHA-256: %1").replace("%1", result.sha256)]
        lines += [self.tr("Warning: %1").replace("%1", p) for p in result.problems]
        self.status.setText("\n".join(lines))


class RestoreDialog(_Running):
    """Restore a backup into a new folder. `result` holds the restored store's folder."""

    def __init__(self) -> None:
        super().__init__(self.tr("Restore from a backup"), self.tr("&Restore"))
        self.result: RestoreResult | None = None
        self.file = QLineEdit()
        self.file.setReadOnly(True)
        self.file.setPlaceholderText(self.tr("The backup file…"))
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("A new, empty folder for the restored store"))
        self.folder.textChanged.connect(self._update_start)
        self.with_passphrase = QRadioButton(self.tr("&Passphrase"))
        self.with_passphrase.setChecked(True)
        self.with_code = QRadioButton(self.tr("Recovery &code"))
        self.secret = SecretField()
        self.secret.textChanged.connect(self._update_start)
        self.start_button.clicked.connect(self.restore)

        choose_file = QPushButton(self.tr("Choose…"))
        choose_file.clicked.connect(self.choose_file)
        choose_folder = QPushButton(self.tr("Choose…"))
        choose_folder.clicked.connect(self.choose_folder)
        form = QFormLayout()
        form.addRow(self.tr("Backup"), self._row(self.file, choose_file))
        form.addRow("", self.about)
        form.addRow(self.tr("Restore into"), self._row(self.folder, choose_folder))
        kinds = QHBoxLayout()
        kinds.addWidget(self.with_passphrase)
        kinds.addWidget(self.with_code)
        kinds.addStretch(1)
        form.addRow(self.tr("Unlock with"), kinds)
        form.addRow("", self.secret)
        intro = QLabel(self.tr(
            "The restored store opens with the passphrase (and the recovery code) the store had "
            "when the backup was made. What was entered after that is not in it."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.start_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(600, 340)

    @staticmethod
    def _row(field: QLineEdit, button: QPushButton) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        layout.addWidget(button)
        return row

    def choose_file(self) -> None:
        chosen = open_file_names(self, self.tr("Choose the backup file"))
        if chosen:
            self.set_file(chosen[0])

    def set_file(self, path: Path) -> None:
        """Show what the backup says about itself (not yet trusted: restore authenticates)."""
        self.file.setText(str(path))
        try:
            info = describe_backup(path)
        except CasefilesError as err:
            self.about.setText(str(err))
        else:
            self.about.setText(self.tr("A backup made on %1 (UTC), %2.")
                               .replace("%1", info.created_at.replace("T", " ")[:16])
                               .replace("%2", human_size(info.size)))
        self._update_start()

    def choose_folder(self) -> None:
        folder = existing_directory(self, self.tr("Choose the folder to restore into"))
        if folder is not None:
            in_use = folder.is_dir() and any(folder.iterdir())
            self.folder.setText(str(folder / RESTORED_NAME if in_use else folder))

    def _update_start(self) -> None:
        self.start_button.setEnabled(bool(self.file.text()) and bool(self.folder.text().strip())
                                     and not self.secret.is_empty() and not self.running)

    def restore(self) -> None:
        """Restore in a worker; the field is emptied at once and the secret wiped once the key
        slots have used it, whether it was right or not."""
        source, target = Path(self.file.text()), Path(self.folder.text().strip())
        by_code = self.with_code.isChecked()
        secret = self.secret.take()

        def work(report: Callable[[str], None]) -> RestoreResult:
            with secret as typed:
                return restore_backup(
                    source, target, passphrase=None if by_code else typed,
                    recovery_code=typed if by_code else None,
                    progress=lambda what, done, total: report(_progress_line(what, done, total)))

        self.result = None
        self._start(work, self._done)

    def _done(self, result: RestoreResult) -> None:
        self._stopped()
        self.result = result
        lines = [(self.tr("Restored to %1; verify found the problems below (the store had "
                          "them when it was backed up).") if result.problems else
                  self.tr("Restored to %1; it verifies.")).replace("%1", str(result.path)),
                 self.tr("Open it from the unlock window with the passphrase the store had when "
                         "the backup was made.")]
        lines += [self.tr("Warning: %1").replace("%1", p) for p in result.problems]
        self.status.setText("\n".join(lines))

    def _failed(self, err: Exception) -> None:
        super()._failed(err)
        if isinstance(err, WrongPassphrase | WrongRecoveryCode):
            self.secret.setFocus()


class BackupReminder(QWidget):
    """A line for the status bar: a backup is due. backup_requested(): "Back up now"."""

    backup_requested = Signal()

    def __init__(self, due: backup_history.BackupDue) -> None:
        super().__init__()
        self.message = QLabel(
            self.tr("This store has never been backed up.") if due.last is None else
            self.tr("The last backup was made %n day(s) ago.", "", due.days))
        self.back_up = QPushButton(self.tr("Back up now"))
        self.back_up.clicked.connect(self.backup_requested)
        later = QPushButton(self.tr("Later"))
        later.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.back_up)
        layout.addWidget(later)


def backup_reminder(db: Database) -> BackupReminder | None:
    """The reminder to show after unlocking, or None when no backup is due."""
    due = backup_history.backup_due(db)
    return BackupReminder(due) if due is not None else None
