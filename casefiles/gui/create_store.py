"""The first-run flow: choose where the store lives and its passphrase, then keep the recovery
code, which is shown once.

Page 1 asks for the folder and the passphrase (twice), with a strength meter and advice, and
creates the store in a worker (Argon2id calibration takes a second); it also offers to restore
a store from a backup instead (a new laptop). Page 2 shows the recovery code with a printable
sheet; the dialog is accepted only once the caseworker confirms it is kept.
"""

import datetime as dt
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.presentation import recovery_sheet
from casefiles.core.security.memory import wiping
from casefiles.core.security.strength import assess
from casefiles.core.store.store import Store, check_new_passphrase
from casefiles.gui.fields import SecretField
from casefiles.gui.file_dialogs import existing_directory
from casefiles.gui.workers import explain, run_in_background


class CreateStoreDialog(QDialog):
    """Accepted once `self.store` is created and its recovery code confirmed as kept.

    restore_requested(): the caseworker asked to restore a store from a backup instead.
    """

    restore_requested = Signal()

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Create a casefiles store"))
        self.store: Store | None = None
        self.recovery_code = ""
        self._pending = None
        self.pages = QStackedWidget()
        self.pages.addWidget(self._passphrase_page(path))
        self.pages.addWidget(self._recovery_page())
        QVBoxLayout(self).addWidget(self.pages)
        self._update_strength()

    # -- page 1 ----------------------------------------------------------------------------
    def _passphrase_page(self, path: Path) -> QWidget:
        page = QWidget()
        self.location = QLineEdit(str(path))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(browse)
        self.passphrase = SecretField()
        self.repeat = SecretField()
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create the store"))
        self.create_button.clicked.connect(self.create)
        restore = QPushButton(self.tr("Restore from a backup…"))
        restore.clicked.connect(self.restore_requested)
        self.message = QLabel()
        self.message.setWordWrap(True)
        for edit in (self.passphrase, self.repeat):
            edit.textChanged.connect(self._update_strength)
        intro = QLabel(self.tr(
            "The store keeps every case encrypted on this laptop. Choose a passphrase of four "
            "or five unrelated words: without it nobody can read the store, and nobody can "
            "reset it for you."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), where)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat it"), self.repeat)
        form.addRow(self.tr("Strength"), self.meter)
        layout = QVBoxLayout(page)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.advice)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(restore)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout.addLayout(buttons)
        return page

    def _browse(self) -> None:
        folder = existing_directory(self, self.tr("Where to keep the store"))
        if folder:
            self.location.setText(str(folder / "casefiles-store"))

    def _update_strength(self) -> None:
        with wiping(self.passphrase.read()) as passphrase, wiping(self.repeat.read()) as repeat:
            strength = assess(passphrase)
            same, repeated = passphrase == repeat, bool(repeat)
        self.meter.setValue(strength.score)
        self.meter.setFormat(strength.verdict)
        advice = list(strength.advice)
        if repeated and not same:
            advice.append(self.tr("The two passphrases differ."))
        self.advice.setText("\n".join(advice))
        self.create_button.setEnabled(strength.acceptable and same)

    def create(self) -> None:
        """Create the store in a worker, which wipes its copy of the passphrase when done; the
        fields keep the text until the store exists, so that a failure can be retried."""
        path = Path(self.location.text().strip())
        with wiping(self.passphrase.read()) as passphrase:
            try:
                check_new_passphrase(passphrase)
            except CasefilesError as err:
                self.message.setText(str(err))
                return
        secret = wiping(self.passphrase.read())
        self.create_button.setEnabled(False)
        self.message.setText(self.tr("Creating the store… (tuning the key derivation to this "
                                     "laptop takes a second or two)"))

        def work() -> tuple[Store, str]:
            with secret as passphrase:
                return Store.create(path, passphrase)

        self._pending = run_in_background(work, self._created, self._failed)

    def _created(self, result: tuple[Store, str]) -> None:
        self.store, self.recovery_code = result
        self.passphrase.forget()
        self.repeat.forget()
        self.code_label.setText(self.recovery_code)
        self.pages.setCurrentIndex(1)

    def _failed(self, err: Exception) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(explain(err))

    # -- page 2 ----------------------------------------------------------------------------
    def _recovery_page(self) -> QWidget:
        page = QWidget()
        notice = QLabel(self.tr(
            "This is the store's recovery code. It opens the store if the passphrase is ever "
            "forgotten. It is shown only now: print it or write it down, and keep it apart "
            "from this laptop."))
        notice.setWordWrap(True)
        self.code_label = QLabel()
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(18)
        self.code_label.setFont(font)
        self.code_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        print_button = QPushButton(self.tr("Print the recovery sheet…"))
        print_button.clicked.connect(self.print_sheet)
        self.kept = QCheckBox(self.tr("I have printed or written down the recovery code and "
                                      "will keep it apart from this laptop"))
        self.finish_button = QPushButton(self.tr("Start using casefiles"))
        self.finish_button.setEnabled(False)
        self.kept.toggled.connect(self.finish_button.setEnabled)
        self.finish_button.clicked.connect(self.finish)
        layout = QVBoxLayout(page)
        layout.addWidget(notice)
        layout.addWidget(self.code_label)
        layout.addWidget(print_button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.kept)
        layout.addWidget(self.finish_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def sheet_document(self) -> QTextDocument:
        """The recovery sheet as a document to print (never saved by the app)."""
        assert self.store is not None
        title, paragraphs = recovery_sheet(str(self.store.path), self.recovery_code,
                                           dt.date.today().isoformat())
        code, *rest = paragraphs
        html = (f"<h1>{escape(title)}</h1><p style='font-size:24pt; font-family:monospace'>"
                f"{escape(code)}</p>" + "".join(f"<p>{escape(p)}</p>" for p in rest))
        document = QTextDocument()
        document.setHtml(html)
        return document

    def print_sheet(self) -> None:
        printer = QPrinter()
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.sheet_document().print_(printer)

    def finish(self) -> None:
        self.recovery_code = ""
        self.code_label.clear()
        self.accept()
