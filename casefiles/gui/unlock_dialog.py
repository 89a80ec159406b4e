"""Asking for the passphrase and opening the store, with Argon2id off the GUI thread.

Recently opened stores are offered; a wrong passphrase says so and clears the field.
"""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from casefiles.core.store.store import Store
from casefiles.gui.file_dialogs import existing_directory
from casefiles.gui.workers import explain, run_in_background


class UnlockDialog(QDialog):
    """Accepted once `self.store` is open.

    create_requested(): the caseworker asked to make a new store instead.
    recover_requested(Path): the caseworker forgot the passphrase of the store at that path.
    """

    create_requested = Signal()
    recover_requested = Signal(object)

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
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
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
        others = QHBoxLayout()
        others.addWidget(new_store)
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
        passphrase, path = self.passphrase.text(), self.path
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        self._pending = run_in_background(lambda: Store.open(path, passphrase),
                                          self._opened, self._failed)

    def _opened(self, store: Store) -> None:
        self.store = store
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.buttons.setEnabled(True)
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.message.setText(explain(err))
