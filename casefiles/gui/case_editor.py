"""Dialogs to add and edit a case and its incidents.

They gather what is typed into the case JSON shape and hand it to the core (`add_case`,
`update_case`), which validates it: a refusal is shown in the dialog, which stays open with
everything typed, so nothing entered is lost. Closing a dialog with changes asks first.
"""

from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from casefiles.core.errors import CasefilesError
from casefiles.core.model import serial
from casefiles.core.model.case import Case, Incident
from casefiles.core.model.dates import Calendar
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui.fields import DateField, TextBlock, TextLine, VocabChoice


class _Editor(QDialog):
    """A form in a scroll area, a message line, Save/Cancel, and the unsaved-change check."""

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
        self._saved_state: Any = None

    def mark_clean(self) -> None:
        self._saved_state = self.data()

    def data(self) -> dict[str, Any]:
        raise NotImplementedError

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


def _date_text(field: DateField) -> str | None:
    if field.error:
        raise CasefilesError(field.error)
    value = field.value()
    return value.to_text() if value else None


class CaseDialog(_Editor):
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
                              (self.tr("Summary"), self.summary)):
            self.form.addRow(label, widget)
        self.mark_clean()

    def data(self) -> dict[str, Any]:
        return {
            "stage": self.stage.code(), "assigned_to": self.assigned.text().strip(),
            "summary": self.summary.toPlainText().strip(),
            "tags": [t.strip() for t in self.tags.text().split(",") if t.strip()],
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
        data["person"]["birth"] = _date_text(self.birth)
        data["person"]["situation_since"] = _date_text(self.since)
        if self.code is None:
            self.code = cases.add_case(self.store.db, serial.from_json(Case, data),
                                       self.store.actor).code
        else:
            cases.update_case(self.store.db, self.code, data, self.store.actor)


class IncidentDialog(_Editor):
    """Add an incident to a case."""

    def __init__(self, store: Store, calendar: Calendar, code: str) -> None:
        super().__init__(self.tr("New incident"))
        self.store, self.code = store, code
        self.type = VocabChoice("incident_types", allow_empty=False)
        self.date = DateField(calendar)
        self.province = VocabChoice("provinces")
        self.district = TextLine()
        self.country = VocabChoice("countries")
        self.city = TextLine()
        self.perpetrator = TextLine()
        self.description = TextBlock()
        self.status = VocabChoice("situations")
        self.verification = VocabChoice("verification_levels", Incident().verification,
                                        allow_empty=False)
        for label, widget in ((self.tr("What happened"), self.type), (self.tr("When"), self.date),
                              (self.tr("Province"), self.province),
                              (self.tr("District"), self.district),
                              (self.tr("Or abroad: country"), self.country),
                              (self.tr("City"), self.city),
                              (self.tr("By whom"), self.perpetrator),
                              (self.tr("Description"), self.description),
                              (self.tr("Situation after"), self.status),
                              (self.tr("Verification"), self.verification)):
            self.form.addRow(label, widget)
        self.mark_clean()

    def data(self) -> dict[str, Any]:
        return {"type": self.type.code(), "date": self.date.edit.text().strip() or None,
                "province": self.province.code(), "district": self.district.text().strip(),
                "country": self.country.code(), "city": self.city.text().strip(),
                "perpetrator": self.perpetrator.text().strip(),
                "description": self.description.toPlainText().strip(),
                "status_after": self.status.code(), "verification": self.verification.code()}

    def write(self) -> None:
        incident = self.data()
        incident["date"] = _date_text(self.date)
        existing = [{"uuid": i.uuid} for i in cases.get_case(self.store.db, self.code).incidents]
        cases.update_case(self.store.db, self.code, {"incidents": [*existing, incident]},
                          self.store.actor)
