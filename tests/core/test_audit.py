"""The audit log is append-only inside the database and tamper-evident outside it."""

import itertools

import pytest

from casefiles.core.model.case import Case, Person
from casefiles.core.security import audit
from casefiles.core.security.kdf import normalise_secret
from casefiles.core.store import cases
from casefiles.core.store.driver import Database, IntegrityError, configure, connect
from casefiles.core.store.key_slots import PASSPHRASE as PASSPHRASE_SLOT
from casefiles.core.store.key_slots import KeySlots
from casefiles.core.store.store import DB_NAME, SLOTS_NAME, Store
from casefiles.core.store.verify import verify
from tests.conftest import PASSPHRASE


def _with_history(store: Store) -> str:
    code = cases.add_case(store.db, Case(person=Person(pseudonym="Heron")), "tester").code
    cases.update_case(store.db, code, {"summary": "Dismissed in 2022."}, "tester")
    cases.reveal_identity(store.db, code, "tester")
    return code


def test_actions_are_recorded_in_a_chain(store: Store) -> None:
    code = _with_history(store)
    entries = audit.entries(store.db)
    assert [e.action for e in entries] == ["store.create", "case.create", "case.edit",
                                           "identity.view"]
    assert entries[2].detail == {"code": code, "fields": ["summary"]}
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    assert audit.verify_chain(store.db) == []


@pytest.mark.parametrize("statement", ["UPDATE audit_log SET actor = 'someone else'",
                                       "DELETE FROM audit_log WHERE seq = 2"])
def test_database_refuses_to_change_the_log(store: Store, statement: str) -> None:
    _with_history(store)
    with pytest.raises(IntegrityError, match="append-only"):
        store.db.execute(statement)


def _open_raw(store_path) -> Database:
    """The database opened with the key but outside the app, as an insider with it could."""
    slots = KeySlots.load(store_path / SLOTS_NAME)
    key = slots.unwrap(PASSPHRASE_SLOT, normalise_secret(PASSPHRASE))
    conn = connect(str(store_path / DB_NAME), key)
    configure(conn)
    return Database(conn)


def _tamper(store_path, *statements: str) -> tuple[str, ...]:
    """Run SQL with the key but outside the app, then return what verify says of the chain."""
    raw = _open_raw(store_path)
    with raw.atomic():
        for statement in statements:
            raw.execute(statement)
    raw.conn.close()
    with Store.open(store_path, PASSPHRASE) as reopened:
        checks = {c.name: c for c in verify(reopened.db)}
    assert checks["encrypted pages"].ok
    return checks["audit log chain"].problems


def test_verify_finds_a_row_altered_outside_the_app(store: Store, store_path) -> None:
    _with_history(store)
    store.close()
    problems = _tamper(store_path, "DROP TRIGGER audit_log_no_update",
                       "UPDATE audit_log SET action = 'case.view' WHERE seq = 4")
    assert problems == ("audit entry 4 (case.view) was altered after it was written",)


def test_verify_finds_a_row_removed_from_the_middle(store: Store, store_path) -> None:
    _with_history(store)
    store.close()
    problems = _tamper(store_path, "DROP TRIGGER audit_log_no_delete",
                       "DELETE FROM audit_log WHERE seq = 2")
    assert "audit entries 2 to 2 are missing" in problems
    assert "audit entry 3 does not follow the entry before it" in problems


def test_untouched_store_verifies_clean(store: Store, store_path) -> None:
    _with_history(store)
    store.close()
    assert _tamper(store_path) == ()


def test_audit_details_never_hold_identity_values(store: Store) -> None:
    code = cases.add_case(store.db, Case(), "tester").code
    cases.update_case(store.db, code, {"identity": {"full_name": "Qwertymarker Name"}}, "t")
    text = repr(audit.entries(store.db))
    assert "identity.full_name" in text
    assert "Qwertymarker" not in text
