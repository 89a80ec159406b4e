"""The source library: details edited with the document's proposals, mentions and the cases a
source may support, search across sources' text, and a stable sort."""

import tempfile
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.model.dates import Calendar, FuzzyDate
from casefiles.core.model.vocab import vocabulary
from casefiles.core.security import audit
from casefiles.core.store import cases, sources
from casefiles.core.store.store import Store
from casefiles.gui.source_metadata import SourceMetadataDialog
from casefiles.gui.sources_panel import PASSAGES, PUBLISHED, TITLE, SourcesPanel
from tests.core.sources import fixtures as fx

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
BALKH = CORPUS / "rasc-balkh-nds-dismissals-2025.txt"
DEPORTATIONS = CORPUS / "rasc-deportations-detentions-2024.txt"
AMNESTY = CORPUS / "factcheck-amnesty-not-fully-committed-2021.txt"


def _panel(store: Store, qtbot: QtBot, paths: list[Path]) -> SourcesPanel:
    panel = SourcesPanel(store)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.imported, timeout=20_000):
        panel.import_files(paths)
    return panel


def _select(panel: SourcesPanel, qtbot: QtBot, title_part: str) -> None:
    """Select a source by title and wait for its candidate cases (found off the GUI thread)."""
    model = panel.model
    row = next(r for r in range(model.rowCount()) if title_part in model.index(r, TITLE).data())
    with qtbot.waitSignal(panel.viewer.candidates_changed, timeout=10_000):
        panel.table.selectRow(row)


def _children(model: Any, parent: QModelIndex) -> list[str]:
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


# ---- details ------------------------------------------------------------------------------

