"""Asking for the passphrase and opening the store, with Argon2id off the GUI thread.

Recently opened stores are offered; a wrong passphrase says so and clears the field. The
passphrase is typed into a `SecretField` (fields.py), which leaves no copy of it.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from casefiles.core.store.store import Store
from casefiles.gui.fields import SecretField
from casefiles.gui.file_dialogs import existing_directory
from casefiles.gui.workers import explain, run_in_background


class UnlockDialog(QDialog):
    """Accepted once `self.store` is open.

    create_requested(): the caseworker asked to make a new store instead.
    recover_requested(Path): the caseworker forgot the passphrase of the store at that path.
    restore_requested(): the caseworker asked to restore a store from a backup instead (on a
    new laptop, say).
    """

    create_requested = Signal()
    recover_requested = Signal(object)
    restore_requested = Signal()

    def __init__(self, path: Path, recent: list[Path] | None = None) -> None:
        super().__init__()
        self.store: Store | None = None
        self._pending = None
        self.setWindowTitle(self.tr("Unlock casefiles"))
        self.location = QComboBox()
        self.location.setEditable(True)
        for candidate in [path, *(p for p in recent or [] if p != path)]:
            self.location.addItem(str(candidate))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        self.passphrase = SecretField()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.location, 1)
        row.addWidget(browse)
        new_store = QPushButton(self.tr("Create a new store…"))
        new_store.clicked.connect(self.create_requested)
        forgot = QPushButton(self.tr("Forgot the passphrase?"))
        forgot.clicked.connect(lambda: self.recover_requested.emit(self.path))
        restore = QPushButton(self.tr("Restore from a backup…"))
        restore.clicked.connect(self.restore_requested)
        others = QHBoxLayout()
        others.addWidget(new_store)
        others.addWidget(restore)
        others.addWidget(forgot)
        others.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Store:")))
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Passphrase:")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addLayout(others)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    @property
    def path(self) -> Path:
        return Path(self.location.currentText().strip())

    def _browse(self) -> None:
        folder = existing_directory(self, self.tr("Choose the store's folder"), self.path.parent)
        if folder:
            self.location.setEditText(str(folder))

    def unlock(self) -> None:
        """Open the store in a worker; the field is emptied at once and the passphrase wiped
        once Argon2id has used it, whether it was right or not."""
        secret, path = self.passphrase.take(), self.path
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))

        def work() -> Store:
            with secret as passphrase:
                return Store.open(path, passphrase)

        self._pending = run_in_background(work, self._opened, self._failed)

    def _opened(self, store: Store) -> None:
        self.store = store
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.buttons.setEnabled(True)
        self.passphrase.setFocus()
        self.message.setText(explain(err))
