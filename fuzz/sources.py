"""atheris harness: source documents (casefiles.core.sources: sniffing and the PDF, HTML,
MHTML, Word, text and image readers). See README.md.

The first byte of an input chooses the reader the rest is given to (the file's own kind, as
sniffed, is tried as well when it differs).
"""

from casefiles.core.sources import sniff
from fuzz._run import run
from tests.fuzz.targets import check_extraction

READERS = ("pdf", "html", "mhtml", "text", "docx", "image")


def one_input(data: bytes) -> None:
    kind, content = (READERS[data[0] % len(READERS)], data[1:]) if data else ("text", b"")
    check_extraction(kind, content)
    sniffed = sniff.sniff(content[:sniff.HEAD_BYTES], "file").kind
    if sniffed != kind:
        check_extraction(sniffed, content)


if __name__ == "__main__":
    run(one_input)
