"""The core and the CLI never load Qt: they must run headless, and stay small to audit."""

import re
import subprocess
import sys
from pathlib import Path

import casefiles.core

_CHECK = """
import importlib, pkgutil, sys
import casefiles.core, casefiles.cli
names = [m.name for m in pkgutil.walk_packages(casefiles.core.__path__, "casefiles.core.")]
for name in names:
    importlib.import_module(name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(len(names), qt)
"""


def test_importing_every_core_module_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True,
                            check=True)
    count, qt = result.stdout.split(" ", 1)
    assert int(count) >= 15  # the walk really found the modules
    assert qt.strip() == "[]"


_QT_IMPORT = re.compile(r"^\s*(from|import)\s+(PySide6|shiboken6)", re.MULTILINE)


def test_no_core_source_imports_qt() -> None:
    root = Path(casefiles.core.__file__).parent
    offenders = [p for p in root.rglob("*.py") if _QT_IMPORT.search(p.read_text("utf-8"))]
    assert offenders == []
