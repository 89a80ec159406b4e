"""Faults of the disk and of other programs, made for real: a full tmpfs, a read-only one, a
store folder that goes away while it is open, a second process holding the write lock or the
app's claim. Each gets a clear CasefilesError, leaves the store as it was (it opens, `verify`
is clean, nothing is counted twice or half) and, from casefiles-cli, one line and exit 1.

Mounting needs root; the project's test machines run the suite as root.
"""

import os
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from casefiles.core.errors import (
    DiskFull,
    StoreBusy,
    StoreGone,
    StoreOpenElsewhere,
    StoreReadOnly,
)
from casefiles.core.model.case import Case
from casefiles.core.security import audit
from casefiles.core.sources import ingest
from casefiles.core.store import case_list, cases, driver, sources
from casefiles.core.store.driver import Database, connect
from casefiles.core.store.store import LOCK_NAME, Store
from casefiles.core.store.verify import verify
from tests.conftest import FAST_KDF, PASSPHRASE, snapshot
from tests.fault_makers import fill, held, pull, remount_read_only, small_disk

GONE = ("The store's folder is gone (was the USB stick removed?). Nothing more was written; "
        "plug it back in and unlock again.")
CLI = Path(sys.executable).parent / "casefiles-cli"


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_disk(tmp_path / "disk") as mounted:
        yield mounted


@pytest.fixture
def on_disk(disk: Path) -> Iterator[Store]:
    """A store with two cases on the small disk."""
    store, _ = Store.create(disk / "store", PASSPHRASE, kdf=FAST_KDF, actor="tester")
    for name in ("Heron", "Kestrel"):
        cases.add_case(store.db, Case(summary=f"{name} was dismissed."), "tester")
    yield store
    store.close()


def facts(store: Store) -> tuple[int, int, int]:
    """What a failed change must not alter: cases, sources, audit entries."""
    return (case_list.count_cases(store.db), len(sources.list_sources(store.db)),
            audit.head(store.db)[0])


def reopened(path: Path) -> tuple[int, int, int]:
    """The store's facts once it is opened afresh, after `verify` found nothing wrong."""
    with Store.open(path, PASSPHRASE) as store:
        assert [check.name for check in verify(store.db) if not check.ok] == []
        return facts(store)


def cli(store: Path, *args: str, home: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(CLI), "--store", str(store), *args], input=PASSPHRASE + "\n",
                          capture_output=True, text=True, timeout=120,
                          env={**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home)})


