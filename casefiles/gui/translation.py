"""The desktop app in the caseworker's language: English, Dari or Pashto.

`install(app, lang)` sets the language of the core's messages and vocabulary labels
(`casefiles.core.i18n`), loads the app's compiled catalogue (resources/translations, made by
scripts/build_translations.py) into a translator, adds Qt's own Persian catalogue for Dari
(its dialogs' buttons and menus), and lays the whole interface out right to left for Dari and
Pashto. The language is chosen in Preferences and takes effect at the next start (the dialog
offers to restart).

Our translator looks a text up in the .qm file first, by class; then by the text alone in the
catalogue the core uses. PySide6 looks `self.tr()` up under the class of the object at run time,
while lupdate files a text under the class whose code holds it, so a text written in a base
class and shown by a subclass is only found the second way. Qt's standard buttons for Pashto,
for which Qt ships no catalogue, are found the second way too (casefiles/gui/qt_strings.py
lists them for the translators).

A test mode (CASEFILES_PSEUDO=stretch or mirror) makes every text a third longer, with accents,
or lays the English interface out right to left, to show layouts that break in translation:
tests/gui/test_layout_stretch.py runs every window and dialog under it.
"""

import json
import os
import re

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from casefiles.core import i18n
from casefiles.core.resources import resources_dir

PSEUDO_ENV = "CASEFILES_PSEUDO"
STRETCH, MIRROR = "stretch", "mirror"
# What a stretched text must keep as it is: placeholders (%1, %n, {name}), accelerators (&x)
# and markup, so that the app still works and formats them.
_KEEP = re.compile(r"%\d+|%n|%L\d+|\{[^{}]*\}|&[A-Za-z]|<[^>]*>|&amp;")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîöûÿÀÉÎÖÛŸçñšž")
_installed: list[QTranslator] = []  # Qt does not own installed translators: we keep them


class CatalogueTranslator(QTranslator):
    """Our .qm file by class, then our catalogue by text alone (see the module's docstring)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        locale = i18n.LANGUAGES[lang][0]
        folder = resources_dir() / "translations"
        self.load(str(folder / f"casefiles_{locale}.qm"))
        try:
            self.catalogue: dict[str, list[str]] = json.loads(
                (folder / f"casefiles_{locale}.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            self.catalogue = {}

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        forms = self.catalogue.get(source)
        if not forms:
            return ""
        text = forms[0] if n == 1 or len(forms) == 1 else forms[-1]
        return text.replace("%n", str(n)) if n >= 0 else text


class StretchTranslator(QTranslator):
    """Every text a third longer and accented, its placeholders and accelerators kept."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source:
            return ""
        text = stretch(source)
        return text.replace("%n", str(n)) if n >= 0 else text


def stretch(text: str) -> str:
    """"Save" -> "[Šàvé~~]": accents on the words, a third more length, what must stay kept."""
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(text[last:match.start()].translate(_ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(_ACCENTED))
    return "[" + "".join(parts) + "~" * max(2, len(text) // 3) + "]"


def install(app: QApplication, lang: str) -> None:
    """Put the app (and the core) in `lang`, or in the test mode CASEFILES_PSEUDO asks for."""
    pseudo = os.environ.get(PSEUDO_ENV, "")
    i18n.set_language(lang if not pseudo else "en")
    translators: list[QTranslator] = []
    if pseudo == STRETCH:
        translators.append(StretchTranslator())
        i18n.set_transform(stretch)
    elif lang != "en" and not pseudo:
        translators.append(CatalogueTranslator(lang))
        if lang == "fa":  # Qt's own dialogs; Qt ships no Pashto
            qt = QTranslator()
            if qt.load(QLocale(QLocale.Language.Persian), "qtbase", "_",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                translators.append(qt)
    for translator in translators:
        app.installTranslator(translator)
    _installed[:] = translators
    right_to_left = pseudo == MIRROR or (not pseudo and lang in i18n.RIGHT_TO_LEFT)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                           else Qt.LayoutDirection.LeftToRight)
