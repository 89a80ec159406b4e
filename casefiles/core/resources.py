"""Where the shipped resources (vocabularies, fonts, schemas) are found at run time."""

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` folder: inside a frozen build, or beside the package in a checkout."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
