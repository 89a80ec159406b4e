"""The exchange dialogs between two real stores: export a case from A to B, preview and import
it in B; a conflict listed field by field with both values, Import only once each has a choice;
an unknown signer only with "import anyway"; identity values shown only through an audited
reveal."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from casefiles.core.exchange import keys
from casefiles.core.exchange.export import export_bundle
from casefiles.core.exchange.merge import CONFLICT, NEW, OURS, THEIRS
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.security import audit
from casefiles.core.store import case_links, cases, sharelog
from casefiles.core.store.store import Store
from casefiles.gui import exchange_dialogs, main_window
from casefiles.gui.exchange_dialogs import ExportDialog
from casefiles.gui.import_dialog import ImportDialog
from casefiles.gui.main_window import MainWindow
from casefiles.gui.prefs import Prefs
from tests.conftest import FAST_KDF, PASSPHRASE

CASE = {"summary": "Fictional former officer, threatened in 2022.",
        "consent": {"scope": ["record", "share_partners"]},
        "person": {"pseudonym": "Falcon-17", "origin_province": "AF-KAN"},
        "incidents": [{"type": "threat", "date": "2022-09-23", "province": "AF-KAN"}]}


@pytest.fixture
def orgs(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    """Two stores, each the other's verified partner."""
    a, _code = Store.create(tmp_path / "a", PASSPHRASE, kdf=FAST_KDF, actor="worker-a")
    b, _code = Store.create(tmp_path / "b", PASSPHRASE, kdf=FAST_KDF, actor="worker-b")
    keys.add_partner(a.db, "Org B", keys.own_card(b.db), a.actor, verified=True)
    keys.add_partner(b.db, "Org A", keys.own_card(a.db), b.actor, verified=True)
    yield a, b
    a.close()
    b.close()


def _tick(dialog: ExportDialog, name: str) -> None:
    for row in range(dialog.partners.count()):
        item = dialog.partners.item(row)
        if item.text().startswith(name):
            item.setCheckState(exchange_dialogs.Qt.CheckState.Checked)


def export_with_dialog(store: Store, codes: list[str], out: Path, qtbot: QtBot,
                       monkeypatch: pytest.MonkeyPatch, partner: str = "Org B") -> ExportDialog:
    dialog = ExportDialog(store, codes)
    qtbot.addWidget(dialog)
    assert dialog.profile.currentData() == "partner_organisation"
    assert not dialog.export_button.isEnabled()  # no partner ticked yet
    _tick(dialog, partner)
    assert dialog.export_button.isEnabled(), dialog.problems.text()
    monkeypatch.setattr(exchange_dialogs, "save_file_name", lambda *_args: out)
    dialog.export()
    qtbot.waitUntil(lambda: dialog.report is not None or dialog._running is None,
                    timeout=30_000)
    assert dialog.report is not None, dialog.status.text()
    return dialog


def open_import(store: Store, path: Path, qtbot: QtBot) -> ImportDialog:
    dialog = ImportDialog(store, path)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog._running is None, timeout=30_000)
    return dialog


def run_import(dialog: ImportDialog, qtbot: QtBot) -> None:
    assert dialog.import_button.isEnabled()
    dialog.apply()
    qtbot.waitUntil(lambda: dialog._running is None, timeout=30_000)
    assert dialog.report is not None, dialog.status.text()


