"""The early desktop window over a real store, offscreen."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casefiles.core.model.case import Case, Person
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui import case_list_model
from casefiles.gui.case_list_model import CaseListModel
from casefiles.gui.main_window import MainWindow
from casefiles.gui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE


@pytest.fixture
def filled(store: Store) -> Store:
    for i in range(25):
        cases.add_case(store.db, Case(person=Person(pseudonym=f"Heron {i:02d}",
                                                    origin_province="AF-BAL")), "tester")
    return store


def test_case_list_model_is_a_correct_qt_model(filled: Store, qtmodeltester,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_list_model, "PAGE_SIZE", 10)
    model = CaseListModel(filled.db)
    assert model.total == 25
    assert model.rowCount() == 0
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 10
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25
    assert model.index(0, 3).data() == "Balkh"
    qtmodeltester.check(model)


def test_main_window_lists_cases_without_case_data_in_the_title(filled: Store,
                                                                qtbot: QtBot) -> None:
    window = MainWindow(filled)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 25)
    assert window.windowTitle() == "casefiles"
    pseudonyms = {window.model.index(r, 1).data() for r in range(25)}
    assert "Heron 00" in pseudonyms


def test_unlock_dialog_wrong_then_right_passphrase(store: Store, store_path: Path,
                                                   qtbot: QtBot) -> None:
    store.close()
    dialog = UnlockDialog(store_path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock()
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled(), timeout=10_000)
    assert "Wrong passphrase" in dialog.message.text()
    assert dialog.passphrase.text() == ""
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.unlock()
    assert dialog.store is not None
    dialog.store.close()
