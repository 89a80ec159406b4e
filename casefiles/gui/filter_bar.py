"""The search box and filters above the case list."""

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLineEdit, QVBoxLayout, QWidget

from casefiles.core.model.vocab import vocabulary
from casefiles.core.store.case_list import CaseFilter

# Filter field -> vocabulary it picks from.
_CHOICES = (("province", "provinces"), ("institution", "institutions"),
            ("situation", "situations"), ("stage", "case_stages"))
TYPING_PAUSE_MS = 150


class FilterBar(QWidget):
    """changed(CaseFilter): emitted when a filter changes, or typing pauses in the search box."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search cases (any language)…"))
        self.search.setClearButtonEnabled(True)
        self.combos: dict[str, QComboBox] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        grid = QGridLayout()  # two rows of three, so each keeps a readable width
        column.addLayout(grid)
        names = {"province": self.tr("All provinces"), "institution": self.tr("All institutions"),
                 "situation": self.tr("All situations"), "stage": self.tr("All stages")}
        for field, vocab_name in _CHOICES:
            combo = QComboBox()
            combo.addItem(names[field], None)
            for term in vocabulary(vocab_name).terms:
                combo.addItem(term.label(), term.code)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
            combo.currentIndexChanged.connect(self._emit)
            self.combos[field] = combo
            grid.addWidget(combo, *divmod(len(self.combos) - 1, 3))
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.assigned = QLineEdit()
        self.assigned.setPlaceholderText(self.tr("Caseworker"))
        for position, edit in ((4, self.tag), (5, self.assigned)):
            edit.setClearButtonEnabled(True)
            edit.editingFinished.connect(self._emit)
            grid.addWidget(edit, *divmod(position, 3))
        # Search as you type, but not a query per keystroke.
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(TYPING_PAUSE_MS)
        self._pause.timeout.connect(self._emit)
        self.search.textChanged.connect(self._pause.start)

    def filters(self) -> CaseFilter:
        chosen = {field: combo.currentData() for field, combo in self.combos.items()}
        return CaseFilter(**chosen, tag=self.tag.text().strip() or None,
                          assigned_to=self.assigned.text().strip() or None,
                          text=self.search.text().strip() or None)

    def reset(self) -> None:
        """Show every case again (quietly: the caller reloads)."""
        for widget in (self.search, self.tag, self.assigned, *self.combos.values()):
            widget.blockSignals(True)
        self.search.clear()
        self.tag.clear()
        self.assigned.clear()
        for combo in self.combos.values():
            combo.setCurrentIndex(0)
        for widget in (self.search, self.tag, self.assigned, *self.combos.values()):
            widget.blockSignals(False)
        self._pause.stop()

    def _emit(self) -> None:
        self.changed.emit(self.filters())
