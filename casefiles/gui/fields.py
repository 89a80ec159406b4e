"""Input fields that fit the data: text that turns right-to-left for Dari and Pashto, dates
that read either calendar and show what they understood, choices from a vocabulary."""

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import InvalidInput
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.model.textnorm import is_right_to_left
from casefiles.core.model.vocab import vocabulary


class TextLine(QLineEdit):
    """A one-line text field that aligns and types right-to-left when its text is Dari/Pashto."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        self.textChanged.connect(self._follow_direction)
        self._follow_direction(text)

    def _follow_direction(self, text: str) -> None:
        rtl = is_right_to_left(text)
        self.setLayoutDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)


class TextBlock(QPlainTextEdit):
    """Several paragraphs; each paragraph takes the direction of its own first letters."""

    def __init__(self, text: str = "") -> None:
        super().__init__(text)
        option = self.document().defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        option.setWrapMode(QTextOption.WrapMode.WordWrap)
        self.document().setDefaultTextOption(option)
        self.setTabChangesFocus(True)


class TextList(TextBlock):
    """Several short texts, one per line (ID numbers, phone numbers); blank lines are dropped."""

    def __init__(self, items: Iterable[str] = ()) -> None:
        super().__init__("\n".join(items))

    def items(self) -> list[str]:
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]


class VocabChoice(QComboBox):
    """A choice from a controlled vocabulary (empty allowed); `code()` is what is stored."""

    def __init__(self, vocab_name: str, code: str | None = None, allow_empty: bool = True
                 ) -> None:
        super().__init__()
        if allow_empty:
            self.addItem("—", None)
        for term in vocabulary(vocab_name).terms:
            self.addItem(term.label(), term.code)
        self.setCurrentIndex(max(0, self.findData(code)) if code else 0)

    def code(self) -> str | None:
        return self.currentData()


class VocabChecks(QWidget):
    """Any number of terms from a vocabulary, one checkbox each; `codes()` is what is stored."""

    def __init__(self, vocab_name: str, codes: Iterable[str] = ()) -> None:
        super().__init__()
        chosen = set(codes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.boxes: dict[str, QCheckBox] = {}
        for term in vocabulary(vocab_name).terms:
            box = QCheckBox(term.label())
            box.setChecked(term.code in chosen)
            layout.addWidget(box)
            self.boxes[term.code] = box

    def codes(self) -> list[str]:
        """The ticked codes, in the vocabulary's order."""
        return [code for code, box in self.boxes.items() if box.isChecked()]


class DateField(QWidget):
    """A date typed in either calendar, with what was understood shown beneath it.

    changed(): the text changed. `value()` is the FuzzyDate or None; `error` says why not.
    """

    changed = Signal()

    def __init__(self, calendar: Calendar, value: FuzzyDate | None = None) -> None:
        super().__init__()
        self.calendar = calendar
        self.edit = QLineEdit(value.to_text() if value else "")
        self.edit.setPlaceholderText(self.tr("e.g. 24 Asad 1400, 2021-08-15, Aug 2021, c. 2019"))
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.preview)
        self.edit.textChanged.connect(self._update)
        self.error = ""
        self._update()

    def value(self) -> FuzzyDate | None:
        text = self.edit.text().strip()
        return FuzzyDate.parse(text) if text and not self.error else None

    def _update(self) -> None:
        text = self.edit.text().strip()
        self.error = ""
        if not text:
            self.preview.setText("")
        else:
            try:
                self.preview.setText(FuzzyDate.parse(text).display(self.calendar))
            except InvalidInput as err:
                self.error = str(err)
                self.preview.setText(self.error)
        self.changed.emit()
