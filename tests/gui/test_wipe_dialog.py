"""The emergency wipe in the app: nothing happens until WIPE or the folder's name is typed;
then the store is gone, forgotten by the recent stores, the report replaces the warning, and the
window closes (which ends the app). No dialog here ever blocks: exec() is replaced."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from casefiles.core.model.case import Case, Person
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui import main_window
from casefiles.gui.app import Controller
from casefiles.gui.prefs import Prefs
from casefiles.gui.wipe_dialog import WipeDialog
from tests.conftest import snapshot


def _dialog(store: Store, prefs: Prefs, qtbot: QtBot) -> WipeDialog:
    dialog = WipeDialog(store, prefs)
    qtbot.addWidget(dialog)
    return dialog


def test_the_warning_states_the_limits_and_wipe_waits_for_the_word(
        store: Store, store_path: Path, prefs: Prefs, qtbot: QtBot) -> None:
    dialog = _dialog(store, prefs, qtbot)
    assert str(store_path) in dialog.warning.text()
    for words in ("SSD", "wear levelling", "Backups", "swap", "hibernation"):
        assert words in dialog.limits.text()
    assert "background-color" in dialog.warning.styleSheet()  # the red alarm
    before = snapshot(store_path)
    for typed in ("", "WIP", "yes", "store!"):
        dialog.confirm.setText(typed)
        assert not dialog.wipe_button.isEnabled(), typed
        dialog.wipe()  # a click that slipped through does nothing either
    assert dialog.report is None
    assert snapshot(store_path) == before
    dialog.confirm.setText("wipe")
    assert dialog.wipe_button.isEnabled()
    dialog.confirm.setText(store_path.name)
    assert dialog.wipe_button.isEnabled()


def test_confirmed_the_store_is_destroyed_forgotten_and_reported(
        store: Store, store_path: Path, prefs: Prefs, tmp_path: Path, qtbot: QtBot) -> None:
    other = tmp_path / "other-store"
    prefs.remember_store(other)
    prefs.remember_store(store_path)
    dialog = _dialog(store, prefs, qtbot)
    dialog.show()
    wiping = []
    dialog.wiping.connect(lambda: wiping.append(store.db.execute("SELECT 1").fetchone()))
    dialog.confirm.setText("WIPE")
    dialog.wipe_button.click()
    assert wiping == [(1,)]  # announced while the store was still open
    assert dialog.report is not None
    assert dialog.report.complete
    assert not store_path.exists()
    assert store._key == bytearray(32)
    assert prefs.recent_stores == [other]
    assert not dialog.confirm.isVisible()
    assert "The store is destroyed." in dialog.warning.text()
    assert "destroyed: keyslots.json" in dialog.outcome.text()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Close) is not None


def test_enter_after_the_word_wipes_and_before_it_does_nothing(
        store: Store, store_path: Path, prefs: Prefs, qtbot: QtBot) -> None:
    dialog = _dialog(store, prefs, qtbot)
    dialog.show()
    qtbot.keyClicks(dialog.confirm, "WIP")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.report is None
    assert store_path.exists()
    qtbot.keyClicks(dialog.confirm, "E")
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.report is not None
    assert not store_path.exists()


def test_a_wipe_that_leaves_something_says_so(store: Store, store_path: Path, prefs: Prefs,
                                             qtbot: QtBot) -> None:
    (store_path / "notes.txt").write_text("not ours", encoding="utf-8")
    dialog = _dialog(store, prefs, qtbot)
    dialog.confirm.setText("WIPE")
    dialog.wipe()
    assert dialog.report is not None
    assert not dialog.report.complete
    assert "left in place, not a casefiles file: notes.txt" in dialog.outcome.text()
    assert "could NOT be removed" in dialog.outcome.text()


def test_the_store_menu_wipes_and_the_app_ends(store: Store, store_path: Path, prefs: Prefs,
                                               qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    code = cases.add_case(store.db, Case(person=Person(pseudonym="Falcon-17")), "t").code
    prefs.remember_store(store_path)
    controller = Controller(QApplication.instance(), prefs, store_path)
    controller.open_window(store)
    window = controller.window
    window.select_code(code)
    assert window.case_view.code == code
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(True))
    seen: list[bool] = []

    def confirm_and_close(dialog: WipeDialog) -> int:
        dialog.confirm.setText("WIPE")
        dialog.wipe_button.click()
        seen.append(window.table.model() is None)  # the window showed nothing of it by then
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(WipeDialog, "exec", confirm_and_close)
    [action] = [a for a in window.menuBar().actions()[0].menu().actions()
                if a.text() == "Emergency &wipe…"]
    action.trigger()
    assert seen == [True]
    assert not store_path.exists()
    assert prefs.recent_stores == []
    assert controller.window is None
    assert quits == [True]
    assert not hasattr(main_window, "WipeDialog")  # imported only when first opened


def test_cancel_changes_nothing(store: Store, store_path: Path, prefs: Prefs, qtbot: QtBot,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    window = main_window.MainWindow(store, prefs)
    qtbot.addWidget(window)
    before = snapshot(store_path)

    def cancel(dialog: WipeDialog) -> int:
        dialog.confirm.setText("WIPE")
        dialog.reject()
        return dialog.result()

    monkeypatch.setattr(WipeDialog, "exec", cancel)
    window.emergency_wipe()
    assert snapshot(store_path) == before
    assert window.table.model() is not None
    assert store.db.execute("SELECT 1").fetchone() == (1,)
