"""The source library: import (file dialog or drag and drop, in a worker with progress), the list
(filtered by a search of the sources' text, sortable), the viewer in which a selected passage
can be cited for the case at hand, and the editing of a source's details.

cite_requested(int, str, str): source id, pinpoint and the selected passage, when the caseworker
asks to cite it.
case_requested(str): the code of a case the caseworker chose among those the shown source may
support (the viewer's Mentions tab); the window shows that case.
status(str): a line for the status bar (import progress and its summary, a saved edit).
imported(object): the BatchReport, once an import is over.
count_changed(int): the number of sources listed changed (a search, an import); also `count`.
source_selected(int): the id of the source now shown, 0 when none (to enable "Edit source
details…").
source_changed(int): a source's details were saved (its id), for views that show its title.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.model.case import Source
from casefiles.core.model.dates import Calendar
from casefiles.core.model.vocab import vocabulary
from casefiles.core.sources.ingest import BatchReport, ingest_many
from casefiles.core.store import sources
from casefiles.core.store.sources import SourceMatch
from casefiles.core.store.store import Store
from casefiles.gui.file_dialogs import open_file_names
from casefiles.gui.source_metadata import SourceMetadataDialog
from casefiles.gui.source_viewer import SourceViewer
from casefiles.gui.table_model import Index, RowsModel, select_row
from casefiles.gui.workers import explain

ID, TITLE, TYPE, PUBLISHER, PUBLISHED, TEXT, PASSAGES = range(7)
REPORT_LINES = 8  # of an import's summary shown in the panel


class SourceListModel(RowsModel):
    """Every source, or those whose text matches the search; sorted by any column.

    Sorting is stable: rows that compare equal keep the order of their ids, whichever way the
    column is sorted, and the order holds across searches and reloads.
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._rows: list[Source] = []
        self._query = ""
        self._matches: dict[int, SourceMatch] | None = None  # None: no search, every source
        self._sort = (ID, Qt.SortOrder.AscendingOrder)
        self._headers = [self.tr("Id"), self.tr("Title"), self.tr("Type"), self.tr("Publisher"),
                         self.tr("Published"), self.tr("Text"), self.tr("Matching passages")]
        self.reload()

    def reload(self) -> None:
        """Read the sources again (and run the search again: the text may have changed)."""
        self.beginResetModel()
        if self._query:
            self._matches = sources.match_sources(self._store.db, self._query)
        found = sources.list_sources(self._store.db)
        if self._matches is not None:
            found = [s for s in found if s.id in self._matches]
        self._rows = self._sorted(found)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """List only the sources whose text matches `text` (every source for empty text).

        The same query again changes nothing: the window passes it on every change of a case
        filter, and only the search text concerns sources."""
        if text.strip() == self._query:
            return
        self._query = text.strip()
        self._matches = None
        self.reload()

    @property
    def searching(self) -> bool:
        """Whether a search filters the list (a query of punctuation only does not)."""
        return self._matches is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | int | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        s = self._rows[index.row()]
        if index.column() == PASSAGES and role in (Qt.ItemDataRole.DisplayRole,
                                                   Qt.ItemDataRole.ToolTipRole):
            return self._passages(s.id, full=role == Qt.ItemDataRole.ToolTipRole)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (s.id, s.title, vocabulary("source_types").label(s.type), s.publisher,
                  s.published.to_text() if s.published else "", self._text_state(s.extraction))
        return values[index.column()] if 0 <= index.column() < len(values) else None

    def _text_state(self, extraction: str) -> str:
        """Whether the caseworker can read and cite the source's text, in words."""
        return {"ok": self.tr("readable"), "none": self.tr("no text"),
                "failed": self.tr("not read (original kept)")}.get(extraction, "")

    def _passages(self, source_id: int, full: bool) -> str | None:
        """The best matching passage ("para. 3: …[Balkh]…"), or all shown ones for a tooltip."""
        match = (self._matches or {}).get(source_id)
        if match is None or not match.hits:
            return None
        if not full:
            first = match.hits[0]
            more = match.passages - 1
            tail = self.tr(" (and %n more)", "", more) if more else ""
            return f"{first.pinpoint}: {first.snippet}{tail}"
        lines = [self.tr("%n passage(s) match", "", match.passages)]
        lines += [f"{hit.pinpoint}: {hit.snippet}" for hit in match.hits]
        return "\n".join(lines)

    def matches_of(self, source_id: int) -> SourceMatch | None:
        """The matching passages of a listed source (None without a search)."""
        return (self._matches or {}).get(source_id)

    # ---- sorting ----------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column if 0 <= column < len(self._headers) else ID, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[index.row()].id for index in before]
        self._rows = self._sorted(self._rows)
        row_of = {source.id: row for row, source in enumerate(self._rows)}
        self.changePersistentIndexList(
            before, [self.index(row_of[source_id], index.column())
                     for index, source_id in zip(before, ids, strict=True)])
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Source]) -> list[Source]:
        column, order = self._sort
        by_id = sorted(rows, key=lambda s: s.id)
        if column == ID:
            return by_id[::-1] if order == Qt.SortOrder.DescendingOrder else by_id
        # Python's sort is stable, also with reverse=True: equal keys stay in id order.
        return sorted(by_id, key=self._key(column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _key(self, column: int) -> Callable[[Source], Any]:
        """The sort key of a column (text compared case-folded)."""
        if column == PUBLISHED:  # by the earliest day meant; undated sources last
            return lambda s: (s.published is None,
                              s.published.sort_key() if s.published else "")
        if column == PASSAGES:
            return lambda s: getattr(self.matches_of(s.id), "passages", 0)
        labels = vocabulary("source_types")
        texts = {TITLE: lambda s: s.title, TYPE: lambda s: labels.label(s.type),
                 PUBLISHER: lambda s: s.publisher, TEXT: lambda s: s.extraction}
        text = texts.get(column, lambda s: "")
        return lambda s: text(s).casefold()

    def source_at(self, row: int) -> Source:
        return self._rows[row]

    def row_of(self, source_id: int) -> int | None:
        return next((row for row, s in enumerate(self._rows) if s.id == source_id), None)


class _ImportSignals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class ImportJob(QRunnable):
    """Ingests files on the thread pool, on a connection of its own."""

    def __init__(self, store: Store, paths: list[Path]) -> None:
        super().__init__()
        self.store, self.paths = store, paths
        self.signals = _ImportSignals()

    def run(self) -> None:
        db = self.store.second_connection()
        try:
            batch = ingest_many(db, self.paths, self.store.actor, self.signals.progress.emit)
        except Exception as err:  # shown to the caseworker; nothing half-stored (per file)
            self.signals.failed.emit(err)
        else:
            self.signals.finished.emit(batch)
        finally:
            db.conn.close()


class SourcesPanel(QWidget):
    cite_requested = Signal(int, str, str)
    case_requested = Signal(str)
    status = Signal(str)
    imported = Signal(object)  # the BatchReport, once an import is over
    count_changed = Signal(int)
    source_selected = Signal(int)
    source_changed = Signal(int)

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.calendar = Calendar.GREGORIAN
        self.setAcceptDrops(True)
        self.model = SourceListModel(store)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ID, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)  # titles are long
        for column in (ID, PUBLISHED, TEXT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(PASSAGES, True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self.edit_source())
        self.viewer = SourceViewer()
        self.viewer.cite_requested.connect(self.cite_requested)
        self.viewer.case_requested.connect(self.case_requested)
        import_button = QPushButton(self.tr("Import files…"))
        import_button.clicked.connect(self.choose_files)
        self.edit_button = QPushButton(self.tr("Edit source details…"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.edit_source)
        self.progress = QProgressBar()
        self.progress.hide()
        # What the last import did, refusals and their reasons included; stays until the next.
        self.report = QLabel()
        self.report.setWordWrap(True)
        self.report.setTextFormat(Qt.TextFormat.PlainText)
        self.report.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.viewer)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.report)
        layout.addWidget(splitter, 1)
        self._job: ImportJob | None = None

    @property
    def count(self) -> int:
        """How many sources the list shows (all of them, or those matching the search)."""
        return self.model.rowCount()

    def set_search(self, text: str) -> None:
        """Show only the sources whose text matches `text`, each with its best passages (the
        "Matching passages" column and its tooltip); empty text shows every source."""
        self._keeping_selection(lambda: self.model.set_search(text))
        self.table.setColumnHidden(PASSAGES, not self.model.searching)

    def set_calendar(self, calendar: Calendar) -> None:
        """The calendar for dates in the details dialog and the mentions."""
        self.calendar = calendar
        self.viewer.set_calendar(calendar)

    def current_source(self) -> Source | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.source_at(rows[0].row()) if rows else None

    def select_source(self, source_id: int) -> bool:
        """Select (and show) a listed source; False when it is not in the list."""
        row = self.model.row_of(source_id)
        if row is not None:
            select_row(self.table, row)
        return row is not None

    def edit_source(self) -> None:
        """Open the details dialog for the selected source; on save, show it as saved."""
        source = self.current_source()
        if source is None:
            return
        dialog = self.metadata_dialog(source.id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._keeping_selection(self.model.reload)
            self.status.emit(self.tr("The details of the source were saved."))
            self.source_changed.emit(source.id)

    def metadata_dialog(self, source_id: int) -> SourceMetadataDialog:
        return SourceMetadataDialog(self.store, self.calendar, source_id)

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        """Run a change that resets the list, then select the shown source again if it is still
        listed (else the viewer is cleared); say the new count."""
        shown = self.viewer.source.id if self.viewer.source is not None else None
        change()
        if shown is not None and self.select_source(shown):
            self._show(self.model.source_at(self.model.row_of(shown)))
        elif shown is not None:
            self.viewer.clear()
            self._selected()
        self.count_changed.emit(self.count)

    def choose_files(self) -> None:
        paths = open_file_names(self, self.tr("Import sources"))
        if paths:
            self.import_files(paths)

    def import_files(self, paths: list[Path]) -> None:
        self._job = ImportJob(self.store, paths)
        self._job.signals.progress.connect(self._progressed)
        self._job.signals.finished.connect(self._imported)
        self._job.signals.failed.connect(self._failed)
        self.progress.setRange(0, len(paths))
        self.progress.setValue(0)
        self.progress.show()
        QThreadPool.globalInstance().start(self._job)

    def _progressed(self, number: int, total: int, name: str) -> None:
        self.progress.setValue(number - 1)
        self.status.emit(self.tr("Importing %1 of %2: %3").replace("%1", str(number))
                         .replace("%2", str(total)).replace("%3", name))

    def _failed(self, err: Exception) -> None:
        self.progress.hide()
        self.status.emit(self.tr("Import stopped: %1").replace("%1", explain(err)))

    def _imported(self, batch: BatchReport) -> None:
        self.progress.hide()
        self._keeping_selection(self.model.reload)
        summary = batch.summary().splitlines()
        self.status.emit(summary[0])
        shown = summary[:REPORT_LINES]
        if len(summary) > REPORT_LINES:
            shown.append(self.tr("… and %n more line(s).", "", len(summary) - REPORT_LINES))
        self.report.setText("\n".join(shown))
        self.report.show()
        self.imported.emit(batch)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)

    def _selected(self) -> None:
        source = self.current_source()
        self.edit_button.setEnabled(source is not None)
        if source is not None and (self.viewer.source is None
                                   or self.viewer.source.id != source.id):
            self._show(source)
        self.source_selected.emit(source.id if source is not None else 0)

    def _show(self, source: Source) -> None:
        self.viewer.show_source(self.store, source)
        match = self.model.matches_of(source.id)
        if match is not None and match.hits:  # the text opens at the best matching passage
            self.viewer.show_passage(match.hits[0].pinpoint)
