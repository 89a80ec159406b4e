"""Locking the store when the desktop session locks or the laptop goes to sleep.

Where the platform tells us (Linux desktops, through D-Bus), a laptop whose screen locks or
whose lid is closed must not come back with a case open. We listen for:

- `org.freedesktop.ScreenSaver.ActiveChanged(true)` and `org.gnome.ScreenSaver.ActiveChanged`
  on the session bus (KDE, GNOME, Xfce, Cinnamon, MATE and most others send one of these);
- `org.freedesktop.login1.Session.Lock` and `org.freedesktop.login1.Manager.PrepareForSleep(true)`
  on the system bus (logind: `loginctl lock-session`, suspend).

The Lock signal is matched on every session's path, not only ours: locking when another session
locks errs on the safe side. Without D-Bus (Windows, macOS, a minimal desktop) nothing is
connected and the idle timer remains the safeguard.
"""

from PySide6.QtCore import SLOT, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

# (path, interface, member, slot); an empty path matches every path.
_SESSION_SIGNALS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged",
     "_active_changed(bool)"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "_active_changed(bool)"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
     "_active_changed(bool)"),
)
_SYSTEM_SIGNALS = (
    ("", "org.freedesktop.login1.Session", "Lock", "_session_locked()"),
    ("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
     "_active_changed(bool)"),
)


class ScreenLockWatcher(QObject):
    """locked(): emitted when the session's screen locks or the machine prepares to sleep.

    `session_bus` and `system_bus` default to the user's; tests pass a private bus. `listening`
    says whether any bus could be reached.
    """

    locked = Signal()

    def __init__(self, parent: QObject | None = None,
                 session_bus: QDBusConnection | None = None,
                 system_bus: QDBusConnection | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        for bus, signals in ((session_bus or QDBusConnection.sessionBus(), _SESSION_SIGNALS),
                             (system_bus or QDBusConnection.systemBus(), _SYSTEM_SIGNALS)):
            if not bus.isConnected():
                continue
            for path, interface, member, slot in signals:
                self.listening |= bus.connect("", path, interface, member, self, SLOT(slot))

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def _session_locked(self) -> None:
        self.locked.emit()