def one_line_error(result: subprocess.CompletedProcess) -> str:
    """The CLI's failure as the contract has it: exit 1, one line on stderr, no traceback."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("casefiles-cli: ")
    return lines[0]


# ---- a full disk ------------------------------------------------------------------------------

@pytest.mark.parametrize("journal", ["wal", "rollback journal"])
def test_ingest_larger_than_the_free_space_is_undone(on_disk: Store, tmp_path: Path,
                                                     journal: str,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    if journal == "rollback journal":  # as a large original goes in (journal_for)
        monkeypatch.setattr(ingest, "_BIG_ORIGINAL", 1024 * 1024)
    big = tmp_path / "recording.bin"
    big.write_bytes(os.urandom(4 * 1024 * 1024))  # more than the whole 3 MB disk
    before = facts(on_disk)
    with pytest.raises(DiskFull, match=r"The disk is full .*nothing was written"):
        ingest.ingest_file(on_disk.db, big, "tester")
    assert facts(on_disk) == before
    assert on_disk.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    # The space the failed write took is given back: the store takes the next change at once.
    cases.add_case(on_disk.db, Case(summary="Entered after the full disk."), "tester")
    on_disk.close()
    assert reopened(on_disk.path) == (before[0] + 1, before[1], before[2] + 1)


def add_cases(store: Store, added: list[str], how_many: int = 500) -> None:
    """Add cases of about 2 KB each (more than a nearly full disk takes), noting each code."""
    for number in range(how_many):
        case = Case(summary=f"Case {number}: " + "x" * 2000)
        added.append(cases.add_case(store.db, case, "tester").code)


def add_cases_at_once(store: Store) -> None:
    """`add_cases` in one transaction, as an import is."""
    with store.db.atomic():
        add_cases(store, [])


def test_bulk_case_add_on_a_full_disk_keeps_none_of_it(on_disk: Store, disk: Path) -> None:
    filler = fill(disk, leave=200_000)
    before = facts(on_disk)
    with pytest.raises(DiskFull):
        add_cases_at_once(on_disk)
    assert facts(on_disk) == before
    on_disk.close()
    assert reopened(on_disk.path) == before  # still full: it opens, and verify is clean
    filler.unlink()
    assert reopened(on_disk.path) == before


def test_case_by_case_on_a_full_disk_keeps_each_whole(on_disk: Store, disk: Path) -> None:
    fill(disk, leave=200_000)
    before = case_list.count_cases(on_disk.db)
    added: list[str] = []
    with pytest.raises(DiskFull):
        add_cases(on_disk, added)
    assert 0 < len(added) < 500
    on_disk.close()
    # Those added before the disk filled up are kept; the one that met it is not there at all.
    assert reopened(on_disk.path)[0] == before + len(added)


def test_cli_on_a_full_disk_says_it_in_one_line(on_disk: Store, disk: Path,
                                                tmp_path: Path) -> None:
    on_disk.close()
    fill(disk)
    case = tmp_path / "case.json"
    case.write_text('{"summary": "' + "x" * 200_000 + '"}')
    before = snapshot(on_disk.path)
    line = one_line_error(cli(on_disk.path, "case", "add", "--from-json", str(case),
                              home=tmp_path))
    assert "The disk is full" in line
    (disk / "filler").unlink()
    assert reopened(on_disk.path)[0] == 2
    assert set(snapshot(on_disk.path)) <= set(before) | {"casefiles.db-wal", "casefiles.db-shm"}


def test_a_passphrase_change_on_a_full_disk_keeps_the_old_one(on_disk: Store,
                                                              disk: Path) -> None:
    before = facts(on_disk)
    slots = (on_disk.path / "keyslots.json").read_bytes()
    filler = fill(disk)
    with pytest.raises(DiskFull):
        on_disk.change_passphrase(PASSPHRASE, "a new passphrase that will not fit")
    assert (on_disk.path / "keyslots.json").read_bytes() == slots
    assert facts(on_disk) == before  # not audited either
    on_disk.close()
    filler.unlink()
    assert reopened(on_disk.path) == before  # with the old passphrase


# ---- a read-only disk -------------------------------------------------------------------------

def test_a_read_only_store_is_refused_at_open_and_left_alone(on_disk: Store, disk: Path,
                                                             tmp_path: Path) -> None:
    on_disk.close()
    before = snapshot(on_disk.path)
    remount_read_only(disk)
    with pytest.raises(StoreReadOnly, match=r"cannot be written .*only opens a store it "
                                            r"can write to"):
        Store.open(on_disk.path, PASSPHRASE)
    line = one_line_error(cli(on_disk.path, "case", "list", home=tmp_path))
    assert "cannot be written" in line
    assert snapshot(on_disk.path) == before


def test_a_write_to_a_read_only_database_is_told(disk: Path) -> None:
    """Below the store: SQLite's own refusal, on the first write, becomes StoreReadOnly."""
    path = disk / "plain.db"
    conn = connect(str(path), None)
    conn.execute("CREATE TABLE notes (text TEXT)")
    conn.commit()
    conn.close()
    remount_read_only(disk)
    db = Database(connect(str(path), None))
    with pytest.raises(StoreReadOnly, match="cannot be written"), db.atomic():
        db.execute("INSERT INTO notes VALUES ('lost?')")
    assert db.execute("SELECT count(*) FROM notes").fetchone()[0] == 0
    db.close()


# ---- the folder goes away ---------------------------------------------------------------------

def _pull(disk: Path, store: Path) -> Path | None:
    pull(disk)
    return None


def _rename(disk: Path, store: Path) -> Path | None:
    moved = store.with_name("moved")
    store.rename(moved)
    return moved


def _delete(disk: Path, store: Path) -> Path | None:
    shutil.rmtree(store)
    return None


@pytest.mark.parametrize("go", [_pull, _rename, _delete], ids=["unmounted", "renamed",
                                                               "deleted"])
def test_an_edit_after_the_folder_went_away_is_not_written(on_disk: Store, disk: Path,
                                                           go) -> None:
    code = case_list.list_cases(on_disk.db)[0].code
    before = facts(on_disk)
    told = []
    on_disk.on_fault = told.append
    moved = go(disk, on_disk.path)
    with pytest.raises(StoreGone) as err:
        cases.update_case(on_disk.db, code, {"summary": "Typed after the stick was pulled."},
                          "tester")
    assert str(err.value) == GONE
    assert told == [err.value]
    on_disk.close()  # no crash either
    if moved is not None:  # the files are still there: nothing of the edit reached them
        assert reopened(moved) == before


