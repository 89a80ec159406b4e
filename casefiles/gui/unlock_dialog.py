"""Asking for the passphrase and opening the store, with Argon2id off the GUI thread."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.store.store import Store
from casefiles.gui.workers import run_in_background


class UnlockDialog(QDialog):
    """Accepted once `self.store` is open. A wrong passphrase says so and clears the field."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.store: Store | None = None
        self._pending = None
        self.setWindowTitle(self.tr("Unlock casefiles"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.unlock)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Store: %1").replace("%1", str(path))))
        layout.addWidget(QLabel(self.tr("Passphrase:")))
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def unlock(self) -> None:
        passphrase = self.passphrase.text()
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        self._pending = run_in_background(lambda: Store.open(self.path, passphrase),
                                          self._opened, self._failed)

    def _opened(self, store: Store) -> None:
        self.store = store
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.buttons.setEnabled(True)
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(err, CasefilesError):
            self.message.setText(str(err))
        else:
            self.message.setText(self.tr("The store could not be opened: %1")
                                 .replace("%1", type(err).__name__))
