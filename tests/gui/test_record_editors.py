"""Editing service, relatives, risk, consent, incidents and identity through the real dialogs."""

import base64

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation, Source
from casefiles.core.model.dates import Calendar
from casefiles.core.security import audit
from casefiles.core.store import cases, citations, sources
from casefiles.core.store.store import Store
from casefiles.gui.editor import Editor
from casefiles.gui.record_editors import (
    ConsentDialog,
    IdentityDialog,
    IncidentDialog,
    RecordDialog,
    RelativeDialog,
    RiskAssessmentDialog,
    RiskFactorDialog,
    ServiceDialog,
)

SH = Calendar.SOLAR_HIJRI
PHOTO = b"\x89PNG\r\n\x1a\n fictional photo bytes"
CASE = {
    "person": {"pseudonym": "Falcon"},
    "consent": {"given_on": "2024-02-03", "scope": ["record"], "recorded_by": "Mariam"},
    "identity": {"full_name": "Fictional Name", "father_name": "Fictional Father",
                 "tazkira_number": "1400-0101-00001", "phone_numbers": ["+93 700 000 001"],
                 "photos": [{"caption": "tazkira scan", "mime": "image/png",
                             "data": base64.b64encode(PHOTO).decode()}]},
    "service": [{"institution": "NDS", "rank": "captain", "unit": "Directorate 40"}],
    "incidents": [
        {"type": "dismissal", "date": "SH 1400-08", "description": "Dismissed.",
         "verification": "confirmed"},
        {"type": "threat", "date": "12 Mizan 1401", "description": "Threatened by phone."},
    ],
    "relatives": [{"relation": "brother", "pseudonym": "Falcon's brother"}],
    "risk": {"guidance": "EUAA Country Guidance: Afghanistan (May 2024)",
             "factors": [{"factor": "role_visibility", "assessment": "Known officer."}]},
}


@pytest.fixture
def code(store: Store) -> str:
    return cases.add_case(store.db, serial.from_json(Case, CASE), "tester").code


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox.StandardButton]:
    """What QMessageBox.question answers, first to last; each question asked is used up."""
    queue: list[QMessageBox.StandardButton] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: queue.pop(0))
    return queue


def _open(qtbot: QtBot, dialog: Editor) -> Editor:
    qtbot.addWidget(dialog)
    return dialog


def _accepted(dialog: Editor) -> bool:
    return dialog.result() == Editor.DialogCode.Accepted


def test_add_and_edit_a_service_record_in_solar_hijri(store: Store, code: str,
                                                      qtbot: QtBot) -> None:
    dialog = _open(qtbot, ServiceDialog(store, SH, code))
    assert isinstance(dialog, ServiceDialog)
    dialog.institution.setCurrentIndex(dialog.institution.findData("anp"))
    dialog.unit.setText("Kandahar police headquarters")
    dialog.started.edit.setText("Hamal 1395")
    assert "Hamal 1395" in dialog.started.preview.text()
    dialog.ended.edit.setText("24 Asad 1400")
    dialog.international.setChecked(True)
    dialog.partner.setText("ISAF")
    dialog.save()
    assert _accepted(dialog)
    service = cases.get_case(store.db, code).service
    assert len(service) == 2
    assert service[0].unit == "Directorate 40"
    added = service[1]
    assert added.uuid == dialog.uuid
    assert (added.institution, added.started.to_text(), added.ended.to_text(),
            added.with_international_forces, added.international_partner) == (
        "anp", "SH 1395-01", "SH 1400-05-24", True, "ISAF")

    edit = _open(qtbot, ServiceDialog(store, SH, code, added.uuid))
    assert isinstance(edit, ServiceDialog)
    assert edit.windowTitle() == "Edit service record"
    assert edit.unit.text() == "Kandahar police headquarters"
    assert edit.started.edit.text() == "SH 1395-01"
    edit.ended.edit.setText("Sawr 1400")
    edit.save()
    assert _accepted(edit)
    after = cases.get_case(store.db, code).service
    assert [s.uuid for s in after] == [service[0].uuid, added.uuid]
    assert after[1].ended.to_text() == "SH 1400-02"
    assert after[1].unit == "Kandahar police headquarters"  # what was not changed stays


