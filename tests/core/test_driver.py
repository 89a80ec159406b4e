"""sqlite-utils runs over sqlcipher3 and catches its exceptions (DESIGN: facts about the stack)."""

import sqlcipher3
import sqlite_utils.utils

from casefiles.core.store.driver import Database, connect


def test_sqlite_utils_uses_sqlcipher3_as_its_driver() -> None:
    assert sqlite_utils.utils.sqlite3 is sqlcipher3


def test_calls_that_need_the_driver_exceptions_work(tmp_path) -> None:
    db = Database(connect(str(tmp_path / "t.db"), b"\x01" * 32))
    db["things"].insert({"id": 1, "name": "a"}, pk="id")
    db["missing"].drop(ignore=True)  # catches the driver's OperationalError
    db.execute("CREATE TABLE z (id INTEGER PRIMARY KEY, v TEXT)")
    assert list(db.query("INSERT INTO z (v) VALUES ('x') RETURNING id")) == [{"id": 1}]
    with db.atomic():
        db["things"].insert({"id": 2, "name": "b"})
    assert db["things"].count == 2
    assert db.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
