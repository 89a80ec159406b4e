"""The backup and restore dialogs, the reminder after unlocking, and restoring from the
first-run and unlock dialogs (a new laptop): real dialogs (offscreen), real stores and backup
files; the work runs in a worker and the dialogs never block (file choosers and exec() are
replaced, as in the other GUI tests)."""
# `small_disk` is imported from tests/core/test_backup.py so that pytest sees it here; the test
# taking it as an argument "redefines" the imported name.
# ruff: noqa: F811

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QPushButton
from pytestqt.qtbot import QtBot

from casefiles.core.security import audit
from casefiles.core.store import backup, backup_history
from casefiles.core.store.restore import restore_backup
from casefiles.core.store.store import Store
from casefiles.gui import backup_dialog
from casefiles.gui.app import Controller
from casefiles.gui.backup_dialog import BackupDialog, RestoreDialog
from casefiles.gui.create_store import CreateStoreDialog
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from casefiles.gui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE
from tests.core.test_backup import (  # noqa: F401  (small_disk is a pytest fixture)
    contents,
    fill,
    small_disk,
)


def _backup_dialog(store: Store, out: Path, qtbot: QtBot,
                   monkeypatch: pytest.MonkeyPatch) -> BackupDialog:
    monkeypatch.setattr(backup_dialog, "save_file_name", lambda *_args: out)
    dialog = BackupDialog(store)
    qtbot.addWidget(dialog)
    dialog.choose()
    return dialog


def _finish(dialog: BackupDialog | RestoreDialog, qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)


@pytest.fixture
def made(store: Store, tmp_path: Path) -> Path:
    fill(store, tmp_path / "incoming", n_cases=2)
    out = tmp_path / "b.cfbackup"
    backup.make_backup(store, out)
    return out


def _restore_dialog(chosen: Path, target: Path, qtbot: QtBot,
                    monkeypatch: pytest.MonkeyPatch) -> RestoreDialog:
    monkeypatch.setattr(backup_dialog, "open_file_names", lambda *_args: [chosen])
    monkeypatch.setattr(backup_dialog, "existing_directory", lambda *_args: target)
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.choose_file()
    dialog.choose_folder()
    return dialog


# ---- backing up -------------------------------------------------------------------------------

