"""Importing a spreadsheet of cases (the lists groups already keep): map the columns, preview,
then import.

Each heading of the file gets a field (proposed from its words in English, Dari or Pashto) or
"leave out". The preview, in a worker, says what would be imported and lists every row it
would refuse with its line number and reasons; nothing is written until Import, which takes
every accepted row in one transaction (`casefiles.core.exchange.sheets`).
"""

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.exchange import sheets
from casefiles.core.store.store import Store
from casefiles.gui.workers import explain, run_in_background

MAX_LISTED = 200  # refused rows and warnings shown; the rest are counted


class SheetImportDialog(QDialog):
    """`imported` holds the new case codes once Import has run."""

    def __init__(self, store: Store, path: Path) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.store = store
        self.imported: list[str] = []
        self.result_preview: sheets.SheetPreview | None = None
        self._running = None  # the worker's signals while it runs
        self.sheet = sheets.read_sheet(path)  # InvalidInput for a file it cannot read
        info = self.sheet.info
        about = QLabel(self.tr("%1: %2 read as %3.").replace("%1", path.name)
                       .replace("%2", info.kind).replace("%3", info.encoding or info.kind))
        about.setWordWrap(True)
        proposed = sheets.propose_mapping(self.sheet.header)
        self.choices: dict[str, QComboBox] = {}
        self.table = QTableWidget(len(self.sheet.header), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Goes into")])
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        paths = sorted(sheets.targets())
        for row, heading in enumerate(self.sheet.header):
            self.table.setCellWidget(row, 0, QLabel(heading))
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), None)
            for field_path in paths:
                combo.addItem(field_path, field_path)
            column = proposed.column_for(heading)
            if column is not None:
                index = combo.findData(column.path)
                if index < 0:  # an indexed item ("incidents[1].date")
                    combo.addItem(column.path, column.path)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.choices[heading] = combo
            self.table.setCellWidget(row, 1, combo)
        self.table.resizeColumnToContents(0)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setDefault(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.import_rows)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.report, 1)
        layout.addWidget(close)
        self.resize(820, 720)

    def mapping(self) -> sheets.ColumnMapping:
        """The columns as chosen (InvalidInput: two columns for a field that takes one)."""
        return sheets.ColumnMapping.from_json({"columns": {
            heading: combo.currentData() for heading, combo in self.choices.items()}})

    def _mapping_changed(self) -> None:
        self.result_preview = None
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("The mapping changed: preview again."))

    def preview(self) -> None:
        try:
            mapping = self.mapping()
        except CasefilesError as err:
            self.status.setText(str(err))
            return
        self.preview_button.setEnabled(False)
        self.status.setText(self.tr("Reading the rows…"))
        self._running = run_in_background(lambda: sheets.preview(self.sheet, mapping),
                                          self._previewed, self._failed)

    def _previewed(self, result: sheets.SheetPreview) -> None:
        self._running = None
        self.preview_button.setEnabled(True)
        self.result_preview = result
        lines = [result.summary()]
        if result.identity_columns:
            lines.append(self.tr("Identity columns (kept withheld, never searchable): %1")
                         .replace("%1", ", ".join(result.identity_columns)))
        notes = [row.message() for row in result.rejected] + \
                [note.message() for note in result.warnings]
        lines += notes[:MAX_LISTED]
        if len(notes) > MAX_LISTED:
            lines.append(self.tr("… and %n more.", "", len(notes) - MAX_LISTED))
        self.report.setPlainText("\n".join(lines))
        self.status.setText(result.summary())
        self.import_button.setEnabled(bool(result.accepted))
        self.import_button.setText(self.tr("&Import %n case(s)", "", len(result.accepted)))

    def _failed(self, err: Exception) -> None:
        self._running = None
        self.preview_button.setEnabled(True)
        self.status.setText(explain(err))

    def import_rows(self) -> None:
        """Every accepted row, in one transaction (on this thread: it is one quick commit)."""
        if self.result_preview is None or not self.result_preview.accepted:
            return
        try:
            self.imported = sheets.import_rows(self.store.db, self.result_preview,
                                               self.store.actor)
        except CasefilesError as err:
            self.status.setText(str(err))
            return
        self.import_button.setEnabled(False)
        self.status.setText(self.tr("Imported %n case(s).", "", len(self.imported)))
