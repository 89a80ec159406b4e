"""Exporting cases to partner organisations in an encrypted bundle (importing one is in
`import_dialog`, which shares the colours and the busy bar defined here).

`ExportDialog`: the cases the caller chose, a redaction profile that can make a bundle (one that
withholds the uuids, like public advocacy, is shown but cannot be chosen), the partners to
encrypt to (an unverified one only after an explicit confirmation) or a passphrase, with or
without the sources; the bundle is written in a worker with a connection of its own, and each
case's share log records it (`casefiles.core.exchange.export`).

Slots are bound methods, never lambdas holding the dialog, so a dialog closed by a lock while
its worker runs is safe: Qt drops the connection.
"""

from contextlib import AbstractContextManager, nullcontext
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.exchange import keys
from casefiles.core.exchange.export import ExportReport, can_bundle, export_bundle
from casefiles.core.exchange.redaction import Profile, check_sharing_consent, profiles
from casefiles.core.security.memory import wiping
from casefiles.core.store import cases
from casefiles.core.store.driver import Database
from casefiles.core.store.store import Store
from casefiles.gui.fields import SecretField, TextLine
from casefiles.gui.file_dialogs import save_file_name
from casefiles.gui.workers import explain, run_in_background

MIN_BUNDLE_PASSPHRASE = 12  # characters; the passphrase travels separately from the file
DEFAULT_PROFILE = "partner_organisation"
RED = "color: #9b1c1c"
AMBER = "color: #8a5a00"


class Busy(QProgressBar):
    """An indeterminate progress bar, hidden until the caller shows it for work in a worker."""

    def __init__(self) -> None:
        super().__init__()
        self.setRange(0, 0)  # busy: the core reports no fractions
        self.hide()


# ---- export -----------------------------------------------------------------------------------

