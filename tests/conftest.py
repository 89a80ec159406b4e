"""Shared fixtures. Qt must run offscreen: set before any test imports PySide6."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casefiles.core.security.kdf import KdfParams
from casefiles.core.store.store import Store

PASSPHRASE = "correct horse battery staple"
# Cheap Argon2id so the suite does not spend a second per unlock; real calibration has its own
# tests. The slot format and code paths are the same.
FAST_KDF = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def new_store(store_path: Path) -> Iterator[tuple[Store, str]]:
    """A freshly created, open store and its recovery code."""
    store, recovery_code = Store.create(store_path, PASSPHRASE, kdf=FAST_KDF, actor="tester")
    yield store, recovery_code
    store.close()


@pytest.fixture
def store(new_store: tuple[Store, str]) -> Store:
    return new_store[0]


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file in a folder, by name, for byte-for-byte before/after comparisons."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}
