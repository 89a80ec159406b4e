"""Keys and partners in the app: our card, fingerprint and QR code shown; a partner's card
pasted, its fingerprint compared, verified only when the digits read out match; removed."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from casefiles.core.exchange import keys
from casefiles.core.store.store import Store
from casefiles.gui import partners_dialog
from casefiles.gui.exchange_dialogs import ExportDialog
from casefiles.gui.partners_dialog import AddPartnerDialog, PartnersDialog, VerifyPartnerDialog
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def partner_card(tmp_path: Path) -> tuple[str, str]:
    """Another organisation's card and fingerprint (a store of its own)."""
    other, _code = Store.create(tmp_path / "partner", PASSPHRASE, kdf=FAST_KDF, actor="them")
    with other:
        return keys.own_card(other.db, "Fictional Partner Network"), \
            keys.fingerprint(keys.own_keys(other.db))


def test_our_card_fingerprint_and_qr_are_shown(store: Store, qtbot: QtBot) -> None:
    dialog = PartnersDialog(store)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert keys.fingerprint(keys.own_keys(store.db)) in shown
    pictures = [label.pixmap() for label in dialog.findChildren(QLabel)
                if not label.pixmap().isNull()]
    assert pictures
    assert pictures[0].width() > 100  # the QR code
    assert dialog.card == keys.own_card(store.db)
    assert "AGE-SECRET-KEY" not in dialog.card


def test_our_name_is_saved_into_the_card_and_offered_to_exports(store: Store,
                                                                qtbot: QtBot) -> None:
    dialog = PartnersDialog(store)
    qtbot.addWidget(dialog)
    dialog.own_name.setText("کمک حقوقی (fictional)")
    dialog.save_own_name()
    assert keys.organisation_name(store.db) == dialog.own_name.text()
    assert keys.parse_card(dialog.card).name == dialog.own_name.text()
    assert dialog.card_text.toPlainText() == dialog.card
    assert "now names" in dialog.message.text()
    export = ExportDialog(store, [])
    qtbot.addWidget(export)
    assert export.sender_name.text() == dialog.own_name.text()
    dialog.own_name.setText("x" * (keys.MAX_NAME_LENGTH + 1))
    dialog.save_own_name()
    assert "at most" in dialog.message.text()
    assert keys.organisation_name(store.db) != dialog.own_name.text()


def test_add_verify_and_remove_a_partner(store: Store, partner_card: tuple[str, str],
                                         qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    card, digits = partner_card
    add = AddPartnerDialog(store)
    qtbot.addWidget(add)
    add.card.setPlainText(card[:-3] + "xyz")  # damaged in the copying
    assert "card is damaged" in add.message.text()
    assert add.fingerprint.text() == ""
    add.card.setPlainText(card)
    assert add.fingerprint.text() == digits
    assert add.name.text() == "Fictional Partner Network"  # proposed from the card
    add.save()
    assert add.result() == QDialog.DialogCode.Accepted
    [partner] = keys.list_partners(store.db)
    assert not partner.verified

    verify = VerifyPartnerDialog(store, partner)
    qtbot.addWidget(verify)
    verify.digits.setText("1111 2222 3333 4444 5555 6666")
    verify.save()
    assert "does not match" in verify.message.text()
    assert not keys.get_partner(store.db, partner.id).verified
    verify.digits.setText(digits.replace(" ", "-"))
    verify.save()
    assert keys.get_partner(store.db, partner.id).verified

    dialog = PartnersDialog(store)
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 0).text() == "Fictional Partner Network"
    assert dialog.table.item(0, 2).text().startswith("yes")
    dialog.table.selectRow(0)
    monkeypatch.setattr(partners_dialog.QMessageBox, "question",
                        lambda *_args: QMessageBox.StandardButton.Yes)
    dialog.remove_partner()
    assert keys.list_partners(store.db) == []
    assert dialog.table.rowCount() == 0


def test_a_refused_partner_keeps_the_dialog_open(store: Store, partner_card: tuple[str, str],
                                                 qtbot: QtBot) -> None:
    add = AddPartnerDialog(store)
    qtbot.addWidget(add)
    add.card.setPlainText(keys.own_card(store.db))  # our own card, by mistake
    add.name.setText("Us")
    add.save()
    assert add.result() != QDialog.DialogCode.Accepted
    assert add.message.text()
    assert keys.list_partners(store.db) == []
