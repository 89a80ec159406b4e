"""The source library: import (file dialog or drag and drop, in a worker with progress), the list,
and the viewer in which a selected passage can be cited for the case at hand.

cite_requested(int, str, str): source id, pinpoint and the selected passage, when the caseworker
asks to cite it.
status(str): a line for the status bar (import progress and its summary).
"""

from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.model.case import Source
from casefiles.core.model.vocab import vocabulary
from casefiles.core.sources.ingest import BatchReport, ingest_many
from casefiles.core.store import sources
from casefiles.core.store.store import Store
from casefiles.gui.source_viewer import SourceViewer

Index = QModelIndex | QPersistentModelIndex


class SourceListModel(QAbstractTableModel):
    def __init__(self, store: Store) -> None:
        super().__init__()
        self._store = store
        self._rows: list[Source] = []
        self._headers = [self.tr("Id"), self.tr("Title"), self.tr("Type"), self.tr("Publisher"),
                         self.tr("Published"), self.tr("Text")]
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = sources.list_sources(self._store.db)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | int | None:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        s = self._rows[index.row()]
        values = (s.id, s.title, vocabulary("source_types").label(s.type), s.publisher,
                  s.published.to_text() if s.published else "", s.extraction)
        return values[index.column()] if 0 <= index.column() < len(values) else None

    def source_at(self, row: int) -> Source:
        return self._rows[row]


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
    status = Signal(str)
    imported = Signal(object)  # the BatchReport, once an import is over

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setAcceptDrops(True)
        self.model = SourceListModel(store)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.viewer = SourceViewer()
        self.viewer.cite_requested.connect(self.cite_requested)
        import_button = QPushButton(self.tr("Import files…"))
        import_button.clicked.connect(self.choose_files)
        buttons = QHBoxLayout()
        buttons.addWidget(import_button)
        buttons.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.viewer)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(splitter, 1)
        self._job: ImportJob | None = None

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, self.tr("Import sources"))
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, paths: list[Path]) -> None:
        self._job = ImportJob(self.store, paths)
        self._job.signals.progress.connect(
            lambda n, total, name: self.status.emit(self.tr("Importing %1 of %2: %3")
                                                    .replace("%1", str(n))
                                                    .replace("%2", str(total))
                                                    .replace("%3", name)))
        self._job.signals.finished.connect(self._imported)
        self._job.signals.failed.connect(
            lambda err: self.status.emit(self.tr("Import stopped: %1").replace("%1", str(err))))
        QThreadPool.globalInstance().start(self._job)

    def _imported(self, batch: BatchReport) -> None:
        self.model.reload()
        self.status.emit(batch.summary().splitlines()[0])
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
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.viewer.show_source(self.store, self.model.source_at(rows[0].row()))
