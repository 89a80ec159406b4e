"""Making a case's dossier: for whom (the redaction profile), in which language and calendar,
with which parts; a preview from memory; then save or print.

Rendering runs on the thread pool with a connection of its own and reports its steps. What is
saved or printed is exactly what was previewed: changing an option drops the preview. Each
preview is written to the audit log, each save or print to the case's share log
(`casefiles.core.dossier.handover`). Printing goes through the system's print dialog; the pages
are drawn at 300 dpi from the previewed PDF.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.dossier.handover import PRINTED, record_handover, record_preview, write_dossier
from casefiles.core.dossier.render import Dossier, DossierRequest, render_dossier
from casefiles.core.dossier.sections import SECTIONS
from casefiles.core.errors import CasefilesError
from casefiles.core.exchange.leaks import free_text_leaks
from casefiles.core.exchange.redaction import (
    check_sharing_consent,
    identity_included,
    load_profile,
    profiles,
)
from casefiles.core.model.dates import Calendar
from casefiles.core.store import cases
from casefiles.core.store.driver import Database
from casefiles.core.store.store import Store
from casefiles.gui.fields import TextLine
from casefiles.gui.file_dialogs import forget_file_dialog_history, save_file_name
from casefiles.gui.pdf_view import MemoryPdfView
from casefiles.gui.workers import explain, run_in_background

PRINT_DPI = 300
#: Where Qt's user settings point while the print dialog runs: a folder no one can make.
_NOWHERE = "/dev/null/casefiles"


# The sections to choose from, as the dialog names them (in the interface's language; the
# dossier names them in its own, from resources/dossier/labels.json).
_SECTION_TITLES = {
    "summary": QT_TRANSLATE_NOOP("DossierDialog", "Summary"),
    "person": QT_TRANSLATE_NOOP("DossierDialog", "The person and their service"),
    "risk": QT_TRANSLATE_NOOP("DossierDialog", "Risk assessment"),
    "timeline": QT_TRANSLATE_NOOP("DossierDialog", "Incident timeline"),
    "relatives": QT_TRANSLATE_NOOP("DossierDialog", "Relatives targeted"),
    "identity": QT_TRANSLATE_NOOP("DossierDialog", "Identity"),
    "exhibits": QT_TRANSLATE_NOOP("DossierDialog", "Exhibits"),
}


class DossierDialog(QDialog):
    def __init__(self, store: Store, calendar: Calendar, code: str) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Dossier"))
        self.store, self.code = store, code
        self.dossier: Dossier | None = None  # the previewed dossier, until an option changes
        self._rendering = None  # the worker's signals, kept alive while it runs
        self._requested: DossierRequest | None = None  # what the running worker renders
        self.case = cases.get_case(store.db, code)
        # With its identity, only to find withheld values in the free text (never shown).
        self._full = cases.load_case(store.db, cases.case_id_for(store.db, code),
                                     with_identity=True)

        self.profile = QComboBox()
        for profile in profiles():
            self.profile.addItem(profile.title(), profile.name)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.consent = QLabel()
        self.consent.setWordWrap(True)
        self.consent.setStyleSheet("color: #9b1c1c")
        self.leaks = QLabel()
        self.leaks.setWordWrap(True)
        self.leaks.setStyleSheet("color: #8a5a00")
        self.lang = QComboBox()
        self.lang.addItem("English", "en")
        self.lang.addItem("دری (Dari)", "fa")
        self.calendar = QComboBox()
        self.calendar.addItem(self.tr("Solar Hijri, Gregorian beside"), Calendar.SOLAR_HIJRI.value)
        self.calendar.addItem(self.tr("Gregorian, Solar Hijri beside"), Calendar.GREGORIAN.value)
        self.calendar.setCurrentIndex(self.calendar.findData(calendar.value))
        self.sections = {key: QCheckBox(self.tr(_SECTION_TITLES[key])) for key in SECTIONS}
        for box in self.sections.values():
            box.setChecked(True)
        self.annexes = QCheckBox(self.tr("Append the exhibits (PDF pages, images, texts)"))
        self.annexes.setChecked(True)
        self.prepared_by = TextLine()
        self.prepared_by.setPlaceholderText(self.tr("Your organisation, as the cover names it"))

        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.setDefault(True)
        self.save_button = QPushButton(self.tr("&Save…"))
        self.print_button = QPushButton(self.tr("P&rint…"))
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(lambda: self.print_dossier())
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the renderer reports steps, not fractions
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.view = MemoryPdfView()

        self._lay_out(close)
        for combo in (self.profile, self.lang, self.calendar):
            combo.currentIndexChanged.connect(self._options_changed)
        for box in (*self.sections.values(), self.annexes):
            box.toggled.connect(self._options_changed)
        self.prepared_by.textChanged.connect(self._options_changed)
        self._options_changed()
        self.resize(1100, 760)

    def _lay_out(self, close: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("For"), self.profile)
        form.addRow("", self.description)
        form.addRow("", self.consent)
        form.addRow("", self.leaks)
        form.addRow(self.tr("Language"), self.lang)
        form.addRow(self.tr("Dates"), self.calendar)
        parts = QVBoxLayout()
        for box in self.sections.values():
            parts.addWidget(box)
        parts.addWidget(self.annexes)
        form.addRow(self.tr("Parts"), parts)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.save_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        options = QWidget()
        column = QVBoxLayout(options)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addWidget(self.progress)
        column.addWidget(self.status)
        column.addStretch(1)
        splitter = QSplitter()
        splitter.addWidget(options)
        splitter.addWidget(self.view)
        splitter.setSizes([380, 720])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(close)

    def request(self) -> DossierRequest:
        """The dossier the options describe."""
        return DossierRequest(
            code=self.code, profile=self.profile.currentData(), lang=self.lang.currentData(),
            calendar=Calendar(self.calendar.currentData()),
            sections=tuple(key for key, box in self.sections.items() if box.isChecked()),
            annexes=self.annexes.isChecked(), prepared_by=self.prepared_by.text().strip())

    def _options_changed(self) -> None:
        """A different dossier: say what the profile does, drop the preview."""
        profile = load_profile(self.profile.currentData())
        self.description.setText(profile.description())
        try:
            check_sharing_consent(self.case, profile)
        except CasefilesError as err:
            self.consent.setText(str(err))
        else:
            self.consent.setText(self.tr(
                "This dossier includes the person's identity: the case records their consent "
                "to disclose it to these authorities. Hand it over only to them.")
                if identity_included(self.case, profile) else "")
        self.leaks.setText("\n".join(leak.message()
                                     for leak in free_text_leaks(self._full, profile)))
        self.dossier = None
        self.view.clear()
        self.preview_button.setEnabled(self._may_render() and self._rendering is None)
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)

    # ---- rendering --------------------------------------------------------------------------

    def preview(self) -> None:
        request = self.request()

        def work(report: object) -> Dossier:
            db: Database = self.store.second_connection()
            try:
                dossier = render_dossier(db, request, progress=report)
                record_preview(db, request, dossier, self.store.actor)
                return dossier
            finally:
                db.conn.close()

        self.preview_button.setEnabled(False)
        self.progress.show()
        self.status.setText(self.tr("Rendering…"))
        self._requested = request
        # Bound methods, not lambdas: Qt drops them if the dialog is gone (closed by a lock).
        self._rendering = run_in_background(work, self._rendered, self._failed,
                                            on_progress=self.status.setText)

    def _rendered(self, dossier: Dossier) -> None:
        self._rendering = None
        self.progress.hide()
        if self._requested != self.request():  # changed while rendering: the preview is stale
            self._options_changed()
            return
        self.dossier = dossier
        self.view.show_pdf(dossier.pdf)
        self.status.setText(self.tr("%n page(s). Save or print exactly this.", "",
                                    dossier.pages))
        self.preview_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _failed(self, err: Exception) -> None:
        self._rendering = None
        self.progress.hide()
        self.status.setText(explain(err))
        self.preview_button.setEnabled(self._may_render())

    def _may_render(self) -> bool:
        """Whether the case may go out under the chosen profile (the consent it needs)."""
        try:
            check_sharing_consent(self.case, load_profile(self.profile.currentData()))
        except CasefilesError:
            return False
        return True

    # ---- handing it over --------------------------------------------------------------------

    def save(self) -> None:
        if self.dossier is None:
            return
        path = save_file_name(self, self.tr("Save the dossier"), self.dossier.file_name)
        if path is None:
            return
        try:
            write_dossier(self.store.db, self.request(), self.dossier, path, self.store.actor)
        except (CasefilesError, OSError) as err:
            self.status.setText(explain(err) if isinstance(err, CasefilesError) else
                                self.tr("Cannot write %1: %2").replace("%1", str(path))
                                .replace("%2", err.strerror or ""))
            return
        self.status.setText(self.tr("Saved to %1 and noted in the share log.")
                            .replace("%1", str(path)))

    def print_dossier(self, printer: QPrinter | None = None) -> bool:
        """Print the previewed dossier; with no `printer`, ask through the print dialog."""
        if self.dossier is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            with _no_file_dialog_trail():
                chosen = QPrintDialog(printer, self).exec()
            if chosen != QDialog.DialogCode.Accepted:
                return False
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)
        self._paint_pages(printer)
        record_handover(self.store.db, self.request(), self.dossier, self.store.actor, PRINTED)
        self.status.setText(self.tr("Sent to the printer and noted in the share log."))
        return True

    def _paint_pages(self, printer: QPrinter) -> None:
        """Each page of the previewed PDF, rendered at the printer's resolution, one by one."""
        document = self.view.document
        painter = QPainter(printer)
        try:
            for page in range(document.pageCount()):
                if page:
                    printer.newPage()
                target = painter.viewport()
                points = document.pagePointSize(page)  # keep the page's shape on any paper
                scale = min(target.width() / points.width(), target.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                left = target.x() + (target.width() - size.width()) // 2
                top = target.y() + (target.height() - size.height()) // 2
                painter.drawImage(QRect(QPoint(left, top), size), document.render(page, size))
        finally:
            painter.end()


@contextmanager
def _no_file_dialog_trail() -> Iterator[None]:
    """Keep the print dialog from writing down the folders it was shown (as file_dialogs does
    for the app's own choosers).

    "Print to file" has a "…" button that opens Qt's own file dialog, out of the app's reach,
    which writes the folders it showed to QtProject.conf as it closes. While the print dialog
    runs, Qt's user settings point at a folder that cannot be made, so nothing is written (on
    Windows and macOS these settings are in the registry and the preferences, which no path
    moves); afterwards the file dialog's history is removed, there too.
    """
    scope = QSettings.Scope.UserScope
    folders = {fmt: str(Path(QSettings(fmt, scope, "QtProject").fileName()).parent)
               for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)}
    for fmt in folders:
        QSettings.setPath(fmt, scope, _NOWHERE)
    try:
        yield
    finally:
        for fmt, folder in folders.items():
            QSettings.setPath(fmt, scope, folder)
        forget_file_dialog_history()
