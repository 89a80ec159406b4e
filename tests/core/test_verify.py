"""`verify` finds entries cut from the end of the audit log, which the chain alone cannot.

The store is tampered with as tests/core/test_audit.py does it: with the key, outside the app.
"""

from pathlib import Path

from casefiles.core.store.backup import make_backup
from casefiles.core.store.backup_history import last_backup
from casefiles.core.store.store import Store
from tests.core.test_audit import _tamper, _with_history


def test_verify_finds_entries_cut_from_the_end_after_a_backup(store: Store, store_path: Path,
                                                              tmp_path: Path) -> None:
    _with_history(store)  # audit entries 1 to 4
    make_backup(store, tmp_path / "b.cfbackup")  # holds 1 to 4; the store notes it as 5
    noted = last_backup(store.db)
    assert noted is not None
    assert noted.audit_seq == 4
    store.close()
    assert _tamper(store_path) == ()  # control: untouched, it verifies
    # The last three entries removed: what remains still links from the first entry on.
    problems = _tamper(store_path, "DROP TRIGGER audit_log_no_delete",
                       "DELETE FROM audit_log WHERE seq >= 3")
    assert problems == (f"the audit log ends before entry 4, which the backup of {noted.at} "
                        "holds: later entries were removed",)
