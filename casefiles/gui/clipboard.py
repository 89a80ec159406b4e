"""Copying to the clipboard without leaving case data there.

What we copy is marked as concealed (password managers' convention, which clipboard histories
such as KDE's Klipper honour) and cleared after a while, but only if the clipboard still holds
our value: we never wipe something the user copied since.

"What we copy" includes every ordinary copy (Ctrl+C in a field, a label, the source viewer)
made while one of the app's windows is active: the app's one guard (`shared()`) adopts it,
re-marking it concealed and starting the clock. Copies made in other programs arrive while ours
is inactive and are left alone.
"""

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication
from PySide6.QtWidgets import QApplication

CLEAR_AFTER_MS = 30_000
_CONCEALED = "x-kde-passwordManagerHint"


class ConcealedClipboard(QObject):
    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None
                 ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._ours: str | None = None

    def _adopt(self) -> None:
        data = QGuiApplication.clipboard().mimeData(QClipboard.Mode.Clipboard)
        if (QApplication.activeWindow() is not None and data is not None and data.hasText()
                and not data.hasFormat(_CONCEALED)):
            self.copy(data.text())  # changes the clipboard again, now with the mark: no loop

    def copy(self, text: str) -> None:
        data = QMimeData()
        data.setText(text)
        data.setData(_CONCEALED, b"secret")
        QGuiApplication.clipboard().setMimeData(data, QClipboard.Mode.Clipboard)
        self._ours = text
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we put there (also called on lock)."""
        clipboard = QGuiApplication.clipboard()
        if self._ours is not None and clipboard.text() == self._ours:
            clipboard.clear()
        self._ours = None
        self._timer.stop()


def shared() -> ConcealedClipboard:
    """The application's guard of the clipboard (there is one clipboard, so one guard), which
    adopts every copy made in the app's windows."""
    app = QApplication.instance()
    guard = app.findChild(ConcealedClipboard, "casefiles-clipboard")
    if guard is None:
        guard = ConcealedClipboard(parent=app)
        guard.setObjectName("casefiles-clipboard")
        QGuiApplication.clipboard().dataChanged.connect(guard._adopt)
    return guard
