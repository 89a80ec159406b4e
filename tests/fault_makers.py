"""Real faults for the fault tests (tests/core/test_faults.py, tests/gui/test_faults_gui.py).

A small tmpfs, filled up, made read-only or pulled away while a store is open on it; another
process that holds a store's write lock or the app's claim on it. Mounting needs root (the
project's test machines run as root): a mount that fails fails the test, it is never skipped.
"""

import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.conftest import PASSPHRASE


@contextmanager
def small_disk(mount_point: Path, size: str = "3m") -> Iterator[Path]:
    """A tmpfs of `size` mounted at `mount_point` for the block, then lazily unmounted (a store
    still open on it, or a test that pulled it already, must not make the teardown fail)."""
    mount_point.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs",
                    str(mount_point)], check=True)
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)


def pull(mount_point: Path) -> None:
    """Unmount the disk at once, as a USB stick pulled out: files open on it keep working,
    but the folder no longer leads to them."""
    subprocess.run(["umount", "-l", str(mount_point)], check=True)


def remount_read_only(mount_point: Path) -> None:
    """Make the disk read-only, as a write-protect switch (fails while a file on it is open
    for writing)."""
    subprocess.run(["mount", "-o", "remount,ro", str(mount_point)], check=True)


def fill(mount_point: Path, leave: int = 0) -> Path:
    """Fill the disk with a filler file until at most `leave` bytes are free; returns it."""
    filler = mount_point / "filler"
    with filler.open("wb") as f:
        while (free := shutil.disk_usage(mount_point).free) > leave:
            try:
                f.write(b"\0" * min(free - leave, 1 << 20))
                f.flush()
            except OSError:
                break
    return filler


_HOLDER = """
import sys
from pathlib import Path
from casefiles.core.store.store import Store
store = Store.open(Path(sys.argv[1]), sys.stdin.readline().rstrip("\\n"))
if sys.argv[2] == "claim":
    store.claim()
else:
    store.db.conn.execute("BEGIN IMMEDIATE")
    store.db.execute("INSERT INTO meta (key, value) VALUES ('held', 'never committed')")
print("held", flush=True)
sys.stdin.read()
"""


@contextmanager
def held(store: Path, how: str) -> Iterator[subprocess.Popen]:
    """Another process that holds `store` (opened with the tests' passphrase): its write lock
    in an open transaction ("write"), or the app's claim ("claim"), until the block ends; it
    then exits without committing anything."""
    process = subprocess.Popen([sys.executable, "-c", _HOLDER, str(store), how],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                               cwd=Path(__file__).resolve().parents[1])
    assert process.stdin is not None
    assert process.stdout is not None
    try:
        process.stdin.write(PASSPHRASE + "\n")
        process.stdin.flush()
        assert process.stdout.readline() == "held\n"
        yield process
    finally:
        process.stdin.close()
        process.stdout.close()
        process.wait(timeout=30)
