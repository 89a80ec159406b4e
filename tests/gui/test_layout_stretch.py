"""Every window and dialog keeps its layout when its texts grow, as they do in translation.

Under the stretch test mode (casefiles.gui.translation: every text a third longer and accented,
the core's messages and labels too), the mirror mode (English laid out right to left) and in
each real translation (Dari and Pashto, right to left), each window and dialog is shown at the
size it opens at, and:

- no label, button, check box or combo box is narrower than its text needs (a cut text);
- no two visible widgets side by side in one layout overlap;
- it fits a 1366 x 768 laptop screen;
- under stretch, every text a person reads went through translation (an untranslatable
  text shows up unstretched: a literal never marked with tr() or _()).
"""

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabBar,
    QToolBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from casefiles.core import i18n
from casefiles.core.exchange import keys
from casefiles.core.exchange.export import export_bundle
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import backup_history, cases
from casefiles.core.store.store import Store
from casefiles.gui import translation
from casefiles.gui.backup_dialog import BackupDialog, BackupReminder, RestoreDialog
from casefiles.gui.case_editor import CaseDialog
from casefiles.gui.cite_dialog import CiteDialog
from casefiles.gui.create_store import CreateStoreDialog
from casefiles.gui.dossier_dialog import DossierDialog
from casefiles.gui.exchange_dialogs import ExportDialog
from casefiles.gui.import_dialog import ImportDialog
from casefiles.gui.main_window import MainWindow
from casefiles.gui.partners_dialog import AddPartnerDialog, PartnersDialog, VerifyPartnerDialog
from casefiles.gui.preferences_dialog import PreferencesDialog
from casefiles.gui.prefs import Prefs
from casefiles.gui.record_editors import (
    ConsentDialog,
    IdentityDialog,
    IncidentDialog,
    RelativeDialog,
    RiskAssessmentDialog,
    RiskFactorDialog,
    ServiceDialog,
)
from casefiles.gui.recover_dialog import RecoverDialog
from casefiles.gui.sheet_dialog import SheetImportDialog
from casefiles.gui.source_metadata import SourceMetadataDialog
from casefiles.gui.unlock_dialog import UnlockDialog
from casefiles.gui.wipe_dialog import WipeDialog
from tests.conftest import FAST_KDF, PASSPHRASE

SCREEN = QRect(0, 0, 1366, 768)
MODES = ["stretch", "mirror", "fa", "ps"]
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CASE = {
    "summary": "Fictional former NDS officer, detained in 2022.",
    "consent": {"scope": ["record", "share_partners", "identity_to_authorities"]},
    "person": {"pseudonym": "Falcon-17", "origin_province": "AF-KAN", "situation": "in_iran"},
    "service": [{"institution": "nds", "rank": "captain", "province": "AF-KAN"}],
    "incidents": [{"type": "arrest_detention", "date": "12 Mizan 1401", "province": "AF-KAN"}],
    "relatives": [{"relation": "brother", "pseudonym": "Falcon's brother"}],
    "risk": {"factors": [{"factor": "role_visibility", "assessment": "Known officer."}]},
}


class World:
    """A store with a case, a source and a partner; a bundle and a spreadsheet to import."""

    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.store, _code = Store.create(tmp / "store", PASSPHRASE, kdf=FAST_KDF, actor="t")
        other, _code = Store.create(tmp / "other", PASSPHRASE, kdf=FAST_KDF, actor="o")
        keys.add_partner(self.store.db, "Partner NGO", keys.own_card(other.db), "t")
        keys.add_partner(other.db, "Us", keys.own_card(self.store.db), "o", verified=True)
        self.code = cases.add_case(self.store.db, serial.from_json(Case, CASE), "t").code
        text = tmp / "statement.txt"
        text.write_text("A fictional witness statement about Kandahar.\n", encoding="utf-8")
        self.source_id = ingest_file(self.store.db, text, "t").source.id
        theirs = cases.add_case(other.db, serial.from_json(Case, CASE), "o").code
        self.bundle = tmp / "in.cfb"
        export_bundle(other.db, [theirs], "partner_organisation", self.bundle, "o", to=["Us"])
        other.close()
        self.sheet = tmp / "list.csv"
        self.sheet.write_text("pseudonym,province,institution\nKestrel,Herat,ANA\n",
                              encoding="utf-8")
        # Preferences of its own, never the user's (a window saves its size there on close).
        self.prefs = Prefs(QSettings(str(tmp / "prefs.ini"), QSettings.Format.IniFormat))

    @property
    def partner(self) -> keys.Partner:
        return keys.list_partners(self.store.db)[0]