def test_add_a_relative_in_dari(store: Store, code: str, qtbot: QtBot) -> None:
    dialog = _open(qtbot, RelativeDialog(store, SH, code))
    assert isinstance(dialog, RelativeDialog)
    dialog.relation.setCurrentIndex(dialog.relation.findData("father"))
    dialog.pseudonym.setText("پدر باز")
    assert dialog.pseudonym.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.incident_type.setCurrentIndex(dialog.incident_type.findData("arrest_detention"))
    dialog.date.edit.setText("3 Jadi 1401")
    dialog.what_happened.setPlainText("در خانه‌اش بازداشت شد.")
    dialog.save()
    assert _accepted(dialog)
    relatives = cases.get_case(store.db, code).relatives
    assert [r.pseudonym for r in relatives] == ["Falcon's brother", "پدر باز"]
    assert (relatives[1].relation, relatives[1].incident_type, relatives[1].date.to_text(),
            relatives[1].what_happened) == ("father", "arrest_detention", "SH 1401-10-03",
                                            "در خانه‌اش بازداشت شد.")


def test_a_risk_assessment_with_two_factors(store: Store, qtbot: QtBot) -> None:
    code = cases.add_case(store.db, Case(), "tester").code
    dialog = _open(qtbot, RiskAssessmentDialog(store, SH, code))
    assert isinstance(dialog, RiskAssessmentDialog)
    dialog.guidance.setText("EUAA Country Guidance: Afghanistan (May 2024), 3.1")
    dialog.assessed_on.edit.setText("1 Hamal 1403")
    dialog.assessed_by.setText("Mariam")
    dialog.conclusion.setPlainText("Well-founded fear of persecution.")
    dialog.save()
    assert _accepted(dialog)
    for factor, present, text in (("role_visibility", True, "Known NDS officer."),
                                  ("taliban_registration", False, "Never registered.")):
        item = _open(qtbot, RiskFactorDialog(store, SH, code))
        assert isinstance(item, RiskFactorDialog)
        item.factor.setCurrentIndex(item.factor.findData(factor))
        item.present.setChecked(present)
        item.assessment.setPlainText(text)
        item.save()
        assert _accepted(item)
    risk = cases.get_case(store.db, code).risk
    assert (risk.guidance, risk.assessed_on.to_text(), risk.assessed_by, risk.conclusion) == (
        "EUAA Country Guidance: Afghanistan (May 2024), 3.1", "SH 1403-01-01", "Mariam",
        "Well-founded fear of persecution.")
    assert [(f.factor, f.present, f.assessment) for f in risk.factors] == [
        ("role_visibility", True, "Known NDS officer."),
        ("taliban_registration", False, "Never registered.")]
    # Editing the assessment again keeps its factors.
    again = _open(qtbot, RiskAssessmentDialog(store, SH, code))
    assert isinstance(again, RiskAssessmentDialog)
    again.conclusion.setPlainText("Well-founded fear; relatives also at risk.")
    again.save()
    assert len(cases.get_case(store.db, code).risk.factors) == 2


def test_consent(store: Store, code: str, qtbot: QtBot) -> None:
    dialog = _open(qtbot, ConsentDialog(store, SH, code))
    assert isinstance(dialog, ConsentDialog)
    assert dialog.scope.codes() == ["record"]
    dialog.scope.boxes["share_partners"].setChecked(True)
    dialog.scope.boxes["identity_to_authorities"].setChecked(True)
    dialog.given_on.edit.setText("14 Hut 1402")
    dialog.recorded_by.setText("Nasrin")
    dialog.save()
    assert _accepted(dialog)
    consent = cases.get_case(store.db, code).consent
    assert consent.scope == ["record", "share_partners", "identity_to_authorities"]
    assert (consent.given_on.to_text(), consent.recorded_by) == ("SH 1402-12-14", "Nasrin")


