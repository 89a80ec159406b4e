"""Input fields that fit the data: text that turns right-to-left for Dari and Pashto, dates
that read either calendar and show what they understood, choices from a vocabulary, and
`SecretField` for every passphrase and recovery code, which leaves no copy of what was typed."""

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QHideEvent, QTextOption
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
from casefiles.core.security.memory import wiping


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


class SecretField(QLineEdit):
    """A line edit for a secret (masked unless `echo` says otherwise) that leaves no copy.

    Three copies outlive a plain QLineEdit's clear(), each in memory that is freed without
    being overwritten: Qt's own QString of the text (UTF-16), its undo history (one entry per
    character typed, also in password mode) and, at every text(), the UTF-8 buffer PySide
    converts the QString through. `forget` types over the text (which Qt does in the same
    buffer), clears it, and types over the emptied history, whose storage Qt also reuses;
    `read` zeroes the conversion buffer right after it is freed. These rely on how Qt 6, PySide6
    and glibc's allocator reuse memory: best effort, and checked by
    tests/gui/test_secrets_hygiene_gui.py. `take` hands the text out once, in a `wiping`
    holder for the code that uses it (a worker), and leaves the field empty. A field that is
    hidden (its dialog accepted, cancelled, replaced or closed by a lock) forgets its text.
    """

    _FILL = "*"

    def __init__(self, echo: QLineEdit.EchoMode = QLineEdit.EchoMode.Password,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(echo)

    def read(self) -> str:
        """text(), as a str the caller wipes after use (memory.wiping)."""
        text = self.text()
        # PySide converted Qt's text through a UTF-8 buffer of 3 bytes per UTF-16 unit, just
        # freed: glibc gives the next block of that size, this zeroed array, the same memory.
        QByteArray(3 * _utf16_length(text), 0)
        return text

    def is_empty(self) -> bool:
        """Whether nothing is typed (to enable a button); the text read to tell is wiped."""
        with wiping(self.read()) as text:
            return not text

    def take(self) -> wiping[str]:
        """The text, for one use after which it is wiped; the field is then empty."""
        text = self.read()
        self._overwrite(_utf16_length(text))
        return wiping(text)

    def forget(self) -> None:
        """Overwrite the text where Qt keeps it, then clear the field."""
        with wiping(self.read()) as text:
            length = _utf16_length(text)
        self._overwrite(length)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # not a minimised window: the dialog is going away
            self.forget()
        super().hideEvent(event)

    def _overwrite(self, length: int) -> None:
        if not length:
            return
        blocked = self.blockSignals(True)  # nobody is to see the filler
        try:
            self.selectAll()
            self.insert(self._FILL * length)  # the text's own buffer, overwritten
            # setText, not clear() (which is undoable): the history is emptied, its storage
            # kept, and typed over, entry by entry: the characters typed, then those removed.
            self.setText("")
            self.insert(self._FILL * (3 * length + 1))
            self.setText("")
        finally:
            self.blockSignals(blocked)
        self.textChanged.emit("")


def _utf16_length(text: str) -> int:
    """How many UTF-16 units Qt keeps `text` in (astral characters take two)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