class ExportDialog(QDialog):
    """Export `codes` into an encrypted bundle; `report` holds what went out once done."""

    def __init__(self, store: Store, codes: list[str]) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Export cases to a partner"))
        self.store = store
        self.codes = list(dict.fromkeys(codes))
        self.report: ExportReport | None = None
        self._running = None  # the worker's signals, kept alive while it runs
        self._cases = [cases.get_case(store.db, code) for code in self.codes]

        self.case_list = QLabel(", ".join(self.codes) or self.tr("(none)"))
        self.case_list.setWordWrap(True)
        self.profile = QComboBox()
        self._profiles = {p.name: p for p in profiles()}
        model = self.profile.model()
        for profile in self._profiles.values():
            title = profile.title()
            if not can_bundle(profile):
                title = self.tr("%1 (cannot make a bundle)").replace("%1", title)
            self.profile.addItem(title, profile.name)
            if not can_bundle(profile) and isinstance(model, QStandardItemModel):
                model.item(self.profile.count() - 1).setEnabled(False)
        default = self.profile.findData(DEFAULT_PROFILE)
        if default < 0:
            default = next((i for i in range(self.profile.count())
                            if can_bundle(self._profiles[self.profile.itemData(i)])), 0)
        self.profile.setCurrentIndex(default)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(RED)

        self.to_partners = QRadioButton(self.tr("To &partners (their keys)"))
        self.to_passphrase = QRadioButton(self.tr("To a pass&phrase"))
        self.to_partners.setChecked(True)
        self._mode = QButtonGroup(self)
        self._mode.addButton(self.to_partners)
        self._mode.addButton(self.to_passphrase)
        self.partners = QListWidget()
        for partner in keys.list_partners(store.db):
            text = partner.name if partner.verified else self.tr(
                "%1 (NOT verified)").replace("%1", partner.name)
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, partner.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, partner.verified)
            item.setToolTip(self.tr("Fingerprint %1").replace("%1", partner.fingerprint))
            self.partners.addItem(item)
        self.passphrase = SecretField()
        self.repeat = SecretField()
        self.with_sources = QCheckBox(self.tr("Include the cited &sources the profile lets out"))
        self.with_sources.setChecked(True)
        self.sender_name = TextLine(keys.organisation_name(store.db))
        self.sender_name.setPlaceholderText(self.tr("Your organisation's name (optional)"))

        self.export_button = QPushButton(self.tr("&Save as…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.progress = Busy()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._lay_out(close)

        self.profile.currentIndexChanged.connect(self._changed)
        self._mode.buttonToggled.connect(self._changed)
        self.partners.itemChanged.connect(self._changed)
        self.passphrase.textChanged.connect(self._changed)
        self.repeat.textChanged.connect(self._changed)
        self._changed()
        self.resize(620, 640)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("Cases (%n)", "", len(self.codes)), self.case_list)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow("", self.description)
        form.addRow("", self.problems)
        recipients = QGroupBox(self.tr("Encrypted for"))
        column = QVBoxLayout(recipients)
        column.addWidget(self.to_partners)
        column.addWidget(self.partners)
        column.addWidget(self.to_passphrase)
        secret = QFormLayout()
        secret.addRow(self.tr("Passphrase"), self.passphrase)
        secret.addRow(self.tr("Repeat it"), self.repeat)
        column.addLayout(secret)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(recipients)
        layout.addWidget(self.with_sources)
        sender = QFormLayout()
        sender.addRow(self.tr("Sender"), self.sender_name)
        layout.addLayout(sender)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status, 1)
        layout.addWidget(close)

    def chosen_profile(self) -> Profile:
        return self._profiles[self.profile.currentData()]

    def chosen_partners(self) -> list[tuple[int, bool]]:
        """(id, verified) of each ticked partner."""
        out = []
        for row in range(self.partners.count()):
            item = self.partners.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append((item.data(Qt.ItemDataRole.UserRole),
                            bool(item.data(Qt.ItemDataRole.UserRole + 1))))
        return out

    def problem(self) -> str:
        """Why the export cannot start as the options stand ("" if it can)."""
        profile = self.chosen_profile()
        if not self.codes:
            return self.tr("Choose at least one case to export.")
        if not can_bundle(profile):
            return self.tr("This profile withholds the cases' UUIDs, which a partner's import "
                           "needs: it cannot make a bundle. Choose another profile.")
        for case in self._cases:
            try:
                check_sharing_consent(case, profile)
            except CasefilesError as err:
                return str(err)
        if self.to_partners.isChecked():
            if not self.chosen_partners():
                return self.tr("Tick at least one partner to encrypt to.") \
                    if self.partners.count() else self.tr(
                        "The address book is empty: add a partner (Store > Organisation keys "
                        "and partners) or export to a passphrase.")
            return ""
        with wiping(self.passphrase.read()) as passphrase, wiping(self.repeat.read()) as repeat:
            short, differ = len(passphrase) < MIN_BUNDLE_PASSPHRASE, passphrase != repeat
        if short:
            return self.tr("The passphrase needs at least %n characters.", "",
                           MIN_BUNDLE_PASSPHRASE)
        if differ:
            return self.tr("The two passphrases differ.")
        return ""

    def _changed(self, *_args: object) -> None:
        profile = self.chosen_profile()
        self.description.setText(profile.description())
        self.with_sources.setEnabled(profile.includes_sources)
        by_partner = self.to_partners.isChecked()
        self.partners.setEnabled(by_partner)
        self.passphrase.setEnabled(not by_partner)
        self.repeat.setEnabled(not by_partner)
        problem = self.problem()
        self.problems.setText(problem)
        self.export_button.setEnabled(not problem and self._running is None)

    def export(self) -> None:
        if self.problem() or self._running is not None:
            return
        chosen = self.chosen_partners() if self.to_partners.isChecked() else []
        unverified = any(not verified for _id, verified in chosen)
        if unverified and QMessageBox.question(
                self, self.tr("Partner not verified"),
                self.tr("At least one chosen partner is NOT verified: their key was not "
                        "compared with them by phone or in person, so the bundle may be read "
                        "by someone else. Export to them anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel) != QMessageBox.StandardButton.Yes:
            return
        suggested = (f"{self.codes[0]}.cfb" if len(self.codes) == 1
                     else f"cases-{date.today().isoformat()}.cfb")
        path = save_file_name(self, self.tr("Save the bundle"), suggested)
        if path is None:
            return
        codes, profile = list(self.codes), self.chosen_profile().name
        to: list[str | int] | None = [pid for pid, _v in chosen] if chosen else None
        # The passphrase is taken out of its field (and the repeat forgotten): the worker
        # wipes it once the bundle is written, whether that worked or not.
        secret: AbstractContextManager[str | None] = nullcontext()
        if not chosen:
            secret = self.passphrase.take()
            self.repeat.forget()
        with_sources = self.with_sources.isChecked() and self.with_sources.isEnabled()
        sender, actor = self.sender_name.text().strip(), self.store.actor
        # The file dialog asked before replacing an existing file.
        overwrite = path.exists()

        def work() -> ExportReport:
            db: Database = self.store.second_connection()
            try:
                with secret as passphrase:
                    return export_bundle(db, codes, profile, path, actor, to=to,
                                         passphrase=passphrase, with_sources=with_sources,
                                         allow_unverified=unverified, overwrite=overwrite,
                                         sender=sender)
            finally:
                db.conn.close()

        self.export_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Encrypting and writing the bundle…"))
        self._running = run_in_background(work, self._exported, self._failed)

    def _exported(self, report: ExportReport) -> None:
        self._running = None
        self.progress.hide()
        self.report = report
        lines = [
            self.tr("Wrote %1.").replace("%1", str(report.path)),
            self.tr("%n case(s): ", "", len(report.cases)) + ", ".join(report.cases),
            self.tr("%n source(s)", "", report.sources)
            + self.tr(" (%n with the original)", "", report.originals),
            self.tr("For: %1; profile: %2").replace("%1", ", ".join(report.recipients))
            .replace("%2", report.profile),
            self.tr("File SHA-256: %1").replace("%1", report.sha256),
            self.tr("Recorded in the share log of each case."),
        ]
        if report.sources_withheld:
            lines.insert(3, self.tr("%n cited source(s) kept back by the profile.", "",
                                    report.sources_withheld))
        self.status.setText("\n".join(lines))
        self._changed()

    def _failed(self, err: Exception) -> None:
        self._running = None
        self.progress.hide()
        self.status.setText(explain(err))
        self._changed()


