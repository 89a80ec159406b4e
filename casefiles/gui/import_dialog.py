"""Importing a bundle from a partner organisation: preview, choices, then one transaction.

The bundle is opened in a worker with this organisation's key (or, if it was made for a
passphrase, with the passphrase the sender gave), and the preview shows the signer, each case's
status, each conflicting field with both values and a choice, and the likely duplicates of new
cases, each with a decision: decide later, link as the same person, or not the same person.
Import is possible only when every conflict has a choice and, for a signer not in the address
book, "import anyway" is ticked; it runs in a worker, in one transaction
(`casefiles.core.exchange.merge`).

Identity fields: the conflict values of `identity.*` paths are never shown as the preview
comes; the row says "(identity field)" and offers "Show", which reveals the case's identity
through `cases.reveal_identity` (so the viewing is in the audit log) before the two values
appear. A choice can be made without looking.

Slots are bound methods, never lambdas holding the dialog, so a dialog closed by a lock while
its worker runs is safe: Qt drops the connection.
"""

import json
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import IO, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import Bundle, read_bundle
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
from casefiles.core.store import case_links, cases
from casefiles.core.store.driver import Database
from casefiles.core.store.duplicates import reason_label
from casefiles.core.store.store import Store
from casefiles.gui.exchange_dialogs import AMBER, RED, Busy
from casefiles.gui.fields import SecretField
from casefiles.gui.workers import explain, run_in_background

IDENTITY_PREFIX = "identity"


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




# ---- import -----------------------------------------------------------------------------------

def _fit_columns(table: QTableWidget) -> None:
    """Columns as wide as their texts and as the widgets set in their cells (the choices),
    which resizeColumnsToContents does not measure."""
    table.resizeColumnsToContents()
    for column in range(table.columnCount()):
        widgets = [table.cellWidget(row, column) for row in range(table.rowCount())]
        widest = max((w.sizeHint().width() for w in widgets if w is not None), default=0)
        if widest > table.columnWidth(column):
            table.setColumnWidth(column, widest)


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
        self._pairs: list[tuple[str, str]] = []  # (new case code, duplicate's code) per row
        self._decisions: list[QComboBox] = []
        self._closed = False

        self.file_label = QLabel(str(path))
        self.file_label.setWordWrap(True)
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.anyway = QCheckBox(self.tr("The signer is unknown: import &anyway"))
        self.anyway.hide()
        self.anyway.toggled.connect(self._update)
        self.passphrase_box = QWidget()
        self.passphrase = SecretField()
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
        self.duplicates_label = QLabel(self.tr(
            "Likely duplicates: new cases that may be people already documented here. Each "
            "comes in as a case of its own; linking records that they are the same person."))
        self.duplicates_label.setWordWrap(True)
        self.duplicates_label.setStyleSheet(AMBER)
        self.duplicates = QTableWidget(0, 4)
        self.duplicates.setHorizontalHeaderLabels(
            [self.tr("New case"), self.tr("Case here"), self.tr("Why"), self.tr("Decision")])
        self.conflicts_table = QTableWidget(0, 5)
        self.conflicts_table.setHorizontalHeaderLabels(
            [self.tr("Case"), self.tr("Field"), self.tr("Ours"), self.tr("Theirs"),
             self.tr("Keep")])
        for table in (self.cases_table, self.conflicts_table, self.duplicates):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.cases_table.horizontalHeader().setStretchLastSection(True)
        # The choices come last and must show whole: the values before them take the room.
        for table, columns in ((self.conflicts_table, (2, 3)), (self.duplicates, (2,))):
            for column in columns:
                table.horizontalHeader().setSectionResizeMode(column,
                                                              QHeaderView.ResizeMode.Stretch)
        self.sources = QLabel()
        self.sources.setWordWrap(True)

        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.progress = Busy()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._lay_out(close)
        self.resize(900, 680)
        self._read(nullcontext())

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
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates, 1)
        layout.addWidget(self.sources)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(close)

    # ---- reading ------------------------------------------------------------------------------

    def _read(self, secret: AbstractContextManager[str | None]) -> None:
        """Open the bundle in a worker: with our organisation's key, or with the passphrase
        `secret` holds (taken from its field), which the worker wipes once it is used."""
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

                with secret as passphrase:
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
        if self._running is None and not self.passphrase.is_empty():
            self._read(self.passphrase.take())

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
        _fit_columns(self.conflicts_table)

        self._show_duplicates(preview)
        new_sources = sum(1 for s in preview.sources if s.status != "known")
        self.sources.setText(self.tr("%n source(s) in the bundle", "", len(preview.sources))
                             + self.tr(", %n new here", "", new_sources))

    def _show_duplicates(self, preview: ImportPreview) -> None:
        """One row per new case and likely duplicate here, each with its decision."""
        self._pairs = [(c.code, d.code) for c in preview.cases for d in c.duplicates]
        self._decisions = []
        self.duplicates.setRowCount(len(self._pairs))
        rows = [(c, d) for c in preview.cases for d in c.duplicates]
        for row, (case, duplicate) in enumerate(rows):
            for column, text in enumerate((
                    f"{case.code}  {case.pseudonym}", f"{duplicate.code}  {duplicate.pseudonym}",
                    "; ".join(reason_label(r) for r in duplicate.reasons))):
                self.duplicates.setItem(row, column, QTableWidgetItem(text))
            decision = QComboBox()
            decision.addItem(self.tr("Decide later"), None)
            decision.addItem(self.tr("The same person: link"), case_links.SAME_PERSON)
            decision.addItem(self.tr("Not the same person"), case_links.NOT_SAME_PERSON)
            self.duplicates.setCellWidget(row, 3, decision)
            self._decisions.append(decision)
        _fit_columns(self.duplicates)
        self.duplicates_label.setVisible(bool(rows))
        self.duplicates.setVisible(bool(rows))

    def links(self) -> dict[str, dict[str, str]]:
        """The decisions made about likely duplicates, as `apply_import` takes them."""
        out: dict[str, dict[str, str]] = {}
        for (code, other), combo in zip(self._pairs, self._decisions, strict=True):
            if combo.currentData() is not None:
                out.setdefault(code, {})[other] = combo.currentData()
        return out

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
        bundle, preview, choices, links = self.bundle, self.preview, self.choices(), self.links()
        anyway, store = self.anyway.isChecked(), self.store

        def work() -> ImportReport:
            db: Database = store.second_connection()
            try:
                return apply_import(db, bundle, preview, choices, store.actor,
                                    allow_unknown_signer=anyway, links=links)
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
        for combo in (*self._choices, *self._decisions):
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
            lines += [self.tr("Linked %1 with %2: %3.").replace("%1", code).replace("%2", other)
                      .replace("%3", case_links.relation_label(relation))
                      for code, others in report.links.items()
                      for other, relation in others.items()]
            lines += [self.tr("%1 may be the same person as %2: decide in the case's Related "
                              "cases.").replace("%1", code).replace("%2", ", ".join(others))
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
