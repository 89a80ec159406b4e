"""The main window: the case list with its filters on the left, the selected case on the right.

The window title never holds case data (it shows in task bars and window switchers).
lock_requested(): emitted by the Lock action (Ctrl+L or the toolbar); the app then closes the
store and replaces this window by the unlock dialog. closed(): the user closed the window.
"""

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.model.dates import Calendar
from casefiles.core.store.cases import CaseFilter
from casefiles.core.store.store import Store
from casefiles.gui.case_editor import CaseDialog, IncidentDialog
from casefiles.gui.case_list_model import CaseListModel
from casefiles.gui.case_view import CaseView
from casefiles.gui.cite_dialog import CiteDialog
from casefiles.gui.filter_bar import FilterBar
from casefiles.gui.prefs import Prefs
from casefiles.gui.sources_panel import SourcesPanel


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()  # the user closed the window

    def __init__(self, store: Store, prefs: Prefs) -> None:
        super().__init__()
        self.store = store
        self.prefs = prefs
        self.setWindowTitle("casefiles")
        self.model = CaseListModel(store.db)
        self.filters = FilterBar()
        self.table = self._make_table()
        self.count = QLabel()
        self.case_view = CaseView()

        case_list = QWidget()
        column = QVBoxLayout(case_list)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.sources = SourcesPanel(store)
        self.sources.status.connect(self.statusBar().showMessage)
        self.sources.cite_requested.connect(self.cite)
        self.left = QTabWidget()
        self.left.addTab(case_list, self.tr("Cases"))
        self.left.addTab(self.sources, self.tr("Sources"))
        splitter = QSplitter()
        splitter.addWidget(self.left)
        splitter.addWidget(self.case_view)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 580])
        self.setCentralWidget(splitter)
        self.statusBar().addPermanentWidget(self.count)

        self._make_actions()
        self.filters.changed.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_count()
        geometry = prefs.geometry("main")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        if self.model.canFetchMore():
            self.model.fetchMore()  # the first page, so columns fit real content
        table.resizeColumnsToContents()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in range(self.model.columnCount()):  # long labels elide, not push
            table.setColumnWidth(column, min(table.columnWidth(column), 190))
        header.setStretchLastSection(True)
        return table

    def _make_actions(self) -> None:
        lock = QAction(self.tr("&Lock"), self)
        lock.setShortcut(QKeySequence("Ctrl+L"))
        lock.setToolTip(self.tr("Lock now (Ctrl+L): close the store until the passphrase is "
                                "entered again"))
        lock.triggered.connect(lambda: self.lock_requested.emit())
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        new_case = QAction(self.tr("&New case…"), self)
        new_case.setShortcut(QKeySequence.StandardKey.New)
        new_case.triggered.connect(self.new_case)
        edit_case = QAction(self.tr("&Edit case…"), self)
        edit_case.setShortcut(QKeySequence("Ctrl+E"))
        edit_case.triggered.connect(self.edit_case)
        add_incident = QAction(self.tr("Add &incident…"), self)
        add_incident.setShortcut(QKeySequence("Ctrl+I"))
        add_incident.triggered.connect(self.add_incident)
        self.case_actions = [edit_case, add_incident]
        for action in self.case_actions:
            action.setEnabled(False)
        find = QAction(self.tr("&Find…"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.filters.search.setFocus)
        case_menu_actions = [new_case, edit_case, add_incident]
        store_menu = self.menuBar().addMenu(self.tr("&Store"))
        store_menu.addAction(lock)
        store_menu.addSeparator()
        store_menu.addAction(quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Case"))
        for action in case_menu_actions:
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(find)

        calendars = QActionGroup(self)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for calendar, title in ((Calendar.GREGORIAN, self.tr("Dates in the &Gregorian calendar")),
                                (Calendar.SOLAR_HIJRI, self.tr("Dates in the &Solar Hijri "
                                                               "calendar"))):
            action = QAction(title, self, checkable=True)
            action.setChecked(self.prefs.calendar is calendar)
            action.triggered.connect(lambda _checked, c=calendar: self.set_calendar(c))
            calendars.addAction(action)
            view_menu.addAction(action)
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.addAction(new_case)
        toolbar.addAction(add_incident)
        toolbar.addSeparator()
        toolbar.addAction(lock)
        self.lock_action = lock

    def apply_filters(self, filters: CaseFilter) -> None:
        self.model.set_filters(filters)
        self._update_count()

    def set_calendar(self, calendar: Calendar) -> None:
        self.prefs.calendar = calendar
        if self.case_view.code:
            self.case_view.show_case(self.store, self.case_view.code, calendar)

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n case(s)", "", self.model.total))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.case_view.show_case(self.store, self.model.code_at(rows[0].row()),
                                     self.prefs.calendar)
        for action in self.case_actions:
            action.setEnabled(bool(rows))

    def new_case(self) -> None:
        dialog = CaseDialog(self.store, self.prefs.calendar)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.code:
            self.select_code(dialog.code)

    def edit_case(self) -> None:
        if self.case_view.code:
            dialog = CaseDialog(self.store, self.prefs.calendar, self.case_view.code)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.select_code(self.case_view.code)

    def add_incident(self) -> None:
        if self.case_view.code:
            dialog = IncidentDialog(self.store, self.prefs.calendar, self.case_view.code)
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.select_code(self.case_view.code)

    def cite_dialog(self, source_id: int, pinpoint: str, quote: str) -> CiteDialog | None:
        """The dialog citing a passage for the case shown on the right (None: no case)."""
        if not self.case_view.code:
            self.statusBar().showMessage(self.tr("Choose the case to cite it for first."))
            return None
        return CiteDialog(self.store, self.prefs.calendar, source_id, self.case_view.code,
                          pinpoint, quote)

    def cite(self, source_id: int, pinpoint: str, quote: str) -> None:
        dialog = self.cite_dialog(source_id, pinpoint, quote)
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(dialog.outcome)
            self.case_view.show_case(self.store, dialog.code, self.prefs.calendar)

    def select_code(self, code: str) -> None:
        """Reload the list (the case may be new or changed) and select the case."""
        self.filters.reset()
        self.apply_filters(self.filters.filters())
        row = self.model.row_of(code)
        if row is not None:
            self.table.selectRow(row)
            self.case_view.show_case(self.store, code, self.prefs.calendar)

    def clear(self) -> None:
        """Drop everything shown from the store (before it is closed)."""
        self.case_view.clear()
        self.sources.viewer.clear()
        self.sources.table.setModel(None)
        self.table.setModel(None)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.prefs.set_geometry("main", self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()
