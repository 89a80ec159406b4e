"""Take the README's screenshots of the app on the demo store, from a real window.

    xvfb-run -s "-screen 0 1400x860x24" .venv/bin/python scripts/screenshots.py

The demo store is made in a temporary data directory (never the user's), with one real report
from ../shared/corpus imported into it for the source library, and the pictures go to
docs/screenshots/. Each shot sets up the window (search text, calendar, tabs), waits for it to
paint and grabs it. The main-window-dari/pashto shots are in the app's Dari and Pashto.
"""

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from casefiles.gui.table_model import select_row

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
REPORT = ROOT.parent / "shared" / "corpus" / "rasc-balkh-nds-dismissals-2025.txt"


def _case_tab(query: str, tab: str) -> Callable:
    """A shot of the first case matching `query`, on the case view's tab `tab`."""
    def arrange(window) -> None:
        window.filters.search.setText(query)
        window.apply_filters(window.filters.filters())
        select_row(window.table, 0)
        window.case_view.setCurrentIndex(list(window.case_view.pages).index(tab))
    return arrange


def _library(viewer_tab: int) -> Callable:
    """A shot of the source library with the imported report shown on `viewer_tab`."""
    def arrange(window) -> None:
        window.left.setCurrentWidget(window.sources)
        source = next(s for s in window.sources.model._rows if s.original_name == REPORT.name)
        window.sources.select_source(source.id)
        window.sources.viewer.tabs.setCurrentIndex(viewer_tab)
    return arrange


def _dossier(window) -> None:
    """The dossier dialog over the window, its preview rendered."""
    from casefiles.gui.dossier_dialog import DossierDialog

    _case_tab("commando", "summary")(window)
    dialog = DossierDialog(window.store, window.prefs.calendar, window.case_view.code)
    dialog.prepared_by.setText("Fictional Legal Aid Network")
    dialog.resize(1300, 780)
    dialog.show()
    dialog.preview()
    window.grab_widget = dialog  # grabbed instead of the window


# (file name, interface language, calendar, how to arrange the window)
SHOTS = [("case-list-and-summary.png", "en", "gregorian", _case_tab("", "summary")),
         ("dari-case.png", "en", "solar_hijri", _case_tab("ولسوالی", "summary")),
         ("incidents-solar-hijri.png", "en", "solar_hijri", _case_tab("commando", "incidents")),
         ("risk-assessment.png", "en", "gregorian", _case_tab("commando", "risk")),
         ("source-mentions.png", "en", "gregorian", _library(3)),
         ("source-text.png", "en", "gregorian", _library(0)),
         ("dossier-dialog.png", "en", "gregorian", _dossier),
         ("main-window-dari.png", "fa", "solar_hijri", _case_tab("ولسوالی", "summary")),
         ("main-window-dari-incidents.png", "fa", "solar_hijri",
          _case_tab("ولسوالی", "incidents")),
         ("main-window-pashto.png", "ps", "solar_hijri", _case_tab("Tamarisk", "summary")),
         ("main-window-pashto-service.png", "ps", "solar_hijri",
          _case_tab("Tamarisk", "service"))]


def main() -> int:
    data = tempfile.mkdtemp(prefix="casefiles-shots-")
    os.environ["XDG_DATA_HOME"] = data  # the demo store goes here, not into the user's data
    from casefiles.core import demo
    from casefiles.core.model.dates import Calendar
    from casefiles.core.sources.ingest import ingest_file
    from casefiles.gui import translation
    from casefiles.gui.main_window import MainWindow
    from casefiles.gui.prefs import Prefs

    app = QApplication(sys.argv[:1])
    prefs = Prefs(QSettings(str(Path(data) / "prefs.ini"), QSettings.Format.IniFormat))
    store = demo.open_demo_store()
    ingest_file(store.db, REPORT, "screenshots")
    OUT.mkdir(parents=True, exist_ok=True)
    queue = list(SHOTS)

    def next_shot(window: MainWindow | None = None) -> None:
        if window is not None:
            window.close()
        if not queue:
            store.close()
            app.quit()
            return
        name, lang, calendar, arrange = queue.pop(0)
        translation.install(app, lang)
        prefs.calendar = Calendar(calendar)
        window = MainWindow(store, prefs)
        window.resize(1380, 820)
        window.show()

        def shoot() -> None:
            arrange(window)
            # Long enough for the viewer's background triage to list the candidate cases.
            def grab() -> None:
                shown = getattr(window, "grab_widget", window)
                shown.grab().save(str(OUT / name))
                print(OUT / name)
                if shown is not window:
                    shown.close()
                next_shot(window)

            QTimer.singleShot(2500, grab)

        QTimer.singleShot(600, shoot)

    QTimer.singleShot(0, next_shot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
