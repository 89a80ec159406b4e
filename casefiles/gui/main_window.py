"""The main window (an early build: the case list of an open store)."""

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView

from casefiles.core.store.store import Store
from casefiles.gui.case_list_model import CaseListModel


class MainWindow(QMainWindow):
    """Shows the cases of `store`. The title never holds case data (it shows in task bars)."""

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.setWindowTitle("casefiles")
        self.model = CaseListModel(store.db)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.setCentralWidget(self.table)
        if self.model.canFetchMore():
            self.model.fetchMore()  # the first page, so columns fit real content
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)  # institution names

        close = QAction(self.tr("&Lock and close"), self)
        close.setShortcuts([QKeySequence("Ctrl+L"), QKeySequence.StandardKey.Quit])
        close.triggered.connect(self.close)
        self.menuBar().addMenu(self.tr("&Store")).addAction(close)
        self.statusBar().addPermanentWidget(QLabel(self.tr("%n case(s)", "", self.model.total)))
        self.resize(1000, 640)

    def closeEvent(self, event) -> None:
        self.store.close()
        super().closeEvent(event)