Factory = Callable[[World], QWidget]
CAL = Calendar.SOLAR_HIJRI
WINDOWS: dict[str, Factory] = {
    "main window": lambda w: MainWindow(w.store, w.prefs),
    "unlock": lambda w: UnlockDialog(w.store.path, [w.store.path]),
    "create store": lambda w: CreateStoreDialog(w.tmp / "new"),
    "recover": lambda w: RecoverDialog(w.store.path),
    "new case": lambda w: CaseDialog(w.store, CAL),
    "edit case": lambda w: CaseDialog(w.store, CAL, w.code),
    "posting": lambda w: ServiceDialog(w.store, CAL, w.code),
    "incident": lambda w: IncidentDialog(w.store, CAL, w.code),
    "relative": lambda w: RelativeDialog(w.store, CAL, w.code),
    "risk factor": lambda w: RiskFactorDialog(w.store, CAL, w.code),
    "consent": lambda w: ConsentDialog(w.store, CAL, w.code),
    "risk assessment": lambda w: RiskAssessmentDialog(w.store, CAL, w.code),
    "identity": lambda w: IdentityDialog(w.store, CAL, w.code),
    "source details": lambda w: SourceMetadataDialog(w.store, CAL, w.source_id),
    "cite": lambda w: CiteDialog(w.store, CAL, w.source_id, w.code, "line 1", ""),
    "dossier": lambda w: DossierDialog(w.store, CAL, w.code),
    "export": lambda w: ExportDialog(w.store, [w.code]),
    "import": lambda w: ImportDialog(w.store, w.bundle),
    "partners": lambda w: PartnersDialog(w.store),
    "add partner": lambda w: AddPartnerDialog(w.store),
    "verify partner": lambda w: VerifyPartnerDialog(w.store, w.partner),
    "spreadsheet": lambda w: SheetImportDialog(w.store, w.sheet),
    "preferences": lambda w: PreferencesDialog(w.prefs),
    "backup": lambda w: BackupDialog(w.store),
    "restore": lambda w: RestoreDialog(),
    "backup reminder": lambda w: BackupReminder(backup_history.BackupDue(None, "2026-11-01", 31)),
    "wipe": lambda w: WipeDialog(w.store, w.prefs),
}


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[World]:
    made = World(tmp_path_factory.mktemp("layout"))
    yield made
    made.store.close()
    shutil.rmtree(made.tmp, ignore_errors=True)


