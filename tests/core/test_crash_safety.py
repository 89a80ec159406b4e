"""Crash safety: the process is killed (SIGKILL, no chance to clean up) at random points while
it imports a spreadsheet, ingests sources, edits a case or makes a backup. After every kill
the store opens, `verify` finds nothing wrong, and every change the process had reported as
committed is there. A reported backup restores to a store that verifies.

The workloads are in tests/core/crash_workloads.py; each runs until killed and prints a line
per change after its commit. The kill points are random but seeded (CASEFILES_CRASH_SEED
changes them, CASEFILES_CRASH_KILLS sets how many per workload; 20 by default).
"""

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.sources.ingest import ingest_file
from casefiles.core.store import cases, sources
from casefiles.core.store.case_list import count_cases
from casefiles.core.store.restore import restore_backup
from casefiles.core.store.store import Store
from casefiles.core.store.verify import verify
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("CASEFILES_CRASH_KILLS", "20"))
SEED = int(os.environ.get("CASEFILES_CRASH_SEED", "20261202"))
# How long after READY a kill may come, per workload (s): long enough to land in the middle
# of the second or third unit of work, not only in the first.
WINDOW = {"sheet": 2.0, "ingest": 2.5, "edit": 1.0, "backup": 1.5}


def run_until_killed(workload: str, store: Path, work: Path, delay: float) -> list[str]:
    """Start the workload, kill it `delay` s after READY; the lines it printed before."""
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.core.crash_workloads", workload, str(store), str(work)],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)
    assert child.stdin is not None
    assert child.stdout is not None
    child.stdin.write(PASSPHRASE + "\n")
    child.stdin.close()
    ready = child.stdout.readline()
    assert ready == "READY\n", ready + child.communicate()[1]
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.stdout.read(), child.stderr.read()
    assert child.wait(timeout=60) == -signal.SIGKILL, err  # it was working, not failing
    return [line for line in out.splitlines(keepends=True) if line.endswith("\n")]


def check_store(path: Path) -> Store:
    store = Store.open(path, PASSPHRASE)
    problems = [p for check in verify(store.db) for p in check.problems]
    assert problems == []
    return store


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A store with something in it to lose: 100 cases and a 20 MiB original."""
    path = tmp_path / "store"
    store, _code = Store.create(path, PASSPHRASE, kdf=FAST_KDF, actor="tester")
    with store:
        for i in range(100):
            cases.add_case(store.db, serial.from_json(Case, {
                "summary": f"Fictional case {i}", "person": {"pseudonym": f"Before-{i}"}}),
                store.actor)
        original = tmp_path / "recording.bin"
        original.write_bytes(random.Random(SEED).randbytes(20 * 1024 * 1024))
        ingest_file(store.db, original, store.actor)
        original.unlink()
    return path


@pytest.mark.slow
@pytest.mark.parametrize("workload", sorted(WINDOW))
def test_every_committed_change_survives_a_kill(workload: str, store_path: Path,
                                                tmp_path: Path) -> None:
    rng = random.Random(f"{SEED}-{workload}")
    work = tmp_path / "work"
    work.mkdir()
    promised: list[str] = []
    for _kill in range(KILLS):
        promised += run_until_killed(workload, store_path, work,
                                     rng.uniform(0.0, WINDOW[workload]))
        with check_store(store_path) as store:
            CHECKS[workload](store, promised)
    assert len(promised) > KILLS / 2, promised  # the kills came during work, not before it


def _sheet(store: Store, promised: list[str]) -> None:
    for line in promised:
        for code in line.split()[1:]:
            assert cases.get_case(store.db, code).person.pseudonym.startswith("Crash-")


def _ingest(store: Store, promised: list[str]) -> None:
    for line in promised:
        assert sources.source_by_sha256(store.db, line.split()[1]) is not None


def _edit(store: Store, promised: list[str]) -> None:
    codes = [line.split()[1] for line in promised if line.startswith("case ")]
    last_edit: dict[str, int] = {}
    code = ""
    for line in promised:
        word, value = line.split()
        if word == "case":
            code = value
            last_edit[code] = 0
        else:
            last_edit[code] = int(value)
    for code in codes:
        summary = cases.get_case(store.db, code).summary
        # The edit after the last one reported may have committed too, before the kill.
        assert int(summary.split()[1]) in (last_edit[code], last_edit[code] + 1), summary


def _backup(store: Store, promised: list[str]) -> None:
    if not promised:
        return
    latest = Path(promised[-1].split()[1])
    restored = latest.with_name(latest.name + ".restored")
    if restored.exists():
        return  # checked after an earlier kill
    restore_backup(latest, restored, passphrase=PASSPHRASE)
    with check_store(restored) as copy:  # nothing changes the store while it backs up
        assert count_cases(copy.db) == count_cases(store.db)


CHECKS = {"sheet": _sheet, "ingest": _ingest, "edit": _edit, "backup": _backup}
