"""The dialog to add a case or edit its main facts.

The parts of a case beyond them (service, incidents, relatives, risk, consent, identity) have
their dialogs in `record_editors`; `IncidentDialog` is also importable from here.
"""

import re
from typing import Any

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui.editor import Editor, date_text
from casefiles.gui.fields import DateField, TextBlock, TextLine, VocabChoice
from casefiles.gui.record_editors import IncidentDialog

__all__ = ["CaseDialog", "IncidentDialog"]


class CaseDialog(Editor):
    """Add a case (code None) or edit the main facts of one; `self.code` is set once saved."""

    def __init__(self, store: Store, calendar: Calendar, code: str | None = None) -> None:
        super().__init__(self.tr("New case") if code is None else self.tr("Edit case"))
        self.store, self.code = store, code
        case = cases.get_case(store.db, code) if code else Case()
        p = case.person
        self.pseudonym = TextLine(p.pseudonym)
        self.sex = VocabChoice("sexes", p.sex)
        self.birth = DateField(calendar, p.birth)
        self.province = VocabChoice("provinces", p.origin_province)
        self.district = TextLine(p.origin_district)
        self.country = VocabChoice("countries", p.current_country)
        self.place = TextLine(p.current_place)
        self.situation = VocabChoice("situations", p.situation)
        self.since = DateField(calendar, p.situation_since)
        self.stage = VocabChoice("case_stages", case.stage, allow_empty=False)
        self.assigned = TextLine(case.assigned_to)
        self.tags = TextLine(", ".join(case.tags))
        self.summary = TextBlock(case.summary)
        self.summary.setPlaceholderText(self.tr("Who the person was and what has happened to "
                                                "them, in a few sentences (any language)"))
        self.notes = TextBlock(case.notes)
        self.notes.setPlaceholderText(self.tr("Working notes: not part of the summary"))
        for label, widget in ((self.tr("Pseudonym"), self.pseudonym), (self.tr("Sex"), self.sex),
                              (self.tr("Born"), self.birth),
                              (self.tr("Province of origin"), self.province),
                              (self.tr("District"), self.district),
                              (self.tr("Now in (country)"), self.country),
                              (self.tr("Now in (place)"), self.place),
                              (self.tr("Situation"), self.situation),
                              (self.tr("Since"), self.since), (self.tr("Stage"), self.stage),
                              (self.tr("Assigned to"), self.assigned),
                              (self.tr("Tags (comma between)"), self.tags),
                              (self.tr("Summary"), self.summary),
                              (self.tr("Notes"), self.notes)):
            self.form.addRow(label, widget)
        self.mark_clean()

    def data(self) -> dict[str, Any]:
        return {
            "stage": self.stage.code(), "assigned_to": self.assigned.text().strip(),
            "summary": self.summary.toPlainText().strip(),
            "notes": self.notes.toPlainText().strip(),
            "tags": [t.strip() for t in re.split("[,\u060c]", self.tags.text()) if t.strip()],
            "person": {"pseudonym": self.pseudonym.text().strip(), "sex": self.sex.code(),
                       "birth": self.birth.edit.text().strip() or None,
                       "origin_province": self.province.code(),
                       "origin_district": self.district.text().strip(),
                       "current_country": self.country.code(),
                       "current_place": self.place.text().strip(),
                       "situation": self.situation.code(),
                       "situation_since": self.since.edit.text().strip() or None},
        }

    def write(self) -> None:
        data = self.data()
        data["person"]["birth"] = date_text(self.birth)
        data["person"]["situation_since"] = date_text(self.since)
        if self.code is None:
            self.code = cases.add_case(self.store.db, serial.from_json(Case, data),
                                       self.store.actor).code
        else:
            cases.update_case(self.store.db, self.code, data, self.store.actor)
