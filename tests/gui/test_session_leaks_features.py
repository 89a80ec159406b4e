"""Every feature of the desktop app, in one session, leaves no case data on disk outside the
encrypted stores and the files the caseworker chose to write.

This extends the whole-session scan of tests/gui/test_session_leaks.py (whose folders, inputs
and drivers it reuses) to the rest of the app. With HOME, the XDG folders and TMPDIR moved into
the test's folder, the real app runs offscreen through first run, a case with a marker string
in every field, sources imported, viewed and cited, identity revealed, search and clipboard
(as there); then the preferences dialog; the partners dialog (our card and its QR code, a
partner's card added and verified); an encrypted bundle exported to the partner; an edit of the
case undone and redone; the partner's answer (their edit of the case and a new case that is
likely the same person) imported with a conflict and a likely duplicate; the related-cases
buttons of the case summary; a spreadsheet of cases imported; a plain CSV export behind its
warning (through casefiles-cli: the app has no plain export); the dossier previewed from
memory, saved and printed to PDF through the real print path (only the print dialog's exec is
replaced, by a caseworker choosing "print to file"); a backup and a restore from the Store menu;
lock, unlock and quit. Then a process that opened the store and holds its case data is killed
with SIGSEGV, and one with SIGABRT, after harden_process() as the app does at start.

Every file under the test's folder is scanned (tests/markers.py: UTF-8, UTF-16, presentation
forms ...) at each step while the store is open and once after quitting, and so are the file
names and what appeared in the shared temp folders (/tmp, /var/tmp, /dev/shm and CUPS's spool
folders where there are any); a PDF is also read for its text. Left out are only the SQLCipher
databases (ours, the partner's, the restored one; the final scan reads them too) and the files
the caseworker chose to write: the saved dossier, the printed PDF and the plain CSV. The
bundles and the backup are chosen files too, but encrypted: they are scanned like everything
else. The caseworker's own inputs (documents, the spreadsheet) are skipped while the session
runs and removed before the last scan. Files that lived only for a moment are caught by
inotify: none may appear at all in the session's own temp, runtime and cache folders, none
named after case data in the shared ones. Each check has a control showing that it finds a
planted marker (or a core file).

Printing to a file through the print dialog itself (its exec not replaced, its "…" file browser
used in a folder named after the person) is checked on its own, as the other module checks
the import file dialog: Qt's file browser wrote that folder to QtProject.conf until the dossier
dialog kept Qt's user settings out of reach while its print dialog runs.
"""

import contextlib
import ctypes
import json
import os
import resource
import signal
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtDBus import QDBusConnection
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
)
from pytestqt.qtbot import QtBot

from casefiles.core import i18n
from casefiles.core.exchange import keys
from casefiles.core.exchange.bundle import read_bundle
from casefiles.core.exchange.export import export_bundle
from casefiles.core.exchange.merge import (
    CONFLICT,
    NEW,
    OURS,
    THEIRS,
    apply_import,
    preview_import,
)
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.store import case_links, cases, sharelog, sources
from casefiles.core.store import store as store_module
from casefiles.core.store.store import Store, default_store_path
from casefiles.gui import backup_dialog, dossier_dialog, exchange_dialogs, main_window
from casefiles.gui.app import Controller
from casefiles.gui.backup_dialog import BackupDialog, RestoreDialog
from casefiles.gui.case_editor import CaseDialog
from casefiles.gui.dossier_dialog import DossierDialog
from casefiles.gui.exchange_dialogs import ExportDialog
from casefiles.gui.import_dialog import ImportDialog
from casefiles.gui.main_window import MainWindow
from casefiles.gui.partners_dialog import AddPartnerDialog, PartnersDialog, VerifyPartnerDialog
from casefiles.gui.preferences_dialog import PreferencesDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.screen_lock import ScreenLockWatcher
from casefiles.gui.sheet_dialog import SheetImportDialog
from tests.conftest import FAST_KDF
from tests.gui.test_session_leaks import (
    DB_FILES,
    MARKERS,
    PASSPHRASE,
    PREFERENCE_KEYS,
    SYSTEM_TEMP,
    M,
    Session,
    _drive_dialogs,
    _first_run,
    _inputs,
    _lock_unlock_quit,
    _moved_home,
    _sources,
    _work_on_a_case,
)
from tests.markers import contents, in_name, needles, scan, scan_names

# inotify, /proc/<pid>/limits, core_pattern, prctl: what this module looks at is Linux's.
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="Linux process and file APIs")

# More markers, for the fields and features the other module does not reach; same pattern.
N = {name: f"MARKER{name}7Q" for name in (
    "notes", "consentby", "unit", "servicenotes", "relative", "conclusion", "grandfather",
    "otherid", "edited", "orgname", "preparedby", "partnersummary", "duplicate", "sheetfile",
    "sheetpseudonym", "sheetname")}
FN = {name: f"نشانگر{word}۷" for name, word in (
    ("position", "وظیفه"), ("happened", "ماجرا"), ("risk", "خطر"), ("edited", "ویرایش"),
    ("partner", "همکار"), ("sheetsummary", "جدول"))}
ALL = [*MARKERS, *N.values(), *FN.values()]

#: The rest of the case, in every field the editors of the other module leave empty. The
#: consent lets it go to partners and, with the identity, to an asylum authority (the dossier's
#: default profile), so the identity's markers are in the dossier and the bundle's cases too.
MORE = {
    "notes": f"{N['notes']} internal notes",
    "consent": {"scope": ["record", "share_partners", "identity_to_authorities"],
                "recorded_by": N["consentby"], "given_on": "2024-03-01"},
    "person": {"origin_province": "AF-KAN"},
    "service": [{"institution": "nds", "unit": N["unit"], "position": FN["position"],
                 "province": "AF-KAN", "notes": N["servicenotes"]}],
    "relatives": [{"relation": "brother", "pseudonym": N["relative"],
                   "what_happened": f"{FN['happened']} detained at a checkpoint"}],
    "risk": {"guidance": "EUAA Country Guidance: Afghanistan (2024), 3.1",
             "conclusion": N["conclusion"],
             "factors": [{"factor": "role_visibility", "assessment": FN["risk"]}]},
    "identity": {"grandfather_name": N["grandfather"], "other_ids": [N["otherid"]]},
}
SHEET = ("Pseudonym,Province,Institution,Summary,Name\r\n"
         f"{N['sheetpseudonym']},Kandahar,ANP,{FN['sheetsummary']} threatened,{N['sheetname']}\r\n"
         f"Heron {N['sheetpseudonym']},Kandahar,ANP,{FN['sheetsummary']} dismissed,Fictional\r\n")
