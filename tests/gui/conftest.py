"""GUI fixtures: app preferences in a temporary file, never the user's own."""

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from casefiles.gui.prefs import Prefs


@pytest.fixture
def prefs(tmp_path: Path) -> Prefs:
    return Prefs(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))
