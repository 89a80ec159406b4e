"""What every harness does: instrument what is loaded, then hand libFuzzer the target."""

import sys
from collections.abc import Callable

import atheris


def run(one_input: Callable[[bytes], None]) -> None:
    """Fuzz `one_input` with libFuzzer's options from the command line. Every module loaded by
    now (casefiles and the libraries it parses with: tarfile, json, jsonschema, csv, openpyxl,
    python-docx, trafilatura, ...) is instrumented, so coverage guides the mutations through
    them too."""
    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
