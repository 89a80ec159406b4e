"""The case's tabs offer to add, edit and remove its records; each change goes through the real
dialogs and the core, lands in the undo stack, and shows at once. The source library answers
the main search box and leads to the cases a report may support."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QGroupBox, QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.security import audit
from casefiles.core.store import case_links, cases
from casefiles.core.store.store import Store
from casefiles.gui import main_window, record_editors
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture
def window(store: Store, prefs: Prefs, qtbot: QtBot) -> MainWindow:
    code = cases.add_case(store.db, serial.from_json(Case, {
        "person": {"pseudonym": "Falcon", "origin_province": "AF-BAL"},
        "service": [{"institution": "nds", "province": "AF-BAL"}],
        "incidents": [{"type": "dismissal", "date": "Jadi 1400"}],
        "identity": {"full_name": "Fictional Full Name"}}), "tester").code
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.select_code(code)
    return window


def _buttons(window: MainWindow, tab: str) -> dict[str, list[QPushButton]]:
    found: dict[str, list[QPushButton]] = {}
    for button in window.case_view.pages[tab].widget().findChildren(QPushButton):
        found.setdefault(button.text(), []).append(button)
    return found


def _shown(window: MainWindow, tab: str) -> str:
    """Every text a tab shows: its boxes' titles and its labels."""
    page = window.case_view.pages[tab].widget()
    return "\n".join([box.title() for box in page.findChildren(QGroupBox)]
                     + [label.text() for label in page.findChildren(QLabel)])


def _saving(monkeypatch: pytest.MonkeyPatch, dialog_class: type, fill) -> None:
    def run(dialog: QDialog) -> int:
        fill(dialog)
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(dialog_class, "exec", run)


