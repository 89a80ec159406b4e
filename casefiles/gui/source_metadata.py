"""Editing a source's details, with what the document itself proposed beside each field.

Ingest proposes a title, author, publisher, date or address read from the file (PDF info, web
page metadata, a "Published" line, a photo's camera date) and keeps them in the store; the
caseworker decides. Beside each field the proposal is shown with a button to take it, so a
value typed over is never far from what the document says. The edit goes to the core
(`sources.update_source`), which validates it; a refusal is shown and the dialog stays open.
"""

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from casefiles.core.errors import InvalidInput
from casefiles.core.model.case import Source
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.store import sources
from casefiles.core.store.store import Store
from casefiles.gui.editor import Editor
from casefiles.gui.fields import DateField, TextBlock, TextLine, VocabChoice

# Source field -> the key ingest proposes it under (`sources.proposed_metadata`).
PROPOSED_KEYS = {"title": "title", "author": "author", "publisher": "publisher", "url": "url",
                 "published": "published", "captured_on": "captured"}


def proposed_date(text: str) -> FuzzyDate | None:
    """A proposed date as the store would read it (ingest takes the first ten characters of
    a timestamp such as "2025-06-14T08:00:00"), or None when it is not a date."""
    for candidate in (text, text[:10]):
        try:
            return FuzzyDate.parse(candidate)
        except InvalidInput:
            continue
    return None


class SourceMetadataDialog(Editor):
    """Edit the details of source `source_id`; `self.source` is the source as saved."""

    def __init__(self, store: Store, calendar: Calendar, source_id: int) -> None:
        super().__init__(self.tr("Source details"))
        self.store, self.calendar = store, calendar
        self.source: Source = sources.get_source(store.db, source_id)
        self.proposed = sources.proposed_metadata(store.db, source_id)
        s = self.source
        self.title = TextLine(s.title)
        self.type = VocabChoice("source_types", s.type)
        self.publisher = TextLine(s.publisher)
        self.author = TextLine(s.author)
        self.published = DateField(calendar, s.published)
        self.url = TextLine(s.url)
        self.language = TextLine(s.language)
        self.language.setPlaceholderText(self.tr("e.g. en (English), fa (Dari), ps (Pashto)"))
        self.reliability = VocabChoice("source_reliability", s.reliability, allow_empty=False)
        self.captured = DateField(calendar, s.captured_on)
        self.notes = TextBlock(s.notes)
        self._text_fields = {"title": self.title, "publisher": self.publisher,
                             "author": self.author, "url": self.url}
        self._date_fields = {"published": self.published, "captured_on": self.captured}
        self.take_buttons: dict[str, QPushButton] = {}
        for name, label, widget in (
                ("title", self.tr("Title"), self.title), ("type", self.tr("Type"), self.type),
                ("publisher", self.tr("Publisher"), self.publisher),
                ("author", self.tr("Author"), self.author),
                ("published", self.tr("Published"), self.published),
                ("url", self.tr("Address (URL)"), self.url),
                ("language", self.tr("Language"), self.language),
                ("reliability", self.tr("Reliability"), self.reliability),
                ("captured_on", self.tr("Captured on"), self.captured),
                ("notes", self.tr("Notes"), self.notes)):
            # Not `add_rows`: the row holds the proposal too; `data()` reads the field by name.
            self.form.addRow(label, self._with_proposal(name, widget))
            self.fields[name] = widget
        self.take_all_button = QPushButton(self.tr("Use everything the document proposes"))
        self.take_all_button.clicked.connect(self.take_all)
        self.form.addRow("", self.take_all_button)
        for field in self._text_fields.values():
            field.textChanged.connect(self._refresh)
        for date_field in self._date_fields.values():
            date_field.changed.connect(self._refresh)
        self._refresh()
        self.mark_clean()

    def _with_proposal(self, name: str, widget: QWidget) -> QWidget:
        """The field, and under it what the document proposed for it with a button to take it."""
        key = PROPOSED_KEYS.get(name)
        if not key or not self.proposed.get(key):
            return widget
        value = self.proposed[key]
        if name in self._date_fields:
            date = proposed_date(value)
            value = date.display(self.calendar) if date else value
        shown = QLabel(self.tr("The document says: %1").replace("%1", value))
        shown.setWordWrap(True)
        button = QPushButton(self.tr("Use"))
        button.setToolTip(self.tr("Put what the document proposes into this field"))
        button.clicked.connect(lambda _checked=False, n=name: self.take(n))
        self.take_buttons[name] = button
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(shown, 1)
        line.addWidget(button)
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(widget)
        column.addLayout(line)
        return box

    def proposal_text(self, name: str) -> str:
        """What taking the proposal for field `name` puts into the field ("" if none)."""
        value = self.proposed.get(PROPOSED_KEYS.get(name, ""), "")
        if value and name in self._date_fields:
            date = proposed_date(value)
            return date.to_text() if date else value
        return value

    def take(self, name: str) -> None:
        """Put the document's proposal for field `name` into it."""
        value = self.proposal_text(name)
        if not value:
            return
        if name in self._date_fields:
            self._date_fields[name].edit.setText(value)
        else:
            self._text_fields[name].setText(value)

    def take_all(self) -> None:
        for name in self.take_buttons:
            self.take(name)

    def _current_text(self, name: str) -> str:
        field = self._date_fields[name].edit if name in self._date_fields \
            else self._text_fields[name]
        return field.text().strip()

    def _refresh(self) -> None:
        """A proposal already in its field has nothing left to take."""
        for name, button in self.take_buttons.items():
            button.setEnabled(self._current_text(name) != self.proposal_text(name))
        self.take_all_button.setEnabled(any(b.isEnabled() for b in self.take_buttons.values()))
        self.take_all_button.setVisible(bool(self.take_buttons))

    def write(self) -> None:
        self.source = sources.update_source(self.store.db, self.source.id, self.checked_data(),
                                            self.store.actor)
