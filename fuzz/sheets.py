"""atheris harness: spreadsheets (casefiles.core.exchange.sheet_read, sheet_import: a CSV
file in any encoding or an Excel workbook, read and previewed). See README.md.

Each input is written to one file in a private temporary folder (TMPDIR=/dev/shm keeps it in
memory), read as a sheet and previewed with the mapping proposed from its header.
"""

import tempfile
from pathlib import Path

from fuzz._run import run
from tests.fuzz.targets import read_and_preview

# The content decides how the file is read, whatever its name.
_PATH = Path(tempfile.mkdtemp(prefix="casefiles-fuzz-")) / "list.csv"


def one_input(data: bytes) -> None:
    _PATH.write_bytes(data)
    read_and_preview(_PATH)


if __name__ == "__main__":
    run(one_input)