PARTNER = "Org B"  # the partner organisation, with a store of its own in the test folder
#: Shared folders a print system spools to (CUPS; none on a machine without it).
SPOOL = (Path("/var/spool/cups"), Path("/var/spool/cups/tmp"))
#: Where a crashing process's core could go, whatever core_pattern says (see _core_pattern).
CRASH_DIRS = (Path("/var/crash"), Path("/var/lib/systemd/coredump"))
MAX_SHARED_FILE = 256 * 1024 * 1024  # larger files in the shared folders are not ours


IN_MOVED_TO, IN_CREATE, IN_ISDIR = 0x80, 0x100, 0x40000000
_EVENT = struct.Struct("iIII")  # struct inotify_event, before its name
#: The name of the file the control creates for a moment in the shared temp folder.
TRANSIENT = f"casefiles-control-{N['orgname']}"


class Created:
    """Every name created (or moved in) in some folders and the folders made in them since,
    as inotify reports it: a file that lived only a moment (a temp file written and removed
    within a step) is seen too, where a scan of what is there would miss it."""

    def __init__(self, folders: Iterable[Path]) -> None:
        self._libc = ctypes.CDLL(None, use_errno=True)
        self.fd = self._libc.inotify_init1(os.O_NONBLOCK | os.O_CLOEXEC)
        if self.fd < 0:
            raise OSError(ctypes.get_errno(), "inotify_init1")
        self._folders: dict[int, Path] = {}
        self.paths: list[Path] = []
        for folder in folders:
            self._watch(folder)

    def _watch(self, folder: Path) -> None:
        wd = self._libc.inotify_add_watch(self.fd, os.fsencode(folder), IN_CREATE | IN_MOVED_TO)
        if wd >= 0:
            self._folders[wd] = folder

    def read(self) -> list[Path]:
        """Take in what was reported since the last read; every path seen so far."""
        while True:
            try:
                data = os.read(self.fd, 1 << 16)
            except BlockingIOError:
                return self.paths
            offset = 0
            while offset < len(data):
                wd, mask, _cookie, length = _EVENT.unpack_from(data, offset)
                start = offset + _EVENT.size
                name = os.fsdecode(data[start:start + length].rstrip(b"\0"))
                offset = start + length
                path = self._folders.get(wd, Path("?")) / name
                self.paths.append(path)
                if mask & IN_ISDIR:
                    self._watch(path)

    def close(self) -> None:
        os.close(self.fd)


@dataclass
class Crash:
    """What a killed child process reported and left."""

    sig: signal.Signals
    reported: dict  # its own reading of RLIMIT_CORE and the dumpable flag, once hardened
    limits: str  # the "Max core file size" line of /proc/<pid>/limits, read from outside
    terminated_by: int  # the signal that ended it, as waitpid says
    core_dumped: bool  # waitpid's WCOREDUMP: the kernel's word on whether it wrote a core
    new_files: list[Path]  # what appeared where a core could go


@dataclass
class Features:
    """The session: what it was given, what it made and chose, and what each step showed."""

    session: Session  # the folders of tests/gui/test_session_leaks.py, and the inputs
    code: str = ""  # the case with markers in every field
    twin: str = ""  # the partner's new case: likely the same person
    sheet_codes: list[str] = field(default_factory=list)
    partner_store: Path | None = None
    restored: Path | None = None
    chosen: dict[str, Path] = field(default_factory=dict)  # files the caseworker chose to write
    encrypted: dict[str, Path] = field(default_factory=dict)  # bundles and the backup
    shared_before: dict[Path, set[str]] = field(default_factory=dict)
    stages: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # scans on the way
    seen: dict[str, object] = field(default_factory=dict)  # what each step showed
    crashes: list[Crash] = field(default_factory=list)
    created: Created | None = None  # what appeared, even for a moment, in the temp folders

    @property
    def root(self) -> Path:
        return self.session.root

    @property
    def databases(self) -> list[Path]:
        stores = [self.session.store, self.partner_store, self.restored]
        return [folder / name for folder in stores if folder is not None for name in DB_FILES]


# ---- scanning ---------------------------------------------------------------------------------

def _shared_folders() -> list[Path]:
    """The system's temp folders (TMPDIR aside, it is in the test folder) and print spools."""
    return [folder for folder in (*SYSTEM_TEMP, *SPOOL) if folder.is_dir()]


def _private_folders(session: Session) -> list[Path]:
    """The session's own temp, runtime and cache folders (TMPDIR, XDG_RUNTIME_DIR,
    XDG_CACHE_HOME): the app has no reason to create anything there."""
    return [session.root / "tmp", session.root / "run", session.home / ".cache"]


def _entry_files(entry: Path) -> list[Path]:
    """The files an entry of a shared folder is: itself, or those in it (none we may not
    read)."""
    if entry.is_symlink():
        return []
    if entry.is_file():
        return [entry]
    with contextlib.suppress(OSError):
        return sorted(p for p in entry.rglob("*") if p.is_file() and not p.is_symlink())
    return []


def _new_shared_files(features: Features, markers: Iterable[str] = ALL
                      ) -> list[tuple[str, str]]:
    """Markers in what appeared in the shared folders since the session began (contents and
    names, folders included), leaving out the tree pytest made for this test (scanned with its
    exemptions on its own)."""
    markers = list(markers)
    wanted = {value: needles(value) for value in markers}
    found = []
    for folder, before in features.shared_before.items():
        names = before
        with contextlib.suppress(OSError):
            names = set(os.listdir(folder))
        for name in sorted(names - before):
            entry = folder / name
            if features.root.is_relative_to(entry):
                continue
            for path in [entry, *_entry_files(entry)]:
                found += [(str(path), value) for value in in_name(path.name, markers)]
                try:
                    if not path.is_file() or path.stat().st_size > MAX_SHARED_FILE:
                        continue
                    data = contents(path)
                except OSError:  # gone already, or another user's
                    continue
                found += [(str(path), value) for value, forms in wanted.items()
                          if any(needle in data for needle in forms)]
    return sorted(set(found))


