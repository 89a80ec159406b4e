"""What every editing dialog shares: a form in a scroll area, a message line, Save/Cancel, the
unsaved-change prompt, and reading the typed values back out of the form's fields.

A dialog gathers what is typed into the case JSON shape and hands it to the core, which
validates it: a refusal is shown in the dialog, which stays open with everything typed, so
nothing entered is lost. Closing a dialog with changes asks first.
"""

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import CasefilesError
from casefiles.gui.fields import DateField, TextList, VocabChecks, VocabChoice


class Editor(QDialog):
    """A form in a scroll area, a message line, Save/Cancel, and the unsaved-change check.

    Subclasses put their fields in with `add_rows` (or on `self.form` directly and override
    `data`), call `mark_clean()` once filled, and implement `write`, which raises
    CasefilesError to refuse.
    """

    def __init__(self, title: str) -> None:
        super().__init__()
        self.setWindowTitle(title)
        self.form = QFormLayout()
        inner = QWidget()
        inner.setLayout(self.form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(640, 640)
        self.fields: dict[str, QWidget] = {}
        self._saved_state: Any = None

    def add_rows(self, *rows: tuple[str, str, QWidget]) -> None:
        """Add (JSON field name, label, widget) rows; `data()` reads them back by name."""
        for name, label, widget in rows:
            self.form.addRow(label, widget)
            self.fields[name] = widget

    def mark_clean(self) -> None:
        self._saved_state = self.data()

    def data(self) -> dict[str, Any]:
        """What the form holds now, as typed (for the unsaved-change check)."""
        return {name: field_value(widget) for name, widget in self.fields.items()}

    def checked_data(self) -> dict[str, Any]:
        """What the form holds, ready for the core: raises CasefilesError for a bad date."""
        return {name: field_value(widget, checked=True) for name, widget in self.fields.items()}

    def write(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.write()
        except CasefilesError as err:
            self.message.setText(str(err))  # the dialog stays open with everything typed
            return
        self.accept()

    def reject(self) -> None:
        if self.data() != self._saved_state and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        answer = QMessageBox.question(self, self.windowTitle(), self.tr(
            "Discard the changes you made?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard


def date_text(field: DateField) -> str | None:
    """The date typed, in canonical text; raises CasefilesError when it cannot be read."""
    if field.error:
        raise CasefilesError(field.error)
    value = field.value()
    return value.to_text() if value else None


def field_value(widget: QWidget, checked: bool = False) -> Any:
    """The JSON value a field holds. Dates as typed, or (`checked`) canonical or refused."""
    if isinstance(widget, DateField):
        return date_text(widget) if checked else widget.edit.text().strip() or None
    if isinstance(widget, VocabChoice):
        return widget.code()
    if isinstance(widget, VocabChecks):
        return widget.codes()
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, TextList):
        return widget.items()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText().strip()
    if isinstance(widget, QLineEdit):
        return widget.text().strip()
    raise TypeError(f"no value for a {type(widget).__name__}")


def shown_text(widget: QWidget) -> str:
    """A field's value as the caseworker sees it (empty when nothing is chosen or typed)."""
    if isinstance(widget, VocabChoice):
        return widget.currentText() if widget.code() else ""
    if isinstance(widget, DateField):
        return widget.edit.text().strip()
    value = field_value(widget)
    return value if isinstance(value, str) else ""
