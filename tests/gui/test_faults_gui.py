"""Faults as the app meets them, offscreen, over real faulty disks and real second processes:
the message is shown (never a traceback), the editor that failed keeps what was typed, a
store that is gone is offered to be locked, and a second window on one store is told."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.core.errors import StoreOpenElsewhere
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.store import case_list, cases, driver
from casefiles.core.store.store import Store
from casefiles.gui import app
from casefiles.gui.app import Controller
from casefiles.gui.case_editor import CaseDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.unlock_dialog import UnlockDialog
from casefiles.gui.workers import explain
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.fault_makers import fill, held, pull, small_disk

GONE = "The store's folder is gone (was the USB stick removed?)"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def on_disk(disk: Path) -> Iterator[Store]:
    store, _ = Store.create(disk / "store", PASSPHRASE, kdf=FAST_KDF, actor="tester")
    cases.add_case(store.db, Case(summary="Dismissed in 2021."), "tester")
    yield store
    store.close()


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every message box the app shows, (kind, text), answered Yes; none blocks."""
    shown: list[tuple[str, str]] = []

    def answer(kind: str):
        def box(_parent, _title, text, *_args, **_kwargs):
            shown.append((kind, text))
            return QMessageBox.StandardButton.Yes
        return box
    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(app.QMessageBox, kind, answer(kind))
    return shown


def window_on(store: Store, prefs: Prefs, qtbot: QtBot) -> Controller:
    controller = Controller(QApplication.instance(), prefs, store.path)
    controller.open_window(store)
    qtbot.addWidget(controller.window)
    return controller


def editing(store: Store, qtbot: QtBot, typed: str) -> CaseDialog:
    """The case editor on the store's case, with `typed` as its new summary."""
    code = case_list.list_cases(store.db)[0].code
    dialog = CaseDialog(store, Calendar.GREGORIAN, code)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.summary.setPlainText(typed)
    return dialog


def test_a_failed_save_on_a_full_disk_keeps_the_editor_and_its_text(
        on_disk: Store, disk: Path, prefs: Prefs, qtbot: QtBot,
        asked: list[tuple[str, str]]) -> None:
    controller = window_on(on_disk, prefs, qtbot)
    typed = "Arrested at a checkpoint in Kandahar. " * 8000  # more than the disk has left
    filler = fill(disk, leave=100_000)
    dialog = editing(on_disk, qtbot, typed)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.summary.toPlainText() == typed
    assert "The disk is full" in dialog.message.text()
    qtbot.waitUntil(lambda: "The disk is full" in controller.window.statusBar().currentMessage())
    assert asked == []  # said where it happened and in the status bar; nothing more to answer
    filler.unlink()
    dialog.save()  # space freed: the same text goes in
    assert dialog.result() == dialog.DialogCode.Accepted
    assert cases.get_case(on_disk.db, dialog.code).summary == typed.strip()


def test_a_store_that_is_gone_is_said_and_offered_to_lock(
        on_disk: Store, disk: Path, prefs: Prefs, qtbot: QtBot,
        asked: list[tuple[str, str]]) -> None:
    controller = window_on(on_disk, prefs, qtbot)
    dialog = editing(on_disk, qtbot, "Typed after the stick was pulled.")
    pull(disk)
    dialog.save()
    assert dialog.isVisible()
    assert dialog.message.text().startswith(GONE)
    assert dialog.summary.toPlainText() == "Typed after the stick was pulled."
    qtbot.waitUntil(lambda: controller.window is None)  # asked, answered Yes: locked
    assert [kind for kind, _ in asked] == ["question"]
    assert asked[0][1].startswith(GONE)
    assert "Lock the store now?" in asked[0][1]
    assert isinstance(controller.dialog, UnlockDialog)
    qtbot.addWidget(controller.dialog)


