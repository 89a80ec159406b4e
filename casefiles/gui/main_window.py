"""The main window: the case list with its filters on the left, the selected case on the right.

The window title never holds case data (it shows in task bars and window switchers).
lock_requested(): emitted by the Lock action (Ctrl+L or the toolbar); the app then closes the
store and replaces this window by the unlock dialog. closed(): the user closed the window.
preferences_changed(): the preferences were changed (the app applies the idle delay).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelection, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
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

from casefiles.core import i18n
from casefiles.core.errors import CasefilesError
from casefiles.core.model.dates import Calendar
from casefiles.core.store import case_links
from casefiles.core.store.case_list import CaseFilter, list_cases
from casefiles.core.store.store import Store
from casefiles.gui.case_editor import CaseDialog
from casefiles.gui.case_list_model import CaseListModel
from casefiles.gui.case_view import CaseView
from casefiles.gui.cite_dialog import CiteDialog
from casefiles.gui.clipboard import CLEAR_AFTER_MS
from casefiles.gui.file_dialogs import open_file_names
from casefiles.gui.filter_bar import FilterBar
from casefiles.gui.icons import icon
from casefiles.gui.preferences_dialog import PreferencesDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.record_editors import (
    ConsentDialog,
    IdentityDialog,
    IncidentDialog,
    RecordDialog,
    RelativeDialog,
    RiskAssessmentDialog,
    RiskFactorDialog,
    ServiceDialog,
)
from casefiles.gui.sources_panel import SourcesPanel
from casefiles.gui.table_model import select_row
from casefiles.gui.undo import CaseEdit, case_version

if TYPE_CHECKING:
    from casefiles.gui.exchange_dialogs import ExportDialog


# What the case view asks to add, edit or remove -> the dialog, and how the edit is named in the
# Edit menu ("Undo Edit posting of CF-..."; %1 is the case code). Marked for translation in the
# MainWindow context (pyside6-lupdate finds them there) and translated where shown.
_RECORDS: dict[str, tuple[type[RecordDialog], str, str, str]] = {
    "service": (ServiceDialog,
                QT_TRANSLATE_NOOP("MainWindow", "Add a posting to %1"),
                QT_TRANSLATE_NOOP("MainWindow", "Edit a posting of %1"),
                QT_TRANSLATE_NOOP("MainWindow", "Remove a posting of %1")),
    "incidents": (IncidentDialog,
                  QT_TRANSLATE_NOOP("MainWindow", "Add incident to %1"),
                  QT_TRANSLATE_NOOP("MainWindow", "Edit an incident of %1"),
                  QT_TRANSLATE_NOOP("MainWindow", "Remove an incident of %1")),
    "relatives": (RelativeDialog,
                  QT_TRANSLATE_NOOP("MainWindow", "Add a relative to %1"),
                  QT_TRANSLATE_NOOP("MainWindow", "Edit a relative of %1"),
                  QT_TRANSLATE_NOOP("MainWindow", "Remove a relative of %1")),
    "risk_factors": (RiskFactorDialog,
                     QT_TRANSLATE_NOOP("MainWindow", "Add a risk factor to %1"),
                     QT_TRANSLATE_NOOP("MainWindow", "Edit a risk factor of %1"),
                     QT_TRANSLATE_NOOP("MainWindow", "Remove a risk factor of %1")),
}
_PARTS = {"risk": (RiskAssessmentDialog,
                   QT_TRANSLATE_NOOP("MainWindow", "Edit the risk assessment of %1")),
          "consent": (ConsentDialog, QT_TRANSLATE_NOOP("MainWindow", "Edit the consent of %1"))}


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
    restart_requested = Signal()  # the user asked to restart (to change the language)

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
        self.case_view.add_requested.connect(self.add_record)
        self.case_view.edit_requested.connect(self.edit_record)
        self.case_view.remove_requested.connect(self.remove_record)
        self.case_view.link_requested.connect(self.link_case)
        self.undo_stack = QUndoStack(self)

        case_list = QWidget()
        column = QVBoxLayout(case_list)
        column.addWidget(self.filters)
        column.addWidget(self.table, 1)
        self.sources = SourcesPanel(store)
        self.sources.status.connect(self.statusBar().showMessage)
        self.sources.cite_requested.connect(self.cite)
        self.sources.case_requested.connect(self._show_case_from_source)
        self.sources.source_changed.connect(self._refresh_case)
        self.sources.set_calendar(prefs.calendar)
        self.source_count = QLabel()
        self.sources.count_changed.connect(
            lambda n: self.source_count.setText(self.tr("%n source(s)", "", n)))
        self.left = QTabWidget()
        self.left.addTab(case_list, self.tr("Cases"))
        self.left.addTab(self.sources, self.tr("Sources"))
        self.splitter = QSplitter()
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.case_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([540, 840])  # the case view's ten tabs fit
        self.setCentralWidget(self.splitter)
        self._sizes_for_cases: list[int] = []
        self.left.currentChanged.connect(self._left_tab_changed)
        self.statusBar().addPermanentWidget(self.count)
        self.statusBar().addPermanentWidget(self.source_count)
        self.source_count.setText(self.tr("%n source(s)", "", self.sources.count))

        self._make_actions()
        self.filters.changed.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._update_count()
        self._restore_layout()
        self._remind_backup()

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
        header = table.horizontalHeader()
        header.setResizeContentsPrecision(50)  # fit the first rows, not all of a page
        table.resizeColumnsToContents()
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
        partners = self._action(self.tr("Organisation &keys and partners…"),
                                self.show_partners,
                                tip=self.tr("Our card to send to partners, and theirs"))
        export_case = self._action(self.tr("E&xport cases to a partner…"), self.export_case,
                                   tip=self.tr("An encrypted bundle of the case shown, for "
                                               "partners or a passphrase"))
        export_listed = self._action(self.tr("Export &all listed cases…"), self.export_listed,
                                     tip=self.tr("An encrypted bundle of every case the list "
                                                 "shows (with its filters)"))
        import_bundle = self._action(self.tr("Import a &bundle…"), self.import_bundle,
                                     tip=self.tr("Preview and import a partner's bundle"))
        import_sheet = self._action(self.tr("Import a &spreadsheet…"), self.import_sheet,
                                    tip=self.tr("Cases from a CSV file or an Excel workbook: "
                                                "map the columns, preview, import"))
        wipe = self._action(self.tr("Emergency &wipe…"), self.emergency_wipe,
                            tip=self.tr("Destroy this store for good, without the passphrase "
                                        "(asks you to type WIPE first)"))
        back_up = self._action(self.tr("Back &up…"), self.back_up,
                               tip=self.tr("One encrypted, verified file of the whole store, "
                                           "to keep on another disk"))
        restore = self._action(self.tr("&Restore from backup…"), self.restore_backup,
                               tip=self.tr("Turn a backup file into a store in a new folder"))
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
        edit_source = self._action(self.tr("Edit source &details…"), self.sources.edit_source,
                                   "Ctrl+Shift+E", tip=self.tr("Title, publisher, date and "
                                                               "the rest of the selected source"))
        edit_source.setEnabled(False)
        self.sources.source_selected.connect(lambda source_id: edit_source.setEnabled(
            bool(source_id)))
        copy_code = self._action(self.tr("&Copy case code"), self.copy_code, "Ctrl+Shift+C",
                                 tip=self.tr("Copy the case's code, to refer to it elsewhere "
                                             "(concealed from clipboard histories)"))
        dossier = self._action(self.tr("&Dossier…"), self.make_dossier, "Ctrl+D", "dossier",
                               self.tr("A PDF dossier of this case for an asylum authority, a "
                                       "partner or advocacy"))
        self.case_actions = [edit_case, add_incident, dossier, copy_code, export_case]
        for action in self.case_actions:
            action.setEnabled(False)
        find = self._action(self.tr("&Find…"), self.filters.search.setFocus,
                            QKeySequence.StandardKey.Find)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)

        _fill(self.menuBar().addMenu(self.tr("&Store")),
              [lock, partners, None, export_case, export_listed, import_bundle, import_sheet,
               None, back_up, restore, None,
               preferences, None, wipe, None, quit_action])
        _fill(self.menuBar().addMenu(self.tr("&Edit")), [undo, redo, None, find])
        self.case_menu = self.menuBar().addMenu(self.tr("&Case"))
        _fill(self.case_menu, [new_case, edit_case, add_incident, None, dossier, copy_code])
        _fill(self.menuBar().addMenu(self.tr("S&ources")), [import_sources, edit_source])

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
        _fill(toolbar, [new_case, edit_case, add_incident, import_sources, dossier, None, lock])
        self.lock_action = lock

    def apply_filters(self, filters: CaseFilter) -> None:
        """The case list shows what matches every filter; the source library what matches the
        search text."""
        self.model.set_filters(filters)
        self._update_count()
        self.sources.set_search(filters.text or "")

    def set_calendar(self, calendar: Calendar) -> None:
        self.prefs.calendar = calendar
        self.sources.set_calendar(calendar)
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

    def add_record(self, kind: str) -> None:
        dialog_class, add, _edit, _remove = _RECORDS[kind]
        self.edit_with(lambda code: dialog_class(self.store, self.prefs.calendar, code),
                       self.tr(add))

    def edit_record(self, kind: str, uuid: str) -> None:
        """Edit one record of the case, one of its parts, or its identity (audited, and not
        undoable: undo never moves identity values around)."""
        calendar = self.prefs.calendar
        if kind == "identity":
            if self.case_view.code:
                IdentityDialog(self.store, calendar, self.case_view.code).exec()
                self.select_code(self.case_view.code)
        elif kind in _PARTS:
            dialog_class, what = _PARTS[kind]
            self.edit_with(lambda code: dialog_class(self.store, calendar, code), self.tr(what))
        else:
            dialog_class, _add, edit, _remove = _RECORDS[kind]
            self.edit_with(lambda code: dialog_class(self.store, calendar, code, uuid),
                           self.tr(edit))

    def remove_record(self, kind: str, uuid: str) -> None:
        dialog_class, _add, _edit, remove = _RECORDS[kind]
        self.edit_with(lambda code: dialog_class(self.store, self.prefs.calendar, code, uuid),
                       self.tr(remove), run=lambda dialog: dialog.remove())

    def link_case(self, other: str, relation: str) -> None:
        """Record the relation between the case shown and `other` (asked for when empty), or
        forget the decision about them when `relation` is empty; the core audits it."""
        code = self.case_view.code
        if not code:
            return
        if not other:
            other, ok = QInputDialog.getText(
                self, self.tr("Link with another case"),
                self.tr("The code of the case that is the same person as %1:")
                .replace("%1", code))
            if not ok or not other.strip():
                return
        try:
            if relation:
                case_links.set_link(self.store.db, code, other, relation, self.store.actor)
            else:
                case_links.remove_link(self.store.db, code, other, self.store.actor)
        except CasefilesError as err:
            QMessageBox.warning(self, self.tr("Cannot link the cases"), str(err))
            return
        self.case_view.show_case(self.store, code, self.prefs.calendar)
        self.statusBar().showMessage(
            self.tr("%1 and %2: %3.").replace("%1", code).replace("%2", other.strip().upper())
            .replace("%3", case_links.relation_label(relation)) if relation else
            self.tr("The decision about %1 and %2 is forgotten.").replace("%1", code)
            .replace("%2", other.strip().upper()))

    def edit_with(self, make_dialog: Callable[[str], QDialog], what: str,
                  run: Callable[[QDialog], bool] | None = None) -> None:
        """Run an editing dialog on the case shown; once saved, the edit can be undone.

        `what` names the edit in the Edit menu ("Undo Edit case CF-…"), %1 being the code.
        `run` shows the dialog and says whether something was saved (default: exec() accepted).
        """
        code = self.case_view.code
        if not code:
            return
        before = case_version(self.store, code)
        dialog = make_dialog(code)
        saved = run(dialog) if run else dialog.exec() == QDialog.DialogCode.Accepted
        if not saved:
            return
        edit = CaseEdit(self.store, code, before, what.replace("%1", code),
                        changed=self.select_code, failed=self._undo_failed)
        if edit.after != before:
            self.undo_stack.push(edit)
        self.select_code(code)
        self.statusBar().showMessage(self.tr("Saved."))

    def make_dossier(self) -> None:
        """The dossier dialog for the case shown; afterwards its share log shows what left."""
        if self.case_view.code:
            from casefiles.gui.dossier_dialog import DossierDialog  # see _import_sources

            DossierDialog(self.store, self.prefs.calendar, self.case_view.code).exec()
            self._refresh_case()

    def export_case(self) -> None:
        """Export the case shown; afterwards its share log shows the bundle."""
        if self.case_view.code:
            self.export_dialog([self.case_view.code]).exec()
            self._refresh_case()

    def export_listed(self) -> None:
        """Export every case the list shows under its filters (not only the rows fetched)."""
        codes = [c.code for c in list_cases(self.store.db, self.filters.filters())]
        if not codes:
            self.statusBar().showMessage(self.tr("No case is listed to export."))
            return
        self.export_dialog(codes).exec()
        self._refresh_case()

    def export_dialog(self, codes: list[str]) -> "ExportDialog":
        from casefiles.gui.exchange_dialogs import ExportDialog  # see _import_sources

        return ExportDialog(self.store, codes)

    def emergency_wipe(self) -> None:
        """Destroy the store once confirmed; the window then closes, which ends the app."""
        from casefiles.gui.wipe_dialog import WipeDialog  # see _import_sources

        dialog = WipeDialog(self.store, self.prefs)
        dialog.wiping.connect(self.clear)  # nothing of the store stays on screen
        dialog.exec()
        if dialog.report is not None:
            self.close()

    def back_up(self) -> None:
        """The backup dialog; once a backup is made, the reminder goes."""
        from casefiles.gui.backup_dialog import BackupDialog  # see _import_sources

        dialog = BackupDialog(self.store)
        dialog.exec()
        if dialog.result is not None and self.backup_reminder is not None:
            self.backup_reminder.hide()

    def restore_backup(self) -> None:
        """Restore a backup into a new folder; the unlock window then offers it, after the
        store open now."""
        from casefiles.gui.backup_dialog import RestoreDialog  # see _import_sources

        dialog = RestoreDialog()
        dialog.exec()
        if dialog.result is not None:
            self.prefs.remember_store(dialog.result.path)
            self.prefs.remember_store(self.store.path)

    def _remind_backup(self) -> None:
        """After unlocking: a line in the status bar when a backup is due (never a dialog)."""
        from casefiles.gui.backup_dialog import backup_reminder  # see _import_sources

        self.backup_reminder = backup_reminder(self.store.db)
        if self.backup_reminder is not None:
            self.backup_reminder.backup_requested.connect(self.back_up)
            self.statusBar().addWidget(self.backup_reminder)

    def show_partners(self) -> None:
        from casefiles.gui.partners_dialog import PartnersDialog  # see _import_sources

        PartnersDialog(self.store).exec()

    def import_bundle(self) -> None:
        """Choose one bundle file, preview it, import it; show what it added or changed."""
        chosen = open_file_names(self, self.tr("Import a bundle"))
        if not chosen:
            return
        from casefiles.gui.import_dialog import ImportDialog  # see _import_sources

        dialog = ImportDialog(self.store, chosen[0])
        dialog.exec()
        changed = dialog.changed_codes()
        if changed:
            self.select_code(changed[0])
            self.statusBar().showMessage(self.tr("Imported %n case(s).", "", len(changed)))

    def import_sheet(self) -> None:
        """Choose a CSV or XLSX file, map, preview and import its cases."""
        chosen = open_file_names(self, self.tr("Import a spreadsheet"))
        if not chosen:
            return
        from casefiles.gui.sheet_dialog import SheetImportDialog  # see _import_sources

        try:
            dialog = SheetImportDialog(self.store, chosen[0])
        except CasefilesError as err:  # a file it cannot read as a sheet
            QMessageBox.warning(self, self.tr("Import a spreadsheet"), str(err))
            return
        dialog.exec()
        if dialog.imported:
            self.select_code(dialog.imported[0])
            self.statusBar().showMessage(self.tr("Imported %n case(s).", "",
                                                 len(dialog.imported)))

    def copy_code(self) -> None:
        """The code goes to the clipboard like any copy made in the app: concealed from
        clipboard histories and cleared after a while (casefiles.gui.clipboard)."""
        if self.case_view.code:
            QGuiApplication.clipboard().setText(self.case_view.code)
            self.statusBar().showMessage(
                self.tr("Copied %1; the clipboard is cleared after %2 seconds.")
                .replace("%1", self.case_view.code).replace("%2", str(CLEAR_AFTER_MS // 1000)))

    def _left_tab_changed(self, index: int) -> None:
        """The source library gets most of the width (its viewer needs it); the case list
        gets back the split it had."""
        total = sum(self.splitter.sizes())
        if self.left.widget(index) is self.sources:
            self._sizes_for_cases = self.splitter.sizes()
            self.splitter.setSizes([total * 2 // 3, total - total * 2 // 3])
        elif self._sizes_for_cases:
            self.splitter.setSizes(self._sizes_for_cases)

    def _show_case_from_source(self, code: str) -> None:
        """A case the source may support was chosen in the library: show it in the list."""
        self.left.setCurrentIndex(0)
        self.select_code(code)

    def _refresh_case(self) -> None:
        """Something the case view shows changed elsewhere (a source's title, say)."""
        if self.case_view.code:
            self.case_view.show_case(self.store, self.case_view.code, self.prefs.calendar)

    def _undo_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Cannot undo"), message)

    # The dossier, exchange and spreadsheet dialogs are imported when first opened: they bring
    # reportlab, pypdf, pyrage and openpyxl, which would more than double the time from start
    # to the unlock dialog (bench/gui.py) for what most sessions never open.

    def _import_sources(self) -> None:
        self.left.setCurrentWidget(self.sources)
        self.sources.choose_files()

    def edit_preferences(self) -> None:
        dialog = PreferencesDialog(self.prefs)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.calendar_actions[self.prefs.calendar].setChecked(True)
            self.set_calendar(self.prefs.calendar)
            self.preferences_changed.emit()
            if dialog.language_changed:
                self._offer_restart()

    def _offer_restart(self) -> None:
        """A new language shows from the next start: restart now (the store is closed and
        its passphrase asked again), or later."""
        name = i18n.LANGUAGES[self.prefs.language][1]
        answer = QMessageBox.question(
            self, self.tr("Restart casefiles?"),
            self.tr("casefiles will be in %1 from its next start. Restart now? The store is "
                    "closed and its passphrase asked again.").replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.restart_requested.emit()

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
            select_row(self.table, row)
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
