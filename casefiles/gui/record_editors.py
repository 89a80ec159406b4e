"""Dialogs to edit the parts of a case beyond its main facts, one dialog per kind of record.

Items of a list (service records, incidents, relatives, risk factors) are added or edited one
at a time: the dialog is opened with the item's uuid, or None to add one, and writes only that
item (`cases.put_record`), so the other items stay as the store has them. An item can be
removed, after a confirmation, from its dialog (`remove()`, also the Remove button).

Single parts (consent, risk assessment, identity) are written as a patch of that part, so what
the form does not show is kept: the risk factors under an assessment, the photos of an
identity. The identity dialog reveals the identity when it opens, through the audited
`cases.reveal_identity`, and must be opened only on the caseworker's deliberate request.
"""

from typing import Any, ClassVar

from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QMessageBox

from casefiles.core.errors import CasefilesError
from casefiles.core.model.case import Incident, Relative, RiskFactor, ServiceRecord
from casefiles.core.model.dates import Calendar
from casefiles.core.presentation import joined, label
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui.editor import Editor, shown_text
from casefiles.gui.fields import DateField, TextBlock, TextLine, TextList, VocabChecks, VocabChoice


def _check(checked: bool) -> QCheckBox:
    box = QCheckBox()
    box.setChecked(checked)
    return box


