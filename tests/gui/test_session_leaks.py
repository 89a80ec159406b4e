"""A whole session in the desktop app leaves no case data on disk outside the encrypted store.

The session runs through the real widgets, offscreen, with HOME, the XDG folders and the temp
folder moved into the test's own folder first, so that everything this session could have
written (Qt settings, caches, runtime files, temp files, recent-file lists) lands there. It
creates a store in the first-run dialog, adds a case and an incident through the editors,
imports a PDF, a PNG and a text file, views each, cites a passage, reveals the identity,
searches, copies to the clipboard, locks, unlocks and quits. Every file under the test's folder
except the SQLCipher database (and its -wal and -shm) is scanned for every marker string that
was typed or imported (tests/markers.py: UTF-8, UTF-16, presentation forms ...), and every file
name too: once just before locking, once after quitting. The imported originals are the
caseworker's own files (a USB stick): they are skipped in the first scan and removed before the
second, so that anything else written next to them is still found.

The import file dialog is checked on its own (test_the_import_dialog_...), as is what the
app's QSettings file holds.
"""

import contextlib
import os
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PIL import Image, PngImagePlugin
from PySide6.QtCore import QByteArray, QSettings, QStandardPaths, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from casefiles.core.model.dates import Calendar
from casefiles.core.security import audit
from casefiles.core.store import cases, citations, sources
from casefiles.core.store import store as store_module
from casefiles.core.store.store import Store, default_store_path
from casefiles.gui import file_dialogs
from casefiles.gui.app import Controller
from casefiles.gui.case_editor import CaseDialog, IncidentDialog
from casefiles.gui.cite_dialog import CiteDialog
from casefiles.gui.create_store import CreateStoreDialog
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from casefiles.gui.screen_lock import ScreenLockWatcher
from casefiles.gui.unlock_dialog import UnlockDialog
from tests.conftest import FAST_KDF
from tests.core.sources import fixtures as fx
from tests.markers import in_name, needles, scan, scan_names

PASSPHRASE = "ochre lantern mizan orchard"
DB_FILES = ("casefiles.db", "casefiles.db-wal", "casefiles.db-shm")
#: Shared temp folders a library could write to whatever TMPDIR says (top level only).
SYSTEM_TEMP = (Path(tempfile.gettempdir()), Path("/tmp"), Path("/var/tmp"), Path("/dev/shm"))
#: What the app may keep in its QSettings (casefiles.gui.prefs): nothing about any case. Besides
#: these, window geometry and layout, as geometry/<name> (binary state from Qt).
PREFERENCE_KEYS = {"calendar", "idle_minutes", "recent_stores"}

# One marker per field, so a leak says where it came from. Latin ones stand alone as a token;
# Dari ones are "marker" in Dari, a word for the field and a Persian digit seven.
M = {name: f"MARKER{name}7Q" for name in (
    "pseudonym", "summary", "district", "place", "tag", "assigned", "incident", "city",
    "perpetrator", "fullname", "tazkira", "phone", "pdftext", "pngname", "pngtext",
    "txtname", "txttext", "quote", "translation", "clipboard")}
FA = {name: f"نشانگر{word}۷" for name, word in (
    ("pseudonym", "مستعار"), ("summary", "خلاصه"), ("district", "ولسوالی"), ("place", "مکان"),
    ("tag", "برچسب"), ("incident", "رویداد"), ("father", "پدر"), ("pdftext", "سند"),
    ("txttext", "متن"), ("translation", "ترجمه"))}
MARKERS = [*M.values(), *FA.values()]
QUOTE = f"The caseworker {M['quote']} wrote down every word the applicant said in July."


@dataclass
class Session:
    root: Path  # everything under it is scanned
    home: Path
    config: Path
    store: Path
    settings_file: Path
    inputs: list[Path] = field(default_factory=list)  # the imported files, deleted after
    code: str = ""  # the case made in the session
    # Files that appeared in the system's shared temp folders during the session (in case
    # something ignores TMPDIR): these are scanned too.
    system_temp: dict[Path, set[str]] = field(default_factory=dict)
    # What the scans found while the store was still open (its -wal and -shm then exist).
    found_while_open: list[tuple[str, str]] = field(default_factory=list)
    names_while_open: list[tuple[str, str]] = field(default_factory=list)

    @property
    def database(self) -> list[Path]:
        return [self.store / name for name in DB_FILES]


