"""Hypothesis profiles for the fuzz targets, and the one real store each fuzz module shares.

The environment variable CASEFILES_FUZZ picks the profile:

- "ci" (the default): each target runs its own budget of examples (`fuzz_settings(n)`), a few
  thousand per parser family, derandomized so that a CI run is reproducible and a red run can
  be repeated as it was;
- "deep": DEEP_FACTOR times as many examples, fresh random data on every run, and the example
  database kept in .hypothesis/ so that what one run finds is tried first by the next:

      CASEFILES_FUZZ=deep .venv/bin/pytest tests/fuzz -q

The profiles are registered, never loaded: loading one would change the settings of every other
hypothesis test in the same run. Both drop the deadline (an example that builds and encrypts a
bundle, or opens a workbook, takes far longer than hypothesis' 200 ms on a loaded CI machine)
and the too_slow health check (generating such examples is slow by nature, not by mistake).
"""

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

from casefiles.core.model.case import Citation
from casefiles.core.store.citations import add_citation
from casefiles.core.store.store import Store
from casefiles.core.store.verify import verify
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.core.exchange.test_export_import import REPORT_TEXT, add_full_case, add_source

DEEP_FACTOR = 25
PROFILE = os.environ.get("CASEFILES_FUZZ", "ci")

settings.register_profile("ci", deadline=None, derandomize=True, print_blob=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("deep", settings.get_profile("ci"), derandomize=False)
if PROFILE not in ("ci", "deep"):
    raise pytest.UsageError(f"CASEFILES_FUZZ={PROFILE!r}: use 'ci' (the default) or 'deep'")


def fuzz_settings(examples: int, **changes: Any) -> settings:
    """The chosen profile with `examples` examples for one target (DEEP_FACTOR times as many
    under "deep"); `changes` are further settings of that target."""
    factor = DEEP_FACTOR if PROFILE == "deep" else 1
    return settings(settings.get_profile(PROFILE), max_examples=examples * factor, **changes)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """A real SQLCipher store for the whole module, with a full case and a source citing its
    incident, so that refused input has rows it could damage. After the module it must still
    pass every check of `verify`."""
    folder = tmp_path_factory.mktemp("fuzz-store")
    store, _code = Store.create(folder / "store", PASSPHRASE, kdf=FAST_KDF, actor="fuzzer")
    case = add_full_case(store)
    source_id = add_source(store, folder, "report.txt", "news_article", REPORT_TEXT)
    add_citation(store.db, Citation(source_id=source_id, case_code=case.code,
                                    incident_uuid=case.incidents[0].uuid, pinpoint="para. 1"),
                 store.actor)
    yield store
    failed = [check for check in verify(store.db) if not check.ok]
    store.close()
    assert not failed, failed


@pytest.fixture(scope="module")
def work_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the files a module's examples write (one at a time, reused)."""
    return tmp_path_factory.mktemp("fuzz-files")
