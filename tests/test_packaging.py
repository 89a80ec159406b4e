"""The desktop entry and AppStream metadata pass their reference validators."""

import subprocess
from pathlib import Path

PACKAGING = Path(__file__).resolve().parents[1] / "packaging"


def test_desktop_file_is_valid() -> None:
    result = subprocess.run(["desktop-file-validate",
                             str(PACKAGING / "org.casefiles.Casefiles.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_appstream_metainfo_is_valid() -> None:
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--pedantic",
                             str(PACKAGING / "org.casefiles.Casefiles.metainfo.xml")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
