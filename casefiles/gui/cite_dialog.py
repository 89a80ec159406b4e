"""Citing a passage of a source for a case (or one incident of it)."""

from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel

from casefiles.core.errors import CasefilesError
from casefiles.core.model.case import Citation
from casefiles.core.model.dates import Calendar
from casefiles.core.presentation import date, label
from casefiles.core.store import cases, citations, sources
from casefiles.core.store.store import Store
from casefiles.gui.editor import Editor
from casefiles.gui.fields import TextBlock, TextLine


class CiteDialog(Editor):
    """`self.citation` is set once saved; `self.outcome` says whether the quote was found."""

    def __init__(self, store: Store, calendar: Calendar, source_id: int, code: str,
                 pinpoint: str, quote: str) -> None:
        super().__init__(self.tr("Cite a source"))
        self.store, self.source_id, self.code = store, source_id, code
        self.citation: Citation | None = None
        self.outcome = ""
        source = sources.get_source(store.db, source_id)
        case = cases.get_case(store.db, code)
        self.incident = QComboBox()
        self.incident.addItem(self.tr("The case as a whole"), "")
        for number, incident in enumerate(case.timeline(), start=1):
            self.incident.addItem(f"{number}. {label('incident_types', incident.type)} "
                                  f"{date(incident.date, calendar)}", incident.uuid)
        self.pinpoint = TextLine(pinpoint)
        self.quote = TextBlock(quote)
        self.translation = TextBlock()
        self.form.addRow(self.tr("Source"), QLabel(source.title))
        self.form.addRow(self.tr("Case"), QLabel(f"{case.code}  {case.person.pseudonym}"))
        self.form.addRow(self.tr("Supports"), self.incident)
        self.form.addRow(self.tr("Pinpoint"), self.pinpoint)
        self.form.addRow(self.tr("Quote"), self.quote)
        self.form.addRow(self.tr("Translation"), self.translation)
        self.mark_clean()

    def data(self) -> dict[str, Any]:
        return {"incident": self.incident.currentData(), "pinpoint": self.pinpoint.text(),
                "quote": self.quote.toPlainText(), "translation": self.translation.toPlainText()}

    def write(self) -> None:
        data = self.data()
        if not data["pinpoint"].strip():
            raise CasefilesError(self.tr("Say where in the source: a page, section or "
                                         "paragraph."))
        self.citation = citations.add_citation(self.store.db, Citation(
            source_id=self.source_id, case_code=self.code, incident_uuid=data["incident"],
            pinpoint=data["pinpoint"].strip(), quote=data["quote"].strip(),
            translation=data["translation"].strip()), self.store.actor)
        self.outcome = {citations.FOUND: self.tr("The quote was found in the source's text."),
                        citations.NOT_FOUND: self.tr("The quote was NOT found in the source's "
                                                     "text: check it against the original."),
                        }.get(self.citation.quote_check, "")
