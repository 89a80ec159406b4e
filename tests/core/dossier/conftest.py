"""Shared fixtures for the dossier tests: one store for the module, and a PDF read back the
ways a recipient's tools read it (poppler's pdftotext, pypdf, qpdf), each check passing
`qpdf --check` first."""

import re
import subprocess
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdf
import pytest

from casefiles.core.dossier.render import Dossier, DossierRequest, render_dossier
from casefiles.core.model.dates import Calendar
from casefiles.core.store.store import Store
from tests.conftest import FAST_KDF, PASSPHRASE

# pdftotext marks the embedded runs of a line with bidi controls; they are not text.
_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069\u200e\u200f]")


def clean(value: str) -> str:
    """Extracted text made comparable: NFKC (presentation forms to letters), no controls."""
    return _CONTROLS.sub("", unicodedata.normalize("NFKC", value))


def squeezed(value: str) -> str:
    """`value` without whitespace: readers move a space where a line changes direction."""
    return "".join(value.split())


@dataclass
class Readback:
    """One PDF as its recipient's tools see it."""

    path: Path
    pages: list[str]  # pdftotext, page by page, cleaned
    layout_pages: list[str]  # pdftotext -layout, page by page, cleaned
    reader: pypdf.PdfReader

    @property
    def text(self) -> str:
        return "\n".join(self.pages)

    def pypdf_text(self) -> str:
        return clean("\n".join(page.extract_text() for page in self.reader.pages))

    def outline(self) -> list[tuple[str, int]]:
        """Every bookmark, nested ones too, as (title, 1-based page number)."""
        found: list[tuple[str, int]] = []

        def walk(items: list) -> None:
            for item in items:
                if isinstance(item, list):
                    walk(item)
                else:
                    found.append((item.title, self.reader.get_destination_page_number(item) + 1))
        walk(self.reader.outline)
        return found

    def metadata(self) -> dict[str, str]:
        info = self.reader.metadata or {}
        return {key: str(info.get(key, "")) for key in ("/Title", "/Author", "/Subject",
                                                          "/Keywords")}


def pdftotext(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def qpdf_check(path: Path) -> None:
    """Fail unless qpdf finds the file well formed (every PDF the tests make goes here)."""
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors" in result.stdout


def read_back(pdf: bytes, path: Path) -> Readback:
    """Write `pdf` to `path`, check it with qpdf, and read it back."""
    path.write_bytes(pdf)
    qpdf_check(path)
    split = [clean(page) for page in pdftotext(path).split("\f")[:-1]]
    layout = [clean(page) for page in pdftotext(path, "-layout").split("\f")[:-1]]
    reader = pypdf.PdfReader(str(path))
    assert len(split) == len(layout) == len(reader.pages)
    return Readback(path, split, layout, reader)


Render = Callable[..., tuple[Dossier, Readback]]


@pytest.fixture(scope="module")
def dossier_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """One real, encrypted store shared by a module's tests (each adds its own cases)."""
    store, _code = Store.create(tmp_path_factory.mktemp("store") / "store", PASSPHRASE,
                                kdf=FAST_KDF, actor="tester")
    yield store
    store.close()


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the source files the tests build."""
    return tmp_path_factory.mktemp("files")


@pytest.fixture(scope="module")
def render(dossier_store: Store, tmp_path_factory: pytest.TempPathFactory) -> Render:
    """Render a dossier and read it back; the same request is rendered once per module."""
    out = tmp_path_factory.mktemp("dossiers")
    done: dict[DossierRequest, tuple[Dossier, Readback]] = {}

    def rendered(code: str, profile: str, lang: str = "en",
                 calendar: Calendar = Calendar.GREGORIAN, **options: object
                 ) -> tuple[Dossier, Readback]:
        request = DossierRequest(code, profile, lang, calendar, **options)  # type: ignore[arg-type]
        if request not in done:
            dossier = render_dossier(dossier_store.db, request)
            path = out / f"{len(done):02d}-{dossier.file_name}"
            done[request] = dossier, read_back(dossier.pdf, path)
        return done[request]
    return rendered
