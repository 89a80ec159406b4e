"""Asking for the passphrase and opening the store, with Argon2id off the GUI thread.

Recently opened stores are offered; a wrong passphrase says so and clears the field.
`SecretField`, the line edit for passphrases and recovery codes, is shared with the dialogs that
create and recover a store.
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.security.memory import wiping
from casefiles.core.store.store import Store
from casefiles.gui.file_dialogs import existing_directory
from casefiles.gui.workers import explain, run_in_background


class SecretField(QLineEdit):
    """A line edit for a secret (masked unless `echo` says otherwise) that leaves no copy.

    Three copies outlive a plain QLineEdit's clear(), each in memory that is freed without
    being overwritten: Qt's own QString of the text (UTF-16), its undo history (one entry per
    character typed, also in password mode) and, at every text(), the UTF-8 buffer PySide
    converts the QString through. `forget` types over the text (which Qt does in the same
    buffer), clears it, and types over the emptied history, whose storage Qt also reuses;
    `read` zeroes the conversion buffer right after it is freed. These rely on how Qt 6, PySide6
    and glibc's allocator reuse memory: best effort, and checked by
    tests/gui/test_secrets_hygiene_gui.py. `take` hands the text out once, in a `wiping`
    holder for the code that uses it (a worker), and leaves the field empty. A field that is
    hidden (its dialog accepted, cancelled, replaced or closed by a lock) forgets its text.
    """

    _FILL = "*"

    def __init__(self, echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Password,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(echo)

    def read(self) -> str:
        """text(), as a str the caller wipes after use (memory.wiping)."""
        text = self.text()
        # PySide converted Qt's text through a UTF-8 buffer of 3 bytes per UTF-16 unit, just
        # freed: glibc gives the next block of that size, this zeroed array, the same memory.
        QByteArray(3 * _utf16_length(text), 0)
        return text

    def take(self) -> wiping[str]:
        """The text, for one use after which it is wiped; the field is then empty."""
        text = self.read()
        self._overwrite(_utf16_length(text))
        return wiping(text)

    def forget(self) -> None:
        """Overwrite the text where Qt keeps it, then clear the field."""
        with wiping(self.read()) as text:
            length = _utf16_length(text)
        self._overwrite(length)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # not a minimised window: the dialog is going away
            self.forget()
        super().hideEvent(event)

    def _overwrite(self, length: int) -> None:
        if not length:
            return
        blocked = self.blockSignals(True)  # nobody is to see the filler
        try:
            self.selectAll()
            self.insert(self._FILL * length)  # the text's own buffer, overwritten
            # setText, not clear() (which is undoable): the history is emptied, its storage
            # kept, and typed over, entry by entry: the characters typed, then those removed.
            self.setText("")
            self.insert(self._FILL * (3 * length + 1))
            self.setText("")
        finally:
            self.blockSignals(blocked)
        self.textChanged.emit("")


def _utf16_length(text: str) -> int:
    """How many UTF-16 units Qt keeps `text` in (astral characters take two)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


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
