"""Adding a case and an incident through the real dialogs."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.core.model.case import Case, Consent
from casefiles.core.model.dates import Calendar
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui.case_editor import CaseDialog, IncidentDialog
from casefiles.gui.fields import TextLine
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs


def test_add_a_case_and_an_incident_in_solar_hijri(store: Store, prefs: Prefs,
                                                   qtbot: QtBot) -> None:
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    dialog = CaseDialog(store, Calendar.SOLAR_HIJRI)
    qtbot.addWidget(dialog)
    dialog.pseudonym.setText("باز")
    assert dialog.pseudonym.layoutDirection() == Qt.LayoutDirection.RightToLeft
    dialog.province.setCurrentIndex(dialog.province.findData("AF-BAL"))
    dialog.situation.setCurrentIndex(dialog.situation.findData("in_hiding_afghanistan"))
    dialog.summary.setPlainText("کارمند پیشین امنیت ملی در بلخ")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    code = dialog.code
    window.select_code(code)
    assert window.case_view.code == code

    incident = IncidentDialog(store, Calendar.SOLAR_HIJRI, code)
    qtbot.addWidget(incident)
    kind, when, description = (incident.fields[n] for n in ("type", "date", "description"))
    kind.setCurrentIndex(kind.findData("dismissal"))
    when.edit.setText("31 Mizan 1401")  # Mizan has 30 days
    assert "does not exist" in when.preview.text()
    description.setPlainText("Dismissed after the NDS list was found.")
    incident.save()
    assert incident.result() != incident.DialogCode.Accepted  # refused, still open
    assert "does not exist" in incident.message.text()
    assert description.toPlainText() == "Dismissed after the NDS list was found."
    when.edit.setText("24 Asad 1400")
    assert when.preview.text() == "24 Asad 1400 (15 August 2021)"
    incident.save()
    assert incident.result() == incident.DialogCode.Accepted

    case = cases.get_case(store.db, code)
    assert case.person.pseudonym == "باز"
    assert case.person.origin_province == "AF-BAL"
    assert [(i.type, i.date.to_text()) for i in case.incidents] == [("dismissal",
                                                                    "SH 1400-05-24")]


def test_edit_keeps_what_it_does_not_show(store: Store, qtbot: QtBot) -> None:
    code = cases.add_case(store.db, Case(summary="Keep me", notes="Notes stay",
                                         consent=Consent(recorded_by="Omid")), "t").code
    dialog = CaseDialog(store, Calendar.GREGORIAN, code)
    qtbot.addWidget(dialog)
    assert dialog.summary.toPlainText() == "Keep me"
    assert dialog.notes.toPlainText() == "Notes stay"
    dialog.assigned.setText("Nasrin")
    dialog.save()
    after = cases.get_case(store.db, code)
    assert (after.assigned_to, after.summary, after.notes) == ("Nasrin", "Keep me", "Notes stay")
    assert after.consent.recorded_by == "Omid"  # not in this dialog, and kept


def test_cancel_with_changes_asks_first(store: Store, qtbot: QtBot,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (
        asked.append(1), QMessageBox.StandardButton.Cancel)[1])
    dialog = CaseDialog(store, Calendar.GREGORIAN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # nothing typed: closes without asking
    assert asked == []
    dialog = CaseDialog(store, Calendar.GREGORIAN)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.pseudonym.setText("Kestrel")
    dialog.reject()
    assert asked == [1]
    assert dialog.isVisible()  # kept open: nothing typed is lost


def test_text_line_follows_the_direction_of_its_text(qtbot: QtBot) -> None:
    line = TextLine("Kabul")
    qtbot.addWidget(line)
    assert line.layoutDirection() == Qt.LayoutDirection.LeftToRight
    line.setText("کابل")
    assert line.layoutDirection() == Qt.LayoutDirection.RightToLeft
