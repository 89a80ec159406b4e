"""Opening a store with its recovery code and choosing a new passphrase."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from casefiles.core.security.memory import wiping
from casefiles.core.security.strength import assess
from casefiles.core.store.store import Store
from casefiles.gui.fields import SecretField
from casefiles.gui.workers import explain, run_in_background


class RecoverDialog(QDialog):
    """Accepted once `self.store` is open under the new passphrase."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self.store: Store | None = None
        self._pending = None
        self.setWindowTitle(self.tr("Forgot the passphrase?"))
        self.code = SecretField(QLineEdit.EchoMode.Normal)
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.passphrase = SecretField()
        self.repeat = SecretField()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.recover)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Type the recovery code from the store's recovery sheet, "
                                   "then choose a new passphrase.")))
        form.addRow(self.tr("Recovery code"), self.code)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow(self.message)
        form.addRow(self.buttons)

    def recover(self) -> None:
        """Open the store in a worker, which wipes its copies of the code and the passphrase
        when done; the fields keep the text until then, so that a typo can be corrected."""
        with wiping(self.passphrase.read()) as passphrase, wiping(self.repeat.read()) as repeat:
            differ, strength = passphrase != repeat, assess(passphrase)
        if differ:
            self.message.setText(self.tr("The two passphrases differ."))
            return
        if not strength.acceptable:
            self.message.setText(self.tr("This passphrase is %1. ").replace(
                "%1", strength.verdict) + " ".join(strength.advice))
            return
        path = self.path
        code, new_passphrase = wiping(self.code.read()), wiping(self.passphrase.read())
        self.buttons.setEnabled(False)
        self.message.setText(self.tr("Opening…"))

        def work() -> Store:
            with code as typed_code, new_passphrase as typed_passphrase:
                return Store.recover(path, typed_code, typed_passphrase)

        self._pending = run_in_background(work, self._opened, self._failed)

    def _opened(self, store: Store) -> None:
        for field in (self.code, self.passphrase, self.repeat):
            field.forget()
        self.store = store
        self.accept()

    def _failed(self, err: Exception) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(explain(err))
