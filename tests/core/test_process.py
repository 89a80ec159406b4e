"""Process hardening: no core dumps, not traceable, private files by default."""

import subprocess
import sys

_CHECK = """
import os
from casefiles.core.security.process import harden_process, is_dumpable
assert is_dumpable()
harden_process()
print(is_dumpable(), oct(os.umask(0)))
"""


def test_harden_process_turns_off_dumps_and_tightens_umask() -> None:
    result = subprocess.run([sys.executable, "-c", _CHECK], capture_output=True, text=True,
                            check=True)
    assert result.stdout.split() == ["False", "0o77"]
