"""Workloads that run until killed, for tests/core/test_crash_safety.py.

    python -m tests.core.crash_workloads WORKLOAD STORE WORKDIR   (passphrase on stdin)

Each opens the store, prints READY, then repeats one kind of work, printing one line per
change *after* it committed (so a line on stdout is a promise the store must keep):

    sheet   import_rows of a 40-row CSV  ->  "sheet CODE CODE ..."
    ingest  ingest_file of a new text file, every third a 3 MiB one taken in through the
            rollback journal (the threshold lowered from 64 MiB for the test, so that
            `verify` after each kill does not re-hash gigabytes)  ->  "ingest SHA256"
    edit    update_case of one case's summary to "edit N"  ->  "edit N"
    backup  make_backup to WORKDIR/backup-N.cfbackup        ->  "backup PATH"

Every value is fictional.
"""

import os
import sys
from collections.abc import Callable
from itertools import count
from pathlib import Path

from casefiles.core.exchange import sheets
from casefiles.core.model import serial
from casefiles.core.model.case import Case
from casefiles.core.sources import ingest
from casefiles.core.store import cases
from casefiles.core.store.backup import make_backup
from casefiles.core.store.store import Store

BIG_THRESHOLD = 2 * 1024 * 1024  # ingest's threshold for a rollback journal, lowered
BIG = 3 * 1024 * 1024
PROVINCES = ("Kandahar", "Helmand", "Kabul", "Balkh", "Herat")


def say(line: str) -> None:
    print(line, flush=True)


def sheet_rows(batch: int) -> str:
    lines = ["pseudonym,province of origin,institution,summary"]
    lines += [f"Crash-{batch}-{i},{PROVINCES[i % 5]},NDS,Fictional case {batch}/{i}"
              for i in range(40)]
    return "\n".join(lines) + "\n"


def run_sheet(store: Store, work: Path) -> None:
    for batch in count():
        path = work / f"list-{batch}.csv"
        path.write_text(sheet_rows(batch), encoding="utf-8")
        sheet = sheets.read_sheet(path)
        result = sheets.preview(sheet, sheets.propose_mapping(sheet.header))
        codes = sheets.import_rows(store.db, result, store.actor)
        say("sheet " + " ".join(codes))


def run_ingest(store: Store, work: Path) -> None:
    ingest._BIG_ORIGINAL = BIG_THRESHOLD
    for n in count():
        path = work / f"statement-{n}.txt"
        if n % 3 == 2:
            with path.open("wb") as out:  # random bytes: no two runs store the same file
                for _i in range(BIG // (1024 * 1024)):
                    out.write(os.urandom(1024 * 1024))
        else:
            path.write_text(f"Fictional witness statement {n}, {os.urandom(8).hex()}.\n"
                            * 50, encoding="utf-8")
        report = ingest.ingest_file(store.db, path, store.actor)
        say(f"ingest {report.source.sha256}")
        path.unlink()


def run_edit(store: Store, _work: Path) -> None:
    code = cases.add_case(store.db, serial.from_json(Case, {
        "summary": "edit 0", "person": {"pseudonym": "Crash-edit"}}), store.actor).code
    say(f"case {code}")
    for n in count(1):
        cases.update_case(store.db, code, {"summary": f"edit {n}"}, store.actor)
        say(f"edit {n}")


def run_backup(store: Store, work: Path) -> None:
    for n in count():
        out = work / f"backup-{n}.cfbackup"
        make_backup(store, out)
        say(f"backup {out}")


WORKLOADS: dict[str, Callable[[Store, Path], None]] = {
    "sheet": run_sheet, "ingest": run_ingest, "edit": run_edit, "backup": run_backup}


def main() -> None:
    workload, store_path, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    passphrase = sys.stdin.readline().rstrip("\n")
    store = Store.open(store_path, passphrase, actor="crash-test")
    say("READY")
    WORKLOADS[workload](store, work)


if __name__ == "__main__":
    main()
