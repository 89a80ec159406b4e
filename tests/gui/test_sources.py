"""The source library: import in a worker, view from memory, cite a selected passage."""

import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from casefiles.core.model.case import Case
from casefiles.core.store import cases, citations
from casefiles.core.store.store import Store
from casefiles.gui.cite_dialog import CiteDialog
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from tests.core.sources import fixtures as fx

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
BALKH = CORPUS / "rasc-balkh-nds-dismissals-2025.txt"


def _import(window: MainWindow, qtbot: QtBot, paths: list[Path]):
    with qtbot.waitSignal(window.sources.imported, timeout=20_000) as signal:
        window.sources.import_files(paths)
    return signal.args[0]


def _select_source(window: MainWindow, title_part: str) -> None:
    model = window.sources.model
    row = next(r for r in range(model.rowCount()) if title_part in model.index(r, 1).data())
    window.sources.table.selectRow(row)


def test_import_view_and_cite_a_passage(store: Store, prefs: Prefs, qtbot: QtBot,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                        ) -> None:
    # The dialog is driven as a caseworker would (Save), without a modal loop blocking the test.
    shown = []

    def run_dialog(dialog: CiteDialog) -> QDialog.DialogCode:
        shown.append(dialog)
        dialog.save()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(CiteDialog, "exec", run_dialog)
    code = cases.add_case(store.db, Case(), "tester").code
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    window.select_code(code)
    (tmp_path / "empty.txt").write_bytes(b"")
    batch = _import(window, qtbot, [BALKH, tmp_path / "empty.txt", BALKH])
    assert (len(batch.added), len(batch.duplicates), len(batch.refused)) == (1, 1, 1)
    assert window.statusBar().currentMessage() == \
        "1 added, 1 already in the store, 1 refused."
    assert window.sources.model.rowCount() == 1
    report = window.sources.report.text()  # the refusal and its reason stay on screen
    assert report.startswith("1 added, 1 already in the store, 1 refused.")
    assert "empty.txt: " in report
    assert "is empty (0 bytes)" in report
    assert not window.sources.progress.isVisible()

    _select_source(window, "Balkh")
    viewer = window.sources.viewer
    text = viewer.text.toPlainText()
    assert "[para. 1]" in text
    assert "Related Articles" not in text
    sentence = "The dismissals in Balkh appear to be part of this same pattern of retaliation."
    start = text.index(sentence)
    cursor = viewer.text.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(start + len(sentence), QTextCursor.MoveMode.KeepAnchor)
    viewer.text.setTextCursor(cursor)
    assert viewer.cite_button.isEnabled()
    with qtbot.waitSignal(viewer.cite_requested) as request:
        viewer.cite_button.click()
    _source_id, pinpoint, quote = request.args
    assert (pinpoint, quote) == ("para. 3", sentence)
    (dialog,) = shown
    qtbot.addWidget(dialog)
    assert dialog.citation.quote_check == citations.FOUND
    assert "was found" in window.statusBar().currentMessage()
    assert [(c.pinpoint, c.quote) for c in citations.citations_for_case(store.db, code)] == \
        [("para. 3", sentence)]


def test_pdf_and_image_open_from_memory(store: Store, prefs: Prefs, qtbot: QtBot,
                                        tmp_path: Path) -> None:
    pdf, _pages = fx.english_pdf(tmp_path / "report.pdf")
    photo = fx.png(tmp_path / "photo.png")
    window = MainWindow(store, prefs)
    qtbot.addWidget(window)
    _import(window, qtbot, [pdf, photo])
    temp_before = set(Path(tempfile.gettempdir()).iterdir())
    _select_source(window, "Fictional report")
    viewer = window.sources.viewer
    qtbot.waitUntil(lambda: viewer.pdf_document.status() == QPdfDocument.Status.Ready)
    assert viewer.pdf_document.pageCount() == 3
    assert viewer.tabs.isTabEnabled(1)
    _select_source(window, "photo")
    assert not viewer.image.pixmap().isNull()
    assert viewer.tabs.currentIndex() == 2
    assert set(Path(tempfile.gettempdir()).iterdir()) == temp_before  # nothing written