def _leaks(features: Features, markers: Iterable[str] = ALL) -> list[tuple[str, str]]:
    """(where, marker) for every marker outside the databases and the chosen files, anywhere
    the session could have written: contents and names in the test folder, the shared
    folders."""
    session, markers = features.session, list(markers)
    exempt = [*session.inputs, *features.chosen.values()]
    return (scan(features.root, markers, recursive=True, exclude=[*features.databases, *exempt])
            + [(f"{path} (name)", value)
               for path, value in scan_names(features.root, markers, exclude=exempt)]
            + _new_shared_files(features, markers))


def _stage(features: Features, name: str) -> None:
    """Scan now, while the step's temporary files (if any) would still be there."""
    features.stages[name] = _leaks(features)
    if features.created is not None:
        features.created.read()  # drained often, and folders made since are watched


# ---- driving the app --------------------------------------------------------------------------

def _menu(window: MainWindow, title: str) -> dict[str, QAction]:
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == title]
    return {action.text(): action for action in menu.actions() if action.text()}


def _trigger(window: MainWindow, title: str, starts: str) -> None:
    """Trigger the action of menu `title` whose text starts with `starts`, as a click would."""
    [action] = [a for text, a in _menu(window, title).items() if text.startswith(starts)]
    assert action.isEnabled(), action.text()
    action.trigger()


def _summary_buttons(window: MainWindow) -> dict[str, list[QPushButton]]:
    found: dict[str, list[QPushButton]] = {}
    for button in window.case_view.pages["summary"].widget().findChildren(QPushButton):
        found.setdefault(button.text(), []).append(button)
    return found


def _wait(qtbot: QtBot, done: Callable[[], object]) -> None:
    """Let the event loop run (workers report through it) until `done()` is true."""
    qtbot.waitUntil(done, timeout=60_000)


