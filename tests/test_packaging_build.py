"""The Linux package builds, stays under its size budget and passes its smoke test.

packaging/build-linux makes dist/casefiles/ and the tarball (about a minute on two cores);
packaging/smoke-test installs the tarball into a scratch HOME and drives the frozen GUI under
Xvfb and the frozen CLI (store, case, dossier PDF read back with pdftotext, sources, bundle,
verify). A tarball newer than every source is reused, so a second run costs only the smoke test
(about 30 s).
"""

import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SIZE_BUDGET = 250_000_000  # bytes, dist/casefiles unpacked

linux_x86_64 = pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.machine() != "x86_64",
    reason="the Linux x86_64 package is built on Linux x86_64 only")


def _version() -> str:
    text = (ROOT / "casefiles" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.M).group(1)


def _newest_source() -> float:
    """The latest change to anything that goes into the build (not the compiled catalogues,
    which setup.sh rewrites from the .ts files on every run)."""
    paths = [ROOT / "pyproject.toml"]
    for folder in ("casefiles", "resources", "packaging"):
        paths += (p for p in (ROOT / folder).rglob("*")
                  if p.is_file() and "__pycache__" not in p.parts
                  and not (p.parent.name == "translations" and p.suffix in {".qm", ".json"}))
    return max(p.stat().st_mtime for p in paths)


def _du(folder: Path) -> int:
    return sum(p.lstat().st_size for p in folder.rglob("*") if p.is_file() or p.is_symlink())


def test_smoke_hook_quits_once_the_first_dialog_has_painted(tmp_path: Path) -> None:
    """CASEFILES_SMOKE_EXIT_AFTER_MS, which the smoke test and packaging/measure-start use to
    start and time the frozen app, from source: the first-run dialog, then exit 0."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CASEFILES_SMOKE_EXIT_AFTER_MS": "0",
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "casefiles.gui.app", "--store",
                           str(tmp_path / "store")], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert re.search(r"^shown CreateStoreDialog \d+\.\d+$", done.stdout, re.M), done.stdout
    assert not (tmp_path / "store").exists()


@pytest.mark.slow
@linux_x86_64
def test_linux_package_builds_and_passes_its_smoke_test() -> None:
    tarball = ROOT / "dist" / f"casefiles-{_version()}-linux-x86_64.tar.gz"
    folder = ROOT / "dist" / "casefiles"
    if not tarball.exists() or not folder.is_dir() or tarball.stat().st_mtime < _newest_source():
        built = subprocess.run(["bash", str(ROOT / "packaging" / "build-linux")],
                               capture_output=True, text=True, timeout=1200, check=False)
        assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    size = _du(folder)
    assert size < SIZE_BUDGET, f"dist/casefiles is {size / 1e6:.1f} MB (budget 250 MB)"

    smoke = subprocess.run(["bash", str(ROOT / "packaging" / "smoke-test"), str(tarball)],
                           capture_output=True, text=True, timeout=900, check=False)
    assert smoke.returncode == 0, smoke.stdout[-4000:] + smoke.stderr[-4000:]
    assert "smoke-test: all checks passed" in smoke.stdout
