"""A PDF shown from bytes in memory: QtPdf reads a buffer, so nothing goes to a temporary file.

Used for stored originals in the source viewer and for a dossier's preview.
"""

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QVBoxLayout, QWidget


class MemoryPdfView(QWidget):
    """`document` is the QPdfDocument shown in `view`; `show_pdf(data)` replaces it.

    The document is made before the view, so that it is also deleted before it: a QPdfView
    outliving its document is fine, the other way round crashes later in the event loop.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._buffer: QBuffer | None = None  # QtPdf reads from it while shown: keep it alive

    def show_pdf(self, data: bytes) -> None:
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def clear(self) -> None:
        """Close the document and let its bytes go (on lock, or before another is shown)."""
        self.document.close()
        if self._buffer is not None:
            self._buffer.deleteLater()  # the closed document no longer reads it
            self._buffer = None
