"""The Dari and Pashto translations are complete, current and keep what the code fills in.

- The .ts files hold every text of the code (scripts/build_translations.py update, run on a
  copy, finds nothing new) and nothing the code no longer has.
- Every message has a finished translation, in Arabic script unless it is a name or a format.
- Each translation keeps the source's placeholders: {name} fields (str.format), %1 %2 (Qt's
  arg), %n (counts); a translation without them would fail at run time or lose the value.
- The compiled catalogues answer: the core translates in each language.
"""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from defusedxml import ElementTree

from casefiles.core import i18n

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LOCALES = ("fa_AF", "ps")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%\d+|%n")
ARABIC = re.compile(r"[\u0600-\u06ff]")
# Names that stay as they are in every language.
NAMES = re.compile(r"SHA-256|PDF|CSV|XLSX|JSON|UUID|QR|casefiles|age")


def messages(locale: str) -> list[tuple[str, str, list[str], str | None]]:
    """(context, source, translated forms, its type attribute) of every message."""
    out = []
    root = ElementTree.parse(FOLDER / f"casefiles_{locale}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.findall("numerusform")] or \
                [translation.text or ""]
            out.append((name, message.findtext("source") or "", forms, translation.get("type")))
    return out


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def test_the_translation_files_hold_exactly_the_texts_of_the_code(tmp_path: Path) -> None:
    for locale in LOCALES:
        shutil.copy(FOLDER / f"casefiles_{locale}.ts", tmp_path)
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_translations.py"),
                          "update", str(tmp_path)], capture_output=True, text=True,
                         check=True).stdout
    counts = [line for line in out.splitlines() if "source text(s)" in line]
    assert len(counts) == len(LOCALES), out
    assert all("(0 new and" in line for line in counts), out
    for locale in LOCALES:
        copy = (tmp_path / f"casefiles_{locale}.ts").read_text(encoding="utf-8")
        assert 'type="vanished"' not in copy  # a text the code no longer has
        assert 'type="obsolete"' not in copy


@pytest.mark.parametrize("locale", LOCALES)
def test_every_text_is_translated_and_keeps_its_placeholders(locale: str) -> None:
    problems = []
    for context, source, forms, kind in messages(locale):
        where = f"{context or '(core)'}: {source[:60]!r}"
        if kind == "unfinished" or not all(f.strip() for f in forms):
            problems.append(f"untranslated {where}")
            continue
        for form in forms:
            if placeholders(form) != placeholders(source) and \
                    placeholders(form) != [p for p in placeholders(source) if p != "%n"]:
                problems.append(f"placeholders {placeholders(form)} != "
                                f"{placeholders(source)} in {where}")
            words = NAMES.sub("", PLACEHOLDER.sub("", source))
            if form == source and sum(ch.isalpha() for ch in words) > 3:
                problems.append(f"left in English {where}")
    assert problems == [], f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])


@pytest.mark.parametrize(("lang", "expected_script"), [("fa", ARABIC), ("ps", ARABIC)])
def test_the_core_speaks_each_language(lang: str, expected_script: re.Pattern) -> None:
    try:
        i18n.set_language(lang)
        assert expected_script.search(i18n._("Wrong passphrase: the store was not opened."))
    finally:
        i18n.set_language("en")
    assert i18n._("Wrong passphrase: the store was not opened.").startswith("Wrong")