def _folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Session:
    """Point every place the app, Qt or a library could write to into tmp_path (a fresh
    folder)."""
    home = tmp_path / "home"
    places = {"HOME": home, "XDG_CACHE_HOME": home / ".cache",
              "XDG_CONFIG_HOME": home / ".config", "XDG_DATA_HOME": home / ".local" / "share",
              "XDG_STATE_HOME": home / ".local" / "state", "XDG_RUNTIME_DIR": tmp_path / "run",
              "TMPDIR": tmp_path / "tmp"}
    for variable, folder in places.items():
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(variable, str(folder))
    (tmp_path / "run").chmod(0o700)  # Qt warns about a runtime dir open to others
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    assert Path(tempfile.gettempdir()) == tmp_path / "tmp"
    config = places["XDG_CONFIG_HOME"]
    assert Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)) == config
    assert Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.TempLocation)) == tmp_path / "tmp"
    store = default_store_path()
    assert store.is_relative_to(places["XDG_DATA_HOME"])  # where the first run proposes it
    return Session(root=tmp_path, home=home, config=config, store=store,
                   settings_file=config / "casefiles" / "casefiles.conf",
                   system_temp={folder: set(os.listdir(folder)) for folder in SYSTEM_TEMP
                                if folder.is_dir()})


@contextlib.contextmanager
def _moved_home(root: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    """HOME, XDG folders and temp folder in `root`. QSettings caches the user config folder
    the first time any QSettings is made (maybe by an earlier test), so it is set to the moved
    config home too, and back afterwards."""
    user_scope = QSettings.Scope.UserScope
    original = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.GenericConfigLocation)
    session = _folders(root, monkeypatch)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, user_scope, str(session.config))
    try:
        yield session
    finally:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, user_scope, original)


@pytest.fixture
def moved_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Session]:
    with _moved_home(tmp_path, monkeypatch) as session:
        yield session


def _inputs(folder: Path) -> tuple[Path, Path, Path, Path]:
    """The documents a caseworker brings in (say, on a USB stick), each carrying markers."""
    folder.mkdir()
    pdf, _pages = fx.english_pdf(folder / "report.pdf", pages=[
        f"A former officer {M['pdftext']} reported a house search at his family home in "
        "Kandahar province.", *fx.ENGLISH_PDF_PAGES[1:]])
    dari_pdf, _pages = fx.persian_pdf(folder / "dari-report.pdf", pages=[
        f"کارمند پیشین امنیت ملی {FA['pdftext']} در ولایت قندهار بازداشت شد.",
        *fx.PERSIAN_PDF_PAGES[1:]])
    png = fx.png(folder / f"{M['pngname']}.png")
    info = PngImagePlugin.PngInfo()
    info.add_text("Description", M["pngtext"])
    with Image.open(png) as image:
        image.load()
        image.save(png, format="PNG", pnginfo=info)
    assert M["pngtext"].encode() in png.read_bytes()
    text, _text = fx.text_file(folder / f"{M['txtname']}.txt", fx.DEFAULT_TEXT
                               + f"The applicant {M['txttext']} says the threat came by "
                                 "telephone in July.\n"
                               + f"پس از آن {FA['txttext']} خانواده‌اش تهدید شد و او پنهان شد.\n"
                               + QUOTE + "\n")
    return pdf, dari_pdf, png, text


def _texts(widget) -> str:
    return " ".join(label.text() for label in widget.findChildren(QLabel))


def _select_source(window: MainWindow, file_name: str) -> None:
    model = window.sources.model
    names = [model.source_at(r).original_name for r in range(model.rowCount())]
    window.sources.table.selectRow(names.index(file_name))


def _saved(dialog: QDialog) -> QDialog.DialogCode:
    dialog.save()  # the Save button's path, as exec() would run it
    assert dialog.result() == QDialog.DialogCode.Accepted, dialog.message.text()
    return QDialog.DialogCode(dialog.result())