def _preferences(window: MainWindow, features: Features,
                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Store > Preferences: another idle time and calendar, OK."""

    def run(dialog: PreferencesDialog) -> QDialog.DialogCode:
        dialog.idle.setValue(9)
        dialog.calendar.setCurrentIndex(dialog.calendar.findData(Calendar.GREGORIAN.value))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PreferencesDialog, "exec", run)
    _trigger(window, "&Store", "&Preferences")
    assert window.prefs.idle_minutes == 9
    assert window.prefs.calendar is Calendar.GREGORIAN


def _partners(window: MainWindow, features: Features, partner: Store,
              monkeypatch: pytest.MonkeyPatch) -> str:
    """Our name and card (QR code) shown; the partner's card added, then verified by its
    digits. Returns our card, as the caseworker would send it to the partner."""
    their_card = keys.own_card(partner.db, PARTNER)
    digits = keys.fingerprint(keys.own_keys(partner.db))

    def add(dialog: AddPartnerDialog) -> QDialog.DialogCode:
        dialog.card.setPlainText(their_card)
        assert dialog.fingerprint.text() == digits
        dialog.save()
        return QDialog.DialogCode(dialog.result())

    def verify(dialog: VerifyPartnerDialog) -> QDialog.DialogCode:
        dialog.digits.setText(digits)
        dialog.save()
        return QDialog.DialogCode(dialog.result())

    def run(dialog: PartnersDialog) -> QDialog.DialogCode:
        dialog.own_name.setText(N["orgname"])
        dialog.save_own_name()
        qr = [label.pixmap() for label in dialog.findChildren(QLabel)
              if not label.pixmap().isNull()]
        features.seen["qr_width"] = qr[0].width() if qr else 0
        features.seen["our_card"] = dialog.card
        dialog.add_partner()
        dialog.table.selectRow(0)
        dialog.verify_partner()
        return QDialog.DialogCode.Rejected  # closed

    monkeypatch.setattr(AddPartnerDialog, "exec", add)
    monkeypatch.setattr(VerifyPartnerDialog, "exec", verify)
    monkeypatch.setattr(PartnersDialog, "exec", run)
    _trigger(window, "&Store", "Organisation &keys")
    [added] = keys.list_partners(window.store.db)
    assert (added.name, added.verified) == (PARTNER, True)
    return str(features.seen["our_card"])


def _export(window: MainWindow, features: Features, qtbot: QtBot,
            monkeypatch: pytest.MonkeyPatch) -> None:
    """The case, with its cited source, in a bundle encrypted to the partner."""
    out = features.root / "chosen" / "to-partner.cfb"
    features.encrypted["bundle to the partner"] = out
    monkeypatch.setattr(exchange_dialogs, "save_file_name", lambda *_args: out)

    def run(dialog: ExportDialog) -> QDialog.DialogCode:
        for row in range(dialog.partners.count()):
            item = dialog.partners.item(row)
            if item.text() == PARTNER:
                item.setCheckState(exchange_dialogs.Qt.CheckState.Checked)
        assert dialog.export_button.isEnabled(), dialog.problems.text()
        dialog.export()
        _wait(qtbot, lambda: dialog._running is None)
        assert dialog.report is not None, dialog.status.text()
        features.seen["exported"] = dialog.report
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportDialog, "exec", run)
    window.select_code(features.code)
    _trigger(window, "&Store", "E&xport cases to a partner")
    report = features.seen["exported"]
    assert report.cases == [features.code]
    assert report.sources >= 1  # the cited text file went too
    assert [e.recipient for e in sharelog.share_log(window.store.db, features.code)] == \
        [PARTNER]


def _edit_undo_redo(window: MainWindow, features: Features,
                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Edit the summary through the case editor; Edit > Undo, then Edit > Redo."""
    edited = f"{N['edited']} {FN['edited']}"

    def run(dialog: CaseDialog) -> QDialog.DialogCode:
        dialog.summary.setPlainText(dialog.summary.toPlainText() + "\n" + edited)
        dialog.save()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(CaseDialog, "exec", run)
    db, code = window.store.db, features.code
    _trigger(window, "&Case", "&Edit case")
    assert edited in cases.get_case(db, code).summary
    assert window.undo_stack.canUndo()
    _trigger(window, "&Edit", "&Undo")
    assert edited not in cases.get_case(db, code).summary
    _trigger(window, "&Edit", "&Redo")
    assert edited in cases.get_case(db, code).summary


def _the_partner_answers(features: Features, partner: Store, our_card: str) -> Path:
    """At the partner (their own store, through the core): our bundle imported, the case's
    summary changed, a new case of the same person (likely) added, both sent back to us."""
    keys.add_partner(partner.db, "Org A", our_card, partner.actor, verified=True)
    bundle_path = features.encrypted["bundle to the partner"]
    with bundle_path.open("rb") as stream:
        def trusted(key: bytes) -> str | None:
            found = keys.partner_for_signing_key(partner.db, key)
            return found.name if found else None

        bundle = read_bundle(stream, identity=keys.own_secret_identity(partner.db),
                             trusted=trusted)
        preview = preview_import(partner.db, bundle)
        assert [c.status for c in preview.cases] == [NEW]
        [theirs] = apply_import(partner.db, bundle, preview, {}, partner.actor).added
    cases.update_case(partner.db, theirs, {
        "summary": f"{FN['partner']} {N['partnersummary']} the partner's account."},
        partner.actor)
    ours = cases.get_case(partner.db, theirs)
    twin = cases.add_case(partner.db, serial.from_json(Case, {
        "summary": f"{N['duplicate']} documented by the partner.",
        "consent": {"scope": ["record", "share_partners"]},
        "person": {"pseudonym": ours.person.pseudonym + "-2", "origin_province": "AF-KAN"},
        "service": [{"institution": "nds"}],
        "incidents": [{"type": "threat", "date": "SH 1400-05-24"}]}), partner.actor)
    out = features.root / "usb" / "from-partner.cfb"  # it came on a stick, or by e-mail
    features.encrypted["bundle from the partner"] = out
    export_bundle(partner.db, [theirs, twin.code], "partner_organisation", out,
                  partner.actor, to=["Org A"])
    return out


def _import(window: MainWindow, features: Features, bundle: Path, qtbot: QtBot,
            monkeypatch: pytest.MonkeyPatch) -> None:
    """Store > Import a bundle: a conflict on the case (their summary kept, our value of any
    other field), a likely duplicate (left for later)."""
    monkeypatch.setattr(main_window, "open_file_names", lambda *_args: [bundle])

    def run(dialog: ImportDialog) -> QDialog.DialogCode:
        _wait(qtbot, lambda: dialog._running is None)
        assert dialog.preview is not None, dialog.status.text()
        features.seen["import statuses"] = [(c.code, c.status) for c in dialog.preview.cases]
        table = dialog.conflicts_table
        features.seen["conflicts"] = [table.item(r, 1).text() for r in range(table.rowCount())]
        features.seen["duplicates"] = dialog.duplicates.rowCount()
        for row in range(table.rowCount()):
            choice = table.cellWidget(row, 4)
            side = THEIRS if table.item(row, 1).text() == "summary" else OURS
            choice.setCurrentIndex(choice.findData(side))
        dialog.apply()
        _wait(qtbot, lambda: dialog._running is None)
        assert dialog.report is not None, dialog.status.text()
        [features.twin] = dialog.report.added
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportDialog, "exec", run)
    _trigger(window, "&Store", "Import a &bundle")
    statuses = features.seen["import statuses"]
    assert [status for _code, status in statuses] == [CONFLICT, NEW]
    assert statuses[0][0] == features.code
    assert "summary" in features.seen["conflicts"]
    assert features.seen["duplicates"] == 1
    assert N["partnersummary"] in cases.get_case(window.store.db, features.code).summary


def _related_cases(window: MainWindow, features: Features) -> None:
    """On the case's summary: link the likely duplicate as the same person, forget it, then
    set it apart."""
    db, code = window.store.db, features.code
    window.select_code(code)
    case_id = cases.case_id_for(db, code)
    _summary_buttons(window)["The same person: link"][0].click()
    assert [(link.code, link.relation) for link in case_links.links(db, case_id)] == \
        [(features.twin, case_links.SAME_PERSON)]
    _summary_buttons(window)["Forget this decision"][0].click()
    assert case_links.links(db, case_id) == []
    _summary_buttons(window)["Not the same person"][0].click()
    assert [(link.code, link.relation) for link in case_links.links(db, case_id)] == \
        [(features.twin, case_links.NOT_SAME_PERSON)]


def _sheet(window: MainWindow, features: Features, sheet: Path, qtbot: QtBot,
           monkeypatch: pytest.MonkeyPatch) -> None:
    """Store > Import a spreadsheet: the proposed mapping, a preview, then Import."""
    monkeypatch.setattr(main_window, "open_file_names", lambda *_args: [sheet])

    def run(dialog: SheetImportDialog) -> QDialog.DialogCode:
        assert dialog.choices["Name"].currentData() == "identity.full_name"
        dialog.preview()
        _wait(qtbot, lambda: dialog.result_preview is not None or dialog._running is None)
        assert dialog.result_preview is not None, dialog.status.text()
        assert N["sheetname"] not in dialog.report.toPlainText()  # identity never echoed
        dialog.import_rows()
        features.sheet_codes = list(dialog.imported)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SheetImportDialog, "exec", run)
    _trigger(window, "&Store", "Import a &spreadsheet")
    assert len(features.sheet_codes) == 2


def _cli(features: Features, *args: str) -> subprocess.CompletedProcess[str]:
    """casefiles-cli on the session's store, the passphrase on standard input, in the moved
    HOME (its environment is this process's, moved)."""
    return subprocess.run(
        [sys.executable, "-m", "casefiles.cli", "--store", str(features.session.store), *args],
        input=PASSPHRASE + "\n", capture_output=True, text=True, cwd=features.session.home,
        timeout=120, check=False)


