"""The dossier dialog: preview from memory in a worker, save and print exactly what was
previewed, each recorded; a profile the case has no consent for cannot be chosen to render."""

import os
import tempfile
from pathlib import Path

import pytest
import shiboken6
from pypdf import PdfReader
from PySide6.QtCore import QThreadPool
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from casefiles.core.model import serial
from casefiles.core.model.case import Case, Citation
from casefiles.core.model.dates import Calendar
from casefiles.core.security import audit
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import cases, citations, sharelog
from casefiles.core.store.store import Store
from casefiles.gui import dossier_dialog
from casefiles.gui.dossier_dialog import DossierDialog

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


@pytest.fixture
def code(store: Store) -> str:
    case = cases.add_case(store.db, serial.from_json(Case, {
        "summary": "Former NDS officer from Dehdadi in Balkh, dismissed in Jawza 1404.",
        "consent": {"scope": ["record", "identity_to_authorities"]},
        "person": {"pseudonym": "Cedar", "origin_province": "AF-BAL",
                   "origin_district": "Dehdadi"},
        "incidents": [{"type": "dismissal", "date": "Jawza 1404", "province": "AF-BAL"}],
        "identity": {"full_name": "Fictional Person Name"}}), "tester")
    source = ingest_file(store.db, CORPUS / "rasc-balkh-nds-dismissals-2025.txt", "tester")
    citations.add_citation(store.db, Citation(
        source_id=source.source.id, case_code=case.code, incident_uuid=case.incidents[0].uuid,
        pinpoint="para. 1", quote="dismissed five former officers"), "tester")
    return case.code


def _dialog(store: Store, code: str, qtbot: QtBot) -> DossierDialog:
    dialog = DossierDialog(store, Calendar.SOLAR_HIJRI, code)
    qtbot.addWidget(dialog)
    return dialog


def _previewed(dialog: DossierDialog, qtbot: QtBot) -> None:
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.dossier is not None or "could not" in dialog.status.text(),
                    timeout=30_000)
    assert dialog.dossier is not None, dialog.status.text()


def test_preview_renders_in_memory_and_is_audited(store: Store, code: str,
                                                  qtbot: QtBot) -> None:
    temp_before = set(os.listdir(tempfile.gettempdir()))
    dialog = _dialog(store, code, qtbot)
    assert dialog.profile.currentData() == "asylum_authority"
    assert not dialog.save_button.isEnabled()
    _previewed(dialog, qtbot)
    document = dialog.view.document
    qtbot.waitUntil(lambda: document.pageCount() == dialog.dossier.pages, timeout=5000)
    assert "page(s)" in dialog.status.text()
    assert dialog.save_button.isEnabled()
    assert dialog.print_button.isEnabled()
    previews = [e for e in audit.entries(store.db, cases.get_case(store.db, code).uuid)
                if e.action == "dossier.preview"]
    assert [e.detail["file_sha256"] for e in previews] == [dialog.dossier.sha256]
    assert sharelog.share_log(store.db, code) == []  # shown, not handed over
    assert set(os.listdir(tempfile.gettempdir())) == temp_before  # nothing written to temp
    dialog.lang.setCurrentIndex(dialog.lang.findData("fa"))  # another dossier: preview again
    assert dialog.dossier is None
    assert not dialog.save_button.isEnabled()


def test_a_profile_without_the_persons_consent_cannot_render(store: Store, code: str,
                                                             qtbot: QtBot) -> None:
    dialog = _dialog(store, code, qtbot)
    dialog.profile.setCurrentIndex(dialog.profile.findData("partner_organisation"))
    assert "does not record the person's consent" in dialog.consent.text()
    assert not dialog.preview_button.isEnabled()
    assert "contains \u201cDehdadi\u201d" in dialog.leaks.text()  # a partner sees no district
    dialog.profile.setCurrentIndex(dialog.profile.findData("asylum_authority"))
    assert "includes the person's identity" in dialog.consent.text()  # consent recorded
    assert dialog.leaks.text() == ""  # the authority sees the district anyway
    assert dialog.preview_button.isEnabled()


def test_save_writes_what_was_previewed_and_logs_it(store: Store, code: str, qtbot: QtBot,
                                                    tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = _dialog(store, code, qtbot)
    _previewed(dialog, qtbot)
    out = tmp_path / "dossier.pdf"
    monkeypatch.setattr(dossier_dialog, "save_file_name", lambda *_args: out)
    dialog.save()
    assert out.read_bytes() == dialog.dossier.pdf
    [entry] = sharelog.share_log(store.db, code)
    assert (entry.profile, entry.file_sha256) == ("asylum_authority", dialog.dossier.sha256)
    assert "Saved to" in dialog.status.text()


def test_print_sends_every_page_and_logs_it(store: Store, code: str, qtbot: QtBot,
                                           tmp_path: Path) -> None:
    dialog = _dialog(store, code, qtbot)
    _previewed(dialog, qtbot)
    qtbot.waitUntil(lambda: dialog.view.document.pageCount() == dialog.dossier.pages,
                    timeout=5000)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # a printer that writes a file
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_dossier(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == dialog.dossier.pages
    [entry] = sharelog.share_log(store.db, code)
    assert entry.method == "dossier (printed)"
    assert entry.file_sha256 == dialog.dossier.sha256


def test_closing_while_rendering_drops_the_result_quietly(store: Store, code: str,
                                                          qtbot: QtBot) -> None:
    """A lock closes the dialog mid-render: the finished render must find no dialog to fill
    (pytest-qt fails the test on any exception raised in a slot)."""
    dialog = DossierDialog(store, Calendar.GREGORIAN, code)
    dialog.preview()
    dialog.done(0)
    shiboken6.delete(dialog)
    assert QThreadPool.globalInstance().waitForDone(30_000)
    qtbot.wait(100)  # the finished signal is delivered now, to nobody
    previews = [e for e in audit.entries(store.db, cases.get_case(store.db, code).uuid)
                if e.action == "dossier.preview"]
    assert len(previews) == 1  # the render itself completed and was recorded
