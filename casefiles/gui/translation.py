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

A test mode (`pseudo`; the app takes it from CASEFILES_PSEUDO=stretch or mirror) makes every
text a third longer, with accents, or lays the English interface out right to left, to show
layouts that break in translation: tests/gui/test_layout_stretch.py runs every window and
dialog under it.
"""

import json
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
_WORD = re.compile(r"[^\W\d_]+")
_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "àéîöûÿÀÉÎÖÛŸçñšž")
_installed: list[QTranslator] = []  # Qt does not own installed translators: we keep them


# NOT_FOUND: a translator that has no translation must answer a null string (None from
# Python), not "": Qt takes "" for a translation, and some of its code tells success by an empty
# error text. Qt's TGA reader, probing every image, then took PNG files for TGA ones and the
# organisation's QR code failed to load.


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
                  n: int = -1) -> str | None:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        forms = self.catalogue.get(source)
        if not forms:
            return None  # see NOT_FOUND
        text = forms[0] if n == 1 or len(forms) == 1 else forms[-1]
        return text.replace("%n", str(n)) if n >= 0 else text


class StretchTranslator(QTranslator):
    """Every text a third longer and accented, its placeholders and accelerators kept."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if not source:
            return None  # see NOT_FOUND
        text = stretch(source)
        return text.replace("%n", str(n)) if n >= 0 else text


def stretch(text: str) -> str:
    """"Save the name" -> "[Šàvé~ thé~ ñàmé~]": each word accented and a third longer (so long
    texts still wrap between words), brackets around, what must stay (_KEEP) kept."""
    parts, last = [], 0
    for match in _KEEP.finditer(text):
        parts.append(_stretch_words(text[last:match.start()]))
        parts.append(match.group())
        last = match.end()
    parts.append(_stretch_words(text[last:]))
    return "[" + "".join(parts) + "]"


def _stretch_words(text: str) -> str:
    return _WORD.sub(lambda m: m.group().translate(_ACCENTED) + "~" * max(1, len(m.group()) // 3),
                     text)


def install(app: QApplication, lang: str, pseudo: str = "") -> None:
    """Put the app (and the core) in `lang`, or in the test mode `pseudo` (STRETCH, MIRROR;
    the app passes CASEFILES_PSEUDO). Called again, it replaces what it installed before."""
    for translator in _installed:
        app.removeTranslator(translator)
    i18n.set_language(lang if not pseudo else "en")
    i18n.set_transform(stretch if pseudo == STRETCH else None)
    translators: list[QTranslator] = []
    if pseudo == STRETCH:
        translators.append(StretchTranslator())
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