def test_not_locking_keeps_the_window_and_the_message(
        on_disk: Store, disk: Path, prefs: Prefs, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(app.QMessageBox, "question",
                        lambda *_args, **_kwargs: QMessageBox.StandardButton.No)
    controller = window_on(on_disk, prefs, qtbot)
    dialog = editing(on_disk, qtbot, "Still on screen.")
    moved = on_disk.path.with_name("moved")
    on_disk.path.rename(moved)
    dialog.save()
    qtbot.waitUntil(lambda: GONE in controller.window.statusBar().currentMessage())
    assert dialog.isVisible()
    assert dialog.summary.toPlainText() == "Still on screen."
    controller.lock()


def test_a_busy_store_is_said_in_the_editor(store: Store, prefs: Prefs, qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(driver, "BUSY_TIMEOUT_MS", 300)
    cases.add_case(store.db, Case(summary="Dismissed in 2021."), "tester")
    store.close()
    reopened = Store.open(store.path, PASSPHRASE)
    controller = window_on(reopened, prefs, qtbot)
    dialog = editing(reopened, qtbot, "Saved once the other program is done.")
    with held(reopened.path, "write"):
        dialog.save()
        assert dialog.isVisible()
        assert dialog.message.text().startswith("The store is busy")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    controller.lock()


def test_a_second_window_on_the_same_store_is_told(store: Store, prefs: Prefs, qtbot: QtBot,
                                                   asked: list[tuple[str, str]]) -> None:
    first = window_on(store, prefs, qtbot)
    second = Controller(QApplication.instance(), prefs, store.path)
    second.ask_passphrase()
    unlock = second.dialog
    qtbot.addWidget(unlock)
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    qtbot.waitUntil(lambda: asked != [], timeout=10_000)
    assert asked == [("warning", "This store is already open in another casefiles window "
                      f"(pid {os.getpid()}). Use that window, or lock or close the store "
                      "there, then unlock it here.")]
    assert second.window is None
    assert isinstance(second.dialog, UnlockDialog)  # asked again
    assert second.dialog is not unlock
    qtbot.addWidget(second.dialog)
    assert first.window is not None  # the first window is untouched
    second.dialog.hide()  # (two controllers in one process: a lock closes the other's dialogs)
    first.lock()
    qtbot.addWidget(first.dialog)
    second.ask_passphrase()
    qtbot.addWidget(second.dialog)
    second.dialog.passphrase.setText(PASSPHRASE)
    second.dialog.unlock()
    qtbot.waitUntil(lambda: second.window is not None, timeout=10_000)
    qtbot.addWidget(second.window)
    second.lock()
    qtbot.addWidget(second.dialog)


def test_a_window_held_by_another_process_is_told(store: Store, prefs: Prefs,
                                                  qtbot: QtBot) -> None:
    store.close()
    with held(store.path, "claim") as holder:
        again = Store.open(store.path, PASSPHRASE)
        controller = Controller(QApplication.instance(), prefs, store.path)
        with pytest.raises(StoreOpenElsewhere, match=rf"\(pid {holder.pid}\)"):
            controller.open_window(again)
        assert controller.window is None
        again.close()


def test_a_fault_that_reached_a_worker_untranslated_is_explained(disk: Path) -> None:
    """A real SQLite error of a full disk, met outside a transaction, explained as DiskFull."""
    db = driver.Database(driver.connect(str(disk / "plain.db"), None))
    db.execute("CREATE TABLE notes (text TEXT)")
    fill(disk)
    with pytest.raises(driver.OperationalError) as err:
        db.execute("INSERT INTO notes VALUES (?)", ("x" * 200_000,))
    assert explain(err.value).startswith("The disk is full")
    db.close()


def test_an_unexpected_error_that_is_a_fault_of_the_disk_says_so() -> None:
    """A raw SQLite error reaching the error hook (a read after the stick was pulled) is told
    as the fault it is, not as a bug of ours."""
    from casefiles.core.store.driver import OperationalError
    from casefiles.gui.error_dialog import message_for

    assert "disk is full" in message_for(OperationalError("database or disk is full"))
    assert "Something went wrong" in message_for(KeyError("x"))
