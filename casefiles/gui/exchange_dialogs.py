"""Exchanging cases with partner organisations: exporting a bundle, and importing one.

`ExportDialog`: the cases the caller chose, a redaction profile that can make a bundle (one that
withholds the uuids, like public advocacy, is shown but cannot be chosen), the partners to
encrypt to (an unverified one only after an explicit confirmation) or a passphrase, with or
without the sources; the bundle is written in a worker with a connection of its own, and each
case's share log records it (`casefiles.core.exchange.export`).

`ImportDialog`: the bundle is opened in a worker with this organisation's key (or, if it was
made for a passphrase, with the passphrase the sender gave), and the preview shows the signer,
each case's status, each conflicting field with both values and a choice, and likely
duplicates. Import is possible only when every conflict has a choice and, for a signer not in
the address book, "import anyway" is ticked; it runs in a worker, in one transaction.

Identity fields: the conflict values of `identity.*` paths are never shown as the preview
comes; the row says "(identity field)" and offers "Show", which reveals the case's identity
through `cases.reveal_identity` (so the viewing is in the audit log) before the two values
appear. A choice can be made without looking.

Slots are bound methods, never lambdas holding the dialog, so a dialog closed by a lock while
its worker runs is safe: Qt drops the connection.
"""

import json
from datetime import date
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, Qt
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
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import Bundle, read_bundle
from casefiles.core.exchange.export import ExportReport, can_bundle, export_bundle
from casefiles.core.exchange.merge import (
    CONFLICT,
    OURS,
    THEIRS,
    FieldConflict,
    ImportPreview,
    ImportReport,
    apply_import,
    preview_import,
)
from casefiles.core.exchange.redaction import Profile, check_sharing_consent, profiles
from casefiles.core.store import cases
from casefiles.core.store.driver import Database
from casefiles.core.store.store import Store
from casefiles.gui.fields import TextLine
from casefiles.gui.file_dialogs import save_file_name
from casefiles.gui.workers import explain, run_in_background

MIN_BUNDLE_PASSPHRASE = 12  # characters; the passphrase travels separately from the file
DEFAULT_PROFILE = "partner_organisation"
IDENTITY_PREFIX = "identity"
RED = "color: #9b1c1c"
AMBER = "color: #8a5a00"


def is_identity_path(path: str) -> bool:
    return path == IDENTITY_PREFIX or path.startswith((IDENTITY_PREFIX + ".",
                                                       IDENTITY_PREFIX + "["))