def _plain_export(features: Features) -> None:
    """The plain CSV export: refused without the caseworker's yes to its warning, then
    written."""
    out = features.root / "chosen" / "cases.csv"
    refused = _cli(features, "export-sheet", "--profile", "asylum_authority", "--out", str(out),
                   "--case", features.code)
    features.seen["plain export refused"] = (refused.returncode, refused.stderr)
    assert not out.exists()
    features.chosen["plain CSV export"] = out
    written = _cli(features, "export-sheet", "--profile", "asylum_authority", "--out", str(out),
                   "--case", features.code, "--yes")
    assert written.returncode == 0, written.stderr
    features.seen["plain export warning"] = written.stderr


def _dossier(window: MainWindow, features: Features, qtbot: QtBot,
             monkeypatch: pytest.MonkeyPatch) -> None:
    """Case > Dossier: preview (from memory), Save to a chosen file, Print to a PDF file
    through the print dialog (only its exec replaced: the caseworker picks "print to file")."""
    saved = features.root / "chosen" / "dossier.pdf"
    printed = features.root / "chosen" / "printed.pdf"
    features.chosen["saved dossier"] = saved
    features.chosen["printed dossier"] = printed
    monkeypatch.setattr(dossier_dialog, "save_file_name", lambda *_args: saved)

    def print_to_file(dialog: QPrintDialog) -> QDialog.DialogCode:
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        features.seen["print dialog"] = True
        return QDialog.DialogCode.Accepted

    def run(dialog: DossierDialog) -> QDialog.DialogCode:
        dialog.show()
        assert dialog.profile.currentData() == "asylum_authority"
        dialog.prepared_by.setText(N["preparedby"])
        for lang in ("fa", "en"):  # Dari shaping and the English dossier both rendered
            dialog.lang.setCurrentIndex(dialog.lang.findData(lang))
            assert dialog.preview_button.isEnabled(), dialog.consent.text()
            dialog.preview()
            _wait(qtbot, lambda: dialog._rendering is None)
            assert dialog.dossier is not None, dialog.status.text()
            _wait(qtbot, lambda: dialog.view.document.pageCount() == dialog.dossier.pages)
            qtbot.wait(50)  # the preview paints its pages
            _stage(features, f"dossier previewed ({lang})")
        features.seen["dossier"] = dialog.dossier
        dialog.save()
        assert "Saved to" in dialog.status.text(), dialog.status.text()
        _stage(features, "dossier saved")
        assert dialog.print_dossier()  # the Print… button's path: QPrintDialog, then paint
        _stage(features, "dossier printed")
        dialog.done(QDialog.DialogCode.Rejected)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    monkeypatch.setattr(DossierDialog, "exec", run)
    window.select_code(features.code)
    _trigger(window, "&Case", "&Dossier")
    assert features.seen.get("print dialog")
    methods = [e.method for e in sharelog.share_log(window.store.db, features.code)]
    assert "dossier (printed)" in methods


def _backup_and_restore(window: MainWindow, features: Features, qtbot: QtBot,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Store > Back up (to a chosen file), then Store > Restore from backup (into a new
    folder)."""
    out = features.root / "chosen" / "store.cfbackup"
    features.encrypted["backup"] = out
    target = features.root / "restored"
    monkeypatch.setattr(backup_dialog, "save_file_name", lambda *_args: out)
    monkeypatch.setattr(backup_dialog, "open_file_names", lambda *_args: [out])
    monkeypatch.setattr(backup_dialog, "existing_directory", lambda *_args: target)

    def back_up(dialog: BackupDialog) -> QDialog.DialogCode:
        dialog.choose()
        dialog.back_up()
        _wait(qtbot, lambda: not dialog.running)
        assert dialog.result is not None, dialog.status.text()
        return QDialog.DialogCode.Accepted

    def restore(dialog: RestoreDialog) -> QDialog.DialogCode:
        dialog.choose_file()
        dialog.choose_folder()
        dialog.secret.setText(PASSPHRASE)
        dialog.restore()
        _wait(qtbot, lambda: not dialog.running)
        assert dialog.result is not None, dialog.status.text()
        features.seen["restored"] = dialog.status.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BackupDialog, "exec", back_up)
    monkeypatch.setattr(RestoreDialog, "exec", restore)
    _trigger(window, "&Store", "Back &up")
    _stage(features, "backed up")
    features.restored = target
    _trigger(window, "&Store", "&Restore from backup")
    assert "it verifies" in str(features.seen["restored"])


# ---- a crash ----------------------------------------------------------------------------------

# The child: hardened first, as casefiles.gui.app.main and casefiles.cli.main are, then the
# store opened and every case loaded with its identity, so the markers are in its memory (and
# SQLCipher's page cache); it reports, then waits to be killed. "control" skips the hardening
# and lifts its core size limit to the hard limit: what any unhardened process would leave.
CHILD = r"""
import json, resource, sys
from pathlib import Path
if sys.argv[1] == "hardened":
    from casefiles.core.security.process import harden_process
    harden_process()
else:
    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))
from casefiles.core.security.process import is_dumpable
from casefiles.core.store import cases
from casefiles.core.store.store import Store
store = Store.open(Path(sys.argv[2]), sys.stdin.readline().rstrip("\n"))
held = [cases.load_case(store.db, case_id, with_identity=True)
        for (case_id,) in store.db.execute("SELECT id FROM cases").fetchall()]
text = repr(held)
print(json.dumps({"rlimit_core": list(resource.getrlimit(resource.RLIMIT_CORE)),
                  "dumpable": is_dumpable(), "cases": len(held),
                  "holds": "MARKERfullname7Q" in text}), flush=True)
