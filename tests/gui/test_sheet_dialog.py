"""Importing a spreadsheet in the app: columns mapped as proposed, a preview listing refused
rows by line, nothing written until Import, then every accepted row."""

from pathlib import Path

from pytestqt.qtbot import QtBot

from casefiles.core.store import case_list, cases
from casefiles.core.store.store import Store
from casefiles.gui.sheet_dialog import SheetImportDialog

ROWS = """Pseudonym,Province,Institution,Summary,Name
Heron,Qandahar,ANA,Dismissed in 1400,Fictional Name One
Kite,Kandhr,ANP,Threatened,Fictional Name Two
,,,,
Wren,قندهار,NDS,بازداشت شد,Fictional Name Three
"""


def test_map_preview_and_import(store: Store, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "list.csv"
    path.write_text(ROWS, encoding="utf-8")
    dialog = SheetImportDialog(store, path)
    qtbot.addWidget(dialog)
    assert dialog.choices["Province"].currentData() == "person.origin_province"  # proposed
    assert dialog.choices["Name"].currentData() == "identity.full_name"
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.result_preview is not None, timeout=10_000)
    report = dialog.report.toPlainText()
    assert "line 3:" in report  # Kandhr: refused with its line
    assert "Kandahar" in report  # the close spelling suggested
    assert "Fictional Name" not in report  # identity values never echoed
    assert dialog.import_button.isEnabled()
    assert case_list.count_cases(store.db) == 0  # the preview wrote nothing
    dialog.import_rows()
    assert len(dialog.imported) == 2
    assert {cases.get_case(store.db, code).person.origin_province
            for code in dialog.imported} == {"AF-KAN"}
    assert not dialog.import_button.isEnabled()


def test_changing_the_mapping_drops_the_preview(store: Store, tmp_path: Path,
                                                qtbot: QtBot) -> None:
    path = tmp_path / "list.csv"
    path.write_text(ROWS, encoding="utf-8")
    dialog = SheetImportDialog(store, path)
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.result_preview is not None, timeout=10_000)
    dialog.choices["Summary"].setCurrentIndex(0)  # leave it out
    assert dialog.result_preview is None
    assert not dialog.import_button.isEnabled()
    province = dialog.choices["Province"].currentData()
    dialog.choices["Institution"].setCurrentIndex(dialog.choices["Institution"].findData(province))
    dialog.preview()  # two columns for a field that takes one value: said, nothing run
    assert "both fill" in dialog.status.text()
    assert dialog.result_preview is None
