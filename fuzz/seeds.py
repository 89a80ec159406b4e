"""Seed corpora for the harnesses, from the files the tests build (fictional) and the real
reporting in shared/corpus beside the repository:

    .venv/bin/python -m fuzz.seeds ~/casefiles-fuzz

writes ~/casefiles-fuzz/{bundles,dates,sheets,sources}/, one file per seed, each in the form
its harness reads (the first byte choosing a mode or a reader where the harness has one).
"""

import sys
import tempfile
from pathlib import Path

from tests.core.exchange.helpers import build_tar, encrypt, simple_members
from tests.core.exchange.test_sheets import messy_rows, write_csv, write_xlsx
from tests.core.sources import fixtures
from tests.core.sources.test_corpus import CORPUS_DIR

DATES = ["2021-08-15", "24 Asad 1400", "۲۴ اسد ۱۴۰۰", "1400/5/24", "c. 2019", "Aug 2021",
         "SH 1400-05", "~SH 1398", "G 1600", "unknown", "24 Asad 1400 (15 August 2021)"]


def _documents(work: Path) -> dict[str, list[Path]]:
    """One file of each kind the source fixtures build, and the corpus, by reader."""
    return {"pdf": [fixtures.english_pdf(work / "e.pdf")[0], fixtures.persian_pdf(
                work / "p.pdf")[0]],
            "html": [fixtures.english_html(work / "e.html")[0], fixtures.cp1256_html(
                work / "c.html")],
            "mhtml": [fixtures.mhtml(work / "s.mhtml")[0]],
            "text": [fixtures.text_file(work / "t.txt")[0], *sorted(CORPUS_DIR.glob("*.txt"))],
            "docx": [fixtures.docx(work / "d.docx")[0]],
            "image": [fixtures.jpeg(work / "i.jpg"), fixtures.png(work / "i.png")]}


def write_seeds(out: Path) -> None:
    """Every harness's seeds under `out`."""
    from fuzz.sources import READERS

    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tar = build_tar(simple_members()[1])
        seeds = {"bundles": [b"\0" + tar, b"\2" + encrypt(tar).getvalue()],
                 "dates": [text.encode() for text in DATES],
                 "sheets": [write_csv(work / "l.csv", messy_rows(), "utf-8-sig").read_bytes(),
                            write_csv(work / "w.csv", messy_rows(True), "cp1256").read_bytes(),
                            write_xlsx(work / "l.xlsx").read_bytes()],
                 "sources": [bytes([READERS.index(kind)]) + path.read_bytes()
                             for kind, paths in _documents(work).items() for path in paths]}
    for harness, inputs in seeds.items():
        folder = out / harness
        folder.mkdir(parents=True, exist_ok=True)
        for number, data in enumerate(inputs):
            (folder / f"seed-{number:02d}").write_bytes(data)


if __name__ == "__main__":
    write_seeds(Path(sys.argv[1]))