def test_add_edit_and_remove_a_posting_from_the_service_tab(window: MainWindow,
                                                            monkeypatch: pytest.MonkeyPatch
                                                            ) -> None:
    store, code = window.store, window.case_view.code

    def posting(dialog) -> None:
        dialog.institution.setCurrentIndex(dialog.institution.findData("ana_sf"))
        dialog.started.edit.setText("Hamal 1395")
        dialog.unit.setText("2nd Commando Kandak")
    _saving(monkeypatch, main_window.ServiceDialog, posting)
    _buttons(window, "service")["Add a posting…"][0].click()
    service = cases.get_case(store.db, code).service
    assert [s.unit for s in service] == ["", "2nd Commando Kandak"]
    assert "2nd Commando Kandak" in _shown(window, "service")
    assert window.undo_stack.undoText() == f"Add a posting to {code}"

    _saving(monkeypatch, main_window.ServiceDialog, lambda d: d.unit.setText("3rd Kandak"))
    _buttons(window, "service")["Edit…"][1].click()
    assert [s.unit for s in cases.get_case(store.db, code).service] == ["", "3rd Kandak"]

    monkeypatch.setattr(record_editors.QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    _buttons(window, "service")["Remove…"][1].click()
    assert [s.unit for s in cases.get_case(store.db, code).service] == [""]
    window.undo_stack.undo()  # the removal is undone: the posting is back, with its uuid
    assert [s.unit for s in cases.get_case(store.db, code).service] == ["", "3rd Kandak"]
    assert [s.uuid for s in cases.get_case(store.db, code).service][1] == service[1].uuid


def test_risk_factors_and_the_assessment(window: MainWindow, monkeypatch: pytest.MonkeyPatch
                                         ) -> None:
    store, code = window.store, window.case_view.code
    assert window.case_view.pages["risk"].widget().findChildren(QPushButton)

    def factor(dialog) -> None:
        dialog.factor.setCurrentIndex(dialog.factor.findData("relatives_targeted"))
        dialog.assessment.setPlainText("His brother was detained for ten days.")
    _saving(monkeypatch, main_window.RiskFactorDialog, factor)
    _buttons(window, "risk")["Add a risk factor…"][0].click()

    def assessment(dialog) -> None:
        dialog.guidance.setText("EUAA Country Guidance: Afghanistan (2024), 3.1")
        dialog.conclusion.setPlainText("Well-founded fear.")
    _saving(monkeypatch, main_window.RiskAssessmentDialog, assessment)
    _buttons(window, "risk")["Edit the assessment…"][0].click()
    risk = cases.get_case(store.db, code).risk
    assert [f.factor for f in risk.factors] == ["relatives_targeted"]
    assert risk.conclusion == "Well-founded fear."
    assert "Risk factor: Relatives targeted" in _shown(window, "risk")
    assert "Edit…" in _buttons(window, "risk")  # the factor's own buttons


def test_identity_is_edited_deliberately_audited_and_hidden_after(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    store, code = window.store, window.case_view.code
    _saving(monkeypatch, main_window.IdentityDialog,
            lambda d: d.father_name.setText("Fictional Father"))
    window.case_view.edit_identity_button.click()
    identity = cases.reveal_identity(store.db, code, "tester")
    assert (identity.full_name, identity.father_name) == ("Fictional Full Name",
                                                          "Fictional Father")
    uuid = cases.get_case(store.db, code).uuid
    actions = [e.action for e in audit.entries(store.db, uuid)]
    assert actions.count("identity.view") == 2  # the dialog's opening, and ours just now
    assert "Fictional" not in _shown(window, "identity")  # back to withheld once saved
    assert not window.undo_stack.canUndo()  # identity edits stay out of undo


def test_main_search_filters_sources_too_and_a_source_leads_to_its_cases(
        window: MainWindow, qtbot: QtBot) -> None:
    with qtbot.waitSignal(window.sources.imported, timeout=20_000):
        window.sources.import_files([CORPUS / "rasc-balkh-nds-dismissals-2025.txt",
                                     CORPUS / "rasc-deportations-detentions-2024.txt"])
    assert window.source_count.text() == "2 source(s)"
    window.filters.search.setText("Balkh")
    qtbot.waitUntil(lambda: window.sources.count == 1, timeout=3000)
    assert window.source_count.text() == "1 source(s)"
    code = window.case_view.code
    window.left.setCurrentWidget(window.sources)
    window.sources.case_requested.emit(code)
    assert window.left.currentIndex() == 0
    assert window.case_view.code == code
    assert window.model.code_at(window.table.currentIndex().row()) == code


def test_related_cases_are_linked_set_apart_and_forgotten_from_the_summary(
        window: MainWindow, store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    code = window.case_view.code
    twin = cases.add_case(store.db, serial.from_json(Case, {
        "person": {"pseudonym": "Falcon 2", "origin_province": "AF-BAL"},
        "service": [{"institution": "nds"}]}), "tester").code
    other = cases.add_case(store.db, serial.from_json(Case, {
        "person": {"pseudonym": "Kestrel", "origin_province": "AF-BAL"}}), "tester").code
    window.select_code(code)
    assert f"Related case: {twin}  Falcon 2" in _shown(window, "summary")
    assert "same institution, province and incident dates" in _shown(window, "summary")
    _buttons(window, "summary")["The same person: link"][0].click()
    [link] = case_links.links(store.db, cases.case_id_for(store.db, code))
    assert (link.code, link.relation) == (twin, case_links.SAME_PERSON)
    assert "The same person" in _shown(window, "summary")
    assert "The same person: link" not in _buttons(window, "summary")
    assert "the same person" in window.statusBar().currentMessage()
    _buttons(window, "summary")["Forget this decision"][0].click()
    assert case_links.links(store.db, cases.case_id_for(store.db, code)) == []
    assert "The same person: link" in _buttons(window, "summary")  # offered again
    # A case that was not offered, linked by its code; a wrong code is explained.
    warnings: list[str] = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda _parent, _title, text: warnings.append(text))
    for typed in ("CF-NONE-0000", other.lower()):
        monkeypatch.setattr(main_window.QInputDialog, "getText",
                            lambda *_args, typed=typed: (typed, True))
        _buttons(window, "summary")["Link with another case…"][0].click()
    assert len(warnings) == 1
    assert "CF-NONE-0000" in warnings[0]
    assert [link.code for link in case_links.links(
        store.db, cases.case_id_for(store.db, code))] == [other]
    assert f"Related case: {other}  Kestrel" in _shown(window, "summary")
