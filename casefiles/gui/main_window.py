"""The main window: the case list with its filters on the left, the selected case on the right.

The window title never holds case data (it shows in task bars and window switchers).
lock_requested(): emitted by the Lock action (Ctrl+L or the toolbar); the app then closes the
store and replaces this window by the unlock dialog. closed(): the user closed the window.
preferences_changed(): the preferences were changed (the app applies the idle delay).
"""

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
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
from casefiles.gui.icons import icon
from casefiles.gui.preferences_dialog import PreferencesDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.sources_panel import SourcesPanel
from casefiles.gui.undo import CaseEdit, case_version


def _fill(target: QMenu | QToolBar, actions: list[QAction | None]) -> None:
    """Add actions to a menu or toolbar, a separator for each None."""
    for action in actions:
        if action is None:
            target.addSeparator()
        else:
            target.addAction(action)


class MainWindow(QMainWindow):
    lock_requested = Signal()
    closed = Signal()  # the user closed the window
    preferences_changed = Signal()

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
        self.undo_stack = QUndoStack(self)

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
        self.splitter = QSplitter()
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([700, 580])
        self.setCentralWidget(self.splitter)
        self.statusBar().addPermanentWidget(self.count)

        self._make_actions()
        self.filters.changed.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_count()
        self._restore_layout()

    def _restore_layout(self) -> None:
        """Size, position, toolbar and splitter as the user left them (never any case data)."""
        for name, restore in (("main-state", self.restoreState),
                              ("main-splitter", self.splitter.restoreState)):
            state = self.prefs.geometry(name)
            if state is not None:
                restore(state)
        geometry = self.prefs.geometry("main")
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

    def _action(self, text: str, slot: Callable[[], None], shortcut: QKeySequence | str = "",
                icon_name: str = "", tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        lock = self._action(self.tr("&Lock"), self.lock_requested.emit, "Ctrl+L", "lock",
                            self.tr("Lock now (Ctrl+L): close the store until the passphrase "
                                    "is entered again"))
        preferences = self._action(self.tr("&Preferences…"), self.edit_preferences,
                                   QKeySequence.StandardKey.Preferences)
        quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        new_case = self._action(self.tr("&New case…"), self.new_case,
                                QKeySequence.StandardKey.New, "case-new",
                                self.tr("Open a new case"))
        edit_case = self._action(self.tr("&Edit case…"), self.edit_case, "Ctrl+E", "case-edit",
                                 self.tr("Edit the case's main facts and summary"))
        add_incident = self._action(self.tr("Add &incident…"), self.add_incident, "Ctrl+I",
                                    "incident-add", self.tr("Record something done to the "
                                                            "person"))
        import_sources = self._action(self.tr("&Import sources…"), self._import_sources,
                                      "Ctrl+Shift+O", "source-import",
                                      self.tr("Take reports, letters, photos into the store"))
        self.case_actions = [edit_case, add_incident]
        for action in self.case_actions:
            action.setEnabled(False)
        find = self._action(self.tr("&Find…"), self.filters.search.setFocus,
                            QKeySequence.StandardKey.Find)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)

        _fill(self.menuBar().addMenu(self.tr("&Store")),
              [import_sources, None, lock, preferences, None, quit_action])
        _fill(self.menuBar().addMenu(self.tr("&Edit")), [undo, redo, None, find])
        self.case_menu = self.menuBar().addMenu(self.tr("&Case"))
        _fill(self.case_menu, [new_case, edit_case, add_incident])

        calendars = QActionGroup(self)
        self.calendar_actions: dict[Calendar, QAction] = {}
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for calendar, title in ((Calendar.GREGORIAN, self.tr("Dates in the &Gregorian calendar")),
                                (Calendar.SOLAR_HIJRI, self.tr("Dates in the &Solar Hijri "
                                                               "calendar"))):
            action = QAction(title, self, checkable=True)
            action.setChecked(self.prefs.calendar is calendar)
            action.triggered.connect(lambda _checked, c=calendar: self.set_calendar(c))
            calendars.addAction(action)
            view_menu.addAction(action)
            self.calendar_actions[calendar] = action
        toolbar = self.addToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        _fill(toolbar, [new_case, edit_case, add_incident, import_sources, None, lock])
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
            self.statusBar().showMessage(self.tr("Case %1 opened.").replace("%1", dialog.code))

    def edit_case(self) -> None:
        self.edit_with(lambda code: CaseDialog(self.store, self.prefs.calendar, code),
                       self.tr("Edit case %1"))

    def add_incident(self) -> None:
        self.edit_with(lambda code: IncidentDialog(self.store, self.prefs.calendar, code),
                       self.tr("Add incident to %1"))

    def edit_with(self, make_dialog: Callable[[str], QDialog], what: str) -> None:
        """Run an editing dialog on the case shown; once saved, the edit can be undone.

        `what` names the edit in the Edit menu ("Undo Edit case CF-…"), %1 being the code.
        """
        code = self.case_view.code
        if not code:
            return
        before = case_version(self.store, code)
        dialog = make_dialog(code)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        edit = CaseEdit(self.store, code, before, what.replace("%1", code),
                        changed=self.select_code, failed=self._undo_failed)
        if edit.after != before:
            self.undo_stack.push(edit)
        self.select_code(code)
        self.statusBar().showMessage(self.tr("Saved."))

    def _undo_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot undo"), message)

    def _import_sources(self) -> None:
        self.left.setCurrentWidget(self.sources)
        self.sources.choose_files()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.calendar_actions[self.prefs.calendar].setChecked(True)
            self.set_calendar(self.prefs.calendar)
            self.preferences_changed.emit()

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
        self.prefs.set_geometry("main-state", self.saveState())
        self.prefs.set_geometry("main-splitter", self.splitter.saveState())
        super().closeEvent(event)
        self.closed.emit()