def shown_value(value: Any, missing: bool) -> str:
    """A conflict's value as text: strings as they are, anything else as JSON."""
    if missing:
        return QCoreApplication.translate("ImportDialog", "(not there)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


class _Busy(QProgressBar):
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
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.with_sources = QCheckBox(self.tr("Include the cited &sources the profile lets out"))
        self.with_sources.setChecked(True)
        self.sender_name = TextLine()
        self.sender_name.setPlaceholderText(self.tr("Your organisation's name (optional)"))

        self.export_button = QPushButton(self.tr("&Save as…"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.progress = _Busy()
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
        if len(self.passphrase.text()) < MIN_BUNDLE_PASSPHRASE:
            return self.tr("The passphrase needs at least %n characters.", "",
                           MIN_BUNDLE_PASSPHRASE)
        if self.passphrase.text() != self.repeat.text():
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
        passphrase = None if chosen else self.passphrase.text()
        with_sources = self.with_sources.isChecked() and self.with_sources.isEnabled()
        sender, actor = self.sender_name.text().strip(), self.store.actor
        # The file dialog asked before replacing an existing file.
        overwrite = path.exists()

        def work() -> ExportReport:
            db: Database = self.store.second_connection()
            try:
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


# ---- import -----------------------------------------------------------------------------------

class ImportDialog(QDialog):
    """Preview and import the bundle at `path`; `report` holds what was written once done."""

    def __init__(self, store: Store, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Import a bundle"))
        self.store, self.path = store, path
        self.bundle: Bundle | None = None
        self.preview: ImportPreview | None = None
        self.report: ImportReport | None = None
        self._stream: IO[bytes] | None = None
        self._running = None
        self._conflicts: list[tuple[str, FieldConflict]] = []  # (case code, conflict) per row
        self._choices: list[QComboBox] = []
        self._closed = False

        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.anyway = QCheckBox(self.tr("The signer is unknown: import &anyway"))
        self.anyway.hide()
        self.anyway.toggled.connect(self._update)
        self.passphrase_box = QWidget()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.open_button = QPushButton(self.tr("&Open with the passphrase"))
        self.open_button.clicked.connect(self.open_with_passphrase)
        row = QHBoxLayout(self.passphrase_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Passphrase")))
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        self.passphrase_box.hide()

        self.cases_table = QTableWidget(0, 4)
        self.cases_table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Pseudonym"), self.tr("Status"), self.tr("Details")])
        self.conflicts_table = QTableWidget(0, 5)
        self.conflicts_table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Field"), self.tr("Ours"), self.tr("Theirs"),
             self.tr("Keep")])
        for table in (self.cases_table, self.conflicts_table):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
        self.duplicates = QLabel()
        self.duplicates.setWordWrap(True)
        self.duplicates.setStyleSheet(AMBER)
        self.sources = QLabel()
        self.sources.setWordWrap(True)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.progress = _Busy()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out(close)
        self.resize(900, 680)
        self._read(passphrase=None)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("File"), self.file_label)
        form.addRow(self.tr("Signed by"), self.signer)
        layout.addLayout(form)
        layout.addWidget(self.anyway)
        layout.addWidget(self.passphrase_box)
        layout.addWidget(QLabel(self.tr("Cases")))
        layout.addWidget(self.cases_table, 1)
        layout.addWidget(QLabel(self.tr("Conflicts: both sides changed these fields; choose "
                                        "which value to keep")))
        layout.addWidget(self.conflicts_table, 1)
        layout.addWidget(self.duplicates)
        layout.addWidget(self.sources)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)

    # ---- reading ------------------------------------------------------------------------------

    def _read(self, passphrase: str | None) -> None:
        self._close_stream()
        self.bundle = self.preview = None
        path, store = self.path, self.store

        def work() -> tuple[IO[bytes], Bundle, ImportPreview]:
            stream = path.open("rb")
            db: Database = store.second_connection()
            try:
                def trusted(key: bytes) -> str | None:
                    partner = keys.partner_for_signing_key(db, key)
                    return partner.name if partner else None

                identity = None if passphrase is not None else keys.own_secret_identity(db)
                bundle = read_bundle(stream, identity=identity, passphrase=passphrase,
                                     trusted=trusted)
                return stream, bundle, preview_import(db, bundle)
            except BaseException:
                stream.close()
                raise
            finally:
                db.conn.close()

        self.progress.show()
        self.open_button.setEnabled(False)
        self.status.setText(self.tr("Decrypting and checking the bundle…"))
        self._running = run_in_background(work, self._read_done, self._read_failed)
        self._update()

    def open_with_passphrase(self) -> None:
        if self._running is None and self.passphrase.text():
            self._read(self.passphrase.text())

    def _read_done(self, result: tuple[IO[bytes], Bundle, ImportPreview]) -> None:
        self._running = None
        self.progress.hide()
        self._stream, self.bundle, self.preview = result
        if self._closed:  # closed while reading
            self._close_stream()
            return
        self.passphrase_box.hide()
        self.status.setText(self.tr("Nothing is written until you press Import."))
        self._show_preview(self.preview)
        self._update()

    def _read_failed(self, err: Exception) -> None:
        self._running = None
        self.progress.hide()
        self.status.setText(explain(err))
        self.status.setStyleSheet(RED)
        # Not for our key (or made for a passphrase): the sender may have given a passphrase.
        self.passphrase_box.show()
        self.open_button.setEnabled(True)
        self._update()

    def _show_preview(self, preview: ImportPreview) -> None:
        self.status.setStyleSheet("")
        if preview.signer is None:
            self.signer.setText(self.tr("UNKNOWN key: not in the address book (the bundle "
                                        "says it is from \u201c%1\u201d)")
                                .replace("%1", preview.sender or "?"))
            self.signer.setStyleSheet(RED)
            self.anyway.show()
        else:
            state = self.tr("verified") if preview.verified else self.tr("NOT verified")
            self.signer.setText(f"{preview.signer} ({state})")
            self.signer.setStyleSheet("" if preview.verified else AMBER)
            self.anyway.hide()
        self.cases_table.setRowCount(len(preview.cases))
        for row, case in enumerate(preview.cases):
            details = []
            if case.changed:
                details.append(self.tr("takes theirs: %1").replace("%1", ", ".join(case.changed)))
            if case.conflicts:
                details.append(self.tr("%n conflict(s)", "", len(case.conflicts)))
            if case.duplicates:
                details.append(self.tr("likely duplicate of %1").replace(
                    "%1", ", ".join(d.code for d in case.duplicates)))
            for column, text in enumerate((case.code, case.pseudonym, case.status,
                                           "; ".join(details))):
                item = QTableWidgetItem(text)
                if column == 2 and case.status == CONFLICT:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.cases_table.setItem(row, column, item)
        self.cases_table.resizeColumnsToContents()

        self._conflicts = [(c.code, f) for c in preview.cases for f in c.conflicts]
        self._choices = []
        self.conflicts_table.setRowCount(len(self._conflicts))
        for row, (code, conflict) in enumerate(self._conflicts):
            self.conflicts_table.setItem(row, 0, QTableWidgetItem(code))
            self.conflicts_table.setItem(row, 1, QTableWidgetItem(conflict.path))
            if is_identity_path(conflict.path):
                for column in (2, 3):
                    self.conflicts_table.setItem(row, column, QTableWidgetItem(
                        self.tr("(identity field)")))
                show = QPushButton(self.tr("Show…"))
                show.setToolTip(self.tr("Show both values (the viewing is recorded in the "
                                        "audit log)"))
                show.setProperty("row", row)
                show.clicked.connect(self._reveal)
                self.conflicts_table.setCellWidget(row, 2, show)
            else:
                self._set_values(row, conflict)
            choice = QComboBox()
            choice.addItem(self.tr("Choose…"), None)
            choice.addItem(self.tr("Ours"), OURS)
            choice.addItem(self.tr("Theirs"), THEIRS)
            choice.currentIndexChanged.connect(self._update)
            self.conflicts_table.setCellWidget(row, 4, choice)
            self._choices.append(choice)
        self.conflicts_table.resizeColumnsToContents()

        duplicates = [self.tr("%1 (%2) may be the same person as %3 (%4): %5")
                      .replace("%1", c.code).replace("%2", c.pseudonym)
                      .replace("%3", d.code).replace("%4", d.pseudonym)
                      .replace("%5", "; ".join(d.reasons))
                      for c in preview.cases for d in c.duplicates]
        self.duplicates.setText("\n".join(
            [self.tr("Likely duplicates (imported as separate cases; check and link them "
                     "if so):"), *duplicates]) if duplicates else "")
        new_sources = sum(1 for s in preview.sources if s.status != "known")
        self.sources.setText(self.tr("%n source(s) in the bundle", "", len(preview.sources))
                             + self.tr(", %n new here", "", new_sources))

    def _set_values(self, row: int, conflict: FieldConflict) -> None:
        self.conflicts_table.setItem(row, 2, QTableWidgetItem(
            shown_value(conflict.ours, conflict.ours_missing)))
        self.conflicts_table.setItem(row, 3, QTableWidgetItem(
            shown_value(conflict.theirs, conflict.theirs_missing)))

    def _reveal(self) -> None:
        """Show an identity conflict's values, the viewing audited as the case view's is."""
        button = self.sender()
        if not isinstance(button, QPushButton):
            return
        row = int(button.property("row"))
        code, conflict = self._conflicts[row]
        try:
            cases.reveal_identity(self.store.db, code, self.store.actor)
        except CasefilesError as err:
            self.status.setText(explain(err))
            return
        self.conflicts_table.removeCellWidget(row, 2)
        self._set_values(row, conflict)

    # ---- importing ----------------------------------------------------------------------------

    def choices(self) -> dict[str, dict[str, str]]:
        """The choices made so far, by case code and field path."""
        out: dict[str, dict[str, str]] = {}
        for (code, conflict), combo in zip(self._conflicts, self._choices, strict=True):
            if combo.currentData() is not None:
                out.setdefault(code, {})[conflict.path] = combo.currentData()
        return out

    def ready(self) -> bool:
        if self.preview is None or self.bundle is None or self._running is not None:
            return False
        if self.report is not None:
            return False
        if any(combo.currentData() is None for combo in self._choices):
            return False
        return self.preview.signer is not None or self.anyway.isChecked()

    def _update(self, *_args: object) -> None:
        self.import_button.setEnabled(self.ready())

    def apply(self) -> None:
        if not self.ready():
            return
        bundle, preview, choices = self.bundle, self.preview, self.choices()
        anyway, store = self.anyway.isChecked(), self.store

        def work() -> ImportReport:
            db: Database = store.second_connection()
            try:
                return apply_import(db, bundle, preview, choices, store.actor,
                                    allow_unknown_signer=anyway)
            finally:
                db.conn.close()

        self.progress.show()
        self.status.setText(self.tr("Importing…"))
        self._running = run_in_background(work, self._applied, self._apply_failed)
        self._update()

    def _applied(self, report: ImportReport) -> None:
        self._running = None
        self.progress.hide()
        self.report = report
        self._close_stream()
        for combo in self._choices:
            combo.setEnabled(False)
        if not report.wrote_anything:
            self.status.setText(self.tr("Nothing to import: the store already holds "
                                        "everything in this bundle."))
        else:
            lines = [self.tr("Imported: %1 new case(s), %2 updated, %3 unchanged; %4 new "
                             "source(s), %5 new citation(s).")
                     .replace("%1", str(len(report.added)))
                     .replace("%2", str(len(report.updated)))
                     .replace("%3", str(len(report.unchanged)))
                     .replace("%4", str(report.sources_added))
                     .replace("%5", str(report.citations_added))]
            lines += [self.tr("Kept %1 for %2.").replace("%1", side).replace("%2", key)
                      for key, side in report.choices.items()]
            lines += [self.tr("%1 may be the same person as %2: check, and link them if so.")
                      .replace("%1", code).replace("%2", ", ".join(others))
                      for code, others in report.duplicates.items()]
            lines += report.notes
            self.status.setText("\n".join(lines))
        self._update()

    def _apply_failed(self, err: Exception) -> None:
        self._running = None
        self.progress.hide()
        self.status.setText(explain(err))
        self._update()

    def changed_codes(self) -> list[str]:
        """The cases the import added or changed (for the window to show)."""
        if self.report is None:
            return []
        return [*self.report.added, *self.report.updated]

    def _close_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def done(self, result: int) -> None:
        self._closed = True
        if self._running is None:
            self._close_stream()
        super().done(result)
