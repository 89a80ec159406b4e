"""Viewing a source inside the app, from memory: its working text (where a passage is selected
to cite it), the PDF itself (QtPdf reading a buffer), or the image. Nothing is written to a
temporary file.

cite_requested(int, str, str): source id, the pinpoint of the passage, the passage.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.model.case import Source
from casefiles.core.sources import blobs
from casefiles.core.store import sources
from casefiles.core.store.store import Store


class SourceViewer(QWidget):
    cite_requested = Signal(int, str, str)

    def __init__(self) -> None:
        super().__init__()
        self.source: Source | None = None
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
        self.pdf_document = QPdfDocument(self)
        self.pdf_view = QPdfView()
        self.pdf_view.setDocument(self.pdf_document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.image = QLabel()
        image_scroll = QScrollArea()
        image_scroll.setWidget(self.image)
        image_scroll.setWidgetResizable(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(text_page, self.tr("Text"))
        self.tabs.addTab(self.pdf_view, self.tr("PDF"))
        self.tabs.addTab(image_scroll, self.tr("Image"))
        QVBoxLayout(self).addWidget(self.tabs)
        self._buffer: QBuffer | None = None  # QtPdf reads from it: keep it alive

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
            self._show_pdf(blobs.read_all(store.db, blob_id))
        if source.kind == "image" and blob_id is not None:
            image = QImage.fromData(blobs.read_all(store.db, blob_id))
            self.image.setPixmap(QPixmap.fromImage(image))
        self.tabs.setCurrentIndex(2 if source.kind == "image" else 0)

    def _show_pdf(self, data: bytes) -> None:
        self.pdf_document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.pdf_document.load(buffer)

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
        self.text.clear()
        self.pdf_document.close()
        self.image.clear()