class RecordDialog(Editor):
    """Add (uuid None) or edit one item of a case's list; `self.uuid` is set once saved.

    Subclasses name the list (`list_name`, a key of `cases.RECORD_LISTS`) and the item's class,
    add their rows from `self.record` and say what removing asks. `self.removed` is True once
    the item has been removed (the dialog is then accepted).
    """

    list_name: ClassVar[str]
    record_type: ClassVar[type]

    def __init__(self, store: Store, calendar: Calendar, code: str, uuid: str | None,
                 titles: tuple[str, str]) -> None:
        super().__init__(titles[0] if uuid is None else titles[1])
        self.store, self.calendar, self.code, self.uuid = store, calendar, code, uuid
        self.removed = False
        self.record: Any = (self.record_type() if uuid is None
                            else cases.get_record(store.db, code, self.list_name, uuid))
        if uuid is not None:
            button = self.buttons.addButton(self.tr("Remove…"),
                                            QDialogButtonBox.ButtonRole.DestructiveRole)
            button.clicked.connect(self.remove)

    def removal_question(self) -> str:
        """The confirmation asked before removing, naming the kind of record."""
        raise NotImplementedError

    def write(self) -> None:
        values = self.checked_data()
        if self.uuid is not None:
            values["uuid"] = self.uuid
        self.uuid = cases.put_record(self.store.db, self.code, self.list_name, values,
                                     self.store.actor)

    def remove(self) -> bool:
        """Remove the item from the case once the caseworker confirms; True when removed.

        A refusal (the item is cited by a source) is shown and nothing changes.
        """
        if self.uuid is None:
            return False
        summary = joined(*(shown_text(w) for w in list(self.fields.values())[:2]))
        answer = QMessageBox.question(
            self, self.windowTitle(), f"{self.removal_question()}\n\n{summary}".strip(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            cases.remove_record(self.store.db, self.code, self.list_name, self.uuid,
                                self.store.actor)
        except CasefilesError as err:
            self.message.setText(str(err))
            if not self.isVisible():  # removed straight from a menu: say it there
                QMessageBox.warning(self, self.windowTitle(), str(err))
            return False
        self.removed = True
        self.accept()
        return True


class ServiceDialog(RecordDialog):
    """One posting in the former security institutions."""

    list_name = "service"
    record_type = ServiceRecord

    def __init__(self, store: Store, calendar: Calendar, code: str, uuid: str | None = None
                 ) -> None:
        super().__init__(store, calendar, code, uuid, (self.tr("New service record"),
                                                       self.tr("Edit service record")))
        r: ServiceRecord = self.record
        self.institution = VocabChoice("institutions", r.institution)
        self.rank = VocabChoice("ranks", r.rank)
        self.unit = TextLine(r.unit)
        self.position = TextLine(r.position)
        self.province = VocabChoice("provinces", r.province)
        self.started = DateField(calendar, r.started)
        self.ended = DateField(calendar, r.ended)
        self.international = _check(r.with_international_forces)
        self.partner = TextLine(r.international_partner)
        self.notes = TextBlock(r.notes)
        self.add_rows(
            ("institution", self.tr("Institution"), self.institution),
            ("rank", self.tr("Rank"), self.rank),
            ("unit", self.tr("Unit"), self.unit),
            ("position", self.tr("Position"), self.position),
            ("province", self.tr("Province served"), self.province),
            ("started", self.tr("From"), self.started),
            ("ended", self.tr("Until"), self.ended),
            ("with_international_forces", self.tr("Worked with international forces"),
             self.international),
            ("international_partner", self.tr("With whom (e.g. ISAF, a PRT)"), self.partner),
            ("notes", self.tr("Notes"), self.notes),
        )
        self.mark_clean()

    def removal_question(self) -> str:
        return self.tr("Remove this service record from the case?")


class IncidentDialog(RecordDialog):
    """Something done to the person: what, when, where, by whom, and how sure we are."""

    list_name = "incidents"
    record_type = Incident

    def __init__(self, store: Store, calendar: Calendar, code: str, uuid: str | None = None
                 ) -> None:
        super().__init__(store, calendar, code, uuid, (self.tr("New incident"),
                                                       self.tr("Edit incident")))
        i: Incident = self.record
        self.type = VocabChoice("incident_types", i.type, allow_empty=False)
        self.date = DateField(calendar, i.date)
        self.province = VocabChoice("provinces", i.province)
        self.district = TextLine(i.district)
        self.country = VocabChoice("countries", i.country)
        self.city = TextLine(i.city)
        self.perpetrator = TextLine(i.perpetrator)
        self.description = TextBlock(i.description)
        self.status = VocabChoice("situations", i.status_after)
        self.verification = VocabChoice("verification_levels", i.verification, allow_empty=False)
        self.add_rows(
            ("type", self.tr("What happened"), self.type),
            ("date", self.tr("When"), self.date),
            ("province", self.tr("Province"), self.province),
            ("district", self.tr("District"), self.district),
            ("country", self.tr("Or abroad: country"), self.country),
            ("city", self.tr("City"), self.city),
            ("perpetrator", self.tr("By whom"), self.perpetrator),
            ("description", self.tr("Description"), self.description),
            ("status_after", self.tr("Situation after"), self.status),
            ("verification", self.tr("Verification"), self.verification),
        )
        self.mark_clean()

    def removal_question(self) -> str:
        return self.tr("Remove this incident from the case?")


class RelativeDialog(RecordDialog):
    """A relative, by pseudonym, and what happened to them."""

    list_name = "relatives"
    record_type = Relative

    def __init__(self, store: Store, calendar: Calendar, code: str, uuid: str | None = None
                 ) -> None:
        super().__init__(store, calendar, code, uuid, (self.tr("New relative"),
                                                       self.tr("Edit relative")))
        r: Relative = self.record
        self.relation = VocabChoice("relations", r.relation)
        self.pseudonym = TextLine(r.pseudonym)
        self.incident_type = VocabChoice("incident_types", r.incident_type)
        self.date = DateField(calendar, r.date)
        self.what_happened = TextBlock(r.what_happened)
        self.add_rows(
            ("relation", self.tr("Relation"), self.relation),
            ("pseudonym", self.tr("Pseudonym"), self.pseudonym),
            ("incident_type", self.tr("What was done to them"), self.incident_type),
            ("date", self.tr("When"), self.date),
            ("what_happened", self.tr("What happened"), self.what_happened),
        )
        self.mark_clean()

    def removal_question(self) -> str:
        return self.tr("Remove this relative from the case?")


class RiskFactorDialog(RecordDialog):
    """One factor of the country guidance, as it applies to this person."""

    list_name = "risk_factors"
    record_type = RiskFactor

    def __init__(self, store: Store, calendar: Calendar, code: str, uuid: str | None = None
                 ) -> None:
        super().__init__(store, calendar, code, uuid, (self.tr("New risk factor"),
                                                       self.tr("Edit risk factor")))
        f: RiskFactor = self.record
        self.factor = VocabChoice("risk_factors", f.factor, allow_empty=False)
        self.present = _check(f.present)
        self.assessment = TextBlock(f.assessment)
        self.add_rows(
            ("factor", self.tr("Factor"), self.factor),
            ("present", self.tr("Present in this case"), self.present),
            ("assessment", self.tr("Assessment"), self.assessment),
        )
        self.mark_clean()

    def removal_question(self) -> str:
        return self.tr("Remove this risk factor from the assessment?")


class PartDialog(Editor):
    """Edit one single part of a case (`part`: "consent", "risk" or "identity").

    Only the fields on the form are written; the rest of the part is kept.
    """

    part: ClassVar[str]

    def __init__(self, store: Store, calendar: Calendar, code: str, title: str) -> None:
        super().__init__(title)
        self.store, self.calendar, self.code = store, calendar, code
        self.current: Any = self.load()

    def load(self) -> Any:
        """The part as stored now."""
        return getattr(cases.get_case(self.store.db, self.code), self.part)

    def write(self) -> None:
        cases.update_case(self.store.db, self.code, {self.part: self.checked_data()},
                          self.store.actor)


class ConsentDialog(PartDialog):
    """What the person agreed to, when, and who recorded it."""

    part = "consent"

    def __init__(self, store: Store, calendar: Calendar, code: str) -> None:
        super().__init__(store, calendar, code, self.tr("Consent"))
        c = self.current
        self.given_on = DateField(calendar, c.given_on)
        self.scope = VocabChecks("consent_scopes", c.scope)
        self.recorded_by = TextLine(c.recorded_by)
        self.add_rows(
            ("given_on", self.tr("Given on"), self.given_on),
            ("scope", self.tr("Agreed to"), self.scope),
            ("recorded_by", self.tr("Recorded by"), self.recorded_by),
        )
        self.mark_clean()


class RiskAssessmentDialog(PartDialog):
    """The assessment against the country guidance; its factors have their own dialog."""

    part = "risk"

    def __init__(self, store: Store, calendar: Calendar, code: str) -> None:
        super().__init__(store, calendar, code, self.tr("Risk assessment"))
        r = self.current
        factors = QLabel(joined(*(label("risk_factors", f.factor) for f in r.factors))
                         or self.tr("None yet"))
        factors.setWordWrap(True)
        self.guidance = TextLine(r.guidance)
        self.assessed_on = DateField(calendar, r.assessed_on)
        self.assessed_by = TextLine(r.assessed_by)
        self.conclusion = TextBlock(r.conclusion)
        self.add_rows(
            ("guidance", self.tr("Guidance cited"), self.guidance),
            ("assessed_on", self.tr("Assessed on"), self.assessed_on),
            ("assessed_by", self.tr("Assessed by"), self.assessed_by),
            ("conclusion", self.tr("Conclusion"), self.conclusion),
        )
        self.form.addRow(self.tr("Factors"), factors)  # shown only: not one of `fields`
        self.mark_clean()


class IdentityDialog(PartDialog):
    """Who the person really is. Opening it reveals the identity, and the viewing is audited:
    open it only when the caseworker asks to. Photos are kept as they are."""

    part = "identity"

    def __init__(self, store: Store, calendar: Calendar, code: str) -> None:
        super().__init__(store, calendar, code, self.tr("Identity"))
        i = self.current
        notice = QLabel(self.tr("The identity is shown because you asked for it; the viewing "
                                "and any change are recorded in the audit log."))
        notice.setWordWrap(True)
        self.form.addRow(notice)
        self.full_name = TextLine(i.full_name)
        self.father_name = TextLine(i.father_name)
        self.grandfather_name = TextLine(i.grandfather_name)
        self.tazkira_number = TextLine(i.tazkira_number)
        self.other_ids = TextList(i.other_ids)
        self.date_of_birth = DateField(calendar, i.date_of_birth)
        self.phone_numbers = TextList(i.phone_numbers)
        self.add_rows(
            ("full_name", self.tr("Full name"), self.full_name),
            ("father_name", self.tr("Father's name"), self.father_name),
            ("grandfather_name", self.tr("Grandfather's name"), self.grandfather_name),
            ("tazkira_number", self.tr("Tazkira number"), self.tazkira_number),
            ("other_ids", self.tr("Other ID numbers (one a line)"), self.other_ids),
            ("date_of_birth", self.tr("Date of birth"), self.date_of_birth),
            ("phone_numbers", self.tr("Phone numbers (one a line)"), self.phone_numbers),
        )
        self.form.addRow(self.tr("Photos"), QLabel(self.tr(
            "%n photo(s), kept as they are", "", len(i.photos))))
        self.mark_clean()

    def load(self) -> Any:
        return cases.reveal_identity(self.store.db, self.code, self.store.actor)

