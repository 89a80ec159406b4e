"""A store made at every earlier schema version opens with today's code, data intact."""

from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from casefiles.core.exchange import keys
from casefiles.core.security import audit
from casefiles.core.security.kdf import normalise_secret
from casefiles.core.store import cases, schema, search
from casefiles.core.store.driver import Database, configure, connect
from casefiles.core.store.key_slots import PASSPHRASE as PASSPHRASE_SLOT
from casefiles.core.store.key_slots import (
    RECOVERY,
    KeySlots,
    new_recovery_code,
    normalise_recovery_code,
)
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from casefiles.core.store.verify import verify
from tests.conftest import FAST_KDF, PASSPHRASE


def _store_at_version(path: Path, version: int) -> None:
    """Build a store the way the release with schema `version` did, with one case in it."""
    path.mkdir(mode=0o700)
    slots = KeySlots(store_id="00000000-0000-4000-8000-000000000001", slots={})
    key = bytearray(range(32))
    slots.wrap(PASSPHRASE_SLOT, normalise_secret(PASSPHRASE), key, FAST_KDF)
    slots.wrap(RECOVERY, normalise_recovery_code(new_recovery_code()), key, FAST_KDF)
    slots.save(path / SLOTS_NAME)
    db = Database(connect(str(path / DB_NAME), key))
    configure(db.conn)
    assert schema.migrate(db, target=version) == version
    with db.atomic():
        db.execute("INSERT INTO meta (key, value) VALUES ('store_id', ?)", (slots.store_id,))
        # Version-1 rows, written as version-1 code wrote them.
        db.execute("INSERT INTO cases (id, uuid, code, stage, summary, created_at, updated_at) "
                   "VALUES (1, 'c1', 'CF-AAAA-BBBB', 'documenting', "
                   "'افسر پیشین امنیت ملی که در قندهار تهدید شد', '2024-01-01T00:00:00Z', "
                   "'2024-01-01T00:00:00Z')")
        db.execute("INSERT INTO persons (case_id, pseudonym, origin_province) "
                   "VALUES (1, 'Lapwing', 'AF-KAN')")
        db.execute("INSERT INTO incidents (uuid, case_id, sort_order, type, date, date_sort, "
                   "description, verification) VALUES ('i1', 1, 0, 'threat', 'SH 1401-07', "
                   "'2022-09-23', 'Threatened at a checkpoint near Spin Boldak.', 'likely')")
        audit.record(db, "tester", "case.create", "c1", code="CF-AAAA-BBBB")
    db.conn.close()


@pytest.mark.parametrize("version", range(1, schema.LATEST))
def test_upgrade_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / f"v{version}"
    _store_at_version(path, version)
    with Store.open(path, PASSPHRASE) as store:
        assert schema.version(store.db) == schema.LATEST
        case = cases.get_case(store.db, "CF-AAAA-BBBB")
        assert case.person.pseudonym == "Lapwing"
        assert case.incidents[0].date.display() == "Mizan 1401 (September–October 2022)"
        # The index added by a later version covers the rows the old version wrote.
        for query in ("Spin Boldak", "تهديد"):
            hits = search.search_cases(store.db, query).hits
            assert [h.code for h in hits] == ["CF-AAAA-BBBB"]
        assert all(check.ok for check in verify(store.db))
        card = _assert_working_keys(store)
    # Opening again does not migrate again.
    with Store.open(path, PASSPHRASE) as store:
        assert search.search_cases(store.db, "Lapwing").total == 1
        assert keys.own_card(store.db) == card  # the keys are not made anew


def _assert_working_keys(store: Store) -> str:
    """The organisation keys version 4 generates exist and work; returns the store's card."""
    own = keys.own_keys(store.db)
    identity = pyrage.x25519.Identity.from_str(keys.own_secret_identity(store.db))
    assert str(identity.to_public()) == own.age_recipient
    sealed = pyrage.encrypt(b"to the upgraded store", [identity.to_public()])
    assert pyrage.decrypt(sealed, [identity]) == b"to the upgraded store"
    Ed25519PublicKey.from_public_bytes(own.signing_public).verify(
        keys.signing_key(store.db).sign(b"manifest"), b"manifest")
    assert keys.list_partners(store.db) == []
    return keys.own_card(store.db)


def test_two_stores_upgraded_get_different_keys(tmp_path: Path) -> None:
    cards = []
    for name in ("a", "b"):
        _store_at_version(tmp_path / name, 3)
        with Store.open(tmp_path / name, PASSPHRASE) as store:
            cards.append(_assert_working_keys(store))
    assert cards[0] != cards[1]


def test_a_failed_migration_leaves_the_previous_version(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "v1"
    _store_at_version(path, 1)

    def broken(db: Database) -> None:
        search.create_index(db)
        raise RuntimeError("simulated failure half-way")

    monkeypatch.setattr(schema, "MIGRATIONS", [schema.MIGRATIONS[0], broken])
    with pytest.raises(RuntimeError):
        Store.open(path, PASSPHRASE)
    monkeypatch.undo()
    raw = Database(connect(str(path / DB_NAME), bytearray(range(32))))
    assert schema.version(raw) == 1
    assert raw.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_index'"
                       ).fetchone()[0] == 0
    raw.conn.close()
    with Store.open(path, PASSPHRASE) as store:  # retried cleanly with the real migration
        assert schema.version(store.db) == schema.LATEST


@pytest.mark.parametrize("version", range(1, 5))
def test_version_5_adds_provenance_to_every_earlier_store(tmp_path: Path, version: int) -> None:
    """The provenance table of version 5 exists after the upgrade, keeps a base per case and
    goes with the case it describes."""
    path = tmp_path / f"v{version}"
    _store_at_version(path, version)
    with Store.open(path, PASSPHRASE) as store:
        db = store.db
        with db.atomic():
            db.execute("INSERT INTO provenance (case_id, sender_name, sender_key, "
                       "manifest_sha256, bundle_created_at, imported_at, json_sha256, "
                       "base_json) VALUES (1, 'Org', ?, 'm', 't', 't', 'h', '{}')",
                       (bytes(32),))
        assert db.execute("SELECT count(*) FROM provenance").fetchone()[0] == 1
        cases.delete_case(db, "CF-AAAA-BBBB", "tester")
        assert db.execute("SELECT count(*) FROM provenance").fetchone()[0] == 0
