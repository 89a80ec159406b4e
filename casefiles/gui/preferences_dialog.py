"""The app's preferences: how long until an idle lock, and the calendar dates are shown in.

Only these non-sensitive choices are kept (in QSettings, see `prefs.py`).
"""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from casefiles.core.model.dates import Calendar
from casefiles.gui.prefs import Prefs

MAX_IDLE_MINUTES = 120


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Prefs) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        self.idle = QSpinBox()
        self.idle.setRange(1, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(min(prefs.idle_minutes, MAX_IDLE_MINUTES))
        self.idle.setToolTip(self.tr("The store locks itself after this long without a key "
                                     "press or a mouse movement."))
        self.calendar = QComboBox()
        # Qt keeps the item data as the enum's plain string value.
        self.calendar.addItem(self.tr("Solar Hijri (the other shown beside)"),
                              Calendar.SOLAR_HIJRI.value)
        self.calendar.addItem(self.tr("Gregorian (the other shown beside)"),
                              Calendar.GREGORIAN.value)
        self.calendar.setCurrentIndex(self.calendar.findData(prefs.calendar.value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Lock when idle for"), self.idle)
        form.addRow(self.tr("Show dates in"), self.calendar)
        form.addRow(buttons)

    def accept(self) -> None:
        self.prefs.idle_minutes = self.idle.value()
        self.prefs.calendar = Calendar(self.calendar.currentData())
        super().accept()
