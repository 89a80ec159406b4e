"""`verify`: the checks that say whether a store can be trusted as it is."""

from dataclasses import dataclass

from casefiles.core.i18n import _
from casefiles.core.security import audit
from casefiles.core.sources.blobs import verify_blobs
from casefiles.core.store.backup_history import history_problems
from casefiles.core.store.driver import Database, DatabaseError


@dataclass(frozen=True)
class Check:
    """One check and what it found (`problems` empty: passed)."""

    name: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify(db: Database) -> list[Check]:
    """Run every check: page encryption (HMACs), database structure, audit chain, search
    indexes, and the SHA-256 of every stored original.

    The audit chain's check also compares its end with the head the last backup recorded:
    entries cut from the end leave a valid chain, which only that record can tell from a
    shorter history.
    """
    return [
        Check(_("encrypted pages"), _pragma_rows(db, "PRAGMA cipher_integrity_check")),
        Check(_("database structure"),
              tuple(p for p in _pragma_rows(db, "PRAGMA integrity_check") if p != "ok")),
        Check(_("audit log chain"), (*audit.verify_chain(db), *history_problems(db))),
        Check(_("search index"), _fts_check(db, "search_index") + _fts_check(db, "source_index")),
        Check(_("source originals"), tuple(verify_blobs(db))),
    ]


def _pragma_rows(db: Database, pragma: str) -> tuple[str, ...]:
    try:
        return tuple(str(row[0]) for row in db.execute(pragma))
    except DatabaseError as err:
        return (str(err),)


def _fts_check(db: Database, table: str) -> tuple[str, ...]:
    try:
        db.execute(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
    except DatabaseError as err:
        return (_("the search index is inconsistent ({err}); it can be rebuilt").format(err=err),)
    return ()