def test_export_from_a_and_import_into_b(orgs: tuple[Store, Store], tmp_path: Path,
                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    out = tmp_path / "to-b.cfb"
    exported = export_with_dialog(a, [case.code], out, qtbot, monkeypatch)
    assert out.exists()
    assert exported.report.cases == [case.code]
    assert exported.report.recipients == ["Org B"]
    summary = exported.status.text()
    assert exported.report.sha256 in summary
    assert "share log" in summary
    [entry] = sharelog.share_log(a.db, case.code)
    assert (entry.recipient, entry.file_sha256) == ("Org B", exported.report.sha256)

    dialog = open_import(b, out, qtbot)
    assert dialog.preview is not None, dialog.status.text()
    assert dialog.signer.text() == "Org A (verified)"
    assert dialog.cases_table.rowCount() == 1
    assert dialog.cases_table.item(0, 0).text() == case.code
    assert dialog.cases_table.item(0, 2).text() == NEW
    assert dialog.conflicts_table.rowCount() == 0
    run_import(dialog, qtbot)
    assert dialog.report.added == [case.code]
    assert "1 new case(s)" in dialog.status.text()
    assert not dialog.import_button.isEnabled()  # done: not twice
    assert cases.get_case(b.db, case.code).person.pseudonym == "Falcon-17"


def test_likely_duplicates_are_offered_with_a_decision_each(
        orgs: tuple[Store, Store], tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    soldier = {**CASE, "service": [{"institution": "nds"}]}
    theirs = cases.add_case(a.db, serial.from_json(Case, soldier), a.actor)
    twin, other = (cases.add_case(b.db, serial.from_json(Case, {**soldier, "person": {
        **CASE["person"], "pseudonym": name}}), b.actor) for name in ("Falcon 17", "Falcon-71"))
    out = tmp_path / "to-b.cfb"
    export_with_dialog(a, [theirs.code], out, qtbot, monkeypatch)
    dialog = open_import(b, out, qtbot)
    assert dialog.duplicates.isVisibleTo(dialog)
    assert dialog.duplicates.rowCount() == 2
    rows = {dialog.duplicates.item(r, 1).text().split()[0]: r for r in range(2)}
    assert set(rows) == {twin.code, other.code}
    assert "similar pseudonym" in dialog.duplicates.item(0, 2).text()
    assert dialog.links() == {}  # "Decide later" by default; Import needs no decision
    assert dialog.import_button.isEnabled()
    same = dialog.duplicates.cellWidget(rows[twin.code], 3)
    same.setCurrentIndex(same.findData(case_links.SAME_PERSON))
    run_import(dialog, qtbot)
    assert dialog.report.links == {theirs.code: {twin.code: case_links.SAME_PERSON}}
    assert dialog.report.duplicates == {theirs.code: [other.code]}
    assert f"Linked {theirs.code} with {twin.code}: the same person." in dialog.status.text()
    assert not same.isEnabled()
    new_id = cases.case_id_for(b.db, theirs.code)
    assert [link.code for link in case_links.links(b.db, new_id)] == [twin.code]


def test_no_duplicates_no_table(orgs: tuple[Store, Store], tmp_path: Path, qtbot: QtBot,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    out = tmp_path / "to-b.cfb"
    export_with_dialog(a, [case.code], out, qtbot, monkeypatch)
    dialog = open_import(b, out, qtbot)
    assert not dialog.duplicates.isVisibleTo(dialog)
    assert not dialog.duplicates_label.isVisibleTo(dialog)


def test_profiles_that_cannot_bundle_are_disabled(orgs: tuple[Store, Store],
                                                  qtbot: QtBot) -> None:
    a, _b = orgs
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    dialog = ExportDialog(a, [case.code])
    qtbot.addWidget(dialog)
    index = dialog.profile.findData("public_advocacy")
    assert "cannot make a bundle" in dialog.profile.itemText(index)
    assert not dialog.profile.model().item(index).isEnabled()
    dialog.profile.setCurrentIndex(dialog.profile.findData("asylum_authority"))
    assert dialog.description.text()
    # A passphrase instead of partners: long enough, typed twice the same.
    dialog.profile.setCurrentIndex(dialog.profile.findData("partner_organisation"))
    dialog.to_passphrase.setChecked(True)
    dialog.passphrase.setText("short")
    assert "at least" in dialog.problems.text()
    dialog.passphrase.setText("a long bundle passphrase")
    dialog.repeat.setText("a long bundle passphrase!")
    assert "differ" in dialog.problems.text()
    dialog.repeat.setText("a long bundle passphrase")
    assert dialog.export_button.isEnabled()


def test_unverified_partner_needs_an_explicit_yes(orgs: tuple[Store, Store], tmp_path: Path,
                                                  qtbot: QtBot,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    keys.remove_partner(a.db, "Org B", a.actor)
    keys.add_partner(a.db, "Org B", keys.own_card(b.db), a.actor, verified=False)
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    dialog = ExportDialog(a, [case.code])
    qtbot.addWidget(dialog)
    _tick(dialog, "Org B")
    assert "NOT verified" in dialog.partners.item(0).text()
    out = tmp_path / "x.cfb"
    monkeypatch.setattr(exchange_dialogs, "save_file_name", lambda *_args: out)
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):
        def question(*args: object, **_kw: object) -> QMessageBox.StandardButton:
            asked.append(str(args[2]))
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Cancel))
    dialog.export()
    assert asked
    assert "NOT verified" in asked[0]
    assert dialog._running is None
    assert not out.exists()
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    dialog.export()
    qtbot.waitUntil(lambda: dialog._running is None, timeout=30_000)
    assert dialog.report is not None, dialog.status.text()
    assert out.exists()


def test_conflict_lists_both_values_and_needs_a_choice(orgs: tuple[Store, Store],
                                                       tmp_path: Path, qtbot: QtBot,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    export_with_dialog(a, [case.code], tmp_path / "1.cfb", qtbot, monkeypatch)
    run_import(open_import(b, tmp_path / "1.cfb", qtbot), qtbot)
    cases.update_case(a.db, case.code, {"summary": "A's summary"}, a.actor)
    cases.update_case(b.db, case.code, {"summary": "B's summary"}, b.actor)
    cases.update_case(a.db, case.code, {"person": {"pseudonym": "Falcon-A"}}, a.actor)
    cases.update_case(b.db, case.code, {"person": {"pseudonym": "Falcon-B"}}, b.actor)
    export_with_dialog(a, [case.code], tmp_path / "2.cfb", qtbot, monkeypatch)

    dialog = open_import(b, tmp_path / "2.cfb", qtbot)
    assert dialog.cases_table.item(0, 2).text() == CONFLICT
    table = dialog.conflicts_table
    rows = {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 3).text())
            for r in range(table.rowCount())}
    assert rows == {"summary": ("B's summary", "A's summary"),
                    "person.pseudonym": ("Falcon-B", "Falcon-A")}
    combos = {table.item(r, 1).text(): table.cellWidget(r, 4) for r in range(table.rowCount())}
    assert all(isinstance(c, QComboBox) for c in combos.values())
    assert not dialog.import_button.isEnabled()
    combos["summary"].setCurrentIndex(combos["summary"].findData(OURS))
    assert not dialog.import_button.isEnabled()  # one still open
    combos["person.pseudonym"].setCurrentIndex(combos["person.pseudonym"].findData(THEIRS))
    assert dialog.import_button.isEnabled()
    run_import(dialog, qtbot)
    assert dialog.report.choices == {f"{case.code}:summary": OURS,
                                     f"{case.code}:person.pseudonym": THEIRS}
    after = cases.get_case(b.db, case.code)
    assert (after.summary, after.person.pseudonym) == ("B's summary", "Falcon-A")


