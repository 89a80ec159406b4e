"""The desktop app over a real store, driven through its real widgets, offscreen."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.security import audit
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui import case_list_model
from casefiles.gui.app import Controller
from casefiles.gui.case_list_model import CaseListModel
from casefiles.gui.clipboard import CLEAR_AFTER_MS, ConcealedClipboard
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from casefiles.gui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE

PROVINCES = ["AF-BAL", "AF-KAN", "AF-HER"]


@pytest.fixture
def filled(store: Store) -> Store:
    for i in range(25):
        cases.add_case(store.db, serial.from_json(Case, {
            "person": {"pseudonym": f"Heron {i:02d}", "origin_province": PROVINCES[i % 3]},
            "summary": "بازداشت در قندهار" if i == 7 else f"Dismissed in {2021 + i % 4}",
            "incidents": [{"type": "threat", "date": "24 Asad 1400"}] * (i % 3),
            "identity": {"full_name": f"Fictional Name {i}"}}), "tester")
    return store


def test_case_list_model_is_a_correct_qt_model(filled: Store, qtmodeltester,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(case_list_model, "PAGE_SIZE", 10)
    model = CaseListModel(filled.db)
    assert model.total == 25
    assert model.rowCount() == 0
    model.fetchMore()
    assert model.rowCount() == 10
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 25
    qtmodeltester.check(model)
    # Qt's tester fetches more while it handles a reset, which it then reports as a change in
    # flight, so sorting is checked on a model it does not watch.
    sorted_model = CaseListModel(filled.db)
    sorted_model.sort(1, Qt.SortOrder.DescendingOrder)
    assert sorted_model.rowCount() == 10  # the first page comes with the reset
    assert sorted_model.index(0, 1).data() == "Heron 24"


def _window(store: Store, prefs: Prefs, qtbot: QtBot) -> MainWindow:
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.show()
    return window


def test_filters_and_search_as_you_type(filled: Store, prefs: Prefs, qtbot: QtBot) -> None:
    window = _window(filled, prefs, qtbot)
    assert window.windowTitle() == "casefiles"
    combo = window.filters.combos["province"]
    combo.setCurrentIndex(combo.findData("AF-KAN"))
    assert window.model.total == 8
    assert window.count.text() == "8 case(s)"
    combo.setCurrentIndex(0)
    window.filters.search.setText("بازداشت")  # pasted (the offscreen keyboard is Latin only)
    qtbot.waitUntil(lambda: window.model.total == 1)
    assert window.model.index(0, 1).data() == "Heron 07"
    window.filters.search.clear()
    qtbot.keyClicks(window.filters.search, "dismis")  # a prefix, as typed
    qtbot.waitUntil(lambda: window.model.total == 24)


def test_identity_is_revealed_on_demand_and_hidden_again(filled: Store, prefs: Prefs,
                                                         qtbot: QtBot) -> None:
    window = _window(filled, prefs, qtbot)
    window.table.selectRow(0)
    view = window.case_view
    first = view.code
    assert first == window.model.code_at(0)
    identity_page = view.pages["identity"]
    assert "Fictional Name" not in _texts(identity_page)
    qtbot.mouseClick(view.reveal_button, Qt.MouseButton.LeftButton)
    assert "Fictional Name" in " ".join(_texts(identity_page))
    views = [e for e in audit.entries(filled.db) if e.action == "identity.view"]
    assert [e.detail["code"] for e in views] == [first]
    window.table.selectRow(1)
    assert "Fictional Name" not in " ".join(_texts(identity_page))
    assert view.reveal_button.isEnabled()


def test_case_tabs_show_solar_hijri_dates(filled: Store, prefs: Prefs, qtbot: QtBot) -> None:
    prefs.calendar = Calendar.SOLAR_HIJRI
    window = _window(filled, prefs, qtbot)
    with_two = next(r for r in range(window.model.rowCount())
                    if window.model.index(r, 6).data() == 2)
    window.table.selectRow(with_two)
    assert "24 Asad 1400 (15 August 2021)" in " ".join(_texts(window.case_view.pages["incidents"]))
    window.set_calendar(Calendar.GREGORIAN)
    assert "15 August 2021 (24 Asad 1400)" in " ".join(_texts(window.case_view.pages["incidents"]))


def _texts(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def _controller(store: Store, store_path: Path, prefs: Prefs) -> Controller:
    controller = Controller(QApplication.instance(), prefs, store_path)
    controller.open_window(store)
    return controller


def test_lock_by_shortcut_then_wrong_and_right_passphrase(filled: Store, store_path: Path,
                                                          prefs: Prefs, qtbot: QtBot) -> None:
    controller = _controller(filled, store_path, prefs)
    window = controller.window
    window.windowHandle().requestActivate()
    assert QTest.qWaitForWindowActive(window.windowHandle(), 2000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.window is None
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    qtbot.addWidget(dialog)
    assert filled._key == bytearray(32)  # the key is wiped
    dialog.passphrase.setText("not the passphrase")
    dialog.unlock()
    qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.message.text(), timeout=10_000)
    assert dialog.passphrase.text() == ""
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.model.total == 25
    assert prefs.recent_stores == [store_path]
    controller.window.store.close()


def test_idle_auto_lock(filled: Store, store_path: Path, prefs: Prefs, qtbot: QtBot) -> None:
    controller = _controller(filled, store_path, prefs)
    controller.idle.set_timeout(200)
    controller.idle.start()
    qtbot.waitUntil(lambda: controller.window is None, timeout=3000)
    assert isinstance(controller.dialog, UnlockDialog)
    qtbot.addWidget(controller.dialog)


def test_clipboard_is_cleared_only_if_it_still_holds_our_value(qtbot: QtBot) -> None:
    clipboard = QGuiApplication.clipboard()
    ours = ConcealedClipboard(clear_after_ms=100)
    ours.copy("CF-ABCD-EFGH")
    assert clipboard.mimeData().data("x-kde-passwordManagerHint") == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    ours.copy("CF-ABCD-EFGH")
    clipboard.setText("something the user copied")
    qtbot.wait(200)
    assert clipboard.text() == "something the user copied"


def test_a_copy_made_in_the_app_is_concealed_and_cleared(filled: Store, store_path: Path,
                                                         prefs: Prefs, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    controller = _controller(filled, store_path, prefs)
    controller.clipboard._timer.setInterval(200)  # the app's one guard: reset below
    window = controller.window
    window.windowHandle().requestActivate()
    assert QTest.qWaitForWindowActive(window.windowHandle(), 2000)
    window.filters.search.setText("Heron 07")
    window.filters.search.selectAll()
    window.filters.search.copy()  # Ctrl+C in a field of ours
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == "Heron 07"
    assert clipboard.mimeData().data("x-kde-passwordManagerHint") == b"secret"
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    # A copy made while none of our windows is active (another program's) is left alone.
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    clipboard.setText("from another program")
    qtbot.wait(300)
    assert clipboard.text() == "from another program"
    assert not clipboard.mimeData().hasFormat("x-kde-passwordManagerHint")
    controller.clipboard._timer.setInterval(CLEAR_AFTER_MS)
    controller.lock()
    qtbot.addWidget(controller.dialog)
