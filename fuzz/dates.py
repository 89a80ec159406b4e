"""atheris harness: any text as a date (casefiles.core.model.dates). See README.md."""

import atheris

from fuzz._run import run
from tests.fuzz.targets import parse_date


def one_input(data: bytes) -> None:
    """The input as text (surrogates included), read as a date or refused clearly."""
    parse_date(atheris.FuzzedDataProvider(data).ConsumeUnicode(len(data)))


if __name__ == "__main__":
    run(one_input)