def test_edit_details_taking_a_proposal_and_a_solar_hijri_date(
        store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(store, qtbot, [BALKH])
    _select(panel, qtbot, "Balkh")
    source = panel.current_source()
    proposed = sources.proposed_metadata(store.db, source.id)
    assert proposed["title"].startswith("Taliban Dismiss Five")

    def run_dialog(dialog: SourceMetadataDialog) -> QDialog.DialogCode:
        qtbot.addWidget(dialog)
        assert set(dialog.take_buttons) == {"title", "published"}
        assert not dialog.take_buttons["title"].isEnabled()  # already what the document says
        dialog.title.setText("RASC: NDS dismissals")
        assert dialog.take_buttons["title"].isEnabled()
        dialog.take_buttons["title"].click()  # back to what the document proposes
        assert dialog.title.text() == proposed["title"]
        dialog.publisher.setText("RASC News")
        dialog.published.edit.setText("24 Jawza 1404")
        assert "14 June 2025" in dialog.published.preview.text()
        dialog.reliability.setCurrentIndex(dialog.reliability.findData("fairly_reliable"))
        dialog.save()
        return QDialog.DialogCode(dialog.result())

    monkeypatch.setattr(SourceMetadataDialog, "exec", run_dialog)
    with qtbot.waitSignal(panel.source_changed) as changed:
        panel.edit_source()
    assert changed.args == [source.id]
    saved = sources.get_source(store.db, source.id)
    assert (saved.title, saved.publisher, saved.reliability) == \
        (proposed["title"], "RASC News", "fairly_reliable")
    assert saved.published == FuzzyDate.parse("SH 1404-03-24")
    assert saved.published.calendar is Calendar.SOLAR_HIJRI
    assert audit.entries(store.db)[-1].detail["fields"] == ["published", "publisher",
                                                           "reliability"]
    # The list shows the source as saved, still selected.
    assert panel.current_source().publisher == "RASC News"


def test_a_bad_date_keeps_the_dialog_open_and_the_store_unchanged(
        store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    panel = _panel(store, qtbot, [BALKH])
    source = sources.list_sources(store.db)[0]
    dialog = SourceMetadataDialog(store, Calendar.SOLAR_HIJRI, source.id)
    qtbot.addWidget(dialog)
    dialog.author.setText("Desk")
    dialog.published.edit.setText("31 Hut 1403")  # Hut 1403 has 30 days
    dialog.save()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.message.text()
    assert sources.get_source(store.db, source.id) == source
    # Closing with changes asks first; "Cancel" keeps everything typed.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args)
                        or QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert asked
    assert dialog.author.text() == "Desk"
    dialog.take("published")  # the document's own date
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sources.get_source(store.db, source.id).published == FuzzyDate.parse("2025-06-14")
    assert panel.count == 1


# ---- mentions and candidate cases ---------------------------------------------------------

def _case(store: Store, data: dict[str, Any]) -> str:
    return cases.add_case(store.db, serial.from_json(Case, data), "tester").code


def test_mentions_and_the_cases_the_source_may_support(store: Store, qtbot: QtBot,
                                                       qtmodeltester: Any) -> None:
    balkh_code = _case(store, {
        "person": {"pseudonym": "Falcon", "origin_province": "Balkh"},
        "identity": {"full_name": "Identity-Marker-51"},
        "service": [{"institution": "nds", "province": "Balkh"}],
        "incidents": [{"type": "dismissal", "province": "Balkh"}]})
    kandahar_code = _case(store, {"person": {"pseudonym": "Heron", "origin_province": "Kandahar"},
                                  "service": [{"institution": "ana"}]})
    panel = _panel(store, qtbot, [BALKH, DEPORTATIONS])
    panel.show()
    qtbot.waitExposed(panel)
    _select(panel, qtbot, "Balkh")
    viewer = panel.viewer
    assert viewer.tabs.tabText(3) == "Mentions"
    mentions = viewer.mentions_model
    kinds = _children(mentions, QModelIndex())
    assert kinds[:2] == ["Provinces", "Institutions"]
    provinces = _children(mentions, mentions.index(0, 0))
    assert "Balkh" in provinces
    assert vocabulary("institutions").label("nds") in _children(mentions, mentions.index(1, 0))
    balkh = mentions.index(0, 0).model().index(provinces.index("Balkh"), 0, mentions.index(0, 0))
    sentences = _children(mentions, balkh)
    assert any("province of Balkh" in s for s in sentences)
    qtmodeltester.check(mentions)

    candidates = viewer.candidates_model
    qtmodeltester.check(candidates)
    codes = [candidates.index(r, 0).data() for r in range(candidates.rowCount())]
    assert codes[0] == balkh_code
    assert kandahar_code not in codes[:1]
    why = candidates.index(0, 3).data()
    assert why.startswith("Balkh: ")
    assert "province of origin" in why
    assert "National Directorate of Security: institution served in" in why
    assert "Identity-Marker-51" not in repr([candidates.index(0, c).data(role)
                                             for c in range(5)
                                             for role in (Qt.ItemDataRole.DisplayRole,
                                                          Qt.ItemDataRole.ToolTipRole)])
    # Activating (double-click, Enter) a candidate asks for that case.
    viewer.tabs.setCurrentIndex(3)
    view = viewer.candidates_view
    view.setFocus()
    view.setCurrentIndex(candidates.index(0, 0))
    with qtbot.waitSignal(panel.case_requested) as requested:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert requested.args == [balkh_code]
    # A mention's sentence opens the text at it.
    first = mentions.index(0, 0, balkh)
    viewer._mention_activated(first)
    assert viewer.tabs.currentIndex() == 0
    assert viewer.text.textCursor().selectedText() == first.data()


# ---- search and sort ----------------------------------------------------------------------

def test_search_filters_the_list_with_passages_and_a_count(store: Store, qtbot: QtBot,
                                                           tmp_path: Path,
                                                           qtmodeltester: Any) -> None:
    dari_page, _text = fx.persian_html(tmp_path / "dari.html")
    panel = _panel(store, qtbot, [BALKH, DEPORTATIONS, AMNESTY, dari_page])
    assert panel.count == 4
    assert panel.table.isColumnHidden(PASSAGES)
    with qtbot.waitSignal(panel.count_changed) as counted:
        panel.set_search("Balkh")
    assert counted.args == [1]
    assert panel.count == 1
    assert "Balkh" in panel.model.index(0, TITLE).data()
    assert not panel.table.isColumnHidden(PASSAGES)
    passage = panel.model.index(0, PASSAGES).data()
    assert passage.startswith("para. 1: ")
    assert "[Balkh]" in passage
    assert "(and 2 more)" in passage
    tooltip = panel.model.index(0, PASSAGES).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.splitlines()[0] == "3 passage(s) match"
    assert "para. 6: " in tooltip
    qtmodeltester.check(panel.model)

    panel.set_search("بازداشت")  # Dari: arrest
    assert panel.count == 1
    assert panel.model.source_at(0).kind == "html"
    panel.set_search("كارمند پيشين")  # the same words typed with Arabic kaf and yeh
    assert panel.count == 1
    panel.set_search("no-such-word-anywhere")
    assert panel.count == 0
    qtmodeltester.check(panel.model)
    with qtbot.waitSignal(panel.count_changed) as counted:
        panel.set_search("")
    assert counted.args == [4]
    assert panel.table.isColumnHidden(PASSAGES)


def test_search_keeps_the_shown_source_while_it_matches(store: Store, qtbot: QtBot) -> None:
    panel = _panel(store, qtbot, [BALKH, DEPORTATIONS])
    _select(panel, qtbot, "Balkh")
    shown = panel.viewer.source.id
    panel.set_search("dismissed")
    assert panel.current_source().id == shown == panel.viewer.source.id
    panel.set_search("Takhar")  # only the other source
    assert panel.viewer.source is None
    assert panel.current_source() is None
    assert not panel.edit_button.isEnabled()


def test_sort_is_stable_by_id_title_and_published(store: Store, qtbot: QtBot,
                                                  qtmodeltester: Any) -> None:
    panel = _panel(store, qtbot, [BALKH, DEPORTATIONS, AMNESTY])
    ids = [s.id for s in sources.list_sources(store.db)]
    # Two sources of one date: ties keep id order, whichever way the column is sorted.
    for source_id in ids[1:]:
        sources.update_source(store.db, source_id, {"published": "2024-07-01"}, "tester")
    panel.model.reload()
    model = panel.model

    def listed() -> list[int]:
        return [model.source_at(r).id for r in range(model.rowCount())]

    panel.table.sortByColumn(PUBLISHED, Qt.SortOrder.AscendingOrder)
    assert listed() == [ids[1], ids[2], ids[0]]
    panel.table.sortByColumn(PUBLISHED, Qt.SortOrder.DescendingOrder)
    assert listed() == [ids[0], ids[1], ids[2]]
    panel.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, TITLE).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    panel.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert listed() == ids[::-1]
    # The order holds across a search and a reload; the selection follows its source.
    panel.table.selectRow(0)
    panel.set_search("Taliban")
    assert listed() == ids[::-1]
    panel.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert panel.current_source().id == ids[-1]
    qtmodeltester.check(model)


def test_viewing_writes_no_temporary_file(store: Store, qtbot: QtBot) -> None:
    panel = _panel(store, qtbot, [BALKH])
    before = set(Path(tempfile.gettempdir()).iterdir())
    _select(panel, qtbot, "Balkh")
    panel.viewer.tabs.setCurrentIndex(3)
    assert set(Path(tempfile.gettempdir()).iterdir()) == before
