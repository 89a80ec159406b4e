"""The app's icons: scalable SVGs shipped in `resources/icons`, sharp at any screen scale.

The desktop's icon theme is preferred where it has the icon (so the app looks at home), and our
own SVG is the fallback (Windows, macOS, minimal desktops).
"""

from PySide6.QtGui import QIcon

from casefiles.core.resources import resources_dir

# Our icon name -> the freedesktop theme name tried first.
_THEME_NAMES = {"lock": "system-lock-screen", "case-new": "folder-new",
                "case-edit": "document-edit", "incident-add": "appointment-new",
                "source-import": "document-import", "dossier": "x-office-document",
                "casefiles": ""}


def icon(name: str) -> QIcon:
    """The icon called `name` (a key of _THEME_NAMES)."""
    own = QIcon(str(resources_dir() / "icons" / f"{name}.svg"))
    theme_name = _THEME_NAMES[name]
    return QIcon.fromTheme(theme_name, own) if theme_name else own