def test_edit_an_incident_keeps_the_others(store: Store, code: str, qtbot: QtBot) -> None:
    first, second = cases.get_case(store.db, code).incidents
    dialog = _open(qtbot, IncidentDialog(store, SH, code, second.uuid))
    assert isinstance(dialog, IncidentDialog)
    assert dialog.windowTitle() == "Edit incident"
    assert dialog.type.code() == "threat"
    assert dialog.description.toPlainText() == "Threatened by phone."
    dialog.description.setPlainText("Threatened by phone, then at the door.")
    dialog.verification.setCurrentIndex(dialog.verification.findData("likely"))
    dialog.save()
    assert _accepted(dialog)
    after = cases.get_case(store.db, code).incidents
    assert [i.uuid for i in after] == [first.uuid, second.uuid]
    assert after[0] == first  # untouched
    assert (after[1].description, after[1].verification, after[1].date.to_text()) == (
        "Threatened by phone, then at the door.", "likely", "SH 1401-07-12")


def test_remove_asks_first_and_cancel_keeps_the_item(store: Store, code: str, qtbot: QtBot,
                                                     answers: list) -> None:
    kept, gone = cases.get_case(store.db, code).incidents
    dialog = _open(qtbot, IncidentDialog(store, SH, code, gone.uuid))
    assert isinstance(dialog, IncidentDialog)
    answers.append(QMessageBox.StandardButton.Cancel)
    assert dialog.remove() is False
    assert answers == []  # it was asked
    assert len(cases.get_case(store.db, code).incidents) == 2
    assert not dialog.removed
    answers.append(QMessageBox.StandardButton.Yes)
    assert dialog.remove() is True
    assert dialog.removed
    assert _accepted(dialog)
    assert [i.uuid for i in cases.get_case(store.db, code).incidents] == [kept.uuid]


@pytest.mark.parametrize(("kind", "list_name"), [
    (ServiceDialog, "service"), (RelativeDialog, "relatives"),
    (RiskFactorDialog, "risk_factors")])
def test_remove_each_kind_from_its_remove_button(store: Store, code: str, qtbot: QtBot,
                                                 answers: list, kind: type[RecordDialog],
                                                 list_name: str) -> None:
    (item,) = cases.records(cases.get_case(store.db, code), list_name)
    new = _open(qtbot, kind(store, SH, code))
    assert [b.text() for b in new.buttons.buttons()
            if new.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.DestructiveRole] == []
    dialog = _open(qtbot, kind(store, SH, code, item.uuid))
    assert isinstance(dialog, RecordDialog)
    (button,) = [b for b in dialog.buttons.buttons()
                 if dialog.buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.DestructiveRole]
    answers.append(QMessageBox.StandardButton.Yes)
    button.click()
    assert dialog.removed
    assert cases.records(cases.get_case(store.db, code), list_name) == []


