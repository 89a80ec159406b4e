"""The app's own preferences (QSettings): never case data, only how the app looks and behaves.

Window geometry, the interface's language, the calendar dates are shown in first, the idle lock
delay and the stores recently opened (their folder paths, which say nothing about any case).
"""

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from casefiles.core import i18n
from casefiles.core.model.dates import Calendar

DEFAULT_IDLE_MINUTES = 5
MAX_RECENT = 5


class Prefs:
    def __init__(self, settings: QSettings | None = None) -> None:
        self._s = settings or QSettings("casefiles", "casefiles")

    @property
    def calendar(self) -> Calendar:
        value = self._s.value("calendar", Calendar.GREGORIAN.value)
        return Calendar(value) if value in {c.value for c in Calendar} else Calendar.GREGORIAN

    @calendar.setter
    def calendar(self, value: Calendar) -> None:
        self._s.setValue("calendar", value.value)

    @property
    def language(self) -> str:
        """The interface's language ("en", "fa", "ps"): as chosen, else the system's when it
        is Dari or Pashto, else English."""
        value = self._s.value("language")
        if value in i18n.LANGUAGES:
            return str(value)
        system = QLocale.system().language()
        return {QLocale.Language.Persian: "fa", QLocale.Language.Pashto: "ps"}.get(system, "en")

    @language.setter
    def language(self, lang: str) -> None:
        self._s.setValue("language", lang)

    @property
    def idle_minutes(self) -> int:
        try:
            return max(1, int(self._s.value("idle_minutes", DEFAULT_IDLE_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_IDLE_MINUTES

    @idle_minutes.setter
    def idle_minutes(self, minutes: int) -> None:
        self._s.setValue("idle_minutes", int(minutes))

    @property
    def recent_stores(self) -> list[Path]:
        value = self._s.value("recent_stores", []) or []
        paths = [value] if isinstance(value, str) else list(value)
        return [Path(p) for p in paths if p]

    def remember_store(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_stores if p != path]
        self._s.setValue("recent_stores", paths[:MAX_RECENT])

    def forget_store(self, path: Path) -> None:
        """Drop `path` from the recent stores, on disk at once (after an emergency wipe)."""
        gone = Path(path).absolute()
        kept = [str(p) for p in self.recent_stores if p.absolute() != gone]
        if kept:
            self._s.setValue("recent_stores", kept)
        else:
            self._s.remove("recent_stores")
        self._s.sync()

    def geometry(self, name: str) -> QByteArray | None:
        value = self._s.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._s.setValue(f"geometry/{name}", value)