def add_case_and_move_the_folder(store: Store, moved: Path) -> None:
    with store.db.atomic():
        cases.add_case(store.db, Case(summary="Half way."), "tester")
        store.path.rename(moved)


def test_a_folder_that_goes_away_during_a_change_stops_its_commit(on_disk: Store) -> None:
    before = facts(on_disk)
    moved = on_disk.path.with_name("moved")
    with pytest.raises(StoreGone):
        add_case_and_move_the_folder(on_disk, moved)
    on_disk.close()
    assert reopened(moved) == before


# ---- another program holds the store -----------------------------------------------------------

def test_a_write_lock_held_past_the_busy_timeout_is_told(on_disk: Store,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    monkeypatch.setattr(driver, "BUSY_TIMEOUT_MS", 300)
    path = on_disk.path
    on_disk.close()
    store = Store.open(path, PASSPHRASE)
    before = facts(store)
    with held(path, "write"):
        assert facts(store) == before  # reading goes on
        with pytest.raises(StoreBusy, match="The store is busy"):
            cases.add_case(store.db, Case(summary="Waits, then gives up."), "tester")
    assert facts(store) == before
    cases.add_case(store.db, Case(summary="Once it is free."), "tester")
    store.close()
    with Store.open(path, PASSPHRASE) as again:
        assert again.db.execute("SELECT count(*) FROM meta WHERE key = 'held'"
                                ).fetchone()[0] == 0


def test_cli_gives_up_on_a_busy_store_in_one_line(on_disk: Store, tmp_path: Path) -> None:
    on_disk.close()
    case = tmp_path / "case.json"
    case.write_text('{"summary": "From a script."}')
    with held(on_disk.path, "write"):
        line = one_line_error(cli(on_disk.path, "case", "add", "--from-json", str(case),
                                  home=tmp_path))
    assert line.startswith("casefiles-cli: The store is busy")
    assert reopened(on_disk.path)[0] == 2


# ---- a second instance ------------------------------------------------------------------------

def test_a_claimed_store_is_refused_to_a_second_claim_and_to_writes(store: Store) -> None:
    store.claim()
    lock = store.path / LOCK_NAME
    assert lock.stat().st_mode & 0o777 == 0o600
    assert lock.read_text() == f"{os.getpid()}\n"
    second = Store.open(store.path, PASSPHRASE)
    with pytest.raises(StoreOpenElsewhere, match=rf"already open in another casefiles window "
                                                 rf"\(pid {os.getpid()}\)"):
        second.claim()
    assert case_list.count_cases(second.db) == 0  # reading is allowed
    with pytest.raises(StoreOpenElsewhere, match=r"open in a casefiles window \(pid \d+\): "
                                                 r"nothing was written"):
        cases.add_case(second.db, Case(summary="Not while the window has it."), "tester")
    cases.add_case(store.db, Case(summary="The window itself writes."), "tester")
    store.close()
    assert not lock.exists()
    cases.add_case(second.db, Case(summary="Now it may."), "tester")
    second.claim()
    assert case_list.count_cases(second.db) == 2
    second.close()


def test_a_claim_held_by_another_process_and_its_death(store: Store) -> None:
    path = store.path
    store.close()
    with held(path, "claim") as holder:
        second = Store.open(path, PASSPHRASE)
        with pytest.raises(StoreOpenElsewhere, match=rf"\(pid {holder.pid}\)"):
            second.claim()
        holder.send_signal(signal.SIGKILL)  # killed: its lock goes with it
        holder.wait(timeout=30)
        second.claim()
        second.close()


def test_cli_reads_but_does_not_write_while_a_window_has_the_store(store: Store,
                                                                   tmp_path: Path) -> None:
    store.claim()
    case = tmp_path / "case.json"
    case.write_text('{"summary": "From a script."}')
    listed = cli(store.path, "case", "list", "--json", home=tmp_path)
    assert listed.returncode == 0, listed
    line = one_line_error(cli(store.path, "case", "add", "--from-json", str(case),
                              home=tmp_path))
    assert f"open in a casefiles window (pid {os.getpid()})" in line
    assert case_list.count_cases(store.db) == 0
    store.close()
    assert cli(store.path, "case", "add", "--from-json", str(case),
               home=tmp_path).returncode == 0