def test_removing_a_cited_incident_is_refused_and_said(store: Store, code: str, qtbot: QtBot,
                                                       answers: list,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    cited = cases.get_case(store.db, code).incidents[0]
    source = sources.add_source(store.db, Source(title="UNAMA report"), "tester")
    citations.add_citation(store.db, Citation(source_id=source.id, case_code=code,
                                            incident_uuid=cited.uuid, pinpoint="p. 12"),
                           "tester")
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    dialog = _open(qtbot, IncidentDialog(store, SH, code, cited.uuid))
    assert isinstance(dialog, IncidentDialog)
    answers.append(QMessageBox.StandardButton.Yes)
    assert dialog.remove() is False
    assert "cited" in dialog.message.text()
    assert len(warned) == 1
    assert "cited" in warned[0]
    assert len(cases.get_case(store.db, code).incidents) == 2


def _audit(store: Store, code: str) -> list[audit.AuditEntry]:
    return audit.entries(store.db, cases.get_case(store.db, code).uuid)


def test_identity_edit_is_audited_and_keeps_the_photos(store: Store, code: str,
                                                       qtbot: QtBot) -> None:
    before = len(_audit(store, code))
    dialog = _open(qtbot, IdentityDialog(store, SH, code))
    assert isinstance(dialog, IdentityDialog)
    opened = _audit(store, code)[before:]
    assert [e.action for e in opened] == ["identity.view"]  # opening it is a viewing
    assert dialog.full_name.text() == "Fictional Name"
    assert dialog.phone_numbers.items() == ["+93 700 000 001"]
    dialog.full_name.setText("نام خیالی")
    assert dialog.full_name.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.grandfather_name.setText("Fictional Grandfather")
    dialog.other_ids.setPlainText("P-1234567\n\nNDS-card 778\n")
    dialog.phone_numbers.setPlainText("+93 700 000 001\n+98 915 000 0002")
    dialog.date_of_birth.edit.setText("Hamal 1365")
    dialog.save()
    assert _accepted(dialog)

    identity = cases.reveal_identity(store.db, code, "tester")
    assert (identity.full_name, identity.father_name, identity.grandfather_name,
            identity.tazkira_number) == ("نام خیالی", "Fictional Father",
                                         "Fictional Grandfather", "1400-0101-00001")
    assert identity.other_ids == ["P-1234567", "NDS-card 778"]
    assert identity.phone_numbers == ["+93 700 000 001", "+98 915 000 0002"]
    assert identity.date_of_birth.to_text() == "SH 1365-01"
    assert [(p.caption, p.mime, p.data) for p in identity.photos] == [
        ("tazkira scan", "image/png", PHOTO)]
    edit = [e for e in _audit(store, code)[before:] if e.action == "case.edit"]
    assert len(edit) == 1
    assert "identity.full_name" in edit[0].detail["fields"]
    assert not any(f.startswith("identity.photos") for f in edit[0].detail["fields"])
    recorded = str(edit[0].detail)
    assert "نام خیالی" not in recorded
    assert "P-1234567" not in recorded


def test_an_impossible_date_keeps_the_identity_dialog_open(store: Store, code: str,
                                                           qtbot: QtBot) -> None:
    dialog = _open(qtbot, IdentityDialog(store, SH, code))
    assert isinstance(dialog, IdentityDialog)
    dialog.full_name.setText("Changed Name")
    dialog.date_of_birth.edit.setText("31 Mizan 1401")  # Mizan has 30 days
    dialog.save()
    assert not _accepted(dialog)
    assert "does not exist" in dialog.message.text()
    assert dialog.full_name.text() == "Changed Name"
    assert dialog.date_of_birth.edit.text() == "31 Mizan 1401"
    assert cases.reveal_identity(store.db, code, "tester").full_name == "Fictional Name"


@pytest.mark.parametrize("make", [
    lambda s, c, case: ServiceDialog(s, SH, c, case.service[0].uuid),
    lambda s, c, case: IncidentDialog(s, SH, c, case.incidents[1].uuid),
    lambda s, c, case: RelativeDialog(s, SH, c, case.relatives[0].uuid),
    lambda s, c, case: RiskFactorDialog(s, SH, c, case.risk.factors[0].uuid),
    lambda s, c, case: RiskAssessmentDialog(s, SH, c),
    lambda s, c, case: ConsentDialog(s, SH, c),
    lambda s, c, case: IdentityDialog(s, SH, c),
])
def test_closing_an_unchanged_dialog_asks_nothing(store: Store, code: str, qtbot: QtBot,
                                                  answers: list, make) -> None:
    """Filled from the store and closed untouched: no question (the empty `answers` would
    raise), so what each dialog reads back from its fields matches what it was filled with."""
    dialog = _open(qtbot, make(store, code, cases.get_case(store.db, code)))
    dialog.show()
    dialog.reject()
    assert not dialog.isVisible()
