"""First run: create a store, keep the recovery code, and use it when the passphrase is lost."""

import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from casefiles.core.store import store as store_module
from casefiles.core.store.store import Store
from casefiles.gui.app import Controller
from casefiles.gui.create_store import CreateStoreDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.recover_dialog import RecoverDialog
from tests.conftest import FAST_KDF

STRONG = "ochre lantern mizan orchard"


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store creation calibrates Argon2id to about a second; the tests need no such cost."""
    monkeypatch.setattr(store_module, "calibrate", lambda: FAST_KDF)


def _create(qtbot: QtBot, path: Path) -> tuple[CreateStoreDialog, Store]:
    dialog = CreateStoreDialog(path)
    qtbot.addWidget(dialog)
    dialog.passphrase.setText("password1")
    dialog.repeat.setText("password1")
    assert not dialog.create_button.isEnabled()
    assert dialog.meter.format() == "very weak"
    assert "common" in dialog.advice.text()
    dialog.passphrase.setText(STRONG)
    dialog.repeat.setText(STRONG + "x")
    assert not dialog.create_button.isEnabled()
    assert "differ" in dialog.advice.text()
    dialog.repeat.setText(STRONG)
    assert dialog.create_button.isEnabled()
    dialog.create()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    assert dialog.store is not None
    return dialog, dialog.store


def test_create_store_shows_the_recovery_code_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog, store = _create(qtbot, tmp_path / "store")
    code = dialog.code_label.text()
    assert re.fullmatch(r"([0-9A-Z]{4}-){5}[0-9A-Z]{4}", code)
    assert dialog.passphrase.text() == ""  # not kept in the widget
    assert code in dialog.sheet_document().toPlainText()
    assert "apart from the laptop" in dialog.sheet_document().toPlainText()
    assert not dialog.finish_button.isEnabled()
    dialog.kept.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish_button.click()
    assert dialog.code_label.text() == ""
    store.close()
    Store.open(tmp_path / "store", STRONG).close()

    recover = RecoverDialog(tmp_path / "store")
    qtbot.addWidget(recover)
    recover.code.setText("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF")
    recover.passphrase.setText("umber kettle hamal willow")
    recover.repeat.setText("umber kettle hamal willow")
    recover.recover()
    qtbot.waitUntil(lambda: "Wrong recovery code" in recover.message.text(), timeout=10_000)
    recover.code.setText(code.lower())
    with qtbot.waitSignal(recover.accepted, timeout=10_000):
        recover.recover()
    recover.store.close()
    Store.open(tmp_path / "store", "umber kettle hamal willow").close()


def test_first_run_starts_with_creating_a_store(qtbot: QtBot, tmp_path: Path,
                                                prefs: Prefs) -> None:
    controller = Controller(QApplication.instance(), prefs, tmp_path / "new-store")
    controller.start()
    assert isinstance(controller.dialog, CreateStoreDialog)
    qtbot.addWidget(controller.dialog)
    assert controller.dialog.location.text() == str(tmp_path / "new-store")
