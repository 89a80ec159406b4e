"""Take the README's screenshots of the app on the demo store, from a real window.

    xvfb-run -s "-screen 0 1400x860x24" .venv/bin/python scripts/screenshots.py

The demo store is made in a temporary data directory (never the user's), and the pictures go to
docs/screenshots/. Each shot selects a case, chooses a tab and grabs the window.
"""

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
# (file name, text typed in the search box, tab, calendar)
SHOTS = [("case-list-and-summary.png", "", "summary", "gregorian"),
         ("dari-case.png", "ولسوالی", "summary", "solar_hijri"),
         ("incidents-solar-hijri.png", "commando", "incidents", "solar_hijri")]


def main() -> int:
    data = tempfile.mkdtemp(prefix="casefiles-shots-")
    os.environ["XDG_DATA_HOME"] = data  # the demo store goes here, not into the user's data
    from casefiles.core import demo
    from casefiles.core.model.dates import Calendar
    from casefiles.gui.main_window import MainWindow
    from casefiles.gui.prefs import Prefs

    app = QApplication(sys.argv[:1])
    prefs = Prefs(QSettings(str(Path(data) / "prefs.ini"), QSettings.Format.IniFormat))
    store = demo.open_demo_store()
    OUT.mkdir(parents=True, exist_ok=True)
    queue = list(SHOTS)

    def next_shot(window: MainWindow | None = None) -> None:
        if window is not None:
            window.close()
        if not queue:
            store.close()
            app.quit()
            return
        name, query, tab, calendar = queue.pop(0)
        prefs.calendar = Calendar(calendar)
        window = MainWindow(store, prefs)
        window.resize(1380, 820)
        window.show()
        window.filters.search.setText(query)

        def select() -> None:
            window.table.selectRow(0)
            window.case_view.setCurrentIndex(list(window.case_view.pages).index(tab))
            QTimer.singleShot(300, lambda: (window.grab().save(str(OUT / name)),
                                            print(OUT / name), next_shot(window)))

        QTimer.singleShot(600, select)

    QTimer.singleShot(0, next_shot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
