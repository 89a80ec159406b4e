"""Viewing a source inside the app, from memory: its working text (where a passage is selected
to cite it), the PDF itself (QtPdf reading a buffer), the image, and what it mentions with the
cases it may support (triage). Nothing is written to a temporary file.

cite_requested(int, str, str): source id, the pinpoint of the passage, the passage.
case_requested(str): the code of a candidate case the caseworker activated (double-click or
Enter) in the Mentions tab, to be shown.
candidates_changed(int): the candidate cases of the shown source are listed (their number);
they are found off the GUI thread, so they arrive after `show_source` returns.
"""

from PySide6.QtCore import (
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QImage, QPixmap, QStandardItem, QStandardItemModel, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import InvalidInput
from casefiles.core.model.case import Source
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.model.vocab import vocabulary
from casefiles.core.sources import blobs
from casefiles.core.sources.mentions import CATEGORIES, Mention
from casefiles.core.sources.triage import CandidateCase, candidate_cases, field_label
from casefiles.core.store import sources
from casefiles.core.store.store import Store
from casefiles.gui.pdf_view import MemoryPdfView
from casefiles.gui.table_model import Index, RowsModel
from casefiles.gui.workers import explain, run_in_background

# The mention tree's sentence rows carry (pinpoint, sentence) under this role.
MENTION_ROLE = Qt.ItemDataRole.UserRole + 1
# The candidate table's rows carry the case code under this role.
CODE_ROLE = Qt.ItemDataRole.UserRole + 1


def _term_label(category: str, code: str) -> str:
    vocab_name = CATEGORIES.get(category)
    return vocabulary(vocab_name).label(code) if vocab_name else code


class CandidateCasesModel(RowsModel):
    """The cases a source may support (`triage.candidate_cases`), best first."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[CandidateCase] = []
        self._headers = [self.tr("Case"), self.tr("Pseudonym"), self.tr("Score"),
                         self.tr("What matches"), self.tr("Cited")]

    def set_candidates(self, candidates: list[CandidateCase]) -> None:
        self.beginResetModel()
        self._rows = list(candidates)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> str | int | None:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        case = self._rows[index.row()]
        if role == CODE_ROLE:
            return case.code
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(self.tr("“%1” (%2 sentence(s)): %3, %4")
                             .replace("%1", m.matched).replace("%2", str(m.sentences))
                             .replace("%3", _term_label(m.category, m.code))
                             .replace("%4", field_label(m.field)) for m in case.matches)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (case.code, case.pseudonym, case.score, self.what_matches(case),
                  self.tr("yes") if case.cited else "")
        return values[index.column()] if 0 <= index.column() < len(values) else None

    @staticmethod
    def what_matches(case: CandidateCase) -> str:
        """"Balkh: province of origin, province served in; NDS: institution served in"."""
        parts: dict[tuple[str, str], list[str]] = {}
        for m in case.matches:
            parts.setdefault((m.category, m.code), []).append(field_label(m.field))
        return "; ".join(f"{_term_label(category, code)}: {', '.join(fields)}"
                         for (category, code), fields in parts.items())

    def code_at(self, row: int) -> str:
        return self._rows[row].code


class SourceViewer(QWidget):
    cite_requested = Signal(int, str, str)
    case_requested = Signal(str)
    candidates_changed = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.source: Source | None = None
        self._mentions: list[Mention] = []
        self._segments: list[tuple[int, int, str]] = []  # (start, end, pinpoint) in the text
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.cite_button = QPushButton(self.tr("Cite the selected passage…"))
        self.cite_button.setEnabled(False)
        self.cite_button.clicked.connect(self.cite_selection)
        self.text.selectionChanged.connect(
            lambda: self.cite_button.setEnabled(self.text.textCursor().hasSelection()))
        text_page = QWidget()
        column = QVBoxLayout(text_page)
        column.addWidget(self.text)
        column.addWidget(self.cite_button)
        self.pdf_view = MemoryPdfView()
        self.pdf_document = self.pdf_view.document
        self.image = QLabel()
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(text_page, self.tr("Text"))
        self.tabs.addTab(self.pdf_view, self.tr("PDF"))
        self.tabs.addTab(image_scroll, self.tr("Image"))
        self.tabs.addTab(self._make_mentions_page(), self.tr("Mentions"))
        QVBoxLayout(self).addWidget(self.tabs)
        self.calendar = Calendar.GREGORIAN
        self._request = 0  # the candidate search whose answer is awaited
        self._pending: object | None = None  # its signals, kept alive until it answers

    def _make_mentions_page(self) -> QWidget:
        """What the source mentions, grouped by kind, above the cases it may support."""
        self.mentions_model = QStandardItemModel(self)
        self.mentions_model.setHorizontalHeaderLabels([self.tr("Mentioned"),
                                                       self.tr("Where")])
        self.mentions_view = QTreeView()
        self.mentions_view.setModel(self.mentions_model)
        self.mentions_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.mentions_view.setWordWrap(True)
        self.mentions_view.activated.connect(self._mention_activated)
        self.candidates_model = CandidateCasesModel()
        self.candidates_view = QTableView()
        self.candidates_view.setModel(self.candidates_model)
        self.candidates_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.candidates_view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.candidates_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidates_view.verticalHeader().hide()
        self.candidates_view.horizontalHeader().setStretchLastSection(True)
        self.candidates_view.activated.connect(self._candidate_activated)
        self.candidates_status = QLabel()
        self.candidates_status.setWordWrap(True)
        upper, lower = QWidget(), QWidget()
        top = QVBoxLayout(upper)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("What the source mentions (double-click a sentence to "
                                     "see it in the text)")))
        top.addWidget(self.mentions_view)
        bottom = QVBoxLayout(lower)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.addWidget(QLabel(self.tr("Cases it may support (double-click to open one)")))
        bottom.addWidget(self.candidates_view)
        bottom.addWidget(self.candidates_status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        return splitter

    def set_calendar(self, calendar: Calendar) -> None:
        """The calendar the mentioned dates are shown in (the source shown is redrawn)."""
        self.calendar = calendar
        if self.source is not None:
            self._show_mentions(self._mentions)

    def _show_mentions(self, mentions: list[Mention]) -> None:
        """Mentions grouped by kind, then by what is named, then its sentences."""
        self._mentions = mentions
        self.mentions_model.removeRows(0, self.mentions_model.rowCount())
        kinds = {"province": self.tr("Provinces"), "institution": self.tr("Institutions"),
                 "role": self.tr("Roles"), "incident": self.tr("Incident types"),
                 "country": self.tr("Countries"), "date": self.tr("Dates")}
        grouped: dict[str, dict[str, list[Mention]]] = {}
        for mention in mentions:
            grouped.setdefault(mention.category, {}).setdefault(mention.code, []).append(mention)
        for category in [*kinds, *(c for c in grouped if c not in kinds)]:
            if category not in grouped:
                continue
            by_code = grouped[category]
            kind = _item(kinds.get(category, category))
            for found in by_code.values():
                term = _item(self._mention_label(found[0]))
                term.setToolTip(", ".join(sorted({m.matched for m in found})))
                for mention in found:
                    sentence = _item(mention.sentence)
                    sentence.setData((mention.pinpoint, mention.sentence), MENTION_ROLE)
                    sentence.setToolTip(mention.sentence)
                    term.appendRow([sentence, _item(mention.pinpoint)])
                kind.appendRow([term, _item(self.tr("%n sentence(s)", "", len(found)))])
            self.mentions_model.appendRow([kind, _item(str(len(by_code)))])
        self.mentions_view.expandToDepth(0)
        self.mentions_view.resizeColumnToContents(0)

    def _mention_label(self, mention: Mention) -> str:
        if mention.category != "date":
            return _term_label(mention.category, mention.code)
        if mention.code == mention.matched:  # no year given ("June 14"): as the source says
            return mention.matched
        try:
            return FuzzyDate.parse(mention.code).display(self.calendar)
        except (InvalidInput, ValueError):  # a date no calendar can show: as the source says
            return mention.matched

    def _mention_activated(self, index: QModelIndex) -> None:
        found = index.siblingAtColumn(0).data(MENTION_ROLE)
        if found:
            self.show_in_text(*found)

    def show_passage(self, pinpoint: str) -> None:
        """Scroll the text to the segment at `pinpoint` (a search's best passage)."""
        start = next((s for s, _e, p in self._segments if p == pinpoint), None)
        if start is not None:
            cursor = self.text.textCursor()
            cursor.setPosition(start)
            self.text.setTextCursor(cursor)
            self.text.centerCursor()

    def show_in_text(self, pinpoint: str, sentence: str) -> None:
        """Select `sentence` in the Text tab, in the segment at `pinpoint` (or that segment's
        start when the sentence is written differently there)."""
        text = self.text.toPlainText()
        start = next((s for s, _e, p in self._segments if p == pinpoint), 0)
        end = next((e for _s, e, p in self._segments if p == pinpoint), len(text))
        at = text.find(sentence, start, end)
        cursor = self.text.textCursor()
        cursor.setPosition(max(at, start))
        if at >= 0:
            cursor.setPosition(at + len(sentence), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self.tabs.setCurrentIndex(0)

    def _find_candidates(self, store: Store, source_id: int) -> None:
        """Start the triage query on the thread pool, on a connection of its own."""
        self._request += 1
        request = self._request

        def find() -> tuple[int, list[CandidateCase]]:
            db = store.second_connection()
            try:
                return request, candidate_cases(db, source_id)
            finally:
                db.conn.close()

        self.candidates_status.setText(self.tr("Looking for cases this source may support…"))
        self._pending = run_in_background(find, self._candidates_found, self._candidates_failed)

    def _candidates_found(self, answer: tuple[int, list[CandidateCase]]) -> None:
        request, candidates = answer
        if request != self._request or self.source is None:
            return  # an answer for a source no longer shown
        self._pending = None
        self.candidates_model.set_candidates(candidates)
        self.candidates_view.resizeColumnsToContents()
        self.candidates_status.setText(
            self.tr("%n case(s) match what the source mentions.", "", len(candidates))
            if candidates else self.tr("No case matches what the source mentions."))
        self.candidates_changed.emit(len(candidates))

    def _candidates_failed(self, err: Exception) -> None:
        self._pending = None
        self.candidates_status.setText(explain(err))
        self.candidates_changed.emit(0)

    def _candidate_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.case_requested.emit(self.candidates_model.code_at(index.row()))

    def show_source(self, store: Store, source: Source) -> None:
        self.source = source
        segments = sources.working_text(store.db, source.id)
        parts, self._segments, offset = [], [], 0
        for pinpoint, text in segments:
            block = f"[{pinpoint}]\n{text}\n\n"
            self._segments.append((offset, offset + len(block), pinpoint))
            parts.append(block)
            offset += len(block)
        self.text.setPlainText("".join(parts) or self.tr("This source has no text to show."))
        self.tabs.setTabEnabled(1, source.kind == "pdf")
        self.tabs.setTabEnabled(2, source.kind == "image")
        blob_id = sources.blob_of(store.db, source.id)
        if source.kind == "pdf" and blob_id is not None:
            self.pdf_view.show_pdf(blobs.read_all(store.db, blob_id))
        if source.kind == "image" and blob_id is not None:
            image = QImage.fromData(blobs.read_all(store.db, blob_id))
            self.image.setPixmap(QPixmap.fromImage(image))
        self.tabs.setCurrentIndex(2 if source.kind == "image" else 0)
        self._show_mentions(sources.mentions(store.db, source.id))
        self.candidates_model.set_candidates([])
        self._find_candidates(store, source.id)

    def pinpoint_at(self, position: int) -> str:
        for start, end, pinpoint in self._segments:
            if start <= position < end:
                return pinpoint
        return ""

    def cite_selection(self) -> None:
        cursor = self.text.textCursor()
        if self.source is None or not cursor.hasSelection():
            return
        quote = " ".join(cursor.selectedText().replace("\u2029", " ").split())
        self.cite_requested.emit(self.source.id, self.pinpoint_at(cursor.selectionStart()),
                                 quote)

    def clear(self) -> None:
        self.source = None
        self._request += 1  # an answer still on its way is dropped
        self.text.clear()
        self.pdf_view.clear()
        self.image.clear()
        self._show_mentions([])
        self.candidates_model.set_candidates([])
        self.candidates_status.clear()


def _item(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    return item
