"""The habits of a desktop app: undo and redo of saved edits, palettes that follow the system,
icons sharp at any scale, menus with shortcuts, and errors shown as dialogs, not tracebacks."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from casefiles.core.errors import InvalidInput
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.security import audit
from casefiles.core.store import cases
from casefiles.core.store.store import Store
from casefiles.gui import error_dialog, icons, main_window
from casefiles.gui.main_window import MainWindow
from casefiles.gui.palette import PaletteFollower, is_dark
from casefiles.gui.prefs import Prefs


def _window(store: Store, prefs: Prefs, qtbot: QtBot) -> tuple[MainWindow, str]:
    code = cases.add_case(store.db, serial.from_json(Case, {
        "summary": "First version", "person": {"pseudonym": "Kestrel"},
        "incidents": [{"type": "threat", "date": "2022-03-01"}]}), "tester").code
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.select_code(code)
    return window, code


def _saving(monkeypatch: pytest.MonkeyPatch, fill) -> None:
    """Make dialog.exec() fill the form and press Save, instead of running a modal loop."""
    def run(dialog: QDialog) -> int:
        fill(dialog)
        dialog.save()
        return dialog.result()
    monkeypatch.setattr(main_window.CaseDialog, "exec", run)
    monkeypatch.setattr(main_window.IncidentDialog, "exec", run)


def test_undo_and_redo_a_saved_edit(store: Store, prefs: Prefs, qtbot: QtBot,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    window, code = _window(store, prefs, qtbot)
    _saving(monkeypatch, lambda d: d.summary.setPlainText("Second version"))
    window.edit_case()
    assert cases.get_case(store.db, code).summary == "Second version"
    assert window.undo_stack.undoText() == f"Edit case {code}"

    def add_incident(dialog) -> None:
        dialog.type.setCurrentIndex(dialog.type.findData("house_search"))
        dialog.date.edit.setText("Hamal 1402")
    _saving(monkeypatch, add_incident)
    window.add_incident()
    assert len(cases.get_case(store.db, code).incidents) == 2

    window.undo_stack.undo()  # the incident goes
    case = cases.get_case(store.db, code)
    assert [i.type for i in case.incidents] == ["threat"]
    assert case.summary == "Second version"
    window.undo_stack.undo()  # then the summary edit
    assert cases.get_case(store.db, code).summary == "First version"
    assert not window.undo_stack.canUndo()
    window.undo_stack.redo()
    window.undo_stack.redo()
    case = cases.get_case(store.db, code)
    assert case.summary == "Second version"
    assert sorted(i.type for i in case.incidents) == ["house_search", "threat"]
    # Undo and redo went through the core, so each is in the audit log like any other edit.
    edits = [e for e in audit.entries(store.db, case.uuid) if e.action == "case.edit"]
    assert len(edits) == 6
    assert window.case_view.code == code


def test_an_edit_that_saves_nothing_new_is_not_undoable(store: Store, prefs: Prefs,
                                                        qtbot: QtBot,
                                                        monkeypatch: pytest.MonkeyPatch
                                                        ) -> None:
    window, _code = _window(store, prefs, qtbot)
    _saving(monkeypatch, lambda d: None)
    window.edit_case()
    assert not window.undo_stack.canUndo()


def test_an_undo_the_core_refuses_is_reported(store: Store, prefs: Prefs, qtbot: QtBot,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    window, code = _window(store, prefs, qtbot)
    _saving(monkeypatch, lambda d: d.summary.setPlainText("Second version"))
    window.edit_case()
    warnings = []
    monkeypatch.setattr(main_window.QMessageBox, "warning",
                        lambda _parent, title, text: warnings.append((title, text)))

    def refuse(*_args, **_kwargs):
        raise InvalidInput("refused for the test")
    monkeypatch.setattr(cases, "update_case", refuse)
    window.undo_stack.undo()
    assert warnings == [("Cannot undo", "refused for the test")]
    assert not window.undo_stack.canUndo()  # the edit that cannot be undone is dropped
    monkeypatch.undo()
    assert cases.get_case(store.db, code).summary == "Second version"


def test_every_menu_action_has_a_name_and_the_main_ones_a_shortcut(store: Store, prefs: Prefs,
                                                                   qtbot: QtBot) -> None:
    window, _code = _window(store, prefs, qtbot)
    actions = [a for menu in window.menuBar().actions() for a in menu.menu().actions()
               if not a.isSeparator()]
    assert all(a.text() for a in actions)
    shortcuts = {a.text().replace("&", ""): a.shortcut() for a in actions}
    for name, key in (("Lock", "Ctrl+L"), ("New case…", QKeySequence.StandardKey.New),
                      ("Edit case…", "Ctrl+E"), ("Add incident…", "Ctrl+I"),
                      ("Undo", QKeySequence.StandardKey.Undo),
                      ("Redo", QKeySequence.StandardKey.Redo),
                      ("Find…", QKeySequence.StandardKey.Find),
                      ("Import sources…", "Ctrl+Shift+O")):
        assert shortcuts[name] == QKeySequence(key), name
    assert len({s.toString() for s in shortcuts.values() if not s.isEmpty()}) == len(
        [s for s in shortcuts.values() if not s.isEmpty()])  # no shortcut used twice


def test_icons_are_scalable_for_high_dpi_screens(qtbot: QtBot) -> None:
    for name in icons._THEME_NAMES:
        icon = icons.icon(name)
        assert not icon.isNull(), name
        for size in (16, 32, 64):  # 1x, 2x, 4x of a 16 px toolbar icon, drawn from the SVG
            image = icon.pixmap(size, size).toImage()
            assert image.width() == size
            opaque = sum(image.pixelColor(x, y).alpha() > 0 for x in range(size)
                         for y in range(size))
            assert opaque > size, name  # something is drawn, at every size


def test_palette_follows_a_dark_then_light_system_scheme(qtbot: QtBot) -> None:
    app = QApplication.instance()
    style_before = app.style().name()
    follower = PaletteFollower(app)
    try:
        assert not is_dark(app.palette())  # the offscreen platform is light
        follower.apply(Qt.ColorScheme.Dark)
        assert is_dark(app.palette())
        assert follower.ours
        follower.apply(Qt.ColorScheme.Light)
        assert not is_dark(app.palette())
        assert not follower.ours
    finally:
        follower.deleteLater()
        app.setStyle(style_before)


def test_an_unexpected_error_is_a_dialog_without_its_message_or_traceback(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    shown = []
    monkeypatch.setattr(error_dialog.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    try:
        raise KeyError("Fictional Name of a person")
    except KeyError as err:
        error_dialog.show_unexpected_error(KeyError, err, err.__traceback__)
    assert len(shown) == 1
    assert "KeyError" in shown[0]
    assert "What was already saved is safe" in shown[0]
    assert "Fictional Name" not in shown[0]
    err_text = capsys.readouterr().err
    assert err_text.startswith("casefiles: KeyError at test_window_habits.py:")
    assert "Fictional Name" not in err_text
    assert "Traceback" not in err_text


def test_our_own_errors_say_what_to_do(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown = []
    monkeypatch.setattr(error_dialog.QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    err = InvalidInput("The date 31 Mizan 1401 does not exist.")
    error_dialog.show_unexpected_error(InvalidInput, err, None)
    assert shown == ["The date 31 Mizan 1401 does not exist."]


def test_layout_is_remembered_but_no_case_data(store: Store, prefs: Prefs, qtbot: QtBot) -> None:
    window, code = _window(store, prefs, qtbot)
    window.show()
    window.resize(window.minimumSizeHint().width(), 560)  # the offscreen screen is 800 wide
    window.splitter.setSizes([250, 900])
    size, sizes = window.size(), window.splitter.sizes()
    window.close()
    again = MainWindow(store, prefs)
    qtbot.addWidget(again)
    again.show()
    assert again.size().height() == size.height() == 560
    assert again.splitter.sizes() == sizes
    stored = b"".join(bytes(prefs.geometry(name) or b"")
                      for name in ("main", "main-state", "main-splitter"))
    assert code.encode() not in stored
