"""The app's preferences: the interface's language, how long until an idle lock, and the
calendar dates are shown in.

Only these non-sensitive choices are kept (in QSettings, see `prefs.py`). A new language takes
effect at the next start: `language_changed` is True once such a choice is saved, and the main
window then offers to restart.
"""

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QSpinBox

from casefiles.core import i18n
from casefiles.core.model.dates import Calendar
from casefiles.gui.prefs import Prefs

MAX_IDLE_MINUTES = 120


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Prefs) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Preferences"))
        self.prefs = prefs
        self.language_changed = False
        self.language = QComboBox()
        for code, (_locale, own_name) in i18n.LANGUAGES.items():
            self.language.addItem(own_name, code)  # each language in its own words
        self.language.setCurrentIndex(self.language.findData(prefs.language))
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
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Lock when idle for"), self.idle)
        form.addRow(self.tr("Show dates in"), self.calendar)
        form.addRow(buttons)

    def accept(self) -> None:
        self.language_changed = self.language.currentData() != self.prefs.language
        self.prefs.language = self.language.currentData()
        self.prefs.idle_minutes = self.idle.value()
        self.prefs.calendar = Calendar(self.calendar.currentData())
        super().accept()
