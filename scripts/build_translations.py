"""Extract, and compile, the translations of the interface (Dari and Pashto).

    .venv/bin/python scripts/build_translations.py update    # sources -> the .ts files
    .venv/bin/python scripts/build_translations.py update DIR   # ... -> copies of them in DIR
    .venv/bin/python scripts/build_translations.py           # the .ts files -> .qm and .json

`update` runs Qt's `pyside6-lupdate` over every module of casefiles: it finds `self.tr()`,
`QT_TRANSLATE_NOOP()` and `QCoreApplication.translate()` in the desktop app, and, told that
`_`, `ngettext` and `N_` are translation functions, the core's and the CLI's messages (context
""). New strings are added to resources/translations/casefiles_<locale>.ts unfinished, strings no
longer in the code are marked obsolete; translators work in those files (Qt Linguist reads them).

Compiling (what scripts/setup.sh and the packaging run) writes, beside each .ts file and
ignored by git: the .qm file `pyside6-lrelease` makes, which the app's QTranslator loads, and
a .json catalogue of every finished translation by source text (context aside), which the
core and the CLI read (casefiles.core.i18n) and the app falls back on when a string is shown
under another class than the one that defines it (PySide6 looks texts up by the class of the
object at run time, lupdate files them under the class whose code holds them).
"""

import json
import subprocess
import sys
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LOCALES = ("fa_AF", "ps")
ALIASES = "tr+=_,tr+=ngettext,QT_TR_NOOP+=N_"
BIN = Path(sys.executable).parent


def ts_path(locale: str, folder: Path = FOLDER) -> Path:
    return folder / f"casefiles_{locale}.ts"


def update(folder: Path = FOLDER) -> None:
    """Bring the .ts files in `folder` up to date with the strings in the code (another
    folder holds copies: tests/test_translations.py checks that nothing would change)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "casefiles").rglob("*.py"))
    folder.mkdir(parents=True, exist_ok=True)
    for locale in LOCALES:
        subprocess.run([str(BIN / "pyside6-lupdate"), "-tr-function-alias", ALIASES,
                        "-locations", "none", "-no-obsolete", "-target-language", locale, *sources,
                        "-ts", str(ts_path(locale, folder).resolve())], cwd=ROOT, check=True)


def catalogue(ts: Path) -> dict[str, list[str]]:
    """Every finished translation of a .ts file: source text -> its forms (one, or one per
    plural form). Unfinished and obsolete ones are left out: the source text shows instead."""
    out: dict[str, list[str]] = {}
    for message in ElementTree.parse(ts).getroot().iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if source is None or translation is None or translation.get("type") in (
                "unfinished", "obsolete", "vanished"):
            continue
        forms = [f.text or "" for f in translation.findall("numerusform")] or \
            [translation.text or ""]
        if all(forms):
            out.setdefault(source.text or "", forms)
    return out


def build() -> None:
    """Compile each .ts file into its .qm and .json."""
    for locale in LOCALES:
        ts = ts_path(locale)
        if not ts.exists():
            continue
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)
        ts.with_suffix(".json").write_text(
            json.dumps(catalogue(ts), ensure_ascii=False, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] == ["update"]:
        update(Path(sys.argv[2]) if len(sys.argv) > 2 else FOLDER)
    else:
        build()