sys.stdin.readline()
"""


def _core_pattern() -> str:
    """/proc/sys/kernel/core_pattern: where the kernel puts a core dump.

    On the machine this was written on it is "core" (and core_uses_pid is 0): a plain file
    named "core" in the crashing process's current folder, written by the kernel itself when
    the process is dumpable and its RLIMIT_CORE allows it; no pipe to systemd-coredump or
    apport, so nothing would go to /var/lib/systemd/coredump or /var/crash. A pattern starting
    with "|" pipes the dump to such a handler instead, which stores it in those folders (the
    kernel does not apply RLIMIT_CORE to a pipe, the handler may; a process that is not
    dumpable is not dumped either way); an absolute pattern names a folder of its own. The
    places checked follow from it (_core_places).
    """
    try:
        return Path("/proc/sys/kernel/core_pattern").read_text().strip()
    except OSError:
        return ""


def _core_places(cwd: Path) -> list[Path]:
    pattern = _core_pattern()
    places = [cwd, *CRASH_DIRS]
    if pattern.startswith("/"):
        places.append(Path(pattern).parent)
    return [place for place in places if place.is_dir()]


def _entries(places: list[Path], root: Path) -> set[Path]:
    """Everything in the places a core could go, and every file named like one under root."""
    found = {p for place in places for p in place.iterdir()}
    return found | set(root.rglob("core*"))


def _crash(root: Path, store: Path, cwd: Path, sig: signal.Signals, mode: str = "hardened"
           ) -> Crash:
    """Start the child in `cwd` (under `root`), let it open the store, kill it with `sig`, and
    see what it left where a core could go."""
    cwd.mkdir(parents=True, exist_ok=True)
    places = _core_places(cwd)
    before = _entries(places, root)
    child = subprocess.Popen([sys.executable, "-c", CHILD, mode, str(store)], cwd=cwd,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    try:
        child.stdin.write(PASSPHRASE + "\n")
        child.stdin.flush()
        line = child.stdout.readline()
        if not line:
            child.wait(30)
            pytest.fail(f"the child did not open the store: {child.stderr.read()}")
        reported = json.loads(line)
        limits = next((row for row in Path(f"/proc/{child.pid}/limits").read_text()
                       .splitlines() if row.startswith("Max core file size")), "")
        os.kill(child.pid, sig)
        _pid, status = os.waitpid(child.pid, 0)
        child.returncode = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else status
    finally:
        if child.returncode is None:
            child.kill()
            child.wait(30)
        for stream in (child.stdin, child.stdout, child.stderr):
            with contextlib.suppress(OSError):
                stream.close()
    return Crash(sig, reported, limits,
                 os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
                 os.WCOREDUMP(status), sorted(_entries(places, root) - before))


# ---- the session ------------------------------------------------------------------------------

def _run(features: Features, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    session = features.session
    monkeypatch.setattr(store_module, "calibrate", lambda: FAST_KDF)
    _drive_dialogs(monkeypatch)
    documents = list(_inputs(session.root / "usb"))
    sheet = session.root / "usb" / f"{N['sheetfile']}.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    session.inputs = [*documents, sheet]
    (session.root / "chosen").mkdir()  # the caseworker's own folder for what they write
    partner, _code = Store.create(session.root / "partner", PASSPHRASE, kdf=FAST_KDF,
                                  actor="worker-b")
    features.partner_store = partner.path
    app = QApplication.instance()
    prefs = Prefs()
    prefs.idle_minutes = 7
    no_bus = QDBusConnection("casefiles-test-no-bus")
    controller = Controller(app, prefs, default_store_path(),
                            ScreenLockWatcher(session_bus=no_bus, system_bus=no_bus))
    try:
        window = _first_run(controller, qtbot)
        features.code = _work_on_a_case(window, controller, qtbot)
        cases.update_case(window.store.db, features.code, MORE, window.store.actor)
        window.select_code(features.code)
        _sources(window, qtbot, documents)
        # The cited text is a published report: a partner's bundle carries it (the profile
        # sends only news and NGO/UN reports).
        [cited] = [s for s in sources.list_sources(window.store.db)
                   if s.original_name == f"{M['txtname']}.txt"]
        sources.update_source(window.store.db, cited.id, {"type": "ngo_un_report"},
                              window.store.actor)
        _stage(features, "sources")
        _preferences(window, features, monkeypatch)
        our_card = _partners(window, features, partner, monkeypatch)
        _export(window, features, qtbot, monkeypatch)
        _stage(features, "exported")
        _edit_undo_redo(window, features, monkeypatch)
        answer = _the_partner_answers(features, partner, our_card)
        _import(window, features, answer, qtbot, monkeypatch)
        _stage(features, "imported")
        _related_cases(window, features)
        _sheet(window, features, sheet, qtbot, monkeypatch)
        _stage(features, "spreadsheet imported")
        _dossier(window, features, qtbot, monkeypatch)
        _backup_and_restore(window, features, qtbot, monkeypatch)
        _stage(features, "restored, before locking")
        _lock_unlock_quit(window, controller, qtbot, session.store,
                          cases_listed=2 + len(features.sheet_codes))
        # The command line writes only while no window holds the store (Store.claim).
        _plain_export(features)
        _stage(features, "plain export")
    finally:
        partner.close()
        controller.idle.stop()
        app.removeEventFilter(controller.idle)
        QSettings("casefiles", "casefiles").sync()
    for sig in (signal.SIGSEGV, signal.SIGABRT):
        features.crashes.append(_crash(session.root, session.store,
                                       session.root / "crash" / sig.name, sig))
    for path in session.inputs:  # the stick is taken away
        path.unlink()


@pytest.fixture(scope="module")
def features(request: pytest.FixtureRequest, qapp: QApplication,
             tmp_path_factory: pytest.TempPathFactory) -> Iterator[Features]:
    """One session through every feature, run once for the tests that look at what it left."""
    with pytest.MonkeyPatch.context() as monkeypatch, \
            _moved_home(tmp_path_factory.mktemp("features"), monkeypatch) as moved:
        found = Features(session=moved, shared_before={
            folder: set(os.listdir(folder)) for folder in _shared_folders()})
        found.created = Created([*_private_folders(moved), *_shared_folders()])
        try:
            # Controls: a file in the moved TMPDIR and one named after case data in /tmp, each
            # removed at once, are both seen.
            for path in (moved.root / "tmp" / "control", Path("/tmp") / TRANSIENT):
                path.write_bytes(b"")
                path.unlink()
            with pytest.MonkeyPatch.context() as patches:  # the dialogs' drivers: only for it
                _run(found, QtBot(request), patches)
            found.created.read()
        finally:
            found.created.close()
        yield found


def test_no_step_leaves_plaintext_outside_the_store(features: Features) -> None:
    assert list(features.stages) == [
        "sources", "exported", "imported", "spreadsheet imported",
        "dossier previewed (fa)", "dossier previewed (en)", "dossier saved", "dossier printed",
        "backed up", "restored, before locking", "plain export"]
    assert {stage: found for stage, found in features.stages.items() if found} == {}


def test_the_whole_session_leaves_no_plaintext_outside_the_store(features: Features) -> None:
    root = features.root
    # Control: a marker written in the clear is found, in contents, in a name, and in a new
    # file of a shared temp folder.
    planted = [root / "home" / ".cache" / "control", root / "tmp" / f"{N['orgname']}.tmp"]
    planted[0].write_bytes(b"..." + FN["risk"].encode("utf-16-le") + b"...")
    planted[1].write_bytes(b"nothing")
    with tempfile.NamedTemporaryFile(dir="/tmp", prefix="casefiles-control-") as shared:
        shared.write(N["unit"].encode())
        shared.flush()
        assert _leaks(features) == [
            ("home/.cache/control", FN["risk"]), (f"tmp/{N['orgname']}.tmp (name)",
                                                  N["orgname"]),
            (shared.name, N["unit"])]
    for path in planted:
        path.unlink()
    # Control: a copy of the dossier left as a temp file is found, by its text (a PDF's bytes
    # show little: its pages are compressed, its fonts subset).
    stray = root / "tmp" / "tmpk2x9a1"
    stray.write_bytes(features.chosen["saved dossier"].read_bytes())
    found = _leaks(features)
    stray.unlink()
    assert {where for where, _value in found} == {"tmp/tmpk2x9a1"}
    assert {M["fullname"], N["partnersummary"], N["unit"]} <= {value for _w, value in found}

    assert _leaks(features) == []
    # The databases are encrypted: nothing readable in them either.
    assert scan(root, ALL, recursive=True, exclude=features.chosen.values()) == []


def test_nothing_appeared_even_for_a_moment_in_the_temp_folders(features: Features) -> None:
    """Files that came and went within a step: none at all in the session's own temp, runtime
    and cache folders, and none named after case data in the shared ones (others' files come
    and go there too)."""
    assert features.created is not None
    created = features.created.paths
    private = _private_folders(features.session)
    control = features.root / "tmp" / "control"
    assert [p for p in created if any(p.is_relative_to(f) for f in private)] == [control]
    assert [(p, value) for p in created for value in in_name(p.name, ALL)] == \
        [(Path("/tmp") / TRANSIENT, N["orgname"])]


def test_the_bundles_and_the_backup_are_encrypted(features: Features) -> None:
    assert set(features.encrypted) == {"bundle to the partner", "bundle from the partner",
                                       "backup"}
    for name, path in features.encrypted.items():
        assert path.is_file(), name
        data = path.read_bytes()
        if name.startswith("bundle"):
            assert data.startswith(b"age-encryption.org/v1\n"), name  # the age format
        assert [value for value in ALL if any(n in data for n in needles(value))] == [], name
    # Control: the same check finds a marker in a bundle's bytes.
    data = features.encrypted["bundle to the partner"].read_bytes() + N["relative"].encode()
    assert [value for value in ALL if any(n in data for n in needles(value))] == [N["relative"]]


def test_the_chosen_files_hold_what_was_asked_for(features: Features) -> None:
    """The files exempt from the scan are the dossier and the export the caseworker asked for,
    with the case in them: the exemption hides real plaintext, nothing else."""
    assert set(features.chosen) == {"saved dossier", "printed dossier", "plain CSV export"}
    dossier = features.seen["dossier"]
    saved = features.chosen["saved dossier"]
    assert saved.read_bytes() == dossier.pdf
    text = "".join(page.extract_text() for page in PdfReader(saved).pages)
    assert M["fullname"] in text  # the identity, with the consent the profile needs
    assert N["preparedby"] in text
    assert len(PdfReader(features.chosen["printed dossier"]).pages) == dossier.pages
    exported = features.chosen["plain CSV export"].read_text(encoding="utf-8-sig")
    assert N["partnersummary"] in exported
    assert M["fullname"] in exported
    code, stderr = features.seen["plain export refused"]
    assert code == 1
    assert "will NOT be encrypted" in stderr
    assert "--yes" in stderr
    assert "will NOT be encrypted" in str(features.seen["plain export warning"])


def test_the_markers_went_in(features: Features) -> None:
    """What was typed, imported and restored is in the stores (the scans looked for real
    data)."""
    with Store.open(features.session.store, PASSPHRASE) as store:
        case = cases.load_case(store.db, cases.case_id_for(store.db, features.code),
                               with_identity=True)
        assert N["partnersummary"] in case.summary  # theirs, chosen in the conflict
        assert N["unit"] == case.service[0].unit
        assert case.identity.full_name == M["fullname"]
        assert keys.organisation_name(store.db) == N["orgname"]
        assert cases.get_case(store.db, features.twin).summary.startswith(N["duplicate"])
        assert {cases.get_case(store.db, code).person.pseudonym
                for code in features.sheet_codes} == {N["sheetpseudonym"],
                                                      f"Heron {N['sheetpseudonym']}"}
    with Store.open(features.restored, PASSPHRASE) as restored:
        assert N["partnersummary"] in cases.get_case(restored.db, features.code).summary
    assert features.seen["qr_width"] > 100


def test_the_settings_hold_only_preferences(features: Features) -> None:
    settings = QSettings(str(features.session.settings_file), QSettings.Format.IniFormat)
    keys_kept = set(settings.allKeys())
    # The preferences dialog also saves the interface's language (the other module's session
    # never opens it); window geometry is Qt's binary state.
    assert {key for key in keys_kept if not key.startswith("geometry/")} == \
        PREFERENCE_KEYS | {"language"}
    assert settings.value("language") in i18n.LANGUAGES
    assert int(settings.value("idle_minutes")) == 9  # from the preferences dialog


def test_a_crash_leaves_no_core_dump(features: Features) -> None:
    pattern = _core_pattern()
    assert [crash.sig for crash in features.crashes] == [signal.SIGSEGV, signal.SIGABRT]
    for crash in features.crashes:
        context = f"{crash.sig.name}, core_pattern {pattern!r}"
        assert crash.reported["holds"], context  # the case data was in its memory
        assert crash.reported["rlimit_core"] == [0, 0], context
        assert crash.reported["dumpable"] is False, context
        assert crash.limits.split()[4:6] == ["0", "0"], (context, crash.limits)
        assert crash.terminated_by == crash.sig, context
        assert not crash.core_dumped, context
        assert crash.new_files == [], context


def test_an_unhardened_crash_does_leave_a_core_dump(features: Features, tmp_path: Path) -> None:
    """Control for the test above: without harden_process() the same child, killed the same
    way, leaves a core with the case data in it where the checks look."""
    pattern = _core_pattern()
    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("the hard RLIMIT_CORE is 0 here: no process can dump a core")
    if pattern.startswith("|"):
        pytest.skip(f"cores go to a handler ({pattern}), which may compress or drop them")
    crash = _crash(tmp_path, features.session.store, tmp_path / "cwd", signal.SIGSEGV,
                   mode="control")
    assert crash.reported["dumpable"] is True
    assert crash.core_dumped
    assert crash.new_files, pattern
    data = b"".join(path.read_bytes() for path in crash.new_files if path.is_file())
    assert M["fullname"].encode() in data
    for path in crash.new_files:
        path.unlink()


# ---- printing to a file through the print dialog itself ---------------------------------------

PRINT_FOLDER = "MARKERprintfolder7Q"  # a folder named after the person, as they often are


@pytest.fixture(scope="module")
def printed_through_the_dialog(request: pytest.FixtureRequest, qapp: QApplication,
                               tmp_path_factory: pytest.TempPathFactory
                               ) -> Iterator[tuple[Session, list[bytes], int]]:
    """Print a dossier with the real print dialog (its exec not replaced), choosing the PDF
    file through its "…" file browser in a folder whose name is case data. Returns the moved
    folders, what QtProject.conf (Qt's file dialog settings) held when the print dialog was
    accepted (its file browser closed by then), and the pages printed."""
    qtbot = QtBot(request)
    with pytest.MonkeyPatch.context() as monkeypatch, \
            _moved_home(tmp_path_factory.mktemp("printing"), monkeypatch) as session:
        folder = session.root / "usb" / PRINT_FOLDER
        folder.mkdir(parents=True)
        target = folder / "printed.pdf"
        store, _code = Store.create(session.store, PASSPHRASE, kdf=FAST_KDF, actor="tester")
        code = cases.add_case(store.db, serial.from_json(Case, {
            "summary": "Fictional former officer, threatened in 2022.",
            "consent": {"scope": ["record", "identity_to_authorities"]},
            "person": {"pseudonym": "Cedar"}}), "tester").code
        dialog = DossierDialog(store, Calendar.GREGORIAN, code)
        qtbot.addWidget(dialog)
        dialog.preview()
        _wait(qtbot, lambda: dialog._rendering is None)
        assert dialog.dossier is not None, dialog.status.text()
        _wait(qtbot, lambda: dialog.view.document.pageCount() == dialog.dossier.pages)
        qt_project = session.config / "QtProject.conf"
        seen: list[bytes] = []
        steps: list[str] = []

        def step() -> None:
            """Through the print dialog: "…", the folder and a file name, Open; then Print.
            Whatever goes wrong, every modal loop is left within a few seconds."""
            modal = QApplication.activeModalWidget()
            steps.append(type(modal).__name__)
            if len(steps) > 300:
                if modal is not None:
                    modal.reject()
                QTimer.singleShot(20, step)
                return
            if isinstance(modal, QFileDialog):
                modal.setDirectory(str(folder))
                modal.findChild(QLineEdit, "fileNameEdit").setText(target.name)
                modal.accept()
                if modal.isVisible():
                    modal.reject()
            elif isinstance(modal, QPrintDialog):
                if "browse" not in steps:
                    steps.append("browse")
                    QTimer.singleShot(0, modal.findChild(QToolButton, "fileBrowser").click)
                elif modal.findChild(QLineEdit, "filename").text() == str(target):
                    seen.append(qt_project.read_bytes() if qt_project.exists() else b"")
                    modal.accept()
                    return
            QTimer.singleShot(20, step)

        QTimer.singleShot(0, step)
        assert dialog.print_dossier(), steps  # the Print… button's path, its dialog and all
        # The app's own settings are where they were before the print dialog ran.
        assert Path(QSettings("casefiles", "casefiles").fileName()) == session.settings_file
        pages = len(PdfReader(target).pages)
        assert pages == dialog.dossier.pages
        dialog.done(QDialog.DialogCode.Rejected)
        store.close()
        target.unlink()  # the caseworker's stick is taken away
        folder.rmdir()
        QSettings("casefiles", "casefiles").sync()
        yield session, seen, pages


def test_printing_to_a_file_leaves_no_trace_of_the_folder(
        printed_through_the_dialog: tuple[Session, list[bytes], int]) -> None:
    session, _seen, pages = printed_through_the_dialog
    assert pages >= 1
    database = [session.store / name for name in DB_FILES]
    assert scan(session.root, [PRINT_FOLDER], recursive=True, exclude=database) == []
    assert scan_names(session.root, [PRINT_FOLDER]) == []
    # Control: the same scan finds the folder's name in Qt's file dialog settings.
    control = session.config / "QtProject.control"
    control.write_text(f"[FileDialog]\nlastVisited=file:///media/{PRINT_FOLDER}\n")
    assert scan(session.root, [PRINT_FOLDER], recursive=True, exclude=database) == \
        [("home/.config/QtProject.control", PRINT_FOLDER)]
    control.unlink()


def test_printing_to_a_file_never_writes_the_folder(
        printed_through_the_dialog: tuple[Session, list[bytes], int]) -> None:
    _session, seen, _pages = printed_through_the_dialog
    assert len(seen) == 1  # looked once, as the print dialog was accepted
    assert PRINT_FOLDER.encode() not in seen[0]