def _drive_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The editors are filled in and saved as a caseworker would, without a modal loop."""

    def case_dialog(dialog: CaseDialog) -> QDialog.DialogCode:
        dialog.pseudonym.setText(f"{M['pseudonym']} {FA['pseudonym']}")
        dialog.summary.setPlainText(f"{M['summary']} dismissed, then threatened.\n"
                                    f"{FA['summary']} پس از برکناری تهدید شد.")
        dialog.district.setText(f"{M['district']} {FA['district']}")
        dialog.place.setText(f"{M['place']} {FA['place']}")
        dialog.tags.setText(f"{M['tag']}, {FA['tag']}")
        dialog.assigned.setText(M["assigned"])
        return _saved(dialog)

    def incident_dialog(dialog: IncidentDialog) -> QDialog.DialogCode:
        fields = dialog.fields
        fields["date"].edit.setText("24 Asad 1400")
        fields["city"].setText(M["city"])
        fields["perpetrator"].setText(M["perpetrator"])
        fields["description"].setPlainText(f"Armed men {M['incident']} searched the house.\n"
                                           f"{FA['incident']} مردان مسلح خانه را بازرسی کردند.")
        return _saved(dialog)

    def cite_dialog(dialog: CiteDialog) -> QDialog.DialogCode:
        dialog.translation.setPlainText(f"{FA['translation']} {M['translation']}")
        return _saved(dialog)

    monkeypatch.setattr(CaseDialog, "exec", case_dialog)
    monkeypatch.setattr(IncidentDialog, "exec", incident_dialog)
    monkeypatch.setattr(CiteDialog, "exec", cite_dialog)


def _first_run(controller: Controller, qtbot: QtBot) -> MainWindow:
    controller.start()
    dialog = controller.dialog
    assert isinstance(dialog, CreateStoreDialog)
    assert Path(dialog.location.text()) == default_store_path()
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    assert dialog.create_button.isEnabled()
    dialog.create_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=10_000)
    dialog.kept.setChecked(True)
    with qtbot.waitSignal(dialog.accepted):
        dialog.finish_button.click()
    window = controller.window
    assert window is not None
    return window


def _work_on_a_case(window: MainWindow, controller: Controller, qtbot: QtBot) -> str:
    window.new_case()
    code = window.case_view.code
    assert code is not None
    assert M["pseudonym"] in _texts(window.case_view.pages["person"])
    window.add_incident()
    assert M["incident"] in _texts(window.case_view.pages["incidents"])
    store = window.store
    cases.update_case(store.db, code, {"identity": {
        "full_name": M["fullname"], "father_name": FA["father"],
        "tazkira_number": M["tazkira"], "phone_numbers": [M["phone"]]}}, store.actor)
    window.select_code(code)
    identity = window.case_view.pages["identity"]
    assert M["fullname"] not in _texts(identity)
    window.case_view.reveal_button.click()
    assert M["fullname"] in _texts(identity)
    assert FA["father"] in _texts(identity)
    assert [e.detail["code"] for e in audit.entries(store.db)
            if e.action == "identity.view"] == [code]
    for term in (M["summary"], FA["summary"]):
        window.filters.search.setText(term)  # pasted: the offscreen keyboard is Latin only
        qtbot.waitUntil(lambda: window.model.total == 1 and window.model.rowCount() == 1)
    window.filters.search.setText("nothing like this anywhere")
    qtbot.waitUntil(lambda: window.model.total == 0)
    window.select_code(code)
    controller.clipboard.copy(M["clipboard"])
    assert QGuiApplication.clipboard().text() == M["clipboard"]
    # Marked for clipboard histories (Klipper and others) to leave out:
    assert QGuiApplication.clipboard().mimeData().data("x-kde-passwordManagerHint") == b"secret"
    return code


def _sources(window: MainWindow, qtbot: QtBot, inputs: list[Path]) -> None:
    with qtbot.waitSignal(window.sources.imported, timeout=30_000) as signal:
        window.sources.import_files(inputs)
    batch = signal.args[0]
    assert (len(batch.added), len(batch.duplicates), len(batch.refused)) == (len(inputs), 0, 0)
    viewer = window.sources.viewer
    _select_source(window, "report.pdf")
    qtbot.waitUntil(lambda: viewer.pdf_document.status() == QPdfDocument.Status.Ready)
    assert M["pdftext"] in viewer.text.toPlainText()
    viewer.tabs.setCurrentIndex(1)  # the PDF itself, rendered from memory
    qtbot.wait(50)
    _select_source(window, "dari-report.pdf")
    qtbot.waitUntil(lambda: viewer.pdf_document.status() == QPdfDocument.Status.Ready)
    assert FA["pdftext"] in fx.normalise(viewer.text.toPlainText())
    viewer.tabs.setCurrentIndex(1)
    qtbot.wait(50)
    _select_source(window, f"{M['pngname']}.png")
    assert not viewer.image.pixmap().isNull()
    assert viewer.tabs.currentIndex() == 2
    _select_source(window, f"{M['txtname']}.txt")
    text = viewer.text.toPlainText()
    assert M["txttext"] in text
    assert FA["txttext"] in text
    start = text.index(QUOTE)
    cursor = viewer.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(QUOTE), QTextCursor.MoveMode.KeepAnchor)
    viewer.text.setTextCursor(cursor)
    viewer.cite_button.click()  # -> CiteDialog, saved (see _drive_dialogs)
    code = window.case_view.code
    assert [c.quote for c in citations.citations_for_case(window.store.db, code)] == [QUOTE]
    assert M["translation"] in _texts(window.case_view.pages["sources"])


def _lock_unlock_quit(window: MainWindow, controller: Controller, qtbot: QtBot,
                      store_path: Path, cases_listed: int = 1) -> None:
    """Lock (the key wiped, the clipboard cleared), unlock to `cases_listed` cases, quit."""
    store = window.store
    window.lock_action.trigger()  # Ctrl+L
    assert controller.window is None
    assert store._key == bytearray(32)  # the key is wiped
    assert QGuiApplication.clipboard().text() == ""  # what we copied is gone
    dialog = controller.dialog
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.unlock()
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    window = controller.window
    assert window.model.total == cases_listed
    assert window.store.path == store_path
    window.set_calendar(Calendar.SOLAR_HIJRI)
    store = window.store
    with qtbot.waitSignal(window.closed):
        window.close()  # Quit: saves the geometry, closes the store
    assert controller.window is None
    assert store._key == bytearray(32)
    qtbot.wait(10)  # deferred deletions


def _run_session(session: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store_module, "calibrate", lambda: FAST_KDF)
    _drive_dialogs(monkeypatch)
    session.inputs = list(_inputs(session.root / "usb"))
    app = QApplication.instance()
    prefs = Prefs()  # the app's own default QSettings, now under the moved config home
    prefs.idle_minutes = 7
    # No desktop buses: this session is locked by the caseworker, not by the screen saver.
    no_bus = QDBusConnection("casefiles-test-no-bus")
    assert not no_bus.isConnected()
    controller = Controller(app, prefs, default_store_path(),
                            ScreenLockWatcher(session_bus=no_bus, system_bus=no_bus))
    try:
        window = _first_run(controller, qtbot)
        assert window.store.path == session.store
        session.code = _work_on_a_case(window, controller, qtbot)
        _sources(window, qtbot, session.inputs)
        for path in session.database:
            assert path.is_file(), path
        assert (session.store / "casefiles.db-wal").stat().st_size > 0
        session.found_while_open = scan(session.root, MARKERS, recursive=True,
                                        exclude=[*session.database, *session.inputs])
        session.names_while_open = scan_names(session.root, MARKERS, exclude=session.inputs)
        _lock_unlock_quit(window, controller, qtbot, session.store)
    finally:
        controller.idle.stop()
        app.removeEventFilter(controller.idle)
        QSettings("casefiles", "casefiles").sync()  # as the app's exit would
    for path in session.inputs:  # the USB stick is taken away: its files are not the app's
        path.unlink()


@pytest.fixture(scope="module")
def session(request: pytest.FixtureRequest, qapp: QApplication,
            tmp_path_factory: pytest.TempPathFactory) -> Iterator[Session]:
    """One session, run once for the tests of this module that look at what it left."""
    with pytest.MonkeyPatch.context() as monkeypatch, \
            _moved_home(tmp_path_factory.mktemp("session"), monkeypatch) as moved:
        _run_session(moved, QtBot(request), monkeypatch)
        yield moved


def _new_system_temp_files(session: Session) -> list[tuple[str, str]]:
    """Markers in files that appeared at the top of the shared temp folders in the session."""
    found = []
    for folder, before in session.system_temp.items():
        for name in sorted(set(os.listdir(folder)) - before):
            path = folder / name
            try:
                data = path.read_bytes() if path.is_file() else b""
            except OSError:  # another user's file
                continue
            found += [(str(path), value) for value in MARKERS
                      if any(needle in data for needle in needles(value))]
            found += [(str(path), value) for value in in_name(name, MARKERS)]
    return found


def test_a_whole_session_leaves_no_plaintext_outside_the_store(session: Session) -> None:
    # While the store was open, just before locking (temp files of the session still there):
    assert session.found_while_open == []
    assert session.names_while_open == []

    # After it was locked, opened again and closed (closing the last connection folds the
    # write-ahead log back into the database and removes the -wal and -shm):
    database = session.database
    assert database[0].is_file()
    assert (session.store / "keyslots.json").is_file()
    assert session.settings_file.is_file()  # the settings did land in the moved config home

    # Control: the scan finds a marker written in the clear anywhere in the tree.
    control = session.home / ".cache" / "control"
    control.write_bytes(b"..." + FA["summary"].encode("utf-16-le") + b"...")
    assert scan(session.root, MARKERS, recursive=True, exclude=database) == \
        [("home/.cache/control", FA["summary"])]
    control.unlink()

    assert scan(session.root, MARKERS, recursive=True, exclude=database) == []
    assert scan_names(session.root, MARKERS) == []
    assert _new_system_temp_files(session) == []
    # The database itself is encrypted: nothing readable there either (tests/core checks this
    # field by field).
    assert scan(session.root, MARKERS, recursive=True) == []

    # The markers did go in: the store, opened again, gives them back.
    with Store.open(session.store, PASSPHRASE) as store:
        summary = cases.get_case(store.db, session.code).summary
        assert M["summary"] in summary
        assert FA["summary"] in summary
        stored = sources.list_sources(store.db)
        assert M["pngname"] in [s.title for s in stored]
        assert f"{M['txtname']}.txt" in [s.original_name for s in stored]


def test_the_settings_hold_only_preferences(session: Session) -> None:
    settings = QSettings(str(session.settings_file), QSettings.Format.IniFormat)
    keys = set(settings.allKeys())
    geometry_keys = {key for key in keys if key.startswith("geometry/")}
    assert keys - geometry_keys == PREFERENCE_KEYS
    assert "geometry/main" in geometry_keys
    for key in geometry_keys:  # Qt's saveGeometry/saveState/splitter blobs, never text
        assert isinstance(settings.value(key), QByteArray), key
    assert settings.value("calendar") == Calendar.SOLAR_HIJRI.value
    assert int(settings.value("idle_minutes")) == 7
    recent = settings.value("recent_stores")
    assert [Path(p) for p in ([recent] if isinstance(recent, str) else recent)] == \
        [session.store]
    assert not settings.value("geometry/main").isEmpty()
    assert Path(QSettings("casefiles", "casefiles").fileName()) == session.settings_file


FOLDER = "MARKERfolder7Q"  # a folder of documents named after the person, as they often are


@pytest.fixture
def file_dialog_import(moved_home: Session, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
                       ) -> tuple[Session, list[bytes]]:
    """Import a file through the "Import files…" button's dialog, from a folder whose name is
    case data. Returns the session and what QtProject.conf (Qt's file dialog settings) held each
    time the app came to clean it (casefiles.gui.file_dialogs), before it did."""
    session = moved_home
    folder = session.root / "usb" / FOLDER
    folder.mkdir(parents=True)
    note, _text = fx.text_file(folder / "note.txt")
    qt_project = session.config / "QtProject.conf"
    seen: list[bytes] = []
    clean = getattr(file_dialogs, "forget_file_dialog_history", None)
    if clean is not None:
        def observed_clean() -> None:
            seen.append(qt_project.read_bytes() if qt_project.exists() else b"")
            clean()

        monkeypatch.setattr(file_dialogs, "forget_file_dialog_history", observed_clean)
    store, _recovery = Store.create(session.store, PASSPHRASE, kdf=FAST_KDF, actor="tester")
    window = MainWindow(store, Prefs())
    qtbot.addWidget(window)
    window.show()
    tries = []

    def choose() -> None:
        """In the file dialog: go to the folder, pick the file, Open."""
        tries.append(1)
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            if len(tries) < 100:
                QTimer.singleShot(20, choose)
            return
        dialog.setDirectory(str(folder))
        dialog.selectFile(str(note))
        dialog.accept()
        if dialog.isVisible():  # never leave a modal loop running
            dialog.reject()

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(window.sources.imported, timeout=20_000) as signal:
        window.sources.choose_files()  # the "Import files…" button
    assert [r.source.original_name for r in signal.args[0].added] == ["note.txt"]
    store.close()
    window.close()
    note.unlink()
    folder.rmdir()
    return session, seen


def test_the_import_dialog_leaves_no_trace_of_the_folder(
        file_dialog_import: tuple[Session, list[bytes]]) -> None:
    session, _seen = file_dialog_import
    assert (session.config / "QtProject.conf").is_file()  # the dialog did save its settings
    database = [session.store / name for name in DB_FILES]
    assert scan(session.root, [FOLDER], recursive=True, exclude=database) == []
    assert scan_names(session.root, [FOLDER]) == []


def test_the_import_dialog_never_writes_the_folder(
        file_dialog_import: tuple[Session, list[bytes]]) -> None:
    _session, seen = file_dialog_import
    assert seen  # the app did clean up after its dialog
    assert [FOLDER.encode() in content for content in seen] == [False] * len(seen)