@pytest.fixture(params=MODES)
def mode(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    if request.param in (translation.STRETCH, translation.MIRROR):
        translation.install(qapp, "en", request.param)
    else:
        translation.install(qapp, request.param)
    yield request.param
    translation.install(qapp, "en")


def cut_texts(top: QWidget) -> list[str]:
    """Visible texts narrower than they need; for labels that do not wrap, buttons, check
    boxes, group box titles and combo boxes (toolbars hide what does not fit behind their
    extension button, tab bars scroll: both by design)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or _inside(widget, (QToolBar, QTabBar)):
            continue
        if isinstance(widget, QLabel):
            if widget.wordWrap() or not widget.text() or not widget.pixmap().isNull():
                continue
            need = widget.minimumSizeHint().width()
        elif isinstance(widget, QAbstractButton | QComboBox):
            need = widget.sizeHint().width()
        elif isinstance(widget, QGroupBox):
            need = widget.fontMetrics().horizontalAdvance(widget.title())
        else:
            continue
        if widget.width() + 1 < need:
            found.append(f"{type(widget).__name__} {_text(widget)!r}: {widget.width()} px "
                         f"of {need}")
    return found


def overlaps(top: QWidget) -> list[str]:
    """Pairs of visible widgets in one layout whose rectangles cross."""
    found = []
    for parent in [top, *top.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or (parent is not top and not parent.isVisibleTo(top)):
            continue
        items = [layout.itemAt(i).widget() for i in range(layout.count())]
        shown = [w for w in items if w is not None and w.isVisibleTo(top)]
        for i, first in enumerate(shown):
            for second in shown[i + 1:]:
                common = first.geometry().intersected(second.geometry())
                if common.width() > 1 and common.height() > 1:
                    found.append(f"{_text(first)!r} overlaps {_text(second)!r}")
    return found


def unstretched(top: QWidget) -> list[str]:
    """Texts shown that never went through translation (under stretch, every translated
    text is bracketed)."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, QLabel | QAbstractButton | QGroupBox):
            continue
        text = _text(widget)
        if widget.isVisibleTo(top) and _readable(text) and "[" not in text:
            found.append(f"{type(widget).__name__} {text!r}")
    return found


# Texts that are data, not interface: the world's file and column names, languages in their
# own names, the product's name.
DATA = {"statement", "pseudonym", "province", "institution", "English", "casefiles",
        *(name for _locale, name in i18n.LANGUAGES.values())}


def _readable(text: str) -> bool:
    """Text a person reads as words (not data, a number, a code, a path or a fingerprint)."""
    return (sum(ch.isalpha() for ch in text) >= 3 and text not in DATA
            and not text.startswith(("/", "CF-")))


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        return widget.text()
    return type(widget).__name__


def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return isinstance(widget, kinds)


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_window_keeps_its_layout(name: str, mode: str, world: World,
                                       qtbot: QtBot) -> None:
    top = WINDOWS[name](world)
    qtbot.addWidget(top)
    top.show()
    qtbot.waitExposed(top)
    if isinstance(top, ImportDialog):
        qtbot.waitUntil(lambda: top._running is None, timeout=30_000)
    QApplication.processEvents()
    problems = cut_texts(top) + overlaps(top)
    if top.width() > SCREEN.width() or top.height() > SCREEN.height():
        problems.append(f"{top.width()} x {top.height()} px: larger than a laptop screen")
    if mode == "stretch":
        problems += unstretched(top)
    assert problems == [], f"{name} ({mode}):\n  " + "\n  ".join(problems)
    if mode != "stretch":
        assert top.layoutDirection().name == "RightToLeft"
        assert i18n.language() == ("en" if mode == "mirror" else mode)


def test_the_checks_find_a_cut_text_an_overlap_and_an_untranslated_text(qtbot: QtBot) -> None:
    top = QWidget()
    qtbot.addWidget(top)
    cut = QLabel("A label far longer than the twenty pixels it is given", top)
    cut.setFixedWidth(20)
    layout = QHBoxLayout(top)
    first, second = QPushButton("[One~]"), QPushButton("[Two~]")
    layout.addWidget(first)
    layout.addWidget(second)
    top.show()
    qtbot.waitExposed(top)
    second.setGeometry(first.geometry())  # laid on top of the first
    assert [p.split(":")[0] for p in cut_texts(top)] == [f"QLabel {cut.text()!r}"]
    assert overlaps(top) == ["'[One~]' overlaps '[Two~]'"]
    assert unstretched(top) == [f"QLabel {cut.text()!r}"]


def test_a_translator_without_the_text_lets_images_load(qapp: QApplication) -> None:
    """See translation.NOT_FOUND: answering "" broke every PNG (the QR code) in Pashto."""
    picture = QPixmap()
    translation.install(qapp, "ps")
    try:
        assert picture.loadFromData(keys.card_qr("casefiles-org:1::x", "png", scale=2))
    finally:
        translation.install(qapp, "en")


@pytest.mark.parametrize("lang", ["fa", "ps"])
def test_choosing_a_case_right_to_left_shows_it(lang: str, world: World, qapp: QApplication,
                                                qtbot: QtBot) -> None:
    """QTableView.selectRow selects nothing right to left when the columns do not fill the
    view; the window selects through table_model.select_row."""
    translation.install(qapp, lang)
    try:
        window = MainWindow(world.store, world.prefs)
        qtbot.addWidget(window)
        window.resize(1900, 800)  # wider than its columns
        window.show()
        qtbot.waitExposed(window)
        window.select_code(world.code)
        assert window.case_view.code == world.code
        assert window.table.selectionModel().selectedRows()[0].row() == window.model.row_of(
            world.code)
    finally:
        translation.install(qapp, "en")
