"""Light and dark palettes that follow the system's colour scheme, and change with it.

Qt takes the palette from the platform theme where there is one (GNOME, KDE, Windows, macOS).
Where the platform only says "dark" without giving a palette (or says nothing), the Fusion
style with our own dark palette is used, so text never ends up dark on dark.
"""

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

_DARK = {
    QPalette.ColorRole.Window: "#2b2d30", QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023", QPalette.ColorRole.AlternateBase: "#282a2e",
    QPalette.ColorRole.ToolTipBase: "#3a3d42", QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8c8f94", QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35373b", QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b", QPalette.ColorRole.Link: "#7fb2f0",
    QPalette.ColorRole.Highlight: "#3d6ea8", QPalette.ColorRole.HighlightedText: "#ffffff",
}
_DARK_DISABLED = {QPalette.ColorRole.WindowText: "#7a7d82", QPalette.ColorRole.Text: "#7a7d82",
                  QPalette.ColorRole.ButtonText: "#7a7d82"}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role, colour in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colour))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


class PaletteFollower(QObject):
    """Applies the palette for the system's scheme now, and again whenever the scheme changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._platform = QPalette(app.palette())  # what the platform gave, before any change
        self.ours = False  # whether our dark palette is the one in use
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self.apply)
        self.apply(hints.colorScheme())

    def apply(self, scheme: Qt.ColorScheme) -> None:
        if scheme == Qt.ColorScheme.Dark and not (is_dark(self._app.palette()) or self.ours):
            self._app.setStyle("Fusion")  # the native styles may ignore a dark palette
            self._app.setPalette(dark_palette())
            self.ours = True
        elif scheme != Qt.ColorScheme.Dark and self.ours:
            self._app.setPalette(self._platform)
            self.ours = False