def test_unknown_signer_needs_import_anyway(orgs: tuple[Store, Store], tmp_path: Path,
                                            qtbot: QtBot,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    export_with_dialog(a, [case.code], tmp_path / "1.cfb", qtbot, monkeypatch)
    keys.remove_partner(b.db, "Org A", b.actor)
    dialog = open_import(b, tmp_path / "1.cfb", qtbot)
    assert dialog.preview is not None, dialog.status.text()
    assert "UNKNOWN" in dialog.signer.text()
    assert not dialog.anyway.isHidden()
    assert not dialog.import_button.isEnabled()
    dialog.anyway.setChecked(True)
    run_import(dialog, qtbot)
    assert dialog.report.added == [case.code]
    assert cases.get_case(b.db, case.code).summary == CASE["summary"]


def test_passphrase_bundle_offers_the_passphrase(orgs: tuple[Store, Store], tmp_path: Path,
                                                 qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    case = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    dialog = ExportDialog(a, [case.code])
    qtbot.addWidget(dialog)
    dialog.to_passphrase.setChecked(True)
    dialog.passphrase.setText("a long bundle passphrase")
    dialog.repeat.setText("a long bundle passphrase")
    out = tmp_path / "p.cfb"
    monkeypatch.setattr(exchange_dialogs, "save_file_name", lambda *_args: out)
    dialog.export()
    qtbot.waitUntil(lambda: dialog._running is None, timeout=30_000)
    assert dialog.report is not None
    assert dialog.report.recipients == ["passphrase"]

    opened = open_import(b, out, qtbot)
    assert opened.preview is None
    assert "passphrase" in opened.status.text()
    assert not opened.passphrase_box.isHidden()
    opened.passphrase.setText("a long bundle passphrase")
    opened.open_with_passphrase()
    qtbot.waitUntil(lambda: opened._running is None, timeout=30_000)
    assert opened.preview is not None, opened.status.text()
    assert opened.cases_table.item(0, 2).text() == NEW
    run_import(opened, qtbot)
    assert opened.report.added == [case.code]


def test_identity_conflicts_are_hidden_until_an_audited_reveal(
        orgs: tuple[Store, Store], tmp_path: Path, qtbot: QtBot) -> None:
    """The asylum authority profile carries the identity (with consent); a conflict on it is
    shown as "(identity field)" until Show, which is audited."""
    a, b = orgs
    data = {**CASE, "consent": {"scope": ["record", "share_partners",
                                          "identity_to_authorities"]},
            "identity": {"full_name": "Fictional Name"}}
    case = cases.add_case(a.db, serial.from_json(Case, data), a.actor)
    export_bundle(a.db, [case.code], "asylum_authority", tmp_path / "1.cfb", a.actor,
                  to=["Org B"])
    run_import(open_import(b, tmp_path / "1.cfb", qtbot), qtbot)
    cases.update_case(a.db, case.code, {"identity": {"full_name": "Fictional Name A"}}, a.actor)
    cases.update_case(b.db, case.code, {"identity": {"full_name": "Fictional Name B"}}, b.actor)
    export_bundle(a.db, [case.code], "asylum_authority", tmp_path / "2.cfb", a.actor,
                  to=["Org B"])
    dialog = open_import(b, tmp_path / "2.cfb", qtbot)
    table = dialog.conflicts_table
    [row] = [r for r in range(table.rowCount())
             if table.item(r, 1).text() == "identity.full_name"]
    assert table.item(row, 3).text() == "(identity field)"
    assert all("Fictional Name" not in (table.item(r, c).text() if table.item(r, c) else "")
               for r in range(table.rowCount()) for c in (2, 3))
    views = len([e for e in audit.entries(b.db, case.uuid) if e.action == "identity.view"])
    show = table.cellWidget(row, 2)
    assert isinstance(show, QPushButton)
    show.click()
    assert (table.item(row, 2).text(), table.item(row, 3).text()) == (
        "Fictional Name B", "Fictional Name A")
    assert len([e for e in audit.entries(b.db, case.uuid)
                if e.action == "identity.view"]) == views + 1


def test_window_menus_export_the_shown_or_listed_cases_and_import_a_bundle(
        orgs: tuple[Store, Store], tmp_path: Path, qtbot: QtBot, prefs: Prefs,
        monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = orgs
    first = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    second = cases.add_case(a.db, serial.from_json(Case, CASE), a.actor)
    window = MainWindow(a, prefs)
    qtbot.addWidget(window)
    store_menu = next(m for m in window.menuBar().findChildren(QMenu)
                      if m.title() == "&Store")
    titles = [action.text() for action in store_menu.actions()]
    assert {"E&xport cases to a partner…", "Export &all listed cases…",
            "Import a &bundle…"} <= set(titles)
    shown: list[list[str]] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: shown.append(self.codes) or 0)
    window.select_code(second.code)
    window.export_case()
    window.export_listed()
    assert shown == [[second.code], sorted([first.code, second.code])]

    export_with_dialog(a, [first.code], tmp_path / "1.cfb", qtbot, monkeypatch)
    other = MainWindow(b, prefs)
    qtbot.addWidget(other)
    monkeypatch.setattr(main_window, "open_file_names", lambda *_args: [tmp_path / "1.cfb"])

    def import_now(dialog: ImportDialog) -> int:
        qtbot.waitUntil(lambda: dialog._running is None, timeout=30_000)
        run_import(dialog, qtbot)
        return 1

    monkeypatch.setattr(ImportDialog, "exec", import_now)
    other.import_bundle()
    assert other.case_view.code == first.code
