"""The emergency wipe in the app: a red warning, the honest limits, a typed confirmation.

No passphrase is asked for. The Wipe button stays disabled until the caseworker types the word
WIPE or the store folder's name; then `casefiles.core.store.wipe_store` destroys the store
(in well under a second), the store is dropped from the recent stores, and the dialog shows
what was destroyed and what could not be, in place of the warning (no second dialog to click
through). The main window closes afterwards, which ends the app.

wiping(): emitted just before the store is closed and destroyed, so the window behind can drop
everything it shows from it first.
"""

import html
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from casefiles.core.store.store import Store
from casefiles.core.store.wipe import (
    CONFIRM_WORD,
    WipeReport,
    confirmation_matches,
    limits,
    wipe_store,
)
from casefiles.gui.prefs import Prefs

# White on dark red reads the same under the light and the dark palette.
_ALARM = "background-color: #b71c1c; color: white; padding: 10px; border-radius: 4px;"


def _bullets(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{html.escape(item)}</li>" for item in items) + "</ul>"


class WipeDialog(QDialog):
    """Wipe `target` (the open store, or a store folder) once confirmed; `report` tells how it
    went (None: nothing was wiped)."""

    wiping = Signal()

    def __init__(self, target: Store | Path, prefs: Prefs | None = None) -> None:
        super().__init__()
        self.target = target
        self.path = (target.path if isinstance(target, Store) else Path(target)).absolute()
        self.prefs = prefs
        self.report: WipeReport | None = None
        self.setWindowTitle(self.tr("Emergency wipe"))
        self.setMinimumWidth(560)

        self.warning = QLabel(
            "<b>" + self.tr("This destroys the store for good.") + "</b><br>"
            + html.escape(self.tr("Every case, identity, source and key in %1 is destroyed. "
                                  "There is no undo, and the recovery code will not bring it "
                                  "back.").replace("%1", str(self.path))))
        self.warning.setStyleSheet(_ALARM)
        self.warning.setWordWrap(True)
        self.limits = QLabel("<b>" + html.escape(self.tr("What a wipe cannot reach:")) + "</b>"
                             + _bullets(limits()))
        self.limits.setWordWrap(True)
        self.prompt = QLabel(self.tr("Type %1 or the store's folder name (%2) to confirm:")
                             .replace("%1", CONFIRM_WORD).replace("%2", self.path.name))
        self.prompt.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setPlaceholderText(CONFIRM_WORD)
        self.confirm.textChanged.connect(self._typed)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.wipe_button = QPushButton(self.tr("Wipe now"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self.wipe)
        self.buttons.addButton(self.wipe_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # Typing the word is the confirmation, so Enter after it wipes (a caseworker in a hurry
        # should not land on Cancel); before it, the button is disabled and Enter does nothing.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.wipe_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.warning, self.limits, self.prompt, self.confirm, self.outcome,
                       self.buttons):
            layout.addWidget(widget)
        self.confirm.setFocus()

    def _typed(self, text: str) -> None:
        self.wipe_button.setEnabled(confirmation_matches(text, self.path))

    def wipe(self) -> None:
        """Destroy the store (if the confirmation still matches) and show the report."""
        if self.report is not None or not confirmation_matches(self.confirm.text(),
                                                                    self.path):
            return
        self.wiping.emit()
        self.report = wipe_store(self.target)
        if self.prefs is not None:
            self.prefs.forget_store(self.path)
        self._show_report(self.report)

    def _show_report(self, report: WipeReport) -> None:
        for widget in (self.limits, self.prompt, self.confirm):
            widget.hide()
        self.warning.setText("<b>" + html.escape(
            self.tr("The store is destroyed.") if report.keys_destroyed
            else self.tr("The store could NOT be fully destroyed.")) + "</b>")
        if report.keys_destroyed:
            self.warning.setStyleSheet("padding: 10px;")
        self.outcome.setText(_bullets(report.lines())
                             + html.escape(self.tr("casefiles closes when you close this.")))
        self.outcome.show()
        self.buttons.clear()
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)  # rejected(): closes