def test_backup_runs_in_a_worker_and_shows_the_verified_file(
        store: Store, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    fill(store, tmp_path / "incoming", n_cases=2)
    out = tmp_path / "backups" / "b.cfbackup"
    out.parent.mkdir()
    dialog = _backup_dialog(store, out, qtbot, monkeypatch)
    assert "not been backed up yet" in " ".join(
        label.text() for label in dialog.findChildren(backup_dialog.QLabel))
    assert dialog.path.text() == str(out)
    assert dialog.start_button.isEnabled()
    shown: list[str] = []
    label_set_text = dialog.status.setText
    dialog.status.setText = lambda text: (shown.append(text), label_set_text(text))
    dialog.show()
    dialog.back_up()
    assert dialog.running
    assert not dialog.start_button.isEnabled()
    dialog.reject()  # Escape while it runs: the dialog waits
    assert dialog.isVisible()
    _finish(dialog, qtbot)
    assert dialog.result is not None, dialog.status.text()
    assert "Copying the database… 100 %" in shown  # progress from the worker
    assert "Verifying the backup… 100 %" in shown
    assert f"Backed up to {out} and verified" in dialog.status.text()
    assert dialog.result.sha256 in dialog.status.text()
    assert dialog.start_button.isEnabled()
    assert audit.entries(store.db)[-1].action == "store.backup"
    restore_backup(out, tmp_path / "restored", passphrase=PASSPHRASE)
    with Store.open(tmp_path / "restored", PASSPHRASE) as copy:
        assert contents(copy.db) == contents(store.db)
    dialog.reject()
    assert not dialog.isVisible()


def test_a_full_disk_is_said_and_nothing_is_left(store: Store, tmp_path: Path,
                                                 small_disk: Path, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    fill(store, tmp_path / "incoming", n_cases=1, original_size=3_000_000)
    dialog = _backup_dialog(store, small_disk / "b.cfbackup", qtbot, monkeypatch)
    dialog.back_up()
    _finish(dialog, qtbot)
    assert dialog.result is None
    assert "not enough free space" in dialog.status.text()
    assert list(small_disk.iterdir()) == []
    assert backup_history.last_backup(store.db) is None


def test_nothing_to_back_up_to_until_a_file_is_chosen(store: Store, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_dialog, "save_file_name", lambda *_args: None)  # cancelled
    dialog = BackupDialog(store)
    qtbot.addWidget(dialog)
    dialog.choose()
    assert dialog.path.text() == ""
    assert not dialog.start_button.isEnabled()


# ---- restoring --------------------------------------------------------------------------------

@pytest.mark.parametrize("by_code", [False, True])
def test_restore_with_the_passphrase_or_the_recovery_code(
        new_store: tuple[Store, str], made: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, by_code: bool) -> None:
    store, recovery_code = new_store
    target = tmp_path / "restored"
    dialog = _restore_dialog(made, target, qtbot, monkeypatch)
    assert "A backup made on" in dialog.about.text()
    assert dialog.folder.text() == str(target)
    assert not dialog.start_button.isEnabled()  # no secret yet
    if by_code:
        dialog.with_code.setChecked(True)
    dialog.secret.setText(recovery_code if by_code else PASSPHRASE)
    assert dialog.start_button.isEnabled()
    dialog.restore()
    assert dialog.secret.text() == ""  # handed over, not kept in the field
    assert not dialog.secret.isUndoAvailable()  # nor in its undo history
    _finish(dialog, qtbot)
    assert dialog.result is not None, dialog.status.text()
    assert f"Restored to {target}; it verifies." in dialog.status.text()
    with Store.open(target, PASSPHRASE) as copy:
        assert contents(copy.db) == contents(store.db)


def test_restore_refusals_are_shown_and_leave_nothing(made: Path, tmp_path: Path, qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "restored"
    dialog = _restore_dialog(made, target, qtbot, monkeypatch)
    dialog.secret.setText("not the passphrase")
    dialog.restore()
    _finish(dialog, qtbot)
    assert "Wrong passphrase" in dialog.status.text()
    assert dialog.result is None
    assert not target.exists()

    data = bytearray(made.read_bytes())
    data[len(data) // 2] ^= 0x01
    made.write_bytes(data)
    dialog.set_file(made)
    dialog.secret.setText(PASSPHRASE)
    dialog.restore()
    _finish(dialog, qtbot)
    assert "damaged or was altered" in dialog.status.text()
    assert not target.exists()

    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    dialog.set_file(notes)
    assert "not a casefiles backup" in dialog.about.text()


def test_a_chosen_folder_in_use_gets_a_new_folder_inside(made: Path, tmp_path: Path,
                                                         qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    in_use = tmp_path / "documents"
    in_use.mkdir()
    (in_use / "letter.txt").write_text("mine")
    dialog = _restore_dialog(made, in_use, qtbot, monkeypatch)
    assert dialog.folder.text() == str(in_use / backup_dialog.RESTORED_NAME)


# ---- the reminder and the window's menu -------------------------------------------------------

def _backed_up_long_ago(store: Store) -> None:
    """The store notes a backup made in 2020 (as a backup made then would have)."""
    head = audit.head(store.db)
    last = backup_history.LastBackup(at="2020-01-01T00:00:00Z", audit_seq=head[0],
                                     audit_hash=head[1], sha256="0" * 64, size=1)
    with store.db.atomic():
        store.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                         (backup_history.LAST_BACKUP_KEY, json.dumps(last.__dict__)))


def test_no_reminder_for_a_store_backed_up_recently(store: Store, prefs: Prefs,
                                                    qtbot: QtBot) -> None:
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    assert window.backup_reminder is None


def test_reminder_after_unlock_backs_up_without_blocking(
        store: Store, prefs: Prefs, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    _backed_up_long_ago(store)
    due = backup_history.backup_due(store.db)
    assert due is not None
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.show()
    reminder = window.backup_reminder
    assert reminder is not None
    assert reminder.isVisible()  # in the status bar: the window is usable meanwhile
    assert reminder.message.text() == f"The last backup was made {due.days} day(s) ago."

    out = tmp_path / "b.cfbackup"
    monkeypatch.setattr(backup_dialog, "save_file_name", lambda *_args: out)

    def run(dialog: BackupDialog) -> int:  # instead of a modal loop: choose, back up, wait
        dialog.choose()
        dialog.back_up()
        _finish(dialog, qtbot)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupDialog, "exec", run)
    reminder.back_up.click()
    assert out.exists()
    assert not reminder.isVisible()
    assert audit.entries(store.db)[-1].action == "store.backup"
    assert backup_history.backup_due(store.db) is None


def test_reminder_later_hides_it(store: Store, prefs: Prefs, qtbot: QtBot,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    # A store made more than a week ago and never backed up (its creation cannot be dated back).
    due = backup_history.BackupDue(None, audit.utc_now(), 8)
    monkeypatch.setattr(backup_history, "backup_due", lambda _db, now=None: due)
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.show()
    reminder = window.backup_reminder
    assert reminder.message.text() == "This store has never been backed up."
    [later] = [b for b in reminder.findChildren(backup_dialog.QPushButton) if b.text() == "Later"]
    later.click()
    assert not reminder.isVisible()


def test_store_menu_opens_the_backup_and_restore_dialogs(store: Store, prefs: Prefs,
                                                         qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    opened: list[str] = []
    monkeypatch.setattr(BackupDialog, "exec", lambda self: opened.append("backup") or 0)
    monkeypatch.setattr(RestoreDialog, "exec", lambda self: opened.append("restore") or 0)
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&Store"]
    actions = {a.text(): a for a in menu.actions()}
    actions["Back &up…"].trigger()
    actions["&Restore from backup…"].trigger()
    assert opened == ["backup", "restore"]


def _restoring(made: Path, target: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every RestoreDialog then runs as a caseworker would use it, instead of a modal loop:
    choose `made`, restore into `target` with the passphrase, wait, close."""
    monkeypatch.setattr(backup_dialog, "open_file_names", lambda *_args: [made])
    monkeypatch.setattr(backup_dialog, "existing_directory", lambda *_args: target)

    def run(dialog: RestoreDialog) -> int:
        dialog.choose_file()
        dialog.choose_folder()
        dialog.secret.setText(PASSPHRASE)
        dialog.restore()
        _finish(dialog, qtbot)
        assert dialog.result is not None, dialog.status.text()
        return QDialog.DialogCode.Rejected  # its only button is Close

    monkeypatch.setattr(RestoreDialog, "exec", run)


def test_a_store_restored_from_the_window_is_offered_at_unlock(
        store: Store, store_path: Path, made: Path, prefs: Prefs, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "restored"
    _restoring(made, target, qtbot, monkeypatch)
    prefs.remember_store(store_path)
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.restore_backup()
    assert prefs.recent_stores == [store_path, target]  # the open store stays the default
    Store.open(target, PASSPHRASE).close()


# ---- restoring on a new laptop: from the first-run and the unlock dialogs ---------------------

def _click(dialog: QDialog, text: str) -> None:
    [button] = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
    button.click()


def test_first_run_restores_a_backup_then_unlocks_it(
        store: Store, made: Path, prefs: Prefs, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A new laptop: no store yet, so the first-run dialog; the backup is restored from there
    and the restored store is the one offered for unlocking."""
    target = tmp_path / "new-laptop" / "store"
    controller = Controller(QApplication.instance(), prefs, tmp_path / "no-store-yet")
    controller.start()
    first = controller.dialog
    assert isinstance(first, CreateStoreDialog)
    qtbot.addWidget(first)
    monkeypatch.setattr(RestoreDialog, "exec", lambda _self: QDialog.DialogCode.Rejected)
    _click(first, "Restore from a backup…")  # closed without restoring: nothing changes
    assert controller.dialog is first

    _restoring(made, target, qtbot, monkeypatch)
    _click(first, "Restore from a backup…")
    unlock = controller.dialog
    assert isinstance(unlock, UnlockDialog)
    qtbot.addWidget(unlock)
    assert unlock.path == target
    assert prefs.recent_stores == [target]
    unlock.passphrase.setText(PASSPHRASE)
    unlock.unlock()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    assert controller.window.store.path == target
    assert contents(controller.window.store.db) == contents(store.db)
    controller.lock()  # closes the restored store and the window
    qtbot.addWidget(controller.dialog)


def test_the_unlock_dialog_restores_a_backup_and_offers_it(
        store: Store, store_path: Path, made: Path, prefs: Prefs, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "restored"
    prefs.remember_store(store_path)
    controller = Controller(QApplication.instance(), prefs, store_path)
    controller.start()
    asked = controller.dialog
    assert isinstance(asked, UnlockDialog)
    qtbot.addWidget(asked)
    _restoring(made, target, qtbot, monkeypatch)
    _click(asked, "Restore from a backup…")
    offered = controller.dialog
    assert isinstance(offered, UnlockDialog)
    assert offered is not asked
    qtbot.addWidget(offered)
    assert offered.path == target
    assert prefs.recent_stores == [target, store_path]
    Store.open(target, PASSPHRASE).close()
