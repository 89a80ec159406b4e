"""The organisation's keys and its partners' (the address book), for exchanging bundles.

Our card (both public keys on one line) is shown as text to copy, as a QR code to show a
partner's phone, and as the fingerprint to read aloud; a partner's card is pasted in, and
marked verified only once the digits they read out over the phone match. Everything goes
through `casefiles.core.exchange.keys`; nothing secret is ever shown.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.exchange import keys
from casefiles.core.presentation import timestamp
from casefiles.core.store.store import Store
from casefiles.gui.fields import TextLine


def _digits_label(text: str) -> QLabel:
    """A fingerprint, large and in a fixed-width face, so that it is read out group by group."""
    label = QLabel(text)
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(font.pointSizeF() * 1.4)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class PartnersDialog(QDialog):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Organisation keys and partners"))
        self.store = store
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Fingerprint"),
                                              self.tr("Verified")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._own_box())
        layout.addWidget(self._partners_box())
        layout.addWidget(self.message)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.reload()
        self.resize(760, 720)

    def _own_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Our organisation's card"))
        self.own_name = TextLine(keys.organisation_name(self.store.db))
        self.own_name.setPlaceholderText(self.tr("The name partners will see (optional)"))
        save_name = QPushButton(self.tr("Save the name"))
        save_name.clicked.connect(self.save_own_name)
        name_row = QHBoxLayout()
        name_row.addWidget(self.own_name, 1)
        name_row.addWidget(save_name)
        self.card_text = QPlainTextEdit()
        self.card_text.setReadOnly(True)
        self.card_text.setMaximumHeight(70)
        copy = QPushButton(self.tr("Copy the card"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.card))
        self.qr = QLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name"), name_row)
        form.addRow(self.tr("Card (send it to partners)"), self.card_text)
        form.addRow("", copy)
        form.addRow(self.tr("Fingerprint (read it out over the phone)"),
                    _digits_label(keys.fingerprint(keys.own_keys(self.store.db))))
        row = QHBoxLayout(box)
        row.addLayout(form, 1)
        row.addWidget(self.qr)
        self._show_card()
        return box

    def _show_card(self) -> None:
        self.card = keys.own_card(self.store.db)
        self.card_text.setPlainText(self.card)
        picture = QPixmap()
        picture.loadFromData(keys.card_qr(self.card, "png", scale=4))
        self.qr.setPixmap(picture)

    def save_own_name(self) -> None:
        """Our name, for the card and the bundles we send (the keys stay the same)."""
        try:
            name = keys.set_organisation_name(self.store.db, self.own_name.text(),
                                              self.store.actor)
        except CasefilesError as err:
            self.message.setText(str(err))
            return
        self.own_name.setText(name)
        self._show_card()
        self.message.setText(self.tr("Saved: the card now names %1.").replace("%1", name)
                             if name else self.tr("Saved: the card names no organisation."))

    def _partners_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Partners"))
        add = QPushButton(self.tr("Add a partner…"))
        verify = QPushButton(self.tr("Verify…"))
        remove = QPushButton(self.tr("Remove…"))
        add.clicked.connect(self.add_partner)
        verify.clicked.connect(self.verify_partner)
        remove.clicked.connect(self.remove_partner)
        buttons = QHBoxLayout()
        for button in (add, verify, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column = QVBoxLayout(box)
        column.addWidget(self.table)
        column.addLayout(buttons)
        return box

    def reload(self) -> None:
        self.partners = keys.list_partners(self.store.db)
        self.table.setRowCount(len(self.partners))
        for row, partner in enumerate(self.partners):
            verified = (self.tr("yes, %1").replace("%1", timestamp(partner.verified_at or ""))
                        if partner.verified else self.tr("NOT VERIFIED"))
            for column, value in enumerate((partner.name, partner.fingerprint, verified)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()

    def selected(self) -> keys.Partner | None:
        rows = self.table.selectionModel().selectedRows()
        return self.partners[rows[0].row()] if rows else None

    def add_partner(self) -> None:
        dialog = AddPartnerDialog(self.store)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.message.setText(self.tr("Added %1.").replace("%1", dialog.added.name))

    def verify_partner(self) -> None:
        partner = self.selected()
        if partner is None:
            self.message.setText(self.tr("Choose a partner first."))
            return
        dialog = VerifyPartnerDialog(self.store, partner)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.message.setText(self.tr("%1 is verified.").replace("%1", partner.name))

    def remove_partner(self) -> None:
        partner = self.selected()
        if partner is None:
            self.message.setText(self.tr("Choose a partner first."))
            return
        answer = QMessageBox.question(
            self, self.windowTitle(), self.tr("Remove %1 from the partners? Bundles can no "
                                              "longer be sent to them or checked as theirs.")
            .replace("%1", partner.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Yes:
            keys.remove_partner(self.store.db, partner, self.store.actor)
            self.reload()


class AddPartnerDialog(QDialog):
    """A partner's name and card; the card's fingerprint is shown to compare by phone.
    `added` is the new partner once accepted."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Add a partner"))
        self.store = store
        self.added: keys.Partner | None = None
        self.name = TextLine()
        self.card = QPlainTextEdit()
        self.card.setPlaceholderText("casefiles-org:1:…")
        self.fingerprint = _digits_label("")
        self.verified = QCheckBox(self.tr("They read these digits to me over the phone and "
                                          "they match"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.card.textChanged.connect(self._card_changed)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Their card"), self.card)
        form.addRow(self.tr("Its fingerprint"), self.fingerprint)
        form.addRow("", self.verified)
        form.addRow(self.message)
        form.addRow(buttons)

    def _card_changed(self) -> None:
        try:
            card = keys.parse_card(self.card.toPlainText())
        except CasefilesError as err:
            self.fingerprint.setText("")
            self.message.setText(str(err) if self.card.toPlainText().strip() else "")
            return
        self.message.setText("")
        self.fingerprint.setText(keys.fingerprint(card))
        if card.name and not self.name.text():
            self.name.setText(card.name)

    def save(self) -> None:
        try:
            self.added = keys.add_partner(self.store.db, self.name.text(),
                                          self.card.toPlainText(), self.store.actor,
                                          verified=self.verified.isChecked())
        except CasefilesError as err:
            self.message.setText(str(err))  # stays open with what was typed
            return
        self.accept()


class VerifyPartnerDialog(QDialog):
    """Type the digits the partner reads out; they must equal the fingerprint of their card."""

    def __init__(self, store: Store, partner: keys.Partner) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Verify %1").replace("%1", partner.name))
        self.store, self.partner = store, partner
        self.digits = QLineEdit()
        self.digits.setPlaceholderText("0000 0000 0000 0000 0000 0000")
        self.message = QLabel(self.tr("Call %1 on a number you already know, and ask them to "
                                      "read out their fingerprint (casefiles shows it with "
                                      "their keys).").replace("%1", partner.name))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.message)
        form.addRow(self.tr("The digits they read"), self.digits)
        form.addRow(buttons)

    def save(self) -> None:
        try:
            keys.mark_verified(self.store.db, self.partner, self.store.actor,
                               fingerprint_read=self.digits.text())
        except CasefilesError as err:
            self.message.setText(str(err))
            return
        self.accept()
