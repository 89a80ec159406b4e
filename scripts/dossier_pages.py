"""Pictures of dossier pages for docs/dossier/: a Dari case and a mixed Dari/English/Pashto
case (both fictional, from tests/core/dossier/cases.py), rendered in Dari with Solar Hijri
dates in a temporary store, and chosen pages written as PNGs with poppler's pdftoppm.

    .venv/bin/python scripts/dossier_pages.py

The store and the PDFs live in a temporary folder that is removed afterwards.
"""

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "dossier"
sys.path.insert(0, str(ROOT))

from casefiles.core.dossier.labels import label  # noqa: E402
from casefiles.core.dossier.render import DossierRequest, render_dossier  # noqa: E402
from casefiles.core.model.dates import Calendar  # noqa: E402
from casefiles.core.store.store import Store  # noqa: E402
from tests.conftest import FAST_KDF, PASSPHRASE  # noqa: E402
from tests.core.dossier import cases as fx  # noqa: E402


def _pages_of(pdf: bytes) -> dict[str, int]:
    """Bookmark title -> page number (1-based)."""
    import io

    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(pdf))
    found: dict[str, int] = {}

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found[item.title] = reader.get_destination_page_number(item) + 1
    walk(reader.outline)
    return found


def _png(pdf: Path, page: int, name: str) -> None:
    """Write page `page` of `pdf` as docs/dossier/<name>.png at 70 dpi."""
    subprocess.run(["pdftoppm", "-r", "70", "-png", "-singlefile", "-f", str(page), "-l",
                    str(page), str(pdf), str(OUT / name)], check=True)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="casefiles-dossier-") as folder:
        work = Path(folder)
        with Store.create(work / "store", PASSPHRASE, kdf=FAST_KDF, actor="docs")[0] as store:
            db = store.db
            dari = fx.add_case(db, fx.dari_case())
            mixed = fx.add_case(db, fx.mixed_case())
            fx.attach(db, mixed, fx.report_cites(work))
            for case, prefix, shots in (
                    (dari, "dari", {"cover": None, "summary": "summary",
                                    "timeline": "timeline"}),
                    (mixed, "mixed", {"summary": "summary", "exhibits": "exhibits",
                                      "annex-page": "annexes"})):
                dossier = render_dossier(db, DossierRequest(case.code, "partner_organisation",
                                                            "fa", Calendar.SOLAR_HIJRI))
                pdf = work / f"{prefix}.pdf"
                pdf.write_bytes(dossier.pdf)
                marks = _pages_of(dossier.pdf)
                for shot, key in shots.items():
                    page = 1 if key is None else marks[label(key, "fa")]
                    name = shot if shot == "annex-page" else f"{prefix}-{shot}"
                    _png(pdf, page, name)
                    print(OUT / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
