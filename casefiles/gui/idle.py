"""Locking the store when the laptop is left alone.

An application-wide event filter sees every key press, mouse move and click in every window; each
restarts a single-shot timer, and when the timer runs out `idle` is emitted. (KeePassXC locks the
same way.)
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.Shortcut}


class IdleWatcher(QObject):
    """idle(): emitted once the user has done nothing for `timeout_ms` (while started)."""

    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.idle)

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start()
        return False
